#pragma once

// PlayersPage: see console.md ("Players").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class PlayersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayersPage)
public:
    explicit PlayersPage(ConsoleContext &context, QWidget *parent = nullptr);

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
