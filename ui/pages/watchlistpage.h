#pragma once

// WatchlistPage: see console.md ("Watchlist").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class WatchlistPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistPage)
public:
    explicit WatchlistPage(ConsoleContext &context, QWidget *parent = nullptr);

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
