// Input handling of PdfView: text selection with the mouse, keys, wheel zoom and the context
// menu. Kept apart from PdfView.cpp to keep each file readable.

#include "PdfView.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

namespace oversight {

// ---- selection ------------------------------------------------------------------------

PdfView::WordPos PdfView::wordAt(const QPoint &viewportPos) const
{
    const int page = m_layout.pageAtY(viewportPos.y() - contentOffset().y());
    if (page < 0)
        return {};
    const QList<PdfWord> &list = words(page);
    if (list.isEmpty())
        return {};
    const QRect rect = pageRectInViewport(page);
    const QPointF p((viewportPos.x() - rect.left()) / m_layout.scale(),
                    (viewportPos.y() - rect.top()) / m_layout.scale());
    // The word under the point, else the nearest, counting height more than width so that
    // a point beside a line picks a word of that line, as in a text editor.
    int best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < list.size(); ++i) {
        const QRectF &box = list.at(i).box;
        const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
        const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
        const double distance = dx * dx + 4 * dy * dy;
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
            if (distance == 0)
                break;
        }
    }
    return {page, best};
}

PdfWordRange PdfView::selectionOnPage(int page) const
{
    if (!hasSelection())
        return {};
    const WordPos start = std::min(m_anchor, m_focus);
    const WordPos end = std::max(m_anchor, m_focus);
    if (page < start.page || page > end.page)
        return {};
    return {page == start.page ? start.word : 0,
            page == end.page ? end.word : int(words(page).size()) - 1};
}

QString PdfView::selectedText() const
{
    if (!hasSelection())
        return {};
    QStringList pages;
    const int last = std::max(m_anchor, m_focus).page;
    for (int page = std::min(m_anchor, m_focus).page; page <= last; ++page) {
        const PdfWordRange range = selectionOnPage(page);
        if (range.isValid())
            pages.append(PdfTextMatch::joinWords(words(page), range.first, range.last));
    }
    return pages.join(QLatin1Char('\n'));
}

void PdfView::setSelection(const WordPos &anchor, const WordPos &focus)
{
    const bool valid = anchor.page >= 0 && anchor.word >= 0 && focus.page >= 0 && focus.word >= 0;
    const WordPos newAnchor = valid ? anchor : WordPos();
    const WordPos newFocus = valid ? focus : WordPos();
    if (!(newAnchor < m_anchor) && !(m_anchor < newAnchor) && !(newFocus < m_focus)
        && !(m_focus < newFocus))
        return;
    m_anchor = newAnchor;
    m_focus = newFocus;
    viewport()->update();
    emit selectionChanged(selectedText());
}

void PdfView::extendSelectionTo(const QPoint &viewportPos)
{
    // Over a page without text (a scan, a blank page) the selection keeps its last end.
    const WordPos word = wordAt(viewportPos);
    if (word.page >= 0)
        setSelection(m_anchor, word);
}

void PdfView::clearSelection()
{
    m_caretAnchor = {}; // the next Shift+arrow starts a selection at the caret
    setSelection({}, {});
}

void PdfView::selectAllOnPage()
{
    if (m_layout.pageCount() == 0)
        return;
    const int count = int(words(m_currentPage).size());
    if (count > 0)
        setSelection({m_currentPage, 0}, {m_currentPage, count - 1});
}

void PdfView::copySelection()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

// ---- mouse ----------------------------------------------------------------------------

void PdfView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_layout.pageCount() == 0)
        return QAbstractScrollArea::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressed = true;
    m_caretAnchor = {}; // a selection made with the mouse is extended from its own ends
    m_dragging = false;
    if ((event->modifiers() & Qt::ShiftModifier) && hasSelection()) {
        m_dragging = true; // shift-click extends the selection, as in a text editor
        extendSelectionTo(m_pressPos);
    } else if ((event->modifiers() & Qt::ShiftModifier) && m_caret.page >= 0) {
        // ... and selects from the caret when nothing is selected yet.
        const WordPos word = wordAt(m_pressPos);
        if (word.page >= 0) {
            m_dragging = true;
            const WordPos from = m_caret.word < int(words(m_caret.page).size())
                                     ? m_caret
                                     : WordPos{m_caret.page, m_caret.word - 1};
            setSelection(from, word);
        }
    }
    event->accept();
}

