#include "ChartStyle.h"

#include "domain/DocumentFacts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace oversight::ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor gradeColour(const QString &grade, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (grade == Grade::Outstanding)
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x00, 0x7a, 0x3d);
    if (grade == Grade::Good)
        return dark ? QColor(0xa6, 0xd9, 0x6a) : QColor(0x5a, 0xa8, 0x2c);
    if (grade == Grade::RequiresImprovement)
        return dark ? QColor(0xfd, 0xbf, 0x6f) : QColor(0xf0, 0x9a, 0x1a);
    if (grade == Grade::Inadequate)
        return dark ? QColor(0xf4, 0x6d, 0x6d) : QColor(0xc6, 0x28, 0x28);
    return palette.color(QPalette::Mid);
}

QColor outcomeColour(const QString &outcome, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (outcome == SendOutcome::Positive)
        return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x65, 0xa8);
    if (outcome == SendOutcome::Inconsistent)
        return dark ? QColor(0xf0, 0xc4, 0x4c) : QColor(0xd8, 0x92, 0x00);
    if (outcome == SendOutcome::SystemicFailings)
        return dark ? QColor(0xd9, 0x8c, 0xd0) : QColor(0x8e, 0x2a, 0x7c);
    return palette.color(QPalette::Mid);
}

QColor seriesColour(int index, const QPalette &palette)
{
    // Okabe-Ito: told apart by people with colour-blindness too.
    static const QColor light[] = {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0x00, 0x9e, 0x73},
                                   {0xcc, 0x79, 0xa7}, {0x56, 0xb4, 0xe9}, {0xe6, 0x9f, 0x00},
                                   {0x44, 0x44, 0x44}, {0x88, 0x22, 0x55}};
    constexpr int count = int(std::size(light));
    QColor c = light[index % count];
    if (isDark(palette))
        c = index % count == 6 ? QColor(0xcc, 0xcc, 0xcc) : c.lighter(125);
    // Past the set, vary lightness so that the 11 peers of an authority stay apart.
    if (index >= count)
        c = isDark(palette) ? c.darker(140) : c.lighter(140);
    return c;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void setUpView(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace oversight::ChartStyle
