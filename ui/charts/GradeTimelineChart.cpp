#include "GradeTimelineChart.h"

#include "ChartStyle.h"

#include "domain/DocumentDate.h"
#include "domain/DocumentFacts.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

// The row under the scale where ungraded visits sit, and the one under it for area SEND
// inspections (their outcomes are not grades).
constexpr qreal kVisitRow = 0.4;
constexpr qreal kSendRow = -0.3;
// How far from a mark's centre (in pixels, beyond its radius) a tooltip still finds it.
constexpr qreal kTooltipSlack = 4;

qreal timeOf(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

// Index of the marker nearest to a point Qt Charts reports (it gives coordinates, not indices).
qsizetype nearest(const QScatterSeries *markers, const QPointF &p)
{
    qsizetype best = -1;
    qreal bestDistance = 0;
    const QList<QPointF> points = markers->points();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const qreal d = qAbs(points.at(i).x() - p.x()) + qAbs(points.at(i).y() - p.y()) * 1e10;
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

GradeTimelineChart::GradeTimelineChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("gradeTimelineChart"));
    setAccessibleName(tr("Grades over time"));
    ChartStyle::setUpView(this);
    // The outcome labels are items of the chart, not series: they follow the plot area.
    connect(chart(), &QChart::plotAreaChanged, this, &GradeTimelineChart::placeLabels);
    rebuild();
}

void GradeTimelineChart::setTimeline(const GradeTimeline &timeline)
{
    m_timeline = timeline;
    rebuild();
}

void GradeTimelineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void GradeTimelineChart::rebuild()
{
    QChart *c = chart();
    ChartStyle::clear(c);
    for (const Drawn &drawn : std::as_const(m_drawn))
        qDeleteAll(drawn.labels);
    m_drawn.clear();
    c->setTitle(m_timeline.title);

    // Years as labels placed exactly on 1 January (a date-time axis spaces its ticks evenly
    // in milliseconds, so leap days push labels onto 31 December of the year before).
    auto *x = new QCategoryAxis(c);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Marks stand where the grades took effect: at publication (tooltips name the inspection),
    // or, for a document that prints no publication date, the inspection's last day.
    x->setTitleText(tr("Date published, or the inspection's last day where none is printed"));
    auto *y = new QCategoryAxis(c);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const bool send = !m_timeline.sendInspections.isEmpty();
    if (send)
        y->append(tr("Area SEND outcome"), kSendRow);
    y->append(tr("Visit (no grade)"), kVisitRow);
    int rank = 1;
    const QStringList worstFirst{Grade::Inadequate, Grade::RequiresImprovement, Grade::Good,
                                 Grade::Outstanding};
    for (const QString &grade : worstFirst)
        y->append(Grade::label(grade), rank++);
    y->setRange(send ? kSendRow - 0.3 : 0.1, 4.4);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    QDate first = m_timeline.firstDate();
    QDate last = m_timeline.lastDate();
    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    const int yearsPerLabel = last.year() - first.year() > 12 ? 2 : 1;
    const int lastYear = last.year() + 1;
    x->setMin(timeOf(QDate(first.year(), 1, 1)));
    for (int year = first.year(); year <= lastYear; year += yearsPerLabel)
        x->append(QString::number(year), timeOf(QDate(year, 1, 1)));
    x->setRange(timeOf(QDate(first.year(), 1, 1)), timeOf(QDate(lastYear, 1, 1)));

    // Lines at the same grade are nudged apart so that none hides another.
    const int n = int(m_timeline.series.size());
    const qreal step = n > 1 ? qMin(0.08, 0.5 / n) : 0;
    for (int i = 0; i < n; ++i)
        addSeries(i, m_timeline.series.at(i), (i - (n - 1) / 2.0) * step);
    addVisits();
    addSendInspections();
    connectLegend();
    ChartStyle::applyPalette(c, palette());
    placeLabels();
}

void GradeTimelineChart::addSeries(int index, const GradeSeries &series, qreal offset)
{
    QChart *c = chart();
    const QColor colour = ChartStyle::seriesColour(index, palette());
    Drawn drawn;
    drawn.name = series.name;

    QLineSeries *segment = nullptr;
    qreal lastY = 0;
    for (const GradePoint &p : series.points) {
        const qreal x = timeOf(p.date);
        if (p.isGap()) {
            // The grade stood until this inspection, which gave none: the line stops here.
            if (segment)
                segment->append(x, lastY);
            segment = nullptr;
            continue;
        }
        const qreal y = Grade::rank(p.grade) + offset;
        if (!segment) {
            segment = new QLineSeries(c);
            segment->setName(series.name);
            QPen pen(colour, 2.5);
            segment->setPen(pen);
            drawn.parts.append(segment);
        } else {
            segment->append(x, lastY); // a step: the old grade holds until the new inspection
        }
        segment->append(x, y);
        lastY = y;
    }
    auto *markers = new QScatterSeries(c);
    markers->setName(series.name);
    markers->setMarkerSize(11);
    markers->setColor(colour);
    markers->setBorderColor(palette().color(QPalette::Base));
    for (const GradePoint &p : series.points) {
        if (!p.isGap()) {
            markers->append(timeOf(p.date), Grade::rank(p.grade) + offset);
            drawn.points.append(p);
        }
    }
    drawn.parts.append(markers);
    drawn.markers = markers;
    for (QAbstractSeries *part : std::as_const(drawn.parts)) {
        c->addSeries(part);
        for (QAbstractAxis *axis : c->axes())
            part->attachAxis(axis);
    }
    connectMarkers(markers, drawn.points);
    m_drawn.append(drawn);
}

