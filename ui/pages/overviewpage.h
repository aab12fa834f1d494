#pragma once

// OverviewPage: see console.md ("Overview").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(ConsoleContext &context, QWidget *parent = nullptr);

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
