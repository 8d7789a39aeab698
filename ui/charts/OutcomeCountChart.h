#pragma once

#include "analysis/NationalPicture.h"

#include <QChartView>

namespace oversight {

// How many authorities had each area SEND outcome: one horizontal bar per outcome (best at the
// top) in the outcome colours, named with its count ("Inconsistent (2)"). Counts of authorities, never
// grades: the outcomes have a chart of their own. Hovering a bar names its count.
class OutcomeCountChart : public QChartView
{
    Q_OBJECT
public:
    explicit OutcomeCountChart(QWidget *parent = nullptr);

    // outcomes: outcomeDistribution().
    void setOutcomes(const QString &title, const GradeDistribution &outcomes);
    const GradeDistribution &outcomes() const { return m_outcomes; }

    // Three bars and their short names read whole in this; the grade charts beside it take
    // the rest.
    QSize sizeHint() const override { return {380, 200}; }
    QSize minimumSizeHint() const override { return {260, 150}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString shortLabel(const QString &outcome);
    void rebuild();

    QString m_title;
    GradeDistribution m_outcomes;
};

} // namespace oversight
