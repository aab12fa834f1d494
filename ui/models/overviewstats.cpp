#include "models/overviewstats.h"

#include "coreinvoker.h"
#include "enforcement/watchservice.h"
#include "storage/writer.h"

#include <QDateTime>

namespace arbiter::ui {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

qint64 localMidnight(qint64 utcMs, int daysBack)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().date().addDays(-daysBack);
    return day.startOfDay().toMSecsSinceEpoch();
}

// Core thread: players at each stage, over one game or every game.
StageCounts stageCounts(Engine &engine, const QString &gameId)
{
    StageCounts counts;
    const auto countGame = [&](const QString &id) {
        for (const EyeStageTracker::Entry &entry : engine.watch()->watchlist(id, std::nullopt))
            counts.add(eyeStageName(entry.status.stage), 1);
    };
    if (!gameId.isEmpty())
        countGame(gameId);
    else
        for (const Game &game : engine.games()->games())
            countGame(game.id);
    return counts;
}

} // namespace

OverviewRequest overviewRequest(const QString &gameId, qint64 nowMs, bool full, int minutes, int days)
{
    OverviewRequest r;
    r.gameId = gameId;
    r.nowMs = nowMs;
    r.windowStartMs = (nowMs / kMinuteMs - (minutes - 1)) * kMinuteMs;
    r.minutesSinceMs = full ? r.windowStartMs : std::max(r.windowStartMs, (nowMs / kMinuteMs - 1) * kMinuteMs);
    r.todayStartMs = localMidnight(nowMs, 0);
    r.firstDayStartMs = localMidnight(nowMs, days - 1);
    return r;
}

void mergeMinutes(QList<MinuteCounts> &chart, const QList<MinuteCounts> &read, qint64 since, qint64 windowStart)
{
    chart.removeIf([&](const MinuteCounts &m) { return m.minuteMs >= since || m.minuteMs < windowStart; });
    chart.append(read); // both ordered by minute, and every kept minute is before `since`
}

void loadOverview(CoreInvoker &invoker, QObject *receiver, const OverviewRequest &request,
                  std::function<void(Result<OverviewStats>)> done)
{
    invoker.call<OverviewStats>(
        receiver,
        [request](Engine &engine, Callback<OverviewStats> reply) {
            const StageCounts stages = stageCounts(engine, request.gameId);
            engine.writer()->run<OverviewStats>(
                [request, stages](QSqlDatabase &db) -> Result<OverviewStats> {
                    OverviewStats s;
                    s.stages = stages;
                    const QString &game = request.gameId;
                    auto lastMinute = StatsQueries::submissionsSince(db, game, request.nowMs - kMinuteMs);
                    if (!lastMinute)
                        return lastMinute.error();
                    auto minutes = StatsQueries::submissionsPerMinute(db, game, request.minutesSinceMs);
                    if (!minutes)
                        return minutes.error();
                    s.submissionsLastMinute = lastMinute.value();
                    s.minutes = std::move(minutes).value();
                    if (request.flags) {
                        auto open = StatsQueries::openFlags(db, game);
                        auto types = StatsQueries::openFlagsByType(db, game);
                        if (!open || !types)
                            return open ? types.error() : open.error();
                        s.openFlags = open.value();
                        s.openFlagTypes = std::move(types).value();
                    }
                    if (request.bans) {
                        auto today = StatsQueries::bansSince(db, game, request.todayStartMs);
                        auto days = StatsQueries::bansPerDay(db, game, request.firstDayStartMs);
                        if (!today || !days)
                            return today ? days.error() : today.error();
                        s.bansToday = today.value();
                        s.bansPerDay = std::move(days).value();
                    }
                    return s;
                },
                engine.games(), [reply](Result<OverviewStats> r) { reply(std::move(r)); });
        },
        std::move(done));
}

} // namespace arbiter::ui
