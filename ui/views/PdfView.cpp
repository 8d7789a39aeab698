#include "PdfView.h"

#include "PdfPageRenderer.h"
#include "pdf/PdfDocument.h"

#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace oversight {

namespace {

constexpr double kZoomSteps[] = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};

} // namespace

PdfView::PdfView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_doc(std::make_unique<PdfDocument>())
    , m_renderer(new PdfPageRenderer(this))
    , m_placeholder(tr("No document open"))
    , m_message(m_placeholder)
{
    setObjectName(QStringLiteral("pdfView"));
    setAccessibleName(QStringLiteral("pdfView"));
    setAccessibleDescription(tr("Pages of the PDF document"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(30);
    horizontalScrollBar()->setSingleStep(30);

    connect(m_renderer, &PdfPageRenderer::pageRendered, this, [this](int page) {
        if (pageRectInViewport(page).intersects(viewport()->rect()))
            viewport()->update();
        emit pageRendered(page);
    });
    m_autoScroll.setInterval(30);
    connect(&m_autoScroll, &QTimer::timeout, this, &PdfView::autoScrollStep);
}

PdfView::~PdfView() = default;

void PdfView::setDocument(const QByteArray &pdfBytes)
{
    m_renderer->setDocument({});
    m_words.clear();
    m_hits.clear();
    m_passagePage = -1;
    m_passage = {};
    const bool hadSelection = hasSelection();
    m_anchor = m_focus = {};
    m_caret = m_caretAnchor = {};
    m_doc = std::make_unique<PdfDocument>();
    m_message = m_placeholder;
    m_pinnedPage = false;
    m_currentPage = 0;

    QList<QSizeF> sizes;
    if (!pdfBytes.isEmpty()) {
        PdfDocument doc = PdfDocument::fromData(pdfBytes);
        if (doc.isOpen()) {
            m_doc = std::make_unique<PdfDocument>(std::move(doc));
            for (int i = 0; i < m_doc->pageCount(); ++i)
                sizes.append(m_doc->pageSize(i));
            m_renderer->setDocument(pdfBytes);
            m_message.clear();
        } else {
            m_message = tr("This PDF cannot be shown: %1.").arg(describe(doc.problem()));
        }
    }
    {
        QScopedValueRollback<bool> byCode(m_scrollingByCode, true);
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    }
    m_layout.setPageSizes(sizes);
    applyZoom(m_fitWidth ? fitWidthZoom() : m_zoom, m_fitWidth, {});
    emit currentPageChanged(0);
    if (hadSelection)
        emit selectionChanged({});
    viewport()->update();
}

bool PdfView::hasDocument() const
{
    return m_doc->isOpen();
}

void PdfView::setPlaceholderText(const QString &text)
{
    const bool showing = !hasDocument() && m_message == m_placeholder;
    m_placeholder = text;
    if (showing) {
        m_message = text;
        viewport()->update();
    }
}

int PdfView::pageCount() const
{
    return m_layout.pageCount();
}

bool PdfView::isRendering() const
{
    if (m_layout.pageCount() == 0)
        return false;
    const int top = verticalScrollBar()->value();
    int first = 0;
    int last = -1;
    m_layout.pagesBetween(top, top + viewport()->height(), &first, &last);
    for (int page = first; page <= last; ++page) {
        if (!m_renderer->contains(page, renderRequest(page).widthPx))
            return true;
    }
    return m_renderer->isBusy();
}

const QList<PdfWord> &PdfView::words(int page) const
{
    auto it = m_words.find(page);
    if (it == m_words.end())
        it = m_words.insert(page, m_doc->words(page));
    return *it;
}

const QList<int> &PdfView::searchHits(int page) const
{
    auto it = m_hits.find(page);
    if (it == m_hits.end())
        it = m_hits.insert(page, PdfTextMatch::findTermHits(words(page), m_terms));
    return *it;
}

// ---- geometry -------------------------------------------------------------------------

QPoint PdfView::contentOffset() const
{
    const int spare = viewport()->width() - m_layout.contentSize().width();
    const int x = spare > 0 ? spare / 2 : -horizontalScrollBar()->value();
    return {x, -verticalScrollBar()->value()};
}

QRect PdfView::pageRectInViewport(int page) const
{
    if (page < 0 || page >= m_layout.pageCount())
        return {};
    return m_layout.pageRect(page).translated(contentOffset());
}

QRectF PdfView::wordRectInViewport(int page, const QRectF &box) const
{
    const double s = m_layout.scale();
    const QPointF origin = pageRectInViewport(page).topLeft();
    return QRectF(origin.x() + box.x() * s, origin.y() + box.y() * s, box.width() * s,
                  box.height() * s);
}

void PdfView::updateScrollBars()
{
    const QSize content = m_layout.contentSize();
    const QSize view = viewport()->size();
    QScopedValueRollback<bool> byCode(m_scrollingByCode, true); // clamping is not the user
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(std::max(1, view.height() - 40));
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(std::max(1, view.width() - 40));
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
    if (!m_scrollingByCode)
        m_pinnedPage = false;
    if (!m_pinnedPage)
        updateCurrentPage();
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyZoom(m_fitWidth ? fitWidthZoom() : m_zoom, m_fitWidth, {});
}

// ---- zoom -----------------------------------------------------------------------------

double PdfView::fitWidthZoom() const
{
    if (m_layout.widestPagePoints() <= 0)
        return m_zoom;
    // Assume the vertical scroll bar is there: if its appearing changed the zoom, a document
    // of about one screen could flip between two zooms for ever.
    // One pixel spare so that rounding never brings up a horizontal scroll bar.
    int width = maximumViewportSize().width() - 2 * PdfPageLayout::kMargin - 1;
    if (!style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, verticalScrollBar()))
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const double pointsToPixels = logicalDpiX() / 72.0;
    return std::clamp(width / (m_layout.widestPagePoints() * pointsToPixels), kMinZoom, kMaxZoom);
}

void PdfView::applyZoom(double factor, bool fitWidth, const QPoint &anchor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    const bool changed = !qFuzzyCompare(factor, m_zoom);
    // Keep the content under the anchor where it is; the reader should not lose their place.
    const QPoint offset = contentOffset();
    const int anchorY = anchor.y() - offset.y();
    const int page = m_layout.pageAtY(anchorY);
    const double oldScale = m_layout.scale();
    const double pointsDown = page >= 0 ? (anchorY - m_layout.pageRect(page).top()) / oldScale : 0;
    const double fractionAcross = m_layout.contentSize().width() > 0
        ? double(anchor.x() - offset.x()) / m_layout.contentSize().width() : 0.5;

    m_zoom = factor;
    m_fitWidth = fitWidth;
    m_layout.setScale(factor * logicalDpiX() / 72.0);
    updateScrollBars();
    if (page >= 0) {
        QScopedValueRollback<bool> byCode(m_scrollingByCode, true);
        if (m_pinnedPage)
            goToPage(m_currentPage);
        else
            scrollToPagePoint(page, pointsDown, anchor.y());
        horizontalScrollBar()->setValue(
            qRound(fractionAcross * m_layout.contentSize().width()) - anchor.x());
    }
    if (!m_pinnedPage)
        updateCurrentPage();
    viewport()->update();
    if (changed)
        emit zoomChanged(m_zoom);
}

void PdfView::setZoom(double factor)
{
    applyZoom(factor, false, viewport()->rect().center());
}

void PdfView::fitWidth()
{
    applyZoom(fitWidthZoom(), true, {});
}

double PdfView::zoomStep(bool in) const
{
    if (in) {
        for (const double step : kZoomSteps) {
            if (step > m_zoom + 0.005)
                return step;
        }
    } else {
        for (auto it = std::rbegin(kZoomSteps); it != std::rend(kZoomSteps); ++it) {
            if (*it < m_zoom - 0.005)
                return *it;
        }
    }
    return m_zoom;
}

void PdfView::zoomIn()
{
    if (zoomStep(true) != m_zoom)
        setZoom(zoomStep(true));
}

void PdfView::zoomOut()
{
    if (zoomStep(false) != m_zoom)
        setZoom(zoomStep(false));
}

// ---- navigation -----------------------------------------------------------------------

void PdfView::scrollToPagePoint(int page, double yPoints, int marginPx)
{
    const QRect rect = m_layout.pageRect(page);
    const int target = rect.top() + qRound(yPoints * m_layout.scale()) - marginPx;
    QScopedValueRollback<bool> byCode(m_scrollingByCode, true);
    verticalScrollBar()->setValue(target);
}

void PdfView::goToPage(int index)
{
    if (m_layout.pageCount() == 0)
        return;
    index = std::clamp(index, 0, m_layout.pageCount() - 1);
    scrollToPagePoint(index, 0, std::min(PdfPageLayout::kGap, m_layout.pageRect(index).top()));
    // The last pages cannot reach the top; the page asked for is still the current one.
    m_pinnedPage = true;
    setCurrentPage(index);
    placeCaret({index, 0}); // the keyboard reads on from the page's first word
}

void PdfView::setCurrentPage(int page)
{
    if (page == m_currentPage)
        return;
    m_currentPage = page;
    emit currentPageChanged(page);
}

void PdfView::updateCurrentPage()
{
    // The page showing most of itself; ties go to the earlier page.
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    int first = 0;
    int last = -1;
    m_layout.pagesBetween(top, bottom, &first, &last);
    int best = -1;
    int bestHeight = -1;
    for (int page = first; page <= last; ++page) {
        const QRect r = m_layout.pageRect(page);
        const int visible = std::min(r.bottom(), bottom) - std::max(r.top(), top);
        if (visible > bestHeight) {
            best = page;
            bestHeight = visible;
        }
    }
    if (best >= 0)
        setCurrentPage(best);
}

// ---- highlights -----------------------------------------------------------------------

void PdfView::setSearchHighlights(const QStringList &terms)
{
    m_terms = PdfTextMatch::parseTerms(terms);
    m_hits.clear();
    viewport()->update();
}

void PdfView::showPage(int index, const QStringList &terms)
{
    setSearchHighlights(terms);
    goToPage(index);
    if (index < 0 || index >= pageCount() || searchHits(index).isEmpty())
        return;
    const QRectF first = words(index).at(searchHits(index).constFirst()).box;
    if (!wordRectInViewport(index, first).intersects(viewport()->rect().adjusted(0, 0, 0, -40)))
        scrollToPagePoint(index, first.top(), viewport()->height() / 3);
}

bool PdfView::highlightText(int pageIndex, const QString &text)
{
    clearPassageHighlight();
    if (pageIndex < 0 || pageIndex >= pageCount())
        return false;
    // Page numbers from the app may be off by one where a passage crosses a page break.
    for (const int page : {pageIndex, pageIndex + 1, pageIndex - 1}) {
        if (page < 0 || page >= pageCount())
            continue;
        const PdfWordRange range = PdfTextMatch::findPassage(words(page), text);
        if (!range.isValid())
            continue;
        m_passagePage = page;
        m_passage = range;
        goToPage(page);
        const QRectF start = words(page).at(range.first).box;
        const QRectF end = words(page).at(range.last).box;
        const QRectF shown = wordRectInViewport(page, start).united(wordRectInViewport(page, end));
        if (!viewport()->rect().contains(shown.toAlignedRect()))
            scrollToPagePoint(page, start.top(), viewport()->height() / 4);
        viewport()->update();
        return true;
    }
    goToPage(pageIndex);
    return false;
}

QList<int> PdfView::highlightedWords(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    QList<int> result = m_terms.isEmpty() ? QList<int>() : searchHits(page);
    if (page == m_passagePage && m_passage.isValid()) {
        for (int i = m_passage.first; i <= m_passage.last; ++i)
            result.append(i);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

void PdfView::clearPassageHighlight()
{
    m_passagePage = -1;
    m_passage = {};
    viewport()->update();
}

} // namespace oversight
