// The keyboard caret of PdfView: a reader who cannot or does not use a mouse moves a caret
// between words with the arrow keys and selects with Shift, as in a text editor, so that
// text can be copied and annotated from the keyboard alone.
//
// The caret stands before a word (or after a page's last word); lines are found from the
// words' boxes (PdfTextMatch::sameLine), the same rule the selection and copy use.

#include "PdfView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace oversight {

bool PdfView::handleCaretKey(QKeyEvent *event)
{
    if (m_layout.pageCount() == 0)
        return false;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool extend = mods & Qt::ShiftModifier;
    if (mods & ~Qt::KeyboardModifiers(Qt::ShiftModifier))
        return false; // Ctrl and Alt combinations belong to shortcuts
    switch (event->key()) {
    case Qt::Key_Left:
        moveCaret(CaretMove::WordLeft, extend);
        return true;
    case Qt::Key_Right:
        moveCaret(CaretMove::WordRight, extend);
        return true;
    case Qt::Key_Up:
        moveCaret(CaretMove::LineUp, extend);
        return true;
    case Qt::Key_Down:
        moveCaret(CaretMove::LineDown, extend);
        return true;
    case Qt::Key_Home:
        if (!extend)
            return false; // Home alone goes to the document's start
        moveCaret(CaretMove::LineStart, true);
        return true;
    case Qt::Key_End:
        if (!extend)
            return false;
        moveCaret(CaretMove::LineEnd, true);
        return true;
    default:
        return false;
    }
}

void PdfView::moveCaret(CaretMove move, bool extend)
{
    if (m_caret.page < 0 || m_caret.page >= m_layout.pageCount())
        m_caret = {m_currentPage, 0};
    if (extend && m_caretAnchor.page < 0) {
        // Extending a selection made with the mouse: its far end is the anchor.
        if (hasSelection()) {
            const bool forward = !(m_focus < m_anchor);
            m_caretAnchor = forward ? m_anchor : WordPos{m_anchor.page, m_anchor.word + 1};
            m_caret = forward ? WordPos{m_focus.page, m_focus.word + 1} : m_focus;
        } else {
            m_caretAnchor = m_caret;
        }
    }
    WordPos next = m_caret;
    const int count = int(words(m_caret.page).size());
    switch (move) {
    case CaretMove::WordLeft:
        if (next.word > 0)
            next.word = std::min(next.word, count) - 1;
        else if (next.page > 0)
            next = {next.page - 1, std::max(0, int(words(next.page - 1).size()) - 1)};
        break;
    case CaretMove::WordRight:
        if (next.word < count)
            ++next.word;
        else if (next.page + 1 < m_layout.pageCount())
            next = {next.page + 1, std::min(1, int(words(next.page + 1).size()))};
        break;
    case CaretMove::LineUp:
        next = caretOnAdjacentLine(m_caret, -1);
        break;
    case CaretMove::LineDown:
        next = caretOnAdjacentLine(m_caret, 1);
        break;
    case CaretMove::LineStart:
        next = caretAtLineEdge(m_caret, false);
        break;
    case CaretMove::LineEnd:
        next = caretAtLineEdge(m_caret, true);
        break;
    }
    m_caret = next;
    if (extend) {
        selectBetweenCarets(m_caretAnchor, m_caret);
    } else {
        m_caretAnchor = {};
        clearSelection();
    }
    ensureCaretVisible();
    viewport()->update();
}

void PdfView::placeCaret(const WordPos &caret)
{
    m_caret = caret;
    m_caretAnchor = {};
    viewport()->update();
}

