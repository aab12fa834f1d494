#pragma once

// LeaderboardsPage: see console.md ("Leaderboards").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class LeaderboardsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardsPage)
public:
    explicit LeaderboardsPage(ConsoleContext &context, QWidget *parent = nullptr);

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
