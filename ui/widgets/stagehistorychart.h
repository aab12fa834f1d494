#pragma once

// StageHistoryChart: players at little / short / big eye over time (one line per stage), in the
// palette's colours; follows palette changes.

#include "storage/statsqueries.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace arbiter::ui {

class StageHistoryChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageHistoryChart)
public:
    explicit StageHistoryChart(const QString &title, QWidget *parent = nullptr);

    void setSamples(const QList<StageSample> &samples);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLineSeries *m_little;
    QLineSeries *m_short;
    QLineSeries *m_big;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
};

} // namespace arbiter::ui
