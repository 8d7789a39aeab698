// The app's marks on pages (annotations) and the selection as an annotation needs it.
#include "PdfView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace oversight {

void PdfView::setMarks(const QList<PdfMark> &marks)
{
    m_marks = marks;
    viewport()->update();
}

void PdfView::showMark(qint64 id)
{
    m_shownMark = id;
    for (const PdfMark &mark : std::as_const(m_marks)) {
        if (mark.id != id || mark.boxes.isEmpty())
            continue;
        double top = mark.boxes.constFirst().top();
        for (const QRectF &box : mark.boxes)
            top = std::min(top, box.top());
        scrollToPagePoint(mark.page, top, viewport()->height() / 4);
        break;
    }
    viewport()->update();
}

qint64 PdfView::markAt(const QPoint &viewportPos) const
{
    // The last mark drawn is on top, so it wins.
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it)
        for (const QRectF &box : it->boxes)
            if (wordRectInViewport(it->page, box.adjusted(-1, -1, 1, 1)).contains(viewportPos))
                return it->id;
    return 0;
}

QPainterPath PdfView::markPath(const PdfMark &mark) const
{
    // One shape for the whole mark: the words of a line joined across their spaces, the lines
    // merged where they touch, so that the outline goes round the passage, not each word.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int i = 0; i < mark.boxes.size(); ++i) {
        QRectF box = mark.boxes.at(i).adjusted(-0.5, -1, 0.5, 1);
        if (i + 1 < mark.boxes.size()
            && PdfTextMatch::sameLine(mark.boxes.at(i), mark.boxes.at(i + 1)))
            box.setRight(std::max(box.right(), mark.boxes.at(i + 1).left()));
        path.addRect(wordRectInViewport(mark.page, box));
    }
    return path.simplified();
}

void PdfView::paintMarks(QPainter &painter, int page)
{
    for (const PdfMark &mark : std::as_const(m_marks)) {
        if (mark.page != page)
            continue;
        QColor fill = mark.colour;
        fill.setAlpha(140);
        const QPainterPath path = markPath(mark);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.fillPath(path, fill);
        if (mark.id == m_shownMark) {
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            painter.setPen(QPen(mark.colour.darker(140), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setPen(Qt::NoPen);
        }
    }
}

bool PdfView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // A mark's status and note, where the pointer rests on it.
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = markAt(help->pos());
        for (const PdfMark &mark : std::as_const(m_marks)) {
            if (id && mark.id == id && !mark.toolTip.isEmpty()) {
                QToolTip::showText(help->globalPos(), mark.toolTip, viewport());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

PdfSelection PdfView::selection() const
{
    PdfSelection result;
    if (!hasSelection())
        return result;
    const WordPos start = std::min(m_anchor, m_focus);
    result.page = start.page;
    result.text = selectedText();
    const PdfWordRange range = selectionOnPage(start.page);
    const QList<PdfWord> &list = words(start.page);
    for (int i = std::max(range.first, 0); i <= range.last && i < list.size(); ++i)
        result.boxes.append(list.at(i).box);
    return result;
}

PdfSelection PdfView::findPassage(int page, const QString &text) const
{
    PdfSelection result;
    if (page < 0 || page >= pageCount())
        return result;
    const QList<PdfWord> &list = words(page);
    const PdfWordRange range = PdfTextMatch::findPassage(list, text);
    if (!range.isValid())
        return result;
    result.page = page;
    QStringList quoted;
    for (int i = range.first; i <= range.last && i < list.size(); ++i) {
        result.boxes.append(list.at(i).box);
        quoted.append(list.at(i).text);
    }
    result.text = quoted.join(QLatin1Char(' '));
    return result;
}

} // namespace oversight
