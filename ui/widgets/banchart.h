#pragma once

// BanChart: bans per day by reason as stacked bars, with a 30/90-day toggle; follows the palette.

#include "models/banlistreader.h"

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QRadioButton;
class QValueAxis;

namespace arbiter::ui {

class BanChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BanChart)
public:
    explicit BanChart(QWidget *parent = nullptr);

    int days() const { return m_days; }
    void setDays(int days); // 30 or 90; emits daysChanged
    void setData(const BanChartData &data);
    const BanChartData &data() const { return m_data; }

signals:
    void daysChanged(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChart *m_chart;
    QRadioButton *m_30;
    QRadioButton *m_90;
    int m_days = 30;
    BanChartData m_data;
};

} // namespace arbiter::ui
