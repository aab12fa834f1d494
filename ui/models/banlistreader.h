#pragma once

// What the Bans page reads on the core thread in one go: the filtered ban rows and the chart of
// bans per day by reason, so one refresh is one trip to the core thread.

#include "models/bansmodel.h"

#include <QDate>
#include <QStringList>

namespace arbiter {
class Engine;
}

namespace arbiter::ui {

struct BanFilter {
    QString gameId; // empty: every game
    QString state; // empty, "active", "expired", "lifted"
    QString source; // empty or a banSourceName()
    QString search; // substring of id, player, device, IP, reason or note (case-insensitive)
};

// Bans per local day by primary reason, over `days` days ending today.
struct BanChartData {
    QDate firstDay;
    int days = 0;
    QStringList reasons; // the most frequent first; "other" last when there were more
    QList<QList<int>> counts; // counts[reason][day]
    int total() const;
};

struct BanListSnapshot {
    QList<BanRow> rows; // after the filter, newest first
    int gameTotal = 0; // bans of the chosen game(s) before the state/source/search filters
    BanChartData chart; // of the chosen game(s)
};

// The reason a ban is counted under: the first one that is not the source's marker
// ("moderator", "self_report"), else the first, else "unspecified".
QString primaryBanReason(const Ban &ban);
bool banMatches(const BanRow &row, const BanFilter &filter);
BanChartData banChartData(const QList<Ban> &bans, qint64 nowMs, int days, int maxReasons = 6);

// Core thread only.
BanListSnapshot readBanList(Engine &engine, const BanFilter &filter, int chartDays);

} // namespace arbiter::ui
