#include "latencystats.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace arbiter::sim {

namespace {

double percentile(const QList<double> &sorted, double p) // nearest rank
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

qint64 LatencyStats::total() const
{
    qint64 n = 0;
    for (const QList<double> &s : m_samples)
        n += s.size();
    return n;
}

QList<LatencyStats::Row> LatencyStats::rows() const
{
    QList<Row> out;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
        QList<double> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        out.append(Row{it.key(), sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                       sorted.isEmpty() ? 0 : sorted.last()});
    }
    std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) { return a.route < b.route; });
    return out;
}

QString LatencyStats::table() const
{
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("route"), -44).arg(QStringLiteral("count"), 7)
                       .arg(QStringLiteral("p50 ms"), 8).arg(QStringLiteral("p95 ms"), 8)
                       .arg(QStringLiteral("p99 ms"), 8).arg(QStringLiteral("max ms"), 8);
    for (const Row &r : rows())
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(r.route, -44).arg(r.count, 7)
                    .arg(r.p50, 8, 'f', 1).arg(r.p95, 8, 'f', 1).arg(r.p99, 8, 'f', 1).arg(r.max, 8, 'f', 1);
    return text;
}

QJsonArray LatencyStats::json() const
{
    QJsonArray out;
    for (const Row &r : rows())
        out.append(QJsonObject{{QStringLiteral("route"), r.route}, {QStringLiteral("count"), r.count},
                               {QStringLiteral("p50Ms"), r.p50}, {QStringLiteral("p95Ms"), r.p95},
                               {QStringLiteral("p99Ms"), r.p99}, {QStringLiteral("maxMs"), r.max}});
    return out;
}

} // namespace arbiter::sim
