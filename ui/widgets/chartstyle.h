#pragma once

// Chart style: makes a QChart follow the widget palette (background, titles, legend, axes,
// grid) so charts stay readable in light and dark themes, and gives series colours that
// contrast with the palette's base. Call applyChartPalette again on QEvent::PaletteChange.

#include <QColor>
#include <QPalette>

class QChart;
class QChartView;
class QValueAxis;

namespace arbiter::ui {

// Palette-aware colours for series: 0 good/accepted, 1 warning/flagged, 2 bad/rejected, then more.
QColor chartSeriesColor(int index, const QPalette &palette);

// Applies the palette to the chart, its legend and every axis attached now.
void applyChartPalette(QChart *chart, const QPalette &palette);

// A count axis from 0 with whole-number ticks at a round step (1, 2, 5, 10, 20, …) and head room above max.
void setCountAxisRange(QValueAxis *axis, qreal max);

// A chart view with antialiasing, no margins wasted, an accessible name and the palette applied.
QChartView *makeChartView(QChart *chart, const QString &accessibleName, const QPalette &palette);

} // namespace arbiter::ui
