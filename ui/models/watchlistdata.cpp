#include "models/watchlistdata.h"

#include "coreinvoker.h"
#include "enforcement/watchservice.h"
#include "storage/enforcementrepository.h"
#include "storage/writer.h"

#include <algorithm>

namespace arbiter::ui {

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr int kHistoryHours = 24;
constexpr int kHistoryTransitions = 100000; // bounds the chart's read on a flood of transitions
constexpr int kTimelineRows = 100;

} // namespace

QString watchRowKey(const QString &gameId, const QString &playerId)
{
    return gameId + QChar(0) + playerId;
}

void loadWatchlist(CoreInvoker &invoker, QObject *receiver, const QString &gameId, std::optional<EyeStage> stage,
                   const KnownCauses &known, std::function<void(Result<WatchlistSnapshot>)> done)
{
    invoker.call<WatchlistSnapshot>(
        receiver,
        [gameId, stage, known](Engine &engine, Callback<WatchlistSnapshot> reply) {
            QList<WatchRow> rows;
            StageCounts counts;
            const auto readGame = [&](const Game &game) {
                for (const EyeStageTracker::Entry &entry : engine.watch()->watchlist(game.id, std::nullopt)) {
                    const QString name = eyeStageName(entry.status.stage);
                    counts.add(name, 1);
                    if (stage && entry.status.stage != *stage)
                        continue;
                    rows.append(WatchRow{game.id, game.settings.name, entry.playerId, name, entry.status.alertsInStreak, 0,
                                         entry.status.lastAlertAtMs.value_or(0), entry.status.offWatchlistAtMs.value_or(0),
                                         QString()});
                }
            };
            if (!gameId.isEmpty()) {
                if (const Game *game = engine.games()->find(gameId))
                    readGame(*game);
            } else {
                for (const Game &game : engine.games()->games())
                    readGame(game);
            }
            std::stable_sort(rows.begin(), rows.end(), [](const WatchRow &a, const WatchRow &b) {
                const auto rank = [](const QString &s) { return int(eyeStageFromName(s).value_or(EyeStage::None)); };
                if (rank(a.stage) != rank(b.stage))
                    return rank(a.stage) > rank(b.stage);
                return a.lastAlertAtMs > b.lastAlertAtMs;
            });
            const qint64 now = engine.clock().nowMs();
            engine.writer()->run<WatchlistSnapshot>(
                [rows, counts, gameId, now, known](QSqlDatabase &db) mutable -> Result<WatchlistSnapshot> {
                    for (WatchRow &row : rows) { // one indexed lookup per player whose stage moved (eye_transitions_by_player)
                        if (const auto it = known.constFind(watchRowKey(row.gameId, row.playerId));
                            it != known.cend() && it->stage == row.stage) {
                            row.sinceMs = it->sinceMs;
                            row.lastCause = it->cause;
                            continue;
                        }
                        auto last = EnforcementRepository::transitions(db, row.gameId, row.playerId, 1);
                        if (!last)
                            return last.error();
                        if (!last->isEmpty()) {
                            row.sinceMs = last->first().atMs;
                            row.lastCause = last->first().cause;
                        }
                    }
                    const qint64 since = (now / kHourMs - (kHistoryHours - 1)) * kHourMs;
                    auto transitions = StatsQueries::transitionsSince(db, gameId, since, kHistoryTransitions);
                    if (!transitions)
                        return transitions.error();
                    return WatchlistSnapshot{rows, stageCountsOverTime(counts, transitions.value(), since, kHourMs, now)};
                },
                engine.games(), [reply](Result<WatchlistSnapshot> r) { reply(std::move(r)); });
        },
        std::move(done));
}

void loadTimeline(CoreInvoker &invoker, QObject *receiver, const QString &gameId, const QString &playerId,
                  std::function<void(Result<QList<TimelineEvent>>)> done)
{
    invoker.call<QList<TimelineEvent>>(
        receiver,
        [gameId, playerId](Engine &engine, Callback<QList<TimelineEvent>> reply) {
            engine.writer()->run<QList<TimelineEvent>>(
                [gameId, playerId](QSqlDatabase &db) -> Result<QList<TimelineEvent>> {
                    auto transitions = EnforcementRepository::transitions(db, gameId, playerId, kTimelineRows);
                    auto alerts = EnforcementRepository::recentAlerts(db, gameId, playerId, kTimelineRows);
                    if (!transitions)
                        return transitions.error();
                    if (!alerts)
                        return alerts.error();
                    QList<TimelineEvent> events;
                    for (const TransitionRecord &t : transitions.value())
                        events.append(TimelineEvent{t.atMs, false, t.from, t.to, t.cause, QString()});
                    for (const AlertRecord &a : alerts.value())
                        events.append(TimelineEvent{a.atMs, true, QString(), QString(), a.reason, a.source});
                    // Newest first; at one instant the transition an alert caused comes above it.
                    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
                        if (a.atMs != b.atMs)
                            return a.atMs > b.atMs;
                        return !a.isAlert && b.isAlert;
                    });
                    return events;
                },
                engine.games(), [reply](Result<QList<TimelineEvent>> r) { reply(std::move(r)); });
        },
        std::move(done));
}

} // namespace arbiter::ui
