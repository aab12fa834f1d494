#pragma once

// BansPage: see console.md ("Bans").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class BansPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BansPage)
public:
    explicit BansPage(ConsoleContext &context, QWidget *parent = nullptr);

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
