#include "TimelineChartPainter.h"

#include "domain/DocumentFacts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace oversight {

namespace {

// Okabe-Ito: colours told apart by people with colour-blindness too, as in the app's charts.
QColor seriesColour(int index)
{
    static const QColor colours[] = {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0x00, 0x9e, 0x73},
                                     {0xcc, 0x79, 0xa7}, {0x56, 0xb4, 0xe9}, {0xe6, 0x9f, 0x00},
                                     {0x44, 0x44, 0x44}, {0x88, 0x22, 0x55}};
    return colours[index % int(std::size(colours))];
}

const QColor kVisitColour(0x5b, 0x66, 0x70);

// Area SEND outcomes in the app's light-theme colours (ChartStyle::outcomeColour): not grades'.
QColor outcomeColour(const QString &outcome)
{
    if (outcome == SendOutcome::Positive)
        return {0x00, 0x65, 0xa8};
    if (outcome == SendOutcome::Inconsistent)
        return {0xd8, 0x92, 0x00};
    if (outcome == SendOutcome::SystemicFailings)
        return {0x8e, 0x2a, 0x7c};
    return kVisitColour;
}
const QColor kGridColour(0xd0, 0xd5, 0xdb);
enum Marker { Circle, Square, Diamond, TriangleUp, TriangleDown };
constexpr int kMarkerCount = 4; // shapes for series; TriangleDown is kept for visits

} // namespace

TimelineChartPainter::TimelineChartPainter(const GradeTimeline &timeline)
    : m_timeline(timeline), m_first(timeline.firstDate()), m_last(timeline.lastDate())
{
    // Half a year either side keeps the first and last markers off the axes.
    if (m_first.isValid()) {
        m_first = QDate(m_first.addMonths(-6).year(), 1, 1);
        m_last = QDate(m_last.addMonths(6).year() + 1, 1, 1);
    }
}

QList<TimelineChartPainter::LegendEntry> TimelineChartPainter::legendEntries() const
{
    QList<LegendEntry> entries;
    for (int i = 0; i < m_timeline.series.size(); ++i)
        entries.append({m_timeline.series.at(i).name, seriesColour(i), i % kMarkerCount});
    if (!m_timeline.visits.isEmpty())
        entries.append({tr("Visit without grades (monitoring or focused)"), kVisitColour,
                        TriangleDown, false});
    if (!m_timeline.sendInspections.isEmpty())
        entries.append({tr("Area SEND inspection (its outcome beside it)"), kVisitColour, Diamond,
                        false});
    return entries;
}

qreal TimelineChartPainter::legendHeight(qreal width) const
{
    QFont font;
    font.setPixelSize(qRound(m_fontSize));
    const QFontMetricsF metrics(font);
    qreal x = 0;
    int rows = 1;
    for (const LegendEntry &e : legendEntries()) {
        const qreal w = metrics.height() * 1.6 + metrics.horizontalAdvance(e.label) + m_fontSize;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * metrics.height() * 1.4;
}

qreal TimelineChartPainter::xFor(const QDate &date, const QRectF &plot) const
{
    const qint64 span = qMax<qint64>(1, m_first.daysTo(m_last));
    return plot.left() + plot.width() * qreal(m_first.daysTo(date)) / qreal(span);
}

qreal TimelineChartPainter::yFor(int rank, const QRectF &plot)
{
    // Ranks 1 (inadequate) to 4 (outstanding), evenly spaced, half a step clear of each edge.
    return plot.bottom() - plot.height() * (rank - 0.5) / 4.0;
}

void TimelineChartPainter::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(qRound(m_fontSize));
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures: see SummaryTextDocument
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    if (!m_first.isValid()) {
        painter->setPen(kVisitColour);
        painter->drawText(rect, Qt::AlignCenter, tr("No dated inspections to chart."));
        painter->restore();
        return;
    }
    qreal labelWidth = 0;
    for (const QString &grade : Grade::all())
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(Grade::label(grade)));
    const qreal legend = legendHeight(rect.width());
    const QRectF plot(rect.left() + labelWidth + m_fontSize, rect.top() + metrics.height() * 0.5,
                      rect.width() - labelWidth - m_fontSize * 1.5,
                      rect.height() - legend - metrics.height() * 2.6);
    paintAxes(painter, plot, labelWidth);
    paintSeries(painter, plot);
    paintVisits(painter, plot);
    paintLegend(painter, QRectF(rect.left(), rect.bottom() - legend, rect.width(), legend));
    painter->restore();
}

