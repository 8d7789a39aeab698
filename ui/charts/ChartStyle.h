#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)

namespace oversight::ChartStyle {

// The colour of a grade, the same in every chart and the map: green for outstanding through
// amber to red for inadequate, lighter on a dark palette so that it stays readable.
QColor gradeColour(const QString &grade, const QPalette &palette);
// The colour of an area SEND outcome (SendOutcome), the same on the timeline, the map and the
// national picture: blue, amber and purple, apart from the grades' green-to-red so that no one
// reads an outcome as a grade; lighter on a dark palette. Mid for anything else.
QColor outcomeColour(const QString &outcome, const QPalette &palette);
// The colour of the index-th series of a line chart (a qualitative set that keeps apart).
QColor seriesColour(int index, const QPalette &palette);
bool isDark(const QPalette &palette);

// Background, titles, labels, grid and legend in the palette's colours (Qt Charts' own themes
// know nothing of the application palette).
void applyPalette(QChart *chart, const QPalette &palette);

// How every chart view of the application starts: antialiased, legend at the bottom, narrow
// margins.
void setUpView(QChartView *view);
// Takes every series and axis off a chart (and deletes them) before it is drawn again.
void clear(QChart *chart);

} // namespace oversight::ChartStyle
