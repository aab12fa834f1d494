#pragma once

// StatsQueries: the small aggregate reads behind the console's Overview and Watchlist charts,
// called inside Writer jobs. Every query is bounded in time and uses an existing index: rows
// with ObjectId primary keys (submissions, bans) are ranged on the id, whose first 8 hex
// digits are the creation second, so a recent window costs a range scan of that window only.

#include "storage/enforcementrepository.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace arbiter {

struct MinuteCounts {
    qint64 minuteMs = 0; // start of the minute, UTC ms, a multiple of 60 000
    int accepted = 0;
    int flagged = 0;
    int rejected = 0;
};

struct DayCount {
    qint64 dayStartMs = 0;
    int count = 0;
};

struct TypeCount {
    QString type;
    int count = 0;
};

// Players at each watchlist stage.
struct StageCounts {
    int little = 0;
    int shortEye = 0; // "short"
    int big = 0;
    int total() const { return little + shortEye + big; }
    void add(const QString &stage, int delta);
    int of(const QString &stage) const;
};

struct StageSample {
    qint64 atMs = 0; // the counts in force at this instant
    StageCounts counts;
};

class StatsQueries final {
public:
    // gameId empty: every game.
    static Result<QList<MinuteCounts>> submissionsPerMinute(QSqlDatabase &db, const QString &gameId, qint64 sinceMs);
    static Result<int> submissionsSince(QSqlDatabase &db, const QString &gameId, qint64 sinceMs);
    static Result<int> openFlags(QSqlDatabase &db, const QString &gameId);
    static Result<QList<TypeCount>> openFlagsByType(QSqlDatabase &db, const QString &gameId); // most first
    static Result<int> bansSince(QSqlDatabase &db, const QString &gameId, qint64 sinceMs);
    // Days of dayMs length starting at firstDayStartMs (a local midnight), oldest first, only days with bans.
    static Result<QList<DayCount>> bansPerDay(QSqlDatabase &db, const QString &gameId, qint64 firstDayStartMs,
                                              qint64 dayMs = 24LL * 60 * 60 * 1000);
    // Transitions at or after sinceMs, oldest first, at most limit.
    static Result<QList<TransitionRecord>> transitionsSince(QSqlDatabase &db, const QString &gameId, qint64 sinceMs,
                                                            int limit);
};

// The smallest ObjectId prefix of anything created at or after ms (for id ranges).
QString objectIdLowerBound(qint64 ms);

// The stage counts at the end of each bucket from sinceMs to nowMs, rebuilt backwards from the
// counts in force now through the transitions since sinceMs (oldest first). The last sample is now.
QList<StageSample> stageCountsOverTime(const StageCounts &now, const QList<TransitionRecord> &transitions, qint64 sinceMs,
                                       qint64 bucketMs, qint64 nowMs);

} // namespace arbiter