void TimelineChartPainter::paintAxes(QPainter *painter, const QRectF &plot,
                                     qreal labelWidth) const
{
    const QFontMetricsF metrics(painter->font());
    painter->setPen(QPen(kGridColour, 0.8));
    for (int rank = 1; rank <= 4; ++rank) {
        const qreal y = yFor(rank, plot);
        painter->setPen(QPen(kGridColour, 0.8));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(Qt::black);
        const QString label = Grade::label(Grade::all().at(4 - rank));
        painter->drawText(QRectF(plot.left() - labelWidth - m_fontSize * 0.6,
                                 y - metrics.height() / 2, labelWidth, metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter->setPen(QPen(Qt::black, 1));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    // A tick and a label per year; every other year when the span is long.
    const int years = m_last.year() - m_first.year();
    const int step = years > 12 ? 2 : 1;
    for (int year = m_first.year(); year <= m_last.year(); year += step) {
        const qreal x = xFor(QDate(year, 1, 1), plot);
        painter->setPen(QPen(kGridColour, 0.5, Qt::DotLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(Qt::black);
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        if (year < m_last.year())
            painter->drawText(QRectF(x, plot.bottom() + 3, xFor(QDate(year + 1, 1, 1), plot) - x,
                                     metrics.height() * 1.2),
                              Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
    }
}

void TimelineChartPainter::paintSeries(QPainter *painter, const QRectF &plot) const
{
    const int count = int(m_timeline.series.size());
    const qreal markerSize = m_fontSize * 0.7;
    for (int i = 0; i < count; ++i) {
        const GradeSeries &series = m_timeline.series.at(i);
        // Lines that share a grade are drawn a little apart so that each stays visible.
        const qreal offset = (i - (count - 1) / 2.0) * qMin(2.5, plot.height() / 60.0);
        const QColor colour = seriesColour(i);
        QPainterPath path;
        bool drawing = false;
        QPointF previous;
        for (const GradePoint &p : series.points) {
            if (p.isGap()) {
                drawing = false;
                continue;
            }
            const QPointF at(xFor(p.date, plot), yFor(Grade::rank(p.grade), plot) + offset);
            if (!drawing) {
                path.moveTo(at);
            } else {
                path.lineTo(at.x(), previous.y());
                path.lineTo(at);
            }
            drawing = true;
            previous = at;
        }
        painter->setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setPen(QPen(Qt::white, 0.8));
        painter->setBrush(colour);
        for (const GradePoint &p : series.points) {
            if (!p.isGap())
                paintMarker(painter,
                            {xFor(p.date, plot), yFor(Grade::rank(p.grade), plot) + offset},
                            i % kMarkerCount, markerSize);
        }
    }
}

void TimelineChartPainter::paintVisits(QPainter *painter, const QRectF &plot) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(kVisitColour);
    const qreal size = m_fontSize * 0.7;
    for (const UngradedVisit &v : m_timeline.visits) {
        if (v.date.isValid())
            paintMarker(painter, {xFor(v.date, plot), plot.bottom() - size * 0.6}, TriangleDown,
                        size);
    }
    // Area SEND inspections: on the same bottom row, a diamond in the outcome's colour with the
    // outcome written beside it (to its left when it would run off the plot).
    const QFontMetricsF metrics(painter->font());
    for (const SendInspection &i : m_timeline.sendInspections) {
        if (!i.date.isValid())
            continue;
        const QPointF at(xFor(i.date, plot), plot.bottom() - size * 1.4);
        painter->setPen(QPen(Qt::black, 0.6));
        painter->setBrush(outcomeColour(i.outcome));
        paintMarker(painter, at, Diamond, size * 1.3);
        const QString label = i.outcome.isEmpty() ? tr("Outcome not read")
                                                  : SendOutcome::label(i.outcome);
        const qreal width = metrics.horizontalAdvance(label);
        qreal x = at.x() + size;
        if (x + width > plot.right())
            x = at.x() - size - width;
        painter->setPen(Qt::black);
        painter->drawText(QRectF(x, at.y() - metrics.height() / 2, width + 2, metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

void TimelineChartPainter::paintLegend(QPainter *painter, const QRectF &area) const
{
    const QFontMetricsF metrics(painter->font());
    const qreal rowHeight = metrics.height() * 1.4;
    qreal x = area.left();
    qreal y = area.top();
    for (const LegendEntry &e : legendEntries()) {
        const qreal w = metrics.height() * 1.6 + metrics.horizontalAdvance(e.label) + m_fontSize;
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += rowHeight;
        }
        const qreal mid = y + rowHeight / 2;
        painter->setPen(QPen(e.colour, 1.8));
        if (e.line)
            painter->drawLine(QPointF(x, mid), QPointF(x + metrics.height() * 1.2, mid));
        painter->setPen(!e.line ? QPen(Qt::NoPen) : QPen(Qt::white, 0.8));
        painter->setBrush(e.colour);
        paintMarker(painter, {x + metrics.height() * 0.6, mid}, e.marker, m_fontSize * 0.7);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(x + metrics.height() * 1.6, y, w, rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, e.label);
        x += w;
    }
}

void TimelineChartPainter::paintMarker(QPainter *painter, const QPointF &at, int shape,
                                       qreal size) const
{
    const qreal r = size / 2;
    switch (shape) {
    case Square:
        painter->drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case Diamond:
        painter->drawPolygon(QPolygonF{{at.x(), at.y() - r * 1.3}, {at.x() + r * 1.3, at.y()},
                                       {at.x(), at.y() + r * 1.3}, {at.x() - r * 1.3, at.y()}});
        break;
    case TriangleUp:
        painter->drawPolygon(QPolygonF{{at.x(), at.y() - r * 1.3},
                                       {at.x() + r * 1.2, at.y() + r},
                                       {at.x() - r * 1.2, at.y() + r}});
        break;
    case TriangleDown:
        painter->drawPolygon(QPolygonF{{at.x() - r * 1.2, at.y() - r},
                                       {at.x() + r * 1.2, at.y() - r},
                                       {at.x(), at.y() + r * 1.3}});
        break;
    default:
        painter->drawEllipse(at, r, r);
    }
}

} // namespace oversight
