#pragma once

// OverviewCharts: the Overview's four charts (submissions per minute, open flags by type, players
// per eye stage, bans per day) in the palette's colours; clicking a bar asks for the list behind it.

#include "models/overviewstats.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace arbiter::ui {

class OverviewCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewCharts)
public:
    explicit OverviewCharts(QWidget *parent = nullptr);

    // Shows a read: `request` tells the windows (the hour of minutes, the 30 days).
    void show(const OverviewStats &stats, const OverviewRequest &request);

signals:
    void flagTypeClicked(const QString &type);
    void stageClicked(const QString &stage); // "little", "short", "big"
    void bansClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void restyle();
    void showSubmissions(const QList<MinuteCounts> &minutes, qint64 windowStartMs, qint64 nowMs);

    QList<QChart *> m_charts;
    QLineSeries *m_accepted = nullptr;
    QLineSeries *m_flagged = nullptr;
    QLineSeries *m_rejected = nullptr;
    QDateTimeAxis *m_minuteAxis = nullptr;
    QValueAxis *m_submissionsAxis = nullptr;
    QBarSeries *m_flagTypes = nullptr;
    QBarCategoryAxis *m_flagTypeAxis = nullptr;
    QValueAxis *m_flagCountAxis = nullptr;
    QBarSeries *m_stages = nullptr;
    QValueAxis *m_stageCountAxis = nullptr;
    QBarSeries *m_bans = nullptr;
    QBarCategoryAxis *m_dayAxis = nullptr;
    QDateTimeAxis *m_dayDates = nullptr;
    QLineSeries *m_dayCarrier = nullptr;
    QValueAxis *m_banCountAxis = nullptr;
    QStringList m_flagTypeNames; // the categories of m_flagTypes, in order
};

} // namespace arbiter::ui
