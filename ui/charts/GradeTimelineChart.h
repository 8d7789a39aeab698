#pragma once

#include "analysis/GradeTimeline.h"

#include <QChartView>
#include <QHash>
#include <QList>

QT_FORWARD_DECLARE_CLASS(QAbstractSeries)
QT_FORWARD_DECLARE_CLASS(QGraphicsSimpleTextItem)
QT_FORWARD_DECLARE_CLASS(QScatterSeries)

namespace oversight {

// A GradeTimeline drawn with Qt Charts: each series a step line over its inspections' dates on
// the four-point scale (outstanding at the top, inadequate at the bottom) with a marker per
// inspection, broken where an inspection gave no grade for it; ungraded visits are marks on a
// row under the scale, and area SEND inspections diamonds on a row of their own below it,
// coloured and labelled with their outcome. The legend toggles series; every mark has a
// tooltip (kind, date, grade or outcome) and a click on one emits documentActivated. Used for
// an authority's areas and for peers on one area.
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
    // The tooltip of the mark nearest to a point of the viewport (within a few pixels), else
    // empty; and where a document's mark on the series named seriesName is drawn, in viewport
    // coordinates ({-1, -1} when it is not drawn). For tests and tools.
    QString toolTipAt(const QPoint &viewportPosition) const;
    QPoint markPosition(const QString &seriesName, qint64 documentId) const;
    // The outcome labels drawn beside the area SEND marks, in date order.
    QStringList sendLabels() const;

signals:
    void documentActivated(qint64 documentId);

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Mark { Grade, Visit, AreaSend };
    // Everything drawn for one GradeSeries (line segments and markers) toggles together.
    struct Drawn
    {
        QString name;
        QList<QAbstractSeries *> parts;
        QScatterSeries *markers = nullptr;
        QList<GradePoint> points; // in marker order; for AreaSend, grade holds the outcome
        Mark mark = Mark::Grade;
        QList<QGraphicsSimpleTextItem *> labels; // AreaSend: one per marker
    };

    void rebuild();
    void addSeries(int index, const GradeSeries &series, qreal offset);
    void addVisits();
    void addSendInspections();
    void placeLabels();
    void connectMarkers(QScatterSeries *markers, const QList<GradePoint> &points);
    void connectLegend();
    QString tooltip(const Drawn &drawn, const GradePoint &point) const;

    GradeTimeline m_timeline;
    QList<Drawn> m_drawn;
};

} // namespace oversight
