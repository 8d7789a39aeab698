#include "PdfPaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace oversight {

PdfPaginator::PdfPaginator(QTextDocument *document, qreal pageHeight) : m_document(document)
{
    m_document->documentLayout(); // lays the document out if it was not yet
    collect(m_document->rootFrame());
    collectAnchors();
    paginate(pageHeight);
}

void PdfPaginator::collect(QTextFrame *frame)
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(child);
            if (!table) {
                collect(child);
                continue;
            }
            const QTextTableFormat format = table->format();
            const qreal pad = format.cellPadding() + format.border();
            const int headerRows = qMin(format.headerRowCount(), table->rows() - 1);
            qreal headerTop = 0;
            qreal headerBottom = 0;
            for (int r = 0; r < table->rows(); ++r) {
                qreal top = 1e12;
                qreal bottom = -1e12;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r) // spanned from a row above
                        continue;
                    top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                    bottom = qMax(bottom,
                                  layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
                }
                if (top > bottom)
                    continue;
                Unit row{top - pad, bottom + pad};
                row.breakBefore = r == 0 && format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
                if (r < headerRows) {
                    row.keepWithNext = true;
                    headerTop = r == 0 ? row.top : headerTop;
                    headerBottom = row.bottom;
                } else if (headerRows > 0) {
                    row.repeatTop = headerTop;
                    row.repeatBottom = headerBottom;
                }
                m_units.append(row);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextLayout *text = block.layout();
        if (!block.isValid() || !text)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const bool heading = block.blockFormat().headingLevel() > 0;
        const bool breakBefore = block.blockFormat().pageBreakPolicy()
                                 & QTextFormat::PageBreak_AlwaysBefore;
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            Unit unit{rect.top() + line.y(), rect.top() + line.y() + line.height()};
            unit.keepWithNext = heading;
            unit.breakBefore = breakBefore && i == 0;
            m_units.append(unit);
        }
    }
}

void PdfPaginator::collectAnchors()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            qreal y = layout->blockBoundingRect(block).top();
            const QTextLine line =
                block.layout()->lineForTextPosition(it.fragment().position() - block.position());
            if (line.isValid())
                y += line.y();
            for (const QString &name : names)
                m_anchors.insert(name, y);
        }
    }
}

void PdfPaginator::paginate(qreal pageHeight)
{
    const qreal end = qMax(m_document->documentLayout()->documentSize().height(),
                           m_units.isEmpty() ? 0.0 : m_units.constLast().bottom);
    PageSlice page;
    int i = 0;
    while (i < m_units.size()) {
        const qreal room = pageHeight - page.repeatHeight();
        int next = i;
        while (next < m_units.size() && m_units.at(next).bottom <= page.top + room
               && (next == i || !m_units.at(next).breakBefore))
            ++next;
        // A heading (or a table's header row) never ends a page when what follows moves on.
        if (next < m_units.size() && !m_units.at(next).breakBefore) {
            int kept = next;
            while (kept > i && m_units.at(kept - 1).keepWithNext)
                --kept;
            if (kept > i)
                next = kept;
        }
        if (next == i) {
            // Taller than a page: it has to be cut where the page ends.
            page.bottom = page.top + room;
            m_pages.append(page);
            m_units[i].top = page.bottom;
            page = PageSlice{page.bottom};
            continue;
        }
        if (next == m_units.size()) {
            page.bottom = end;
            m_pages.append(page);
            break;
        }
        page.bottom = m_units.at(next).top;
        m_pages.append(page);
        const Unit &first = m_units.at(next);
        page = PageSlice{first.top, 0, first.repeatTop, first.repeatBottom};
        i = next;
    }
    if (m_pages.isEmpty())
        m_pages.append(PageSlice{0, end});
}

int PdfPaginator::splitParagraphsAtPageEnds()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    // Positions where a page's first line starts inside a paragraph, last first so that
    // splitting one leaves the positions before it valid.
    QList<int> splits;
    for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.textList() || block.layout()->lineCount() < 2)
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        for (const PageSlice &page : std::as_const(m_pages)) {
            for (int i = 1; i < block.layout()->lineCount(); ++i) {
                const QTextLine line = block.layout()->lineAt(i);
                if (qAbs(top + line.y() - page.top) < 0.5)
                    splits.prepend(block.position() + line.textStart());
            }
        }
    }
    for (int position : std::as_const(splits)) {
        QTextCursor cursor(m_document);
        cursor.setPosition(position);
        QTextBlockFormat first = cursor.blockFormat();
        QTextBlockFormat second = first;
        first.setBottomMargin(0);
        second.setTopMargin(0);
        second.setTextIndent(0);
        second.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.setBlockFormat(first);
        cursor.insertBlock(second);
    }
    return int(splits.size());
}

int PdfPaginator::pageAt(qreal y, qreal *offsetOnPage) const
{
    for (int p = 0; p < m_pages.size(); ++p) {
        if (y < m_pages.at(p).bottom || p == m_pages.size() - 1) {
            if (offsetOnPage)
                *offsetOnPage = y - m_pages.at(p).top + m_pages.at(p).repeatHeight();
            return p;
        }
    }
    return 0;
}

} // namespace oversight
