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

    // The count axis' step for a highest bar and a plot height (pixels): 1, 2, 5, 10, 20...
    // authorities, as small as leaves every tick label room (lineHeight pixels) to read whole.
    static int tickInterval(int highest, qreal plotHeight, int lineHeight);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateTicks();

    QString m_title;
    QList<GradeDistribution> m_bars;
    int m_highest = 0;
};

} // namespace oversight
