#include "GradeDistributionChart.h"

#include "ChartStyle.h"

#include "domain/DocumentFacts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace oversight {

GradeDistributionChart::GradeDistributionChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("gradeDistributionChart"));
    setAccessibleName(tr("Authorities by grade"));
    ChartStyle::setUpView(this);
    rebuild();
}

void GradeDistributionChart::setDistribution(const QString &title,
                                             const QList<GradeDistribution> &bars)
{
    m_title = title;
    m_bars = bars;
    rebuild();
}

void GradeDistributionChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void GradeDistributionChart::rebuild()
{
    QChart *c = chart();
    ChartStyle::clear(c);
    c->setTitle(m_title);
    auto *series = new QStackedBarSeries(c);
    QStringList categories;
    int highest = 0;
    for (const GradeDistribution &bar : std::as_const(m_bars)) {
        categories.append(bar.label);
        highest = qMax(highest, bar.total());
    }
    // Worst at the bottom, so that the red base of a bar reads as "how many are failing".
    QStringList grades = Grade::all();
    std::reverse(grades.begin(), grades.end());
    for (const QString &grade : std::as_const(grades)) {
        auto *set = new QBarSet(Grade::label(grade), series);
        set->setColor(ChartStyle::gradeColour(grade, palette()));
        set->setBorderColor(palette().color(QPalette::Base));
        for (const GradeDistribution &bar : std::as_const(m_bars))
            set->append(bar.counts.value(grade));
        connect(set, &QBarSet::hovered, this, [this, set](bool entered, int index) {
            if (!entered || index < 0 || index >= m_bars.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1, %2: %n authorities", nullptr, int(set->at(index)))
                                   .arg(m_bars.at(index).label, set->label()),
                               this);
        });
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis(c);
    x->append(categories);
    auto *y = new QValueAxis(c);
    y->setTitleText(tr("Authorities"));
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole authorities only: a tick every 1, 2, 5, 10... so that no label reads "0.2".
    int interval = 1;
    for (int step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        interval = step;
        if (highest / step <= 10)
            break;
    }
    const int top = qMax(1, (highest + interval - 1) / interval * interval);
    y->setRange(0, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(interval);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::applyPalette(c, palette());
}

} // namespace oversight
