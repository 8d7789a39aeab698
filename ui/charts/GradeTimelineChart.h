#pragma once

#include "analysis/GradeTimeline.h"

#include <QChartView>
#include <QHash>
#include <QList>

QT_FORWARD_DECLARE_CLASS(QAbstractSeries)
QT_FORWARD_DECLARE_CLASS(QScatterSeries)

namespace oversight {

// A GradeTimeline drawn with Qt Charts: each series a step line over its inspections' dates on
// the four-point scale (outstanding at the top, inadequate at the bottom) with a marker per
// inspection, broken where an inspection gave no grade for it; ungraded visits are marks on a
// row under the scale. The legend toggles series; markers have tooltips and a click emits
// documentActivated. Used for an authority's areas and for peers on one area.
class GradeTimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit GradeTimelineChart(QWidget *parent = nullptr);

    void setTimeline(const GradeTimeline &timeline);
    const GradeTimeline &timeline() const { return m_timeline; }

    // For tests: series name -> whether it is shown.
    bool isSeriesVisible(const QString &name) const;
    void setSeriesVisible(const QString &name, bool visible);
    QStringList seriesNames() const;

signals:
    void documentActivated(qint64 documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Everything drawn for one GradeSeries (line segments and markers) toggles together.
    struct Drawn
    {
        QString name;
        QList<QAbstractSeries *> parts;
        QScatterSeries *markers = nullptr;
        QList<GradePoint> points; // in marker order
    };

    void rebuild();
    void addSeries(int index, const GradeSeries &series, qreal offset);
    void addVisits();
    void connectMarkers(QScatterSeries *markers, const QList<GradePoint> &points,
                        const QString &seriesName);
    void connectLegend();
    QString tooltip(const GradePoint &point, const QString &seriesName) const;

    GradeTimeline m_timeline;
    QList<Drawn> m_drawn;
};

} // namespace oversight
