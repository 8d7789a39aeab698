// Painting of PdfView: pages, their cached images and the three kinds of highlight.
// Kept apart from PdfView.cpp to keep each file readable.

#include "PdfPageRenderer.h"
#include "PdfView.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <cmath>

namespace oversight {

namespace {

// A page at 400% on a 2x screen would be a quarter of a gigabyte; past this it is stretched.
constexpr double kMaxImagePixels = 24e6;

// Multiplied onto the page these leave black text black, like a highlighter pen.
const QColor kSearchColour(255, 226, 64);
const QColor kPassageColour(160, 228, 150);
const QColor kPassageBarColour(40, 150, 60);

} // namespace

// ---- painting -------------------------------------------------------------------------

PdfPageRenderer::Request PdfView::renderRequest(int page) const
{
    const QSizeF points = m_layout.pageSizePoints(page);
    double dpi = 72.0 * m_layout.scale() * viewport()->devicePixelRatioF();
    const double pixels = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
    if (pixels > kMaxImagePixels)
        dpi *= std::sqrt(kMaxImagePixels / pixels);
    return {page, qRound(points.width() * dpi / 72.0), dpi};
}

void PdfView::requestRenders(const QList<int> &pages)
{
    QList<PdfPageRenderer::Request> requests;
    for (const int page : pages)
        requests.append(renderRequest(page));
    m_renderer->request(requests);
}

void PdfView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (m_layout.pageCount() == 0) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const int top = verticalScrollBar()->value();
    const int height = viewport()->height();
    int first = 0;
    int last = -1;
    // Renders for the pages just off screen too, so that scrolling finds them ready.
    m_layout.pagesBetween(top - height / 2, top + height + height / 2, &first, &last);
    int visibleFirst = 0;
    int visibleLast = -1;
    m_layout.pagesBetween(top, top + height, &visibleFirst, &visibleLast);
    // Visible pages first in the queue; the workers reach the others when otherwise idle.
    QList<int> pages;
    for (int page = visibleFirst; page <= visibleLast; ++page)
        pages.append(page);
    for (int page = first; page <= last; ++page) {
        if (page < visibleFirst || page > visibleLast)
            pages.append(page);
    }
    requestRenders(pages);
    for (int page = visibleFirst; page <= visibleLast; ++page) {
        const QRect rect = pageRectInViewport(page);
        if (rect.intersects(event->rect()))
            paintPage(painter, page, rect);
    }
}


QPainterPath PdfView::wordRunPath(int page, const PdfWordRange &range) const
{
    // One path for the whole run, so that translucent colour is not doubled where the boxes
    // of neighbouring words overlap; the space between words on a line is filled too.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const QList<PdfWord> &list = words(page);
    const int last = std::min(range.last, int(list.size()) - 1);
    for (int i = std::max(range.first, 0); i <= last; ++i) {
        QRectF box = list.at(i).box.adjusted(-0.5, -1.0, 0.5, 1.0);
        if (i < last && PdfTextMatch::sameLine(list.at(i).box, list.at(i + 1).box))
            box.setRight(std::max(box.right(), list.at(i + 1).box.left()));
        path.addRect(wordRectInViewport(page, box));
    }
    return path;
}

void PdfView::paintPage(QPainter &painter, int page, const QRect &rect)
{
    painter.fillRect(rect.adjusted(-1, -1, 1, 1), palette().color(QPalette::Shadow));
    // Paper is white whatever the theme: the PDF was made to be printed on it.
    painter.fillRect(rect, Qt::white);
    const PdfPageRenderer::Request spec = renderRequest(page);
    QImage image = m_renderer->cached(page, spec.widthPx);
    if (image.isNull())
        image = m_renderer->anyImage(page); // stretched until the sharp one arrives
    if (!image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(rect), image, QRectF(image.rect()));
    }

    painter.save();
    painter.setClipRect(rect);
    painter.setPen(Qt::NoPen);
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    if (!m_terms.isEmpty()) {
        // Neighbouring hits (a phrase) as one run, so that it reads as one highlight.
        const QList<int> &hits = searchHits(page);
        for (qsizetype i = 0; i < hits.size();) {
            qsizetype j = i;
            while (j + 1 < hits.size() && hits.at(j + 1) == hits.at(j) + 1)
                ++j;
            painter.fillPath(wordRunPath(page, {hits.at(i), hits.at(j)}), kSearchColour);
            i = j + 1;
        }
    }
    if (page == m_passagePage && m_passage.isValid()) {
        painter.fillPath(wordRunPath(page, m_passage), kPassageColour);
        // A bar in the margin finds the passage at a glance on a page full of search hits.
        const QRectF run = wordRunPath(page, m_passage).boundingRect();
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        const double barLeft = std::max(rect.left() + 4.0, run.left() - 16);
        painter.fillRect(QRectF(barLeft, run.top(), 4, run.height()), kPassageBarColour);
    }
    paintMarks(painter, page);
    const PdfWordRange selected = selectionOnPage(page);
    if (selected.isValid()) {
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(100);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.fillPath(wordRunPath(page, selected), colour);
    }
    paintCaret(painter, page);
    painter.restore();
}

} // namespace oversight
