#pragma once

// OverviewPage: see console.md ("Overview"): tiles (submissions/min, open flags, players per
// eye stage, bans today) that open the filtered page behind them, and charts of submissions per
// minute, open flags by type, players per stage and bans per day, for one game or all games.
// Refreshes are coalesced (live events, a 5 s timer for the time-based tiles), one read in flight.

#include "models/overviewstats.h"

#include "widgets/refreshgate.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace arbiter {
struct ScoreEventBatch;
}

namespace arbiter::ui {

struct ConsoleContext;
class GameFilterBox;
class OverviewCharts;
class StatTile;

class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(ConsoleContext &context, QWidget *parent = nullptr);

    void scheduleRefresh(); // coalesced: a burst of events is one read
    void refreshNow();      // everything, now (F5)
    bool isRefreshing() const { return m_refresh->busy(); } // a read is running or due
    QString gameId() const { return m_gameId; }
    void setGameId(const QString &gameId);
    const OverviewStats &stats() const { return m_stats; }

signals:
    void refreshed(); // the tiles and charts show a new read

private:
    void apply(const OverviewStats &stats);
    void onScores(const arbiter::ScoreEventBatch &batch);
    void read(); // through m_refresh: what changed, plus everything now and then

    ConsoleContext &m_context;
    RefreshGate *m_refresh;
    QString m_gameId;
    OverviewStats m_stats;
    OverviewRequest m_lastRequest;
    bool m_needFull = true; // the next read covers the whole hour (first read, other game, self-heal)
    qint64 m_lastFullAtMs = 0;
    // Flags and bans are read when they changed (live events), and every 30 s to be sure.
    bool m_flagsDirty = true;
    bool m_bansDirty = true;
    qint64 m_lastSlowAtMs = 0;
    QTimer m_clockTick;

    GameFilterBox *m_games;
    QLabel *m_error;
    StatTile *m_submissionsTile;
    StatTile *m_flagsTile;
    StatTile *m_littleTile;
    StatTile *m_shortTile;
    StatTile *m_bigTile;
    StatTile *m_bansTile;

    OverviewCharts *m_charts;
};

} // namespace arbiter::ui
