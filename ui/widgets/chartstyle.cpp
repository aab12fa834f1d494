#include "widgets/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace arbiter::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor chartSeriesColor(int index, const QPalette &palette)
{
    // Material-like hues; lighter variants on dark backgrounds keep the contrast.
    static const QColor light[] = {QColor(46, 125, 50), QColor(239, 108, 0), QColor(198, 40, 40),
                                   QColor(21, 101, 192), QColor(106, 27, 154), QColor(0, 131, 143)};
    static const QColor dark[] = {QColor(129, 199, 132), QColor(255, 183, 77), QColor(239, 83, 80),
                                  QColor(100, 181, 246), QColor(186, 104, 200), QColor(77, 208, 225)};
    const int n = int(std::size(light));
    const int i = ((index % n) + n) % n;
    return isDark(palette) ? dark[i] : light[i];
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(50);
    QColor line = text;
    line.setAlpha(120);
    const QChart::ChartTheme theme = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme) // setTheme resets series colours: callers colour series afterwards
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(line, 0));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBackgroundVisible(false);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

void setCountAxisRange(QValueAxis *axis, qreal max)
{
    if (!axis)
        return;
    const qreal wanted = std::max<qreal>(1, max) / 5; // about five steps
    qreal step = std::pow(10, std::floor(std::log10(wanted)));
    for (const qreal m : {1.0, 2.0, 5.0, 10.0})
        if (step * m >= wanted) {
            step *= m;
            break;
        }
    step = std::max<qreal>(1, std::round(step));
    const qreal top = std::ceil((std::max<qreal>(0, max) + 0.5) / step) * step;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(top, step));
}

QChartView *makeChartView(QChart *chart, const QString &accessibleName, const QPalette &palette)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyChartPalette(chart, palette);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(200);
    return view;
}

} // namespace arbiter::ui
