#pragma once

#include "PdfPageLayout.h"
#include "PdfPageRenderer.h"
#include "PdfTextMatch.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QPainter;
class QPainterPath;

namespace oversight {

class PdfDocument;

// A highlight the app keeps on a page (an annotation): boxes in page points.
struct PdfMark
{
    qint64 id = 0;
    int page = 0; // 0-based
    QList<QRectF> boxes;
    QColor colour;
    QString toolTip;
};

// What is selected, as an annotation needs it: the text, and where its words are on the
// page where the selection starts.
struct PdfSelection
{
    int page = -1; // 0-based; -1 when nothing is selected
    QString text;
    QList<QRectF> boxes;
};

// Shows a PDF as one continuous column of pages, with zoom, text selection and the app's
// highlights (search terms, and a quoted passage). Pages are rendered on worker threads and
// only while on screen; the word boxes used for selection and highlights are read lazily on
// the GUI thread, one page at a time.
class PdfView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    // An empty array clears the view. Bytes Poppler cannot open show a message instead.
    void setDocument(const QByteArray &pdfBytes);
    bool hasDocument() const;
    // What the view says while it holds no document ("No document open" unless set): a view
    // that waits for the user to choose one can say how.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // What is written in place of pages: the placeholder, why a PDF cannot be shown, or
    // nothing while pages show.
    QString message() const { return m_message; }

    int pageCount() const;
    int currentPage() const { return m_currentPage; } // 0-based

    double zoom() const { return m_zoom; } // 1.0 is the page's real size on screen
    bool isFitWidth() const { return m_fitWidth; }

    QString selectedText() const;
    PdfSelection selection() const;
    // Where a passage is on a page (page 0-based), as a selection; page -1 when not found.
    PdfSelection findPassage(int page, const QString &text) const;
    qint64 markAt(const QPoint &viewportPos) const; // 0 when there is none
    bool hasSelection() const { return m_anchor.page >= 0 && m_focus.page >= 0; }
    // The keyboard caret: the page (0-based) and the index of the word it stands before (the
    // page's word count when after its last word); page -1 before any is placed. A click
    // places it; goToPage puts it at the page's first word; arrows move it (PdfViewCaret.cpp).
    int caretPage() const { return m_caret.page; }
    int caretWord() const { return m_caret.word; }

    // Where the page is drawn, in viewport() coordinates; for tests and overlays.
    QRect pageRectInViewport(int page) const;
    // For tests and screenshots: true until every on-screen page is drawn at full sharpness
    // (pages are rendered when painted, so a hidden view stays true).
    bool isRendering() const;
    // For tests: the indices of the words highlighted on a page (0-based) by the search terms
    // or the passage, in page order; annotations' marks and the selection are not included.
    QList<int> highlightedWords(int page) const;

    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;

public slots:
    void goToPage(int index);
    void zoomIn();
    void zoomOut();
    void setZoom(double factor); // leaves fit-width mode
    void fitWidth();             // zooms to the viewport's width and follows resizes

    void copySelection();
    void selectAllOnPage(); // the current page's words
    void clearSelection();

    // Highlights, on every page, the words matching any term: a word alone, a phrase (a term
    // of several words) only where its words stand together. An empty list clears them.
    void setSearchHighlights(const QStringList &terms);
    // Highlights the terms and shows the page, scrolled to the first hit on it.
    void showPage(int index, const QStringList &terms);
    // Finds the passage on the page (or next to it), highlights it and scrolls to it.
    // Returns false, and only shows the page, when the passage is not found.
    bool highlightText(int pageIndex, const QString &text);
    void clearPassageHighlight();

    // Whether the context menu offers to annotate the selection (not in a read-only database).
    void setAnnotationAllowed(bool allowed) { m_annotationAllowed = allowed; }
    bool isAnnotationAllowed() const { return m_annotationAllowed; }

