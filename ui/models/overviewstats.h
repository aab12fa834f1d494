#pragma once

// OverviewStats: the Overview page's numbers and chart series, read in one go on the core
// thread (eye stages from the WatchService, the rest as bounded SQL aggregates on the writer).

#include "storage/statsqueries.h"
#include "util/result.h"

#include <QObject>

#include <functional>

namespace arbiter::ui {

class CoreInvoker;

struct OverviewRequest {
    QString gameId;        // empty: every game
    qint64 nowMs = 0;      // the engine's clock
    qint64 windowStartMs = 0;  // first minute of the submissions chart
    qint64 minutesSinceMs = 0; // first minute read now: windowStartMs for a full read, else the previous minute
    qint64 todayStartMs = 0;   // local midnight, for "bans today"
    qint64 firstDayStartMs = 0; // local midnight of the first day of the bans chart
    bool flags = true; // read the open flags (count and by type); else they stay as they were
    bool bans = true;  // read bans today and per day
};

struct OverviewStats {
    int submissionsLastMinute = 0;
    int openFlags = 0;
    StageCounts stages;
    int bansToday = 0;
    QList<MinuteCounts> minutes; // from the request's minutesSinceMs on
    QList<TypeCount> openFlagTypes;
    QList<DayCount> bansPerDay;
};

// A request for "now" in the local time zone: 60 minutes of submissions (only the current and the
// previous minute unless `full`, so live refreshes stay cheap under load), 30 days of bans.
OverviewRequest overviewRequest(const QString &gameId, qint64 nowMs, bool full, int minutes = 60, int days = 30);

// Merges a read's minutes into the chart's: replaces those from `since` on, drops those before windowStart.
void mergeMinutes(QList<MinuteCounts> &chart, const QList<MinuteCounts> &read, qint64 since, qint64 windowStart);

void loadOverview(CoreInvoker &invoker, QObject *receiver, const OverviewRequest &request,
                  std::function<void(Result<OverviewStats>)> done);

} // namespace arbiter::ui