PdfView::WordPos PdfView::caretOnAdjacentLine(const WordPos &caret, int direction) const
{
    const QList<PdfWord> &list = words(caret.page);
    const int n = int(list.size());
    const int lastPage = m_layout.pageCount() - 1;
    if (n == 0) {
        const int page = std::clamp(caret.page + direction, 0, lastPage);
        return {page, 0};
    }
    const int ref = std::clamp(caret.word, 0, n - 1);
    const QRectF refBox = list.at(ref).box;
    const double x = caret.word < n ? refBox.left() : refBox.right();
    int lineStart = -1;
    int lineEnd = -1; // exclusive
    const QList<PdfWord> *lineWords = &list;
    int page = caret.page;
    if (direction > 0) {
        int j = ref;
        while (j < n && PdfTextMatch::sameLine(list.at(j).box, refBox))
            ++j;
        if (j < n) {
            lineStart = j;
            lineEnd = j;
            while (lineEnd < n && PdfTextMatch::sameLine(list.at(lineEnd).box, list.at(j).box))
                ++lineEnd;
        } else if (caret.page < lastPage) {
            page = caret.page + 1;
            lineWords = &words(page);
            lineStart = 0;
            lineEnd = 0;
            while (lineEnd < int(lineWords->size())
                   && PdfTextMatch::sameLine(lineWords->at(lineEnd).box, lineWords->at(0).box))
                ++lineEnd;
        } else {
            return {caret.page, n}; // the end of the document
        }
    } else {
        int j = ref;
        while (j >= 0 && PdfTextMatch::sameLine(list.at(j).box, refBox))
            --j;
        if (j < 0 && caret.page == 0)
            return {0, 0};
        if (j < 0) {
            page = caret.page - 1;
            lineWords = &words(page);
            j = int(lineWords->size()) - 1;
            if (j < 0)
                return {page, 0};
        }
        lineEnd = j + 1;
        lineStart = j;
        while (lineStart > 0
               && PdfTextMatch::sameLine(lineWords->at(lineStart - 1).box, lineWords->at(j).box))
            --lineStart;
    }
    // The word of that line under the caret's x, as a text editor keeps the column.
    int best = lineStart;
    for (int i = lineStart; i < lineEnd; ++i) {
        if (lineWords->at(i).box.left() <= x + 1)
            best = i;
    }
    return {page, best};
}

PdfView::WordPos PdfView::caretAtLineEdge(const WordPos &caret, bool end) const
{
    const QList<PdfWord> &list = words(caret.page);
    const int n = int(list.size());
    if (n == 0)
        return caret;
    int i = std::clamp(caret.word, 0, n - 1);
    const QRectF refBox = list.at(i).box;
    if (end) {
        while (i + 1 < n && PdfTextMatch::sameLine(list.at(i + 1).box, refBox))
            ++i;
        return {caret.page, i + 1};
    }
    while (i > 0 && PdfTextMatch::sameLine(list.at(i - 1).box, refBox))
        --i;
    return {caret.page, i};
}

void PdfView::selectBetweenCarets(const WordPos &anchor, const WordPos &caret)
{
    const bool forward = anchor < caret;
    WordPos first = forward ? anchor : caret;
    WordPos last = forward ? caret : anchor;
    // first is the word after the earlier caret, last the word before the later one.
    if (first.word >= int(words(first.page).size()))
        first = {first.page + 1, 0};
    if (last.word > 0) {
        last.word = std::min(last.word, int(words(last.page).size())) - 1;
    } else {
        int page = last.page - 1;
        while (page >= 0 && words(page).isEmpty())
            --page;
        last = page >= 0 ? WordPos{page, int(words(page).size()) - 1} : WordPos{};
    }
    if (first.page >= m_layout.pageCount() || last.page < 0 || last < first
        || words(first.page).isEmpty()) {
        setSelection({}, {});
        return;
    }
    if (forward)
        setSelection(first, last);
    else
        setSelection(last, first);
}

QRectF PdfView::caretBox() const
{
    if (m_caret.page < 0 || m_caret.page >= m_layout.pageCount())
        return {};
    const QList<PdfWord> &list = words(m_caret.page);
    if (list.isEmpty())
        return {};
    if (m_caret.word < int(list.size())) {
        const QRectF box = list.at(std::max(m_caret.word, 0)).box;
        return QRectF(box.left() - 0.6, box.top(), 1.2, box.height());
    }
    const QRectF box = list.constLast().box;
    return QRectF(box.right() - 0.6, box.top(), 1.2, box.height());
}

void PdfView::ensureCaretVisible()
{
    const QRectF box = caretBox();
    if (box.isEmpty())
        return goToPage(m_caret.page);
    const QRectF onScreen = wordRectInViewport(m_caret.page, box);
    const int margin = viewport()->height() / 5;
    if (onScreen.top() < 0 || onScreen.bottom() > viewport()->height())
        scrollToPagePoint(m_caret.page, box.top(), margin);
    if (m_caret.page != m_currentPage)
        setCurrentPage(m_caret.page);
}

void PdfView::paintCaret(QPainter &painter, int page)
{
    if (page != m_caret.page || !hasFocus())
        return;
    const QRectF box = caretBox();
    if (box.isEmpty())
        return;
    QRectF rect = wordRectInViewport(page, box);
    rect.setWidth(std::max(2.0, rect.width()));
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.fillRect(rect, QColor(0x1a, 0x5f, 0xb4)); // on white paper whatever the theme
    painter.restore();
}

} // namespace oversight