    // The app's marks (annotations); replaces those shown before.
    void setMarks(const QList<PdfMark> &marks);
    // Outlines one mark and scrolls to it (0: none).
    void showMark(qint64 id);

signals:
    void currentPageChanged(int index);
    void zoomChanged(double factor);
    void selectionChanged(const QString &selectedText);
    void pageRendered(int index);
    void markActivated(qint64 id);                              // a click on a mark
    void markMenuRequested(qint64 id, const QPoint &globalPos); // a right-click on one
    void annotateSelectionRequested();                          // from the context menu

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // A word on a page; ordered by page, then by Poppler's reading order.
    struct WordPos
    {
        int page = -1;
        int word = -1;
        bool operator<(const WordPos &o) const { return page != o.page ? page < o.page : word < o.word; }
    };

    const QList<PdfWord> &words(int page) const;
    const QList<int> &searchHits(int page) const;

    QPoint contentOffset() const; // viewport position of content (0, 0)
    QRectF wordRectInViewport(int page, const QRectF &box) const;
    WordPos wordAt(const QPoint &viewportPos) const;

    void applyZoom(double factor, bool fitWidth, const QPoint &anchor);
    double fitWidthZoom() const;
    double zoomStep(bool in) const; // the next step in or out from the current zoom
    void updateScrollBars();
    void updateCurrentPage();
    void setCurrentPage(int page);
    void scrollToPagePoint(int page, double yPoints, int marginPx);
    PdfPageRenderer::Request renderRequest(int page) const;
    void requestRenders(const QList<int> &pages);

    void paintPage(QPainter &painter, int page, const QRect &rect);
    void paintMarks(QPainter &painter, int page);
    QPainterPath markPath(const PdfMark &mark) const; // viewport coordinates
    void paintCaret(QPainter &painter, int page);
    QRectF caretBox() const; // page points; empty when the caret's page has no words

    // Caret movement (PdfViewCaret.cpp). extend keeps the selection's other end, as
    // Shift+arrow does in a text editor; without it the selection is cleared.
    enum class CaretMove { WordLeft, WordRight, LineUp, LineDown, LineStart, LineEnd };
    bool handleCaretKey(QKeyEvent *event);
    void moveCaret(CaretMove move, bool extend);
    void placeCaret(const WordPos &caret);
    WordPos caretOnAdjacentLine(const WordPos &caret, int direction) const;
    WordPos caretAtLineEdge(const WordPos &caret, bool end) const;
    void selectBetweenCarets(const WordPos &anchor, const WordPos &caret);
    void ensureCaretVisible();
    QPainterPath wordRunPath(int page, const PdfWordRange &range) const;
    void setSelection(const WordPos &anchor, const WordPos &focus);
    void extendSelectionTo(const QPoint &viewportPos);
    PdfWordRange selectionOnPage(int page) const;
    void autoScrollStep();

    std::unique_ptr<PdfDocument> m_doc;
    PdfPageRenderer *m_renderer = nullptr;
    PdfPageLayout m_layout;
    QString m_placeholder;
    QString m_message;

    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_currentPage = 0;
    bool m_pinnedPage = false; // goToPage chose the page; the next scroll by the user decides
    bool m_scrollingByCode = false;
    int m_wheelZoomDelta = 0;

    mutable QHash<int, QList<PdfWord>> m_words;
    QList<PdfTextMatch::Phrase> m_terms;
    mutable QHash<int, QList<int>> m_hits;
    int m_passagePage = -1;
    PdfWordRange m_passage;

    WordPos m_anchor;
    WordPos m_focus;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_lastMousePos;
    QTimer m_autoScroll;

    WordPos m_caret;       // see caretPage()
    WordPos m_caretAnchor; // where a keyboard selection started (a caret position)

    QList<PdfMark> m_marks;
    bool m_annotationAllowed = true;
    qint64 m_shownMark = 0;
};

} // namespace oversight
