#include "storage/statsqueries.h"

#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace arbiter {

namespace {

// A game filter that never steers SQLite away from the id range: the unary + keeps the
// game_id column out of index selection, so the time window decides the plan.
QString gameClause(const QString &gameId, const char *column = "game_id")
{
    return gameId.isEmpty() ? QString() : QStringLiteral(" AND +%1 = :game").arg(QLatin1String(column));
}

Result<int> countOf(QSqlQuery &query)
{
    if (!query.exec())
        return queryError(query);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

void StageCounts::add(const QString &stage, int delta)
{
    if (stage == QLatin1String("little"))
        little += delta;
    else if (stage == QLatin1String("short"))
        shortEye += delta;
    else if (stage == QLatin1String("big"))
        big += delta;
}

int StageCounts::of(const QString &stage) const
{
    if (stage == QLatin1String("little"))
        return little;
    if (stage == QLatin1String("short"))
        return shortEye;
    if (stage == QLatin1String("big"))
        return big;
    return 0;
}

QString objectIdLowerBound(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1").arg(quint32(seconds), 8, 16, QLatin1Char('0'));
}

Result<QList<MinuteCounts>> StatsQueries::submissionsPerMinute(QSqlDatabase &db, const QString &gameId, qint64 sinceMs)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT (at / 60000) * 60000 AS minute, status, COUNT(*) FROM submissions"
                                 " WHERE id >= :lo AND at >= :since%1 GROUP BY minute, status ORDER BY minute")
                      .arg(gameClause(gameId)));
    query.bindValue(QStringLiteral(":lo"), objectIdLowerBound(sinceMs));
    query.bindValue(QStringLiteral(":since"), sinceMs);
    if (!gameId.isEmpty())
        query.bindValue(QStringLiteral(":game"), gameId);
    if (!query.exec())
        return queryError(query);
    QList<MinuteCounts> minutes;
    while (query.next()) {
        const qint64 minute = query.value(0).toLongLong();
        if (minutes.isEmpty() || minutes.last().minuteMs != minute)
            minutes.append(MinuteCounts{minute});
        const QString status = query.value(1).toString();
        const int count = query.value(2).toInt();
        MinuteCounts &m = minutes.last();
        if (status == QLatin1String("accepted"))
            m.accepted += count;
        else if (status == QLatin1String("flagged"))
            m.flagged += count;
        else
            m.rejected += count;
    }
    return minutes;
}

Result<int> StatsQueries::submissionsSince(QSqlDatabase &db, const QString &gameId, qint64 sinceMs)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE id >= :lo AND at >= :since%1").arg(gameClause(gameId)));
    query.bindValue(QStringLiteral(":lo"), objectIdLowerBound(sinceMs));
    query.bindValue(QStringLiteral(":since"), sinceMs);
    if (!gameId.isEmpty())
        query.bindValue(QStringLiteral(":game"), gameId);
    return countOf(query);
}

Result<int> StatsQueries::openFlags(QSqlDatabase &db, const QString &gameId)
{
    QSqlQuery query(db);
    // flags_by_status (all games) or flags_by_type (one game) answer from the index alone.
    query.prepare(gameId.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM flags WHERE status = 'pending'")
                                   : QStringLiteral("SELECT COUNT(*) FROM flags WHERE game_id = :game AND status = 'pending'"));
    if (!gameId.isEmpty())
        query.bindValue(QStringLiteral(":game"), gameId);
    return countOf(query);
}

Result<QList<TypeCount>> StatsQueries::openFlagsByType(QSqlDatabase &db, const QString &gameId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT type, COUNT(*) AS n FROM flags WHERE status = 'pending'%1"
                                 " GROUP BY type ORDER BY n DESC, type")
                      .arg(gameId.isEmpty() ? QString() : QStringLiteral(" AND game_id = :game")));
    if (!gameId.isEmpty())
        query.bindValue(QStringLiteral(":game"), gameId);
    if (!query.exec())
        return queryError(query);
    QList<TypeCount> types;
    while (query.next())
        types.append({query.value(0).toString(), query.value(1).toInt()});
    return types;
}

