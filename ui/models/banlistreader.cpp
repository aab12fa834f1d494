#include "models/banlistreader.h"

#include "enforcement/banservice.h"
#include "engine.h"
#include "games/gameservice.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace arbiter::ui {

int BanChartData::total() const
{
    int sum = 0;
    for (const QList<int> &perDay : counts)
        for (int n : perDay)
            sum += n;
    return sum;
}

QString primaryBanReason(const Ban &ban)
{
    for (const QString &reason : ban.reasons)
        if (reason != QLatin1String("moderator") && reason != QLatin1String("self_report"))
            return reason;
    return ban.reasons.isEmpty() ? QStringLiteral("unspecified") : ban.reasons.constFirst();
}

bool banMatches(const BanRow &row, const BanFilter &filter)
{
    if (!filter.gameId.isEmpty() && row.ban.gameId != filter.gameId)
        return false;
    if (!filter.state.isEmpty() && row.state != filter.state)
        return false;
    if (!filter.source.isEmpty() && banSourceName(row.ban.source) != filter.source)
        return false;
    const QString needle = filter.search.trimmed();
    if (needle.isEmpty())
        return true;
    const auto has = [&needle](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); };
    return has(row.ban.id) || has(row.ban.playerId) || has(row.ban.deviceId) || has(row.ban.ip) || has(row.ban.liftNote)
        || has(row.ban.actor) || std::any_of(row.ban.reasons.cbegin(), row.ban.reasons.cend(), has);
}

BanChartData banChartData(const QList<Ban> &bans, qint64 nowMs, int days, int maxReasons)
{
    BanChartData chart;
    chart.days = std::max(1, days);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    chart.firstDay = today.addDays(-(chart.days - 1));
    const qint64 fromMs = chart.firstDay.startOfDay().toMSecsSinceEpoch();

    QHash<QString, QList<int>> byReason;
    QHash<QString, int> totals;
    for (const Ban &ban : bans) {
        if (ban.createdAtMs < fromMs)
            continue;
        const qint64 day = chart.firstDay.daysTo(QDateTime::fromMSecsSinceEpoch(ban.createdAtMs).date());
        if (day < 0 || day >= chart.days)
            continue;
        const QString reason = primaryBanReason(ban);
        QList<int> &perDay = byReason[reason];
        if (perDay.isEmpty())
            perDay.resize(chart.days);
        ++perDay[day];
        ++totals[reason];
    }
    QStringList reasons = totals.keys();
    std::sort(reasons.begin(), reasons.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    const bool folded = reasons.size() > maxReasons;
    const QStringList shown = folded ? reasons.mid(0, maxReasons - 1) : reasons;
    for (const QString &reason : shown) {
        chart.reasons.append(reason);
        chart.counts.append(byReason.value(reason));
    }
    if (folded) {
        QList<int> other(chart.days);
        for (const QString &reason : reasons.mid(maxReasons - 1)) {
            const QList<int> &perDay = byReason[reason];
            for (int d = 0; d < chart.days; ++d)
                other[d] += perDay[d];
        }
        chart.reasons.append(QStringLiteral("other"));
        chart.counts.append(other);
    }
    return chart;
}

BanListSnapshot readBanList(Engine &engine, const BanFilter &filter, int chartDays)
{
    BanListSnapshot snapshot;
    const qint64 now = engine.clock().nowMs();
    QHash<QString, QString> names;
    for (const Game &game : engine.games()->games())
        names.insert(game.id, game.settings.name);
    const QList<Ban> bans = engine.bans()->list(filter.gameId, false);
    snapshot.gameTotal = int(bans.size());
    for (const Ban &ban : bans) {
        BanRow row{ban, names.value(ban.gameId), banStateAt(ban, now), QString()};
        if (!banMatches(row, filter))
            continue;
        row.reportState = engine.bans()->reportState(ban.id);
        snapshot.rows.append(std::move(row));
    }
    snapshot.chart = banChartData(bans, now, chartDays);
    return snapshot;
}

} // namespace arbiter::ui