void PdfView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_lastMousePos = pos;
    if (!m_pressed) {
        const int page = m_layout.pageAtY(pos.y() - contentOffset().y());
        const bool onPage = pageRectInViewport(page).contains(pos);
        viewport()->setCursor(onPage ? Qt::IBeamCursor : Qt::ArrowCursor);
        return QAbstractScrollArea::mouseMoveEvent(event);
    }
    if (!m_dragging
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        m_anchor = m_focus = {};
        setSelection(wordAt(m_pressPos), wordAt(m_pressPos));
    }
    if (m_dragging) {
        extendSelectionTo(pos);
        const bool outside = pos.y() < 0 || pos.y() >= viewport()->height();
        if (outside && !m_autoScroll.isActive())
            m_autoScroll.start();
        else if (!outside)
            m_autoScroll.stop();
    }
    event->accept();
}

void PdfView::autoScrollStep()
{
    // Dragging above or below the view keeps selecting, faster the further away the mouse is.
    const int y = m_lastMousePos.y();
    const int overshoot = y < 0 ? y : y - viewport()->height() + 1;
    if (!m_dragging || overshoot == 0) {
        m_autoScroll.stop();
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() + std::clamp(overshoot, -60, 60));
    extendSelectionTo(m_lastMousePos);
}

void PdfView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    m_autoScroll.stop();
    if (!m_dragging) { // a click, not a drag: the caret goes to the word clicked
        clearSelection();
        const WordPos word = wordAt(event->position().toPoint());
        if (word.page >= 0)
            placeCaret(word);
        if (const qint64 mark = markAt(event->position().toPoint()))
            emit markActivated(mark);
    }
    else if (hasSelection()) {
        // The caret follows the end the mouse let go of; Shift+arrows go on from there.
        placeCaret(m_anchor < m_focus || !(m_focus < m_anchor)
                       ? WordPos{m_focus.page, m_focus.word + 1}
                       : m_focus);
        if (QGuiApplication::clipboard()->supportsSelection())
            QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    }
    m_dragging = false;
    event->accept();
}

void PdfView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_layout.pageCount() == 0)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    const WordPos word = wordAt(event->position().toPoint());
    setSelection(word, word);
    m_pressed = false;
    event->accept();
}

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractScrollArea::wheelEvent(event);
    // Touchpads send many small deltas; a zoom step per notch's worth keeps them usable.
    m_wheelZoomDelta += event->angleDelta().y();
    const QPoint anchor = event->position().toPoint();
    while (std::abs(m_wheelZoomDelta) >= 120) {
        const bool in = m_wheelZoomDelta > 0;
        m_wheelZoomDelta -= in ? 120 : -120;
        // The point under the mouse stays put, so the reader zooms into what they point at.
        applyZoom(zoomStep(in), false, anchor);
    }
    event->accept();
}

// ---- keys -----------------------------------------------------------------------------

bool PdfView::event(QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        viewport()->update(); // the caret shows only while the view has the focus
    // Take Copy and Select All before a window-wide action with the same shortcut does.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Copy) && hasSelection())
            || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    if (handleCaretKey(event)) {
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy))
        copySelection();
    else if (event->matches(QKeySequence::SelectAll))
        selectAllOnPage();
    else if (event->matches(QKeySequence::ZoomIn))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (event->key() == Qt::Key_Home || event->matches(QKeySequence::MoveToStartOfDocument))
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
    else if (event->key() == Qt::Key_End || event->matches(QKeySequence::MoveToEndOfDocument))
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
    else if (event->key() == Qt::Key_Space)
        bar->triggerAction(event->modifiers() & Qt::ShiftModifier ? QAbstractSlider::SliderPageStepSub
                                                                  : QAbstractSlider::SliderPageStepAdd);
    else if (event->key() == Qt::Key_Escape && hasSelection())
        clearSelection();
    else
        return QAbstractScrollArea::keyPressEvent(event);
    event->accept();
}

void PdfView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const qint64 mark = markAt(event->pos())) {
        emit markMenuRequested(mark, event->globalPos());
        return;
    }
    QMenu menu(this);
    QAction *annotate = menu.addAction(tr("&Annotate selection…"), this,
                                       &PdfView::annotateSelectionRequested);
    annotate->setEnabled(hasSelection() && m_annotationAllowed);
    menu.addSeparator();
    QAction *copy = menu.addAction(tr("&Copy"), this, &PdfView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(hasSelection());
    QAction *all = menu.addAction(tr("Select &all on page"), this, &PdfView::selectAllOnPage);
    all->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    menu.addAction(tr("Zoom &in"), this, &PdfView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    menu.addAction(tr("Zoom &out"), this, &PdfView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = menu.addAction(tr("&Fit width"), this, &PdfView::fitWidth);
    fit->setCheckable(true);
    fit->setChecked(m_fitWidth);
    for (QAction *action : menu.actions())
        action->setEnabled(action->isEnabled() && m_layout.pageCount() > 0);
    menu.exec(event->globalPos());
}

} // namespace oversight
