#include "widgets/banchart.h"

#include "widgets/chartstyle.h"

#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace arbiter::ui {

BanChart::BanChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_30(new QRadioButton(tr("&30 days")))
    , m_90(new QRadioButton(tr("&90 days")))
{
    setObjectName(QStringLiteral("banChart"));
    m_chart->setTitle(tr("Bans per day by reason"));
    m_30->setObjectName(QStringLiteral("chart30Days"));
    m_90->setObjectName(QStringLiteral("chart90Days"));
    m_30->setAccessibleName(tr("Show the last 30 days"));
    m_90->setAccessibleName(tr("Show the last 90 days"));
    m_30->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_30, 30);
    group->addButton(m_90, 90);
    connect(group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            setDays(id);
    });

    auto *toggle = new QHBoxLayout;
    toggle->addStretch();
    toggle->addWidget(m_30);
    toggle->addWidget(m_90);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toggle);
    layout->addWidget(makeChartView(m_chart, tr("Bans per day by reason"), palette()), 1);
    rebuild();
}

void BanChart::setDays(int days)
{
    days = days >= 90 ? 90 : 30;
    if (days == m_days)
        return;
    m_days = days;
    (days == 90 ? m_90 : m_30)->setChecked(true);
    emit daysChanged(days);
}

void BanChart::setData(const BanChartData &data)
{
    m_data = data;
    rebuild();
}

void BanChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void BanChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    int peak = 0;
    QList<int> perDay(m_data.days);
    for (int r = 0; r < m_data.reasons.size(); ++r) {
        const QString reason = m_data.reasons[r];
        auto *set = new QBarSet(reason == QLatin1String("other") ? tr("other") : reason);
        const QColor colour = chartSeriesColor(r + 2, palette()); // 0/1 are "good"/"warning" hues
        set->setColor(colour);
        set->setBorderColor(colour);
        for (int d = 0; d < m_data.days; ++d) {
            const int n = m_data.counts[r].value(d);
            *set << n;
            perDay[d] += n;
        }
        series->append(set);
    }
    for (int n : perDay)
        peak = std::max(peak, n);
    m_chart->addSeries(series);

    // The bars sit at x = 0 … days − 1 on a value axis with a date at every 7th day, counted back
    // from today. (A bar-category axis gives each label one bar's width, and the dates were elided
    // to "2…".)
    auto *days = new QCategoryAxis;
    days->setRange(-0.5, m_data.days - 0.5);
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    for (int d = (m_data.days - 1) % 7; d < m_data.days; d += 7)
        days->append(locale.toString(m_data.firstDay.addDays(d), QStringLiteral("d MMM")), d);
    auto *count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setRange(0, std::max(4, peak));
    count->applyNiceNumbers();
    m_chart->addAxis(days, Qt::AlignBottom);
    m_chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(days);
    series->attachAxis(count);
    m_chart->legend()->setVisible(!m_data.reasons.isEmpty());
    applyChartPalette(m_chart, palette());
}

} // namespace arbiter::ui
