#pragma once

// Leaderboard periods: the UTC day, ISO week (Monday 00:00 UTC) or month a time falls in, and ?period= parsing.

#include "leaderboard/boardspec.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace arbiter {

inline constexpr qint64 MsPerDay = 86400000;

// The period a time falls in: its key and its bounds [startMs, endMs). A board that never resets has the
// one period "all", whose bounds cover every representable time.
struct PeriodRange {
    QString key;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

PeriodRange periodRange(ResetSchedule reset, qint64 atMs);
QString periodKey(ResetSchedule reset, qint64 atMs); // "all", "2026-11-22", "2026-W47", "2026-11"

// Parses a ?period= value for a board with this schedule into its canonical key: "all" (the all-time board)
// always; a daily board also "YYYY-MM-DD", a weekly one "YYYY-Www" (a lower-case w is accepted), a monthly one
// "YYYY-MM". Years are 0001-9999. Anything else, a date that does not exist or a week past the year's last
// ISO week → nullopt.
std::optional<QString> normalizePeriod(ResetSchedule reset, QStringView text);

// The UTC day number (days since 1970-01-01, negative before) of a time: best_n_sum counts per UTC day.
inline qint64 utcDay(qint64 atMs)
{
    return atMs >= 0 ? atMs / MsPerDay : -((-atMs + MsPerDay - 1) / MsPerDay);
}

} // namespace arbiter