Result<int> StatsQueries::bansSince(QSqlDatabase &db, const QString &gameId, qint64 sinceMs)
{
    QSqlQuery query(db);
    query.prepare(gameId.isEmpty()
                      ? QStringLiteral("SELECT COUNT(*) FROM bans WHERE id >= :lo AND created_at >= :since")
                      : QStringLiteral("SELECT COUNT(*) FROM bans WHERE game_id = :game AND created_at >= :since"));
    if (gameId.isEmpty())
        query.bindValue(QStringLiteral(":lo"), objectIdLowerBound(sinceMs));
    else
        query.bindValue(QStringLiteral(":game"), gameId);
    query.bindValue(QStringLiteral(":since"), sinceMs);
    return countOf(query);
}

Result<QList<DayCount>> StatsQueries::bansPerDay(QSqlDatabase &db, const QString &gameId, qint64 firstDayStartMs, qint64 dayMs)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString where = gameId.isEmpty() ? QStringLiteral("id >= :lo AND created_at >= :since")
                                           : QStringLiteral("game_id = :game AND created_at >= :since");
    query.prepare(QStringLiteral("SELECT (created_at - :since2) / :day AS d, COUNT(*) FROM bans WHERE %1 GROUP BY d ORDER BY d")
                      .arg(where));
    query.bindValue(QStringLiteral(":since2"), firstDayStartMs);
    query.bindValue(QStringLiteral(":day"), dayMs);
    if (gameId.isEmpty())
        query.bindValue(QStringLiteral(":lo"), objectIdLowerBound(firstDayStartMs));
    else
        query.bindValue(QStringLiteral(":game"), gameId);
    query.bindValue(QStringLiteral(":since"), firstDayStartMs);
    if (!query.exec())
        return queryError(query);
    QList<DayCount> days;
    while (query.next())
        days.append({firstDayStartMs + query.value(0).toLongLong() * dayMs, query.value(1).toInt()});
    return days;
}

Result<QList<TransitionRecord>> StatsQueries::transitionsSince(QSqlDatabase &db, const QString &gameId, qint64 sinceMs,
                                                               int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // eye_transitions_by_time bounds the scan to the window.
    query.prepare(QStringLiteral("SELECT game_id, player_id, at, from_stage, to_stage, cause FROM eye_transitions"
                                 " WHERE at >= :since%1 ORDER BY at, id LIMIT :limit")
                      .arg(gameClause(gameId)));
    query.bindValue(QStringLiteral(":since"), sinceMs);
    if (!gameId.isEmpty())
        query.bindValue(QStringLiteral(":game"), gameId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return queryError(query);
    QList<TransitionRecord> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return list;
}

QList<StageSample> stageCountsOverTime(const StageCounts &now, const QList<TransitionRecord> &transitions, qint64 sinceMs,
                                       qint64 bucketMs, qint64 nowMs)
{
    QList<qint64> times;
    for (qint64 t = sinceMs; t < nowMs && bucketMs > 0; t += bucketMs)
        times.append(t);
    times.append(nowMs);
    QList<StageSample> samples(times.size());
    StageCounts counts = now;
    qsizetype next = transitions.size() - 1; // newest not yet undone
    for (qsizetype i = times.size() - 1; i >= 0; --i) {
        for (; next >= 0 && transitions[next].atMs > times[i]; --next) {
            counts.add(transitions[next].to, -1);
            counts.add(transitions[next].from, +1);
        }
        StageCounts shown = counts; // a stage reached before the window never shows below zero
        shown.little = std::max(0, shown.little);
        shown.shortEye = std::max(0, shown.shortEye);
        shown.big = std::max(0, shown.big);
        samples[i] = StageSample{times[i], shown};
    }
    return samples;
}

} // namespace arbiter
