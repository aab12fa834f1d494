#include "widgets/stagehistorychart.h"

#include "stagenames.h"
#include "widgets/chartstyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace arbiter::ui {

StageHistoryChart::StageHistoryChart(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_little(new QLineSeries)
    , m_short(new QLineSeries)
    , m_big(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_countAxis(new QValueAxis)
{
    QChart *c = chart();
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    m_little->setName(stageLabel(QStringLiteral("little")));
    m_short->setName(stageLabel(QStringLiteral("short")));
    m_big->setName(stageLabel(QStringLiteral("big")));
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_little, m_short, m_big}) {
        c->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    setCountAxisRange(m_countAxis, 0);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(title);
    setMinimumHeight(200);
    restyle();
}

void StageHistoryChart::setSamples(const QList<StageSample> &samples)
{
    QList<QPointF> little, shortEye, big;
    int top = 0;
    for (const StageSample &s : samples) {
        little.append(QPointF(s.atMs, s.counts.little));
        shortEye.append(QPointF(s.atMs, s.counts.shortEye));
        big.append(QPointF(s.atMs, s.counts.big));
        top = std::max({top, s.counts.little, s.counts.shortEye, s.counts.big});
    }
    m_little->replace(little);
    m_short->replace(shortEye);
    m_big->replace(big);
    if (!samples.isEmpty())
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(samples.first().atMs),
                             QDateTime::fromMSecsSinceEpoch(samples.last().atMs));
    setCountAxisRange(m_countAxis, top);
}

void StageHistoryChart::restyle()
{
    applyChartPalette(chart(), palette());
    m_little->setColor(chartSeriesColor(1, palette()));
    m_short->setColor(chartSeriesColor(4, palette()));
    m_big->setColor(chartSeriesColor(2, palette()));
}

void StageHistoryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace arbiter::ui
