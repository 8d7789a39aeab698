#include "OutcomeCountChart.h"

#include "ChartStyle.h"

#include "domain/DocumentFacts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace oversight {

// The outcome's name short enough for the axis of a narrow pane (the full name is in the
// tooltip and the table), with a %1 for the count.
QString OutcomeCountChart::shortLabel(const QString &outcome)
{
    if (outcome == SendOutcome::Positive)
        return tr("Positive (%1)");
    if (outcome == SendOutcome::Inconsistent)
        return tr("Inconsistent (%1)");
    return tr("Systemic failings (%1)");
}

OutcomeCountChart::OutcomeCountChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("outcomeCountChart"));
    setAccessibleName(tr("Authorities by area SEND outcome"));
    ChartStyle::setUpView(this);
    chart()->legend()->hide(); // each bar is named on its axis
    rebuild();
}

void OutcomeCountChart::setOutcomes(const QString &title, const GradeDistribution &outcomes)
{
    m_title = title;
    m_outcomes = outcomes;
    rebuild();
}

void OutcomeCountChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void OutcomeCountChart::rebuild()
{
    QChart *c = chart();
    ChartStyle::clear(c);
    c->setTitle(m_title);
    // Stacked, with one set per outcome holding a value only in its own row: each row one bar,
    // centred, in its outcome's colour.
    auto *series = new QHorizontalStackedBarSeries(c);
    series->setBarWidth(0.6);
    // A horizontal bar chart draws its first category at the bottom: worst first, so that the
    // best outcome reads at the top.
    QStringList outcomes = SendOutcome::all();
    std::reverse(outcomes.begin(), outcomes.end());
    QStringList categories;
    int highest = 0;
    for (const QString &outcome : std::as_const(outcomes)) {
        const int n = m_outcomes.counts.value(outcome);
        categories.append(shortLabel(outcome).arg(n));
        highest = qMax(highest, n);
    }
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const QString &outcome = outcomes.at(i);
        auto *set = new QBarSet(SendOutcome::label(outcome), series);
        set->setColor(ChartStyle::outcomeColour(outcome, palette()));
        set->setBorderColor(palette().color(QPalette::Base));
        for (qsizetype row = 0; row < outcomes.size(); ++row)
            set->append(row == i ? m_outcomes.counts.value(outcome) : 0);
        connect(set, &QBarSet::hovered, this, [this, set](bool entered, int index) {
            if (!entered || index < 0 || index >= set->count()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %n authorities", nullptr, int(set->at(index)))
                                   .arg(set->label()),
                               this);
        });
        series->append(set);
    }
    c->addSeries(series);
    auto *y = new QBarCategoryAxis(c);
    y->append(categories);
    // The counts are in the bars' names: the count axis only scales the bars, and hidden, it
    // leaves the three bars room to read in a short pane.
    auto *x = new QValueAxis(c);
    x->setRange(0, std::max(1, highest));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::applyPalette(c, palette());
    x->setVisible(false);
}

} // namespace oversight
