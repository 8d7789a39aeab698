#pragma once

#include "analysis/GradeTimeline.h"

#include <QCoreApplication>
#include <QColor>
#include <QRectF>

class QPainter;

namespace oversight {

// Draws an authority's timeline with QPainter alone (no Qt Charts), so that in a PDF it stays
// vector graphics and its words stay text: the four grades as a scale over the dates, a step
// line per judgement area (a grade holds until the next inspection), a marker per inspection,
// the ungraded visits as marks on the time axis, and a legend underneath.
class TimelineChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelineChartPainter)
public:
    explicit TimelineChartPainter(const GradeTimeline &timeline);

    // Font size in the painter's units; text is sized in pixels so that it scales with the
    // painter's transform whatever the device's resolution.
    void setFontPixelSize(qreal size) { m_fontSize = size; }

    // Paints into rect (painter units). Leaves the painter as it found it.
    void paint(QPainter *painter, const QRectF &rect) const;

    // The height the legend needs at that width, so callers can size the chart.
    qreal legendHeight(qreal width) const;

private:
    struct LegendEntry
    {
        QString label;
        QColor colour;
        int marker;
        bool line = true; // a series' line through its marker; none for single marks
    };
    QList<LegendEntry> legendEntries() const;
    void paintAxes(QPainter *painter, const QRectF &plot, qreal labelWidth) const;
    void paintSeries(QPainter *painter, const QRectF &plot) const;
    void paintVisits(QPainter *painter, const QRectF &plot) const;
    void paintLegend(QPainter *painter, const QRectF &area) const;
    qreal xFor(const QDate &date, const QRectF &plot) const;
    static qreal yFor(int rank, const QRectF &plot);
    void paintMarker(QPainter *painter, const QPointF &at, int shape, qreal size) const;

    GradeTimeline m_timeline;
    QDate m_first;
    QDate m_last;
    qreal m_fontSize = 11;
};

} // namespace oversight
