#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QTextDocument;
class QTextFrame;

namespace oversight {

// One page's slice of a document laid out as one long page, in document units.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    // A table's header rows to draw again above the slice when the slice starts inside that
    // table; empty (repeatTop == repeatBottom) otherwise.
    qreal repeatTop = 0;
    qreal repeatBottom = 0;
    qreal repeatHeight() const { return repeatBottom - repeatTop; }
};

// Cuts a laid-out QTextDocument (text width set, no page size) into pages by itself, because
// Qt 6.4 has no "page-break-inside: avoid": a line of text or a table row is never cut (unless
// it is taller than a page), a heading stays with what follows it, blocks and tables that ask
// for a page break before them get one, and a table's header rows repeat on its next pages.
class PdfPaginator
{
public:
    PdfPaginator(QTextDocument *document, qreal pageHeight);

    const QList<PageSlice> &pages() const { return m_pages; }
    // Anchor name -> its vertical position in the document.
    const QHash<QString, qreal> &anchors() const { return m_anchors; }
    // The page (0-based) that shows the document position y, and where on that page it is
    // (distance from the page's first line, in document units).
    int pageAt(qreal y, qreal *offsetOnPage = nullptr) const;

    // Splits every paragraph that runs from one page onto the next into two paragraphs at the
    // page end, keeping the layout as it was (the margins between the halves are dropped).
    // Qt 6.4 draws every line of a paragraph that the page's clip touches, so the lines past
    // the page end would be in the PDF twice (hidden by the clip, yet found by search and
    // copy). Returns how many paragraphs were split; paginate again after any.
    int splitParagraphsAtPageEnds();

private:
    struct Unit
    {
        qreal top;
        qreal bottom;
        bool keepWithNext = false;
        bool breakBefore = false;
        qreal repeatTop = 0; // header rows of the table the unit is a row of
        qreal repeatBottom = 0;
    };
    void collect(QTextFrame *frame);
    void collectAnchors();
    void paginate(qreal pageHeight);

    QTextDocument *m_document;
    QList<Unit> m_units;
    QList<PageSlice> m_pages;
    QHash<QString, qreal> m_anchors;
};

} // namespace oversight
