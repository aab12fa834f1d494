#include "widgets/overviewcharts.h"

#include "rulenames.h"
#include "stagenames.h"
#include "widgets/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace arbiter::ui {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
const QStringList kStages = {QStringLiteral("little"), QStringLiteral("short"), QStringLiteral("big")};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // live data: animation would lag behind
    return chart;
}

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent)
    : QWidget(parent)
{
    build();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList names = {QStringLiteral("submissionsChart"), QStringLiteral("flagTypesChart"),
                               QStringLiteral("stagesChart"), QStringLiteral("bansChart")};
    for (int i = 0; i < m_charts.size(); ++i) {
        QChartView *view = makeChartView(m_charts[i], m_charts[i]->title(), palette());
        view->setObjectName(names[i]);
        view->setMinimumHeight(240);
        view->setFocusPolicy(Qt::NoFocus);
        grid->addWidget(view, i / 2, i % 2);
    }
    restyle();
}

void OverviewCharts::build()
{
    QChart *submissions = newChart(tr("Submissions per minute (last hour)"));
    m_accepted = new QLineSeries;
    m_accepted->setName(tr("Accepted"));
    m_flagged = new QLineSeries;
    m_flagged->setName(tr("Flagged"));
    m_rejected = new QLineSeries;
    m_rejected->setName(tr("Rejected"));
    m_minuteAxis = new QDateTimeAxis;
    m_minuteAxis->setFormat(QStringLiteral("HH:mm"));
    m_minuteAxis->setTickCount(7);
    m_submissionsAxis = new QValueAxis;
    m_submissionsAxis->setLabelFormat(QStringLiteral("%d"));
    submissions->addAxis(m_minuteAxis, Qt::AlignBottom);
    submissions->addAxis(m_submissionsAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_accepted, m_flagged, m_rejected}) {
        submissions->addSeries(series);
        series->attachAxis(m_minuteAxis);
        series->attachAxis(m_submissionsAxis);
    }

    QChart *flags = newChart(tr("Open flags by type"));
    m_flagTypes = new QBarSeries;
    m_flagTypeAxis = new QBarCategoryAxis;
    m_flagCountAxis = new QValueAxis;
    m_flagCountAxis->setLabelFormat(QStringLiteral("%d"));
    flags->addSeries(m_flagTypes);
    flags->addAxis(m_flagTypeAxis, Qt::AlignBottom);
    flags->addAxis(m_flagCountAxis, Qt::AlignLeft);
    m_flagTypes->attachAxis(m_flagTypeAxis);
    m_flagTypes->attachAxis(m_flagCountAxis);
    flags->legend()->hide();
    connect(m_flagTypes, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_flagTypeNames.size())
            emit flagTypeClicked(m_flagTypeNames[index]);
    });

    QChart *stages = newChart(tr("Players per eye stage"));
    m_stages = new QBarSeries;
    auto *stageSet = new QBarSet(tr("Players"));
    *stageSet << 0 << 0 << 0;
    m_stages->append(stageSet);
    auto *stageAxis = new QBarCategoryAxis;
    for (const QString &stage : kStages)
        stageAxis->append(stageLabel(stage));
    m_stageCountAxis = new QValueAxis;
    m_stageCountAxis->setLabelFormat(QStringLiteral("%d"));
    stages->addSeries(m_stages);
    stages->addAxis(stageAxis, Qt::AlignBottom);
    stages->addAxis(m_stageCountAxis, Qt::AlignLeft);
    m_stages->attachAxis(stageAxis);
    m_stages->attachAxis(m_stageCountAxis);
    stages->legend()->hide();
    connect(m_stages, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < kStages.size())
            emit stageClicked(kStages[index]);
    });

    QChart *bans = newChart(tr("Bans per day (last 30 days)"));
    m_bans = new QBarSeries;
    m_dayAxis = new QBarCategoryAxis;
    // 30 category labels do not fit side by side: the bars keep their category axis, hidden, and a
    // date axis over the same 30 days labels every few days.
    m_dayAxis->setVisible(false);
    m_dayDates = new QDateTimeAxis;
    m_dayDates->setFormat(QStringLiteral("dd.MM"));
    m_dayDates->setTickCount(7);
    m_banCountAxis = new QValueAxis;
    m_banCountAxis->setLabelFormat(QStringLiteral("%d"));
    bans->addSeries(m_bans);
    bans->addAxis(m_dayAxis, Qt::AlignBottom);
    bans->addAxis(m_dayDates, Qt::AlignBottom);
    bans->addAxis(m_banCountAxis, Qt::AlignLeft);
    m_bans->attachAxis(m_dayAxis);
    m_bans->attachAxis(m_banCountAxis);
    // An axis only draws with a series: an invisible one carries the date axis.
    m_dayCarrier = new QLineSeries;
    m_dayCarrier->setPen(Qt::NoPen);
    bans->addSeries(m_dayCarrier);
    m_dayCarrier->attachAxis(m_dayDates);
    m_dayCarrier->attachAxis(m_banCountAxis);
    bans->legend()->hide();
    connect(m_bans, &QBarSeries::clicked, this, [this](int, QBarSet *) { emit bansClicked(); });

    m_charts = {submissions, flags, stages, bans};
}

