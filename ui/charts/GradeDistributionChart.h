#pragma once

#include "analysis/NationalPicture.h"

#include <QChartView>

namespace oversight {

// Stacked bars of how many authorities stand at each grade: one bar per area, or per year.
// Inadequate at the bottom, outstanding on top, in the grade colours; hovering a segment names
// its count.
class GradeDistributionChart : public QChartView
{
    Q_OBJECT
public:
    explicit GradeDistributionChart(QWidget *parent = nullptr);

    void setDistribution(const QString &title, const QList<GradeDistribution> &bars);
    const QList<GradeDistribution> &bars() const { return m_bars; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QString m_title;
    QList<GradeDistribution> m_bars;
};

} // namespace oversight