void GradeTimelineChart::addVisits()
{
    if (m_timeline.visits.isEmpty())
        return;
    QChart *c = chart();
    auto *markers = new QScatterSeries(c);
    markers->setName(tr("Visits without grades"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    markers->setMarkerSize(13);
    markers->setColor(palette().color(QPalette::Mid));
    markers->setBorderColor(palette().color(QPalette::WindowText));
    QList<GradePoint> points;
    for (const UngradedVisit &v : m_timeline.visits) {
        markers->append(timeOf(v.date), kVisitRow);
        points.append({v.documentId, v.date, v.kind, QString(), v.listDate});
    }
    c->addSeries(markers);
    for (QAbstractAxis *axis : c->axes())
        markers->attachAxis(axis);
    connectMarkers(markers, points);
    m_drawn.append({markers->name(), {markers}, markers, points, Mark::Visit, {}});
}

void GradeTimelineChart::addSendInspections()
{
    // One series per outcome, so that the legend names the colours; outcomes in their order
    // (best first), one not read last.
    QStringList outcomes = SendOutcome::all();
    outcomes.append(QString());
    QChart *c = chart();
    for (const QString &outcome : std::as_const(outcomes)) {
        Drawn drawn;
        drawn.mark = Mark::AreaSend;
        for (const SendInspection &i : m_timeline.sendInspections) {
            if (i.outcome == outcome || (outcome.isEmpty() && !outcomes.contains(i.outcome)))
                drawn.points.append({i.documentId, i.date, Kind::AreaSend, i.outcome, i.listDate});
        }
        if (drawn.points.isEmpty())
            continue;
        const QString label =
            outcome.isEmpty() ? tr("Outcome not read") : SendOutcome::label(outcome);
        drawn.name = tr("Area SEND: %1").arg(label);
        auto *markers = new QScatterSeries(c);
        markers->setName(drawn.name);
        markers->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        markers->setMarkerSize(15);
        markers->setColor(ChartStyle::outcomeColour(outcome, palette()));
        markers->setBorderColor(palette().color(QPalette::WindowText));
        for (const GradePoint &p : std::as_const(drawn.points)) {
            markers->append(timeOf(p.date), kSendRow);
            auto *text = new QGraphicsSimpleTextItem(label, c);
            text->setBrush(palette().color(QPalette::WindowText));
            text->setZValue(10);
            drawn.labels.append(text);
        }
        c->addSeries(markers);
        for (QAbstractAxis *axis : c->axes())
            markers->attachAxis(axis);
        connectMarkers(markers, drawn.points);
        drawn.parts = {markers};
        drawn.markers = markers;
        m_drawn.append(drawn);
    }
}

void GradeTimelineChart::placeLabels()
{
    // Beside each area SEND mark, to its right unless that runs out of the plot area.
    const QRectF plot = chart()->plotArea();
    for (const Drawn &drawn : std::as_const(m_drawn)) {
        for (qsizetype i = 0; i < drawn.labels.size(); ++i) {
            QGraphicsSimpleTextItem *text = drawn.labels.at(i);
            const QPointF at = chart()->mapToPosition(drawn.markers->at(int(i)), drawn.markers);
            const QRectF box = text->boundingRect();
            qreal x = at.x() + drawn.markers->markerSize() / 2 + 4;
            if (x + box.width() > plot.right())
                x = at.x() - drawn.markers->markerSize() / 2 - 4 - box.width();
            text->setPos(x, at.y() - box.height() / 2);
            text->setVisible(drawn.markers->isVisible());
        }
    }
}

bool GradeTimelineChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QChartView::viewportEvent(event);
}

QString GradeTimelineChart::toolTipAt(const QPoint &viewportPosition) const
{
    const Drawn *bestDrawn = nullptr;
    qsizetype bestIndex = -1;
    qreal bestDistance = 0;
    for (const Drawn &drawn : m_drawn) {
        if (!drawn.markers->isVisible())
            continue;
        const qreal reach = drawn.markers->markerSize() / 2 + kTooltipSlack;
        for (qsizetype i = 0; i < drawn.points.size(); ++i) {
            const QPointF scene =
                chart()->mapToScene(chart()->mapToPosition(drawn.markers->at(int(i)), drawn.markers));
            const QPointF d = QPointF(mapFromScene(scene)) - QPointF(viewportPosition);
            const qreal distance = std::hypot(d.x(), d.y());
            if (distance <= reach && (bestIndex < 0 || distance < bestDistance)) {
                bestDrawn = &drawn;
                bestIndex = i;
                bestDistance = distance;
            }
        }
    }
    return bestDrawn ? tooltip(*bestDrawn, bestDrawn->points.at(bestIndex)) : QString();
}

QPoint GradeTimelineChart::markPosition(const QString &seriesName, qint64 documentId) const
{
    for (const Drawn &drawn : m_drawn) {
        if (drawn.name != seriesName)
            continue;
        for (qsizetype i = 0; i < drawn.points.size(); ++i) {
            if (drawn.points.at(i).documentId == documentId)
                return mapFromScene(chart()->mapToScene(
                    chart()->mapToPosition(drawn.markers->at(int(i)), drawn.markers)));
        }
    }
    return {-1, -1};
}

QStringList GradeTimelineChart::sendLabels() const
{
    QList<std::pair<QDate, QString>> labels;
    for (const Drawn &drawn : m_drawn) {
        for (qsizetype i = 0; i < drawn.labels.size(); ++i)
            labels.append({drawn.points.at(i).date, drawn.labels.at(i)->text()});
    }
    std::stable_sort(labels.begin(), labels.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList texts;
    for (const auto &l : std::as_const(labels))
        texts.append(l.second);
    return texts;
}

void GradeTimelineChart::connectMarkers(QScatterSeries *markers, const QList<GradePoint> &points)
{
    // Tooltips come from viewportEvent, for every kind of mark alike.
    connect(markers, &QScatterSeries::clicked, this, [this, markers, points](const QPointF &p) {
        const qsizetype i = nearest(markers, p);
        if (i >= 0)
            emit documentActivated(points.at(i).documentId);
    });
}

QString GradeTimelineChart::tooltip(const Drawn &drawn, const GradePoint &point) const
{
    // The date the Library lists the document under names it; a mark placed elsewhere on the
    // time axis (at its publication, when the grades took effect) says so on a line of its own.
    const QDate listDate = point.listDate.isValid() ? point.listDate : point.date;
    QString document = tr("%1, %2").arg(Kind::label(point.kind), DocumentDate::longText(listDate));
    if (point.date != listDate)
        document += QLatin1Char('\n')
                    + tr("Placed at its publication, %1").arg(DocumentDate::longText(point.date));
    switch (drawn.mark) {
    case Mark::Visit:
        return tr("%1\nNo grades (click to open)").arg(document);
    case Mark::AreaSend:
        return tr("%1\nOutcome: %2\n(click to open)")
            .arg(document, point.grade.isEmpty() ? tr("not read") : SendOutcome::label(point.grade));
    case Mark::Grade:
        break;
    }
    return tr("%1\n%2: %3\n(click to open)").arg(document, drawn.name, Grade::label(point.grade));
}

void GradeTimelineChart::connectLegend()
{
    // One legend entry per drawn series (its first part); a click shows or hides all parts.
    // Area SEND marks carry their outcome beside them and their row its name: no entry.
    for (const Drawn &drawn : std::as_const(m_drawn)) {
        const bool entry = drawn.mark != Mark::AreaSend;
        for (qsizetype i = 0; i < drawn.parts.size(); ++i) {
            const auto markers = chart()->legend()->markers(drawn.parts.at(i));
            for (QLegendMarker *marker : markers) {
                marker->setVisible(entry && i == 0);
                if (entry && i == 0) {
                    const QString name = drawn.name;
                    connect(marker, &QLegendMarker::clicked, this, [this, name] {
                        setSeriesVisible(name, !isSeriesVisible(name));
                    });
                }
            }
        }
    }
}

QStringList GradeTimelineChart::seriesNames() const
{
    QStringList names;
    for (const Drawn &d : m_drawn)
        names.append(d.name);
    return names;
}

bool GradeTimelineChart::isSeriesVisible(const QString &name) const
{
    for (const Drawn &d : m_drawn) {
        if (d.name == name)
            return d.markers->isVisible();
    }
    return false;
}

void GradeTimelineChart::setSeriesVisible(const QString &name, bool visible)
{
    for (const Drawn &d : std::as_const(m_drawn)) {
        if (d.name != name)
            continue;
        for (QAbstractSeries *part : d.parts)
            part->setVisible(visible);
        for (QGraphicsSimpleTextItem *text : d.labels)
            text->setVisible(visible);
        // Hiding a series hides its legend marker too; keep the first one, dimmed, so that
        // the series can be shown again.
        const auto markers = chart()->legend()->markers(d.parts.constFirst());
        for (QLegendMarker *marker : markers) {
            marker->setVisible(d.mark != Mark::AreaSend);
            QColor label = palette().color(QPalette::WindowText);
            if (!visible)
                label.setAlphaF(0.4);
            marker->setLabelBrush(label);
        }
    }
}

} // namespace oversight