void OverviewCharts::restyle()
{
    const QPalette pal = palette();
    for (QChart *chart : std::as_const(m_charts))
        applyChartPalette(chart, pal);
    m_accepted->setColor(chartSeriesColor(0, pal));
    m_flagged->setColor(chartSeriesColor(1, pal));
    m_rejected->setColor(chartSeriesColor(2, pal));
    for (QBarSeries *series : {m_flagTypes, m_bans})
        for (QBarSet *set : series->barSets())
            set->setColor(chartSeriesColor(series == m_bans ? 2 : 1, pal));
    for (QBarSet *set : m_stages->barSets())
        set->setColor(chartSeriesColor(3, pal));
    m_dayCarrier->setPen(Qt::NoPen); // a theme change gives it a pen again
    for (QBarSeries *series : {m_flagTypes, m_bans, m_stages})
        for (QBarSet *set : series->barSets())
            set->setBorderColor(set->color());
}

void OverviewCharts::show(const OverviewStats &stats, const OverviewRequest &request)
{
    showSubmissions(stats.minutes, request.windowStartMs, request.nowMs);

    // Open flags by type: categories change with the data, so the set is rebuilt.
    m_flagTypes->clear();
    m_flagTypeAxis->clear();
    m_flagTypeNames.clear();
    auto *typeSet = new QBarSet(tr("Open flags"));
    int maxType = 0;
    for (const TypeCount &type : stats.openFlagTypes) {
        m_flagTypeNames.append(type.type);
        *typeSet << type.count;
        maxType = std::max(maxType, type.count);
    }
    QStringList labels;
    for (const QString &type : std::as_const(m_flagTypeNames))
        labels << ruleLabel(type);
    m_flagTypeAxis->append(labels.isEmpty() ? QStringList{tr("none")} : labels);
    if (m_flagTypeNames.isEmpty())
        *typeSet << 0;
    m_flagTypes->append(typeSet);
    setCountAxisRange(m_flagCountAxis, maxType);

    QBarSet *stageSet = m_stages->barSets().value(0);
    stageSet->replace(0, stats.stages.little);
    stageSet->replace(1, stats.stages.shortEye);
    stageSet->replace(2, stats.stages.big);
    setCountAxisRange(m_stageCountAxis, std::max({stats.stages.little, stats.stages.shortEye, stats.stages.big}));

    m_bans->clear();
    m_dayAxis->clear();
    auto *banSet = new QBarSet(tr("Bans"));
    QStringList days;
    int maxBans = 0;
    const qint64 first = request.firstDayStartMs;
    const int dayCount = int(std::llround(double(request.todayStartMs - first) / kDayMs)) + 1; // DST: 23 or 25 h days
    for (int d = 0; d < dayCount; ++d) {
        const qint64 start = first + d * kDayMs;
        int count = 0;
        for (const DayCount &day : stats.bansPerDay)
            if (day.dayStartMs == start)
                count = day.count;
        days.append(QDateTime::fromMSecsSinceEpoch(start + kDayMs / 2).toString(QStringLiteral("dd.MM")));
        *banSet << count;
        maxBans = std::max(maxBans, count);
    }
    m_dayAxis->append(days);
    m_dayCarrier->replace({QPointF(first, 0), QPointF(first + dayCount * kDayMs, 0)});
    m_dayDates->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(first + dayCount * kDayMs));
    m_bans->append(banSet);
    setCountAxisRange(m_banCountAxis, maxBans);
    restyle();
}

// Minutes of the window with their counts (zero where nothing came), as three lines.
void OverviewCharts::showSubmissions(const QList<MinuteCounts> &minutes, qint64 windowStartMs, qint64 nowMs)
{
    const qint64 first = windowStartMs;
    const qint64 last = std::max(first, nowMs / kMinuteMs * kMinuteMs);
    QList<QPointF> accepted, flagged, rejected;
    int top = 0;
    qsizetype i = 0;
    for (qint64 minute = first; minute <= last; minute += kMinuteMs) {
        while (i < minutes.size() && minutes[i].minuteMs < minute)
            ++i;
        MinuteCounts m{minute};
        if (i < minutes.size() && minutes[i].minuteMs == minute)
            m = minutes[i];
        accepted.append(QPointF(minute, m.accepted));
        flagged.append(QPointF(minute, m.flagged));
        rejected.append(QPointF(minute, m.rejected));
        top = std::max({top, m.accepted, m.flagged, m.rejected});
    }
    m_accepted->replace(accepted);
    m_flagged->replace(flagged);
    m_rejected->replace(rejected);
    m_minuteAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    setCountAxisRange(m_submissionsAxis, top);
}

void OverviewCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_accepted)
        restyle();
}

} // namespace arbiter::ui
