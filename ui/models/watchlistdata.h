#pragma once

// Watchlist data: the players on the watchlist with their stage, streak, since and last cause;
// the stage counts over time; one player's stage timeline. Read on the core thread (the
// WatchService's in-memory tracker, then the writer for the stored transitions and alerts).

#include "storage/statsqueries.h"
#include "util/result.h"
#include "watch/eyestage.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace arbiter::ui {

class CoreInvoker;

struct WatchRow {
    QString gameId;
    QString gameName;
    QString playerId;
    QString stage;          // "little", "short", "big"
    int alertsInStreak = 0;
    qint64 sinceMs = 0;     // the transition into the current stage; 0 when not stored
    qint64 lastAlertAtMs = 0;
    qint64 offWatchlistAtMs = 0; // 0: unknown
    QString lastCause;
};

// What a previous read found for a row: the transition into its stage only changes with the stage,
// so rows still at the same stage skip the database lookup. Keyed by watchRowKey().
struct KnownCause {
    QString stage;
    qint64 sinceMs = 0;
    QString cause;
};
using KnownCauses = QHash<QString, KnownCause>;
QString watchRowKey(const QString &gameId, const QString &playerId);

struct WatchlistSnapshot {
    QList<WatchRow> rows;         // highest stage first, then the most recent alert
    QList<StageSample> history;   // counts per stage, hourly over the last 24 h (all stages)
};

struct TimelineEvent {
    qint64 atMs = 0;
    bool isAlert = false;
    QString from, to; // transitions
    QString cause;    // transition cause or alert reason
    QString source;   // alerts: "client" / "engine"
};

// gameId empty: every game. stage empty: little, short and big.
void loadWatchlist(CoreInvoker &invoker, QObject *receiver, const QString &gameId, std::optional<EyeStage> stage,
                   const KnownCauses &known, std::function<void(Result<WatchlistSnapshot>)> done);

// The player's transitions and alerts (the latest 100 of each), newest first.
void loadTimeline(CoreInvoker &invoker, QObject *receiver, const QString &gameId, const QString &playerId,
                  std::function<void(Result<QList<TimelineEvent>>)> done);

} // namespace arbiter::ui
