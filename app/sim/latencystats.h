#pragma once

// LatencyStats: response times per route label, and their p50/p95/p99 at the end.

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace arbiter::sim {

class LatencyStats final {
public:
    void record(const QString &route, double milliseconds) { m_samples[route].append(milliseconds); }
    qint64 total() const;

    struct Row {
        QString route;
        qint64 count = 0;
        double p50 = 0, p95 = 0, p99 = 0, max = 0;
    };
    QList<Row> rows() const; // sorted by route
    QString table() const;
    QJsonArray json() const;

private:
    QHash<QString, QList<double>> m_samples;
};

} // namespace arbiter::sim
