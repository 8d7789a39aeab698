#include "EnglandMap.h"

#include "ChartStyle.h"

#include "domain/DocumentFacts.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace oversight {

namespace {

constexpr qreal kMargin = 8;
constexpr qreal kSwatch = 14;

} // namespace

EnglandMap::EnglandMap(const MapData *map, QWidget *parent) : QWidget(parent), m_map(map)
{
    setObjectName(QStringLiteral("englandMap"));
    setAccessibleName(tr("Map of England's authorities by grade"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void EnglandMap::setGrades(const QString &title, const QList<MapGrade> &grades, Scale scale)
{
    if (scale != m_scale)
        m_layoutSize = QSize(); // the legend's labels take another width
    m_scale = scale;
    m_title = title;
    m_grades = grades;
    m_gradeIndex.clear();
    for (qsizetype i = 0; i < m_grades.size(); ++i)
        m_gradeIndex.insert(m_grades.at(i).code, i);
    if (!m_hovered.isEmpty() && QToolTip::isVisible())
        QToolTip::showText(QCursor::pos(), describe(m_hovered), this);
    update();
}

const MapGrade *EnglandMap::gradeOf(const QString &code) const
{
    const auto it = m_gradeIndex.constFind(code);
    return it == m_gradeIndex.constEnd() ? nullptr : &m_grades.at(*it);
}

void EnglandMap::setSelectedAuthority(const QString &code)
{
    if (code == m_selected)
        return;
    m_selected = code;
    update();
}

EnglandMap::Layout EnglandMap::layoutFor(const QRectF &area) const
{
    Layout layout;
    const QFontMetricsF fm(font());
    const qreal titleHeight = fm.height() * 2;
    layout.title = QRectF(area.left() + kMargin, area.top() + kMargin, area.width() - 2 * kMargin,
                          titleHeight);
    qreal labelWidth = fm.horizontalAdvance(tr("Requires improvement"));
    for (const QString &value : scaleValues())
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(valueLabel(value)));
    const qreal legendWidth = labelWidth + kSwatch + 50;
    const qreal legendHeight = (fm.height() + 6) * (scaleValues().size() + 2) + kMargin;
    const QRectF body(area.left() + kMargin, layout.title.bottom(), area.width() - 2 * kMargin,
                      area.bottom() - layout.title.bottom() - kMargin);
    // England is tall: the legend and the London inset sit to the right when there is room,
    // else the legend goes below and the inset over the North Sea.
    if (body.width() > body.height() * 0.75 + legendWidth) {
        layout.legend = QRectF(body.right() - legendWidth, body.bottom() - legendHeight,
                               legendWidth, legendHeight);
        layout.map = body.adjusted(0, 0, -legendWidth, 0);
        const qreal width = qMin(legendWidth * 1.3, body.width() - layout.map.height() * 0.6);
        layout.london =
            QRectF(body.right() - width, body.top() + fm.height() * 2, width,
                   qMin(width * 0.8, layout.legend.top() - body.top() - fm.height() * 3));
    } else {
        layout.legend =
            QRectF(body.left(), body.bottom() - legendHeight, body.width(), legendHeight);
        layout.map = body.adjusted(0, 0, 0, -legendHeight);
        const qreal width = layout.map.width() * 0.3;
        layout.london = QRectF(layout.map.right() - width, layout.map.top() + fm.height() * 1.5,
                               width, width * 0.8);
    }
    return layout;
}

void EnglandMap::buildView(View &view, const QRectF &frame, const QList<qsizetype> &districts,
                           const QStringList &authorities) const
{
    view = View();
    view.frame = frame;
    QRectF bounds;
    for (qsizetype i : districts)
        bounds |= m_map->districts().at(i).path.boundingRect();
    const QRectF target = frame.adjusted(4, 4, -4, -4);
    if (target.width() <= 0 || target.height() <= 0 || bounds.isEmpty())
        return;
    const qreal scale = qMin(target.width() / bounds.width(), target.height() / bounds.height());
    const QPointF offset(target.center().x() - bounds.center().x() * scale,
                         target.center().y() - bounds.center().y() * scale);
    view.toWidget = QTransform(scale, 0, 0, scale, offset.x(), offset.y());
    view.districts = districts;
    for (qsizetype i : districts)
        view.paths.append(view.toWidget.map(m_map->districts().at(i).path));
    for (const QString &code : authorities)
        view.outlines.insert(code, view.toWidget.map(m_map->authorityPath(code)));
}

void EnglandMap::relayout() const
{
    if (m_layoutSize == size())
        return;
    m_layoutSize = size();
    m_main = View();
    m_london = View();
    if (!m_map || m_map->isEmpty())
        return;
    const Layout layout = layoutFor(rect());
    QList<qsizetype> all;
    QList<qsizetype> london;
    QStringList londonAuthorities;
    const QList<MapDistrict> &districts = m_map->districts();
    for (qsizetype i = 0; i < districts.size(); ++i) {
        all.append(i);
        // E09: London's boroughs and the City.
        if (districts.at(i).code.startsWith(QLatin1String("E09"))) {
            london.append(i);
            londonAuthorities.append(districts.at(i).authorityCode);
        }
    }
    buildView(m_main, layout.map, all, m_map->authorityCodes());
    if (layout.london.width() > 60 && layout.london.height() > 50)
        buildView(m_london, layout.london, london, londonAuthorities);
}

void EnglandMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
    else if (event->type() == QEvent::FontChange)
        m_layoutSize = QSize(); // the title and legend take another room
}

QStringList EnglandMap::scaleValues() const
{
    return m_scale == Scale::SendOutcomes ? SendOutcome::all() : Grade::all();
}

QString EnglandMap::valueLabel(const QString &value) const
{
    return m_scale == Scale::SendOutcomes ? SendOutcome::label(value) : Grade::label(value);
}

QColor EnglandMap::valueColour(const QString &value) const
{
    return m_scale == Scale::SendOutcomes ? ChartStyle::outcomeColour(value, palette())
                                          : ChartStyle::gradeColour(value, palette());
}

QColor EnglandMap::fillOf(const QString &code) const
{
    const MapGrade *grade = gradeOf(code);
    if (grade && !grade->standing.grade.isEmpty())
        return valueColour(grade->standing.grade);
    // No grade yet: a quiet grey between the background and Mid, opaque so that the seams of
    // a county's districts, drawn twice, do not show.
    const QColor base = palette().color(QPalette::Base);
    const QColor mid = palette().color(QPalette::Mid);
    const qreal t = ChartStyle::isDark(palette()) ? 0.6 : 0.43;
    return QColor::fromRgbF(base.redF() + (mid.redF() - base.redF()) * t,
                            base.greenF() + (mid.greenF() - base.greenF()) * t,
                            base.blueF() + (mid.blueF() - base.blueF()) * t);
}

void EnglandMap::paintEvent(QPaintEvent *)
{
    relayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const Layout layout = layoutFor(rect());

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_title);
    painter.setFont(font());

    if (m_main.paths.isEmpty()) {
        painter.drawText(layout.map, Qt::AlignCenter, tr("The map's boundaries are missing."));
        return;
    }
    paintView(painter, m_main);
    if (!m_london.paths.isEmpty()) {
        // Where the inset is on the map, then the inset in a frame with its name.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::Text), 0.8, Qt::DashLine));
        QRectF where;
        for (qsizetype i = 0; i < m_london.districts.size(); ++i)
            where |= m_main.paths.at(m_london.districts.at(i)).boundingRect();
        painter.drawRect(where.adjusted(-2, -2, 2, 2));
        const QRectF frame = m_london.frame;
        painter.setPen(QPen(pal.color(QPalette::Mid), 0.8));
        painter.drawRect(frame);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(frame.adjusted(0, -QFontMetricsF(font()).height() - 2, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop, tr("London"));
        paintView(painter, m_london);
    }
    paintLegend(painter, layout.legend);
}

void EnglandMap::paintView(QPainter &painter, const View &view) const
{
    const QPalette &pal = palette();
    const QList<MapDistrict> &districts = m_map->districts();
    // Each district in its authority's colour, outlined in the same colour so that the seams
    // between the districts of one county do not show.
    for (qsizetype i = 0; i < view.districts.size(); ++i) {
        const QString &code = districts.at(view.districts.at(i)).authorityCode;
        if (code.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        } else {
            const QColor fill = fillOf(code);
            painter.setPen(QPen(fill, 0.8));
            painter.setBrush(fill);
        }
        painter.drawPath(view.paths.at(i));
    }
    // Authorities apart with a hairline in the background colour.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(pal.color(QPalette::Base), 0.7));
    for (const QPainterPath &outline : view.outlines)
        painter.drawPath(outline);
    if (!m_hovered.isEmpty() && m_hovered != m_selected && view.outlines.contains(m_hovered)) {
        painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
        painter.drawPath(view.outlines.value(m_hovered));
    }
    if (!m_selected.isEmpty() && view.outlines.contains(m_selected)) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        painter.drawPath(view.outlines.value(m_selected));
    }
}

