#include "GradeDistributionChart.h"

#include "ChartStyle.h"

#include "domain/DocumentFacts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QFontMetrics>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cstdlib>

namespace oversight {

namespace {

// A long name on two lines, broken at the space nearest its middle ("Overall<br>effectiveness"),
// so that eight areas' names read whole under their bars; axis labels are rich text.
QString twoLines(const QString &label)
{
    const QString escaped = label.toHtmlEscaped();
    if (label.size() <= 12)
        return escaped;
    int best = -1;
    for (int i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) == QLatin1Char(' ')
            && (best < 0 || std::abs(i - escaped.size() / 2) < std::abs(best - escaped.size() / 2)))
            best = i;
    }
    if (best < 0)
        return escaped;
    return escaped.left(best) + QStringLiteral("<br>") + escaped.mid(best + 1);
}

} // namespace

GradeDistributionChart::GradeDistributionChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("gradeDistributionChart"));
    setAccessibleName(tr("Authorities by grade"));
    ChartStyle::setUpView(this);
    connect(chart(), &QChart::plotAreaChanged, this, &GradeDistributionChart::updateTicks);
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
        categories.append(twoLines(bar.label));
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
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    m_highest = highest;
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::applyPalette(c, palette());
    updateTicks();
}

int GradeDistributionChart::tickInterval(int highest, qreal plotHeight, int lineHeight)
{
    // Whole authorities only (no "0.2"), and never more ticks than there is room for: Qt
    // Charts cuts a label to "…" where the ticks are closer than its height.
    const int room = std::max(1, int(plotHeight / (1.6 * std::max(1, lineHeight))));
    const int most = std::clamp(room, 1, 10);
    int interval = 1;
    for (int step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
        interval = step;
        if ((highest + step - 1) / step <= most)
            break;
    }
    return interval;
}

void GradeDistributionChart::updateTicks()
{
    const auto axes = chart()->axes(Qt::Vertical);
    auto *y = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
    if (!y)
        return;
    // Before the first layout the plot area is empty: guess from the view's own height.
    const qreal plot = chart()->plotArea().height() > 0 ? chart()->plotArea().height()
                                                        : height() * 0.5;
    const int interval = tickInterval(m_highest, plot, QFontMetrics(y->labelsFont()).height());
    const int top = std::max(1, (m_highest + interval - 1) / interval * interval);
    if (qFuzzyCompare(y->tickInterval(), qreal(interval)) && qFuzzyCompare(y->max(), qreal(top)))
        return;
    y->setRange(0, top);
    y->setTickInterval(interval);
}

void GradeDistributionChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTicks();
}

} // namespace oversight
