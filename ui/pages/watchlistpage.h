#pragma once

// WatchlistPage: see console.md ("Watchlist"): players by eye stage with a stage filter and a
// game picker, the time left until each leaves the watchlist (counting down live), counts per
// stage over the last 24 hours, and the selected player's stage timeline with its causes.
// Actions: open player, ban…, mark trusted (tier A). Live stage changes and alerts refresh it,
// coalesced, one read in flight.

#include "widgets/refreshgate.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace arbiter::ui {

struct ConsoleContext;
class GameFilterBox;
class StageHistoryChart;
class WatchlistModel;
class WatchTimelineModel;
struct WatchlistSnapshot;

class WatchlistPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistPage)
public:
    explicit WatchlistPage(ConsoleContext &context, QWidget *parent = nullptr);

    WatchlistModel *model() const { return m_model; }
    WatchTimelineModel *timeline() const { return m_timeline; }
    QString gameId() const { return m_gameId; }
    QString stage() const; // "" (all), "little", "short", "big"
    // What Navigator::watchlistRequested asks for: an empty game is every game, an empty stage every stage.
    void showFiltered(const QString &gameId, const QString &stage);
    void scheduleRefresh();
    void refreshNow();
    bool isRefreshing() const { return m_refresh->busy(); } // a read is running or due
    void openPlayer();
    void banPlayer();
    void markTrusted();

signals:
    void refreshed();        // the table and chart show a new read
    void timelineLoaded();   // the selected player's timeline is shown
    void trustMarked(bool ok);

protected:

private:
    void read(); // through m_refresh
    void apply(const WatchlistSnapshot &snapshot);
    void selectionChanged();
    void loadTimelineOf(const QString &gameId, const QString &playerId);
    void tick();
    void updateActions();
    std::optional<std::pair<QString, QString>> selectedPlayer() const;

    ConsoleContext &m_context;
    QString m_gameId;
    RefreshGate *m_refresh;
    bool m_columnsFitted = false;
    QTimer m_countdown;
    std::pair<QString, QString> m_timelineOf; // the player the timeline shows (or is loading)

    WatchlistModel *m_model;
    WatchTimelineModel *m_timeline;
    GameFilterBox *m_games;
    QComboBox *m_stage;
    QStackedWidget *m_listStack;
    QTableView *m_view;
    QTableView *m_timelineView;
    QLabel *m_playerTitle;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_ban;
    QPushButton *m_trust;
    StageHistoryChart *m_history;
};

} // namespace arbiter::ui