QStringList EnglandMap::legendEntries() const
{
    QMap<QString, int> counts;
    for (const MapGrade &g : m_grades)
        ++counts[g.standing.grade];
    QStringList entries;
    for (const QString &value : scaleValues())
        entries.append(tr("%1 (%2)").arg(valueLabel(value)).arg(counts.value(value)));
    entries.append(m_scale == Scale::SendOutcomes
                       ? tr("No area SEND inspection yet (%1)").arg(counts.value(QString()))
                       : tr("No grade yet (%1)").arg(counts.value(QString())));
    if (m_map && m_map->mappedCount() < m_map->districts().size())
        entries.append(tr("Not matched to an authority"));
    return entries;
}

void EnglandMap::paintLegend(QPainter &painter, const QRectF &area) const
{
    const QFontMetricsF fm(font());
    const qreal step = fm.height() + 6;
    QPointF at = area.topLeft() + QPointF(0, kMargin);
    auto entry = [&](const QBrush &brush, const QString &text) {
        const QRectF swatch(at.x(), at.y() + (step - kSwatch) / 2 - 3, kSwatch, kSwatch);
        painter.setPen(QPen(palette().color(QPalette::Mid), 0.8));
        painter.setBrush(brush);
        painter.drawRect(swatch);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(swatch.right() + 6, at.y() - 3, area.width() - kSwatch - 6, step),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        at.ry() += step;
    };
    const QStringList texts = legendEntries();
    const QStringList values = scaleValues();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i < values.size())
            entry(valueColour(values.at(i)), texts.at(i));
        else if (i == values.size())
            entry(fillOf(QString()), texts.at(i));
        else
            entry(QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern), texts.at(i));
    }
}

QString EnglandMap::authorityAt(const QPoint &position) const
{
    relayout();
    if (!m_map)
        return {};
    // The inset lies over the map: it answers first.
    for (const View *view : {&m_london, &m_main}) {
        if (view->paths.isEmpty() || !view->frame.contains(position))
            continue;
        bool invertible = false;
        const QPointF point = view->toWidget.inverted(&invertible).map(QPointF(position));
        const int index = invertible ? m_map->districtAt(point) : -1;
        if (index >= 0 && (view == &m_main || view->districts.contains(index)))
            return m_map->districts().at(index).authorityCode;
        if (view == &m_london)
            return {};
    }
    return {};
}

QPoint EnglandMap::positionOf(const QString &code) const
{
    relayout();
    // Where the authority is drawn largest: in the inset for London's boroughs.
    const View &view = m_london.outlines.contains(code) ? m_london : m_main;
    const QPainterPath path = view.outlines.value(code);
    if (path.isEmpty())
        return {-1, -1};
    // Scan outwards from the middle of the outline's box for a point that hits it.
    const QRect box = path.boundingRect().toAlignedRect();
    for (int dy = 0; dy <= box.height() / 2; ++dy) {
        for (int sign : {1, -1}) {
            const int y = box.center().y() + sign * dy;
            for (int dx = 0; dx <= box.width() / 2; ++dx) {
                for (int sx : {1, -1}) {
                    const QPoint p(box.center().x() + sx * dx, y);
                    if (path.contains(p) && authorityAt(p) == code)
                        return p;
                }
            }
        }
    }
    return {-1, -1};
}

QString EnglandMap::describe(const QString &code) const
{
    const MapGrade *g = gradeOf(code);
    if (!g)
        return {};
    const bool outcomes = m_scale == Scale::SendOutcomes;
    if (g->standing.grade.isEmpty())
        return outcomes ? tr("%1\nNo area SEND inspection yet").arg(g->name)
                        : tr("%1\nNo grade yet").arg(g->name);
    const QString date = QLocale().toString(g->standing.date, QStringLiteral("d MMMM yyyy"));
    QString text =
        outcomes ? tr("%1\nArea SEND inspection: %2, ended %3")
                       .arg(g->name, SendOutcome::label(g->standing.grade), date)
                 : tr("%1\n%2, report dated %3").arg(g->name, Grade::label(g->standing.grade), date);
    if (!g->gradedAs.isEmpty())
        text += QLatin1Char('\n') + tr("(graded as %1)").arg(g->gradedAs);
    return text;
}

void EnglandMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = authorityAt(event->position().toPoint());
    if (code != m_hovered) {
        m_hovered = code;
        update();
    }
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), describe(code), this);
}

void EnglandMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QString code = authorityAt(event->position().toPoint());
    if (code.isEmpty())
        return;
    setSelectedAuthority(code);
    emit authorityActivated(code);
}

void EnglandMap::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        update();
    }
}

} // namespace oversight
