#include "SummaryPdfWriter.h"

#include "PdfInternalLinks.h"
#include "PdfPaginator.h"
#include "SummaryTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

namespace oversight {

namespace {

constexpr qreal kUnitsPerPoint = SummaryTextDocument::kUnitsPerInch / 72.0;
constexpr qreal kUnitsPerMm = SummaryTextDocument::kUnitsPerInch / 25.4;
const QColor kRunningTextColour(0x5b, 0x66, 0x70);

} // namespace

SummaryPdfWriter::SummaryPdfWriter(const SummaryOptions &options) : m_options(options)
{
    m_page = QPageSize(options.pageSize).size(QPageSize::Point) * kUnitsPerPoint;
    const qreal side = 18 * kUnitsPerMm;
    const qreal top = 12 * kUnitsPerMm;
    const qreal bottom = 12 * kUnitsPerMm;
    m_headerY = top;
    m_footerY = m_page.height() - bottom;
    const qreal bodyTop = top + 30;
    m_body = QRectF(side, bodyTop, m_page.width() - 2 * side,
                    m_page.height() - bodyTop - bottom - 30);
}

QString SummaryPdfWriter::headerText() const
{
    QStringList who;
    if (!m_options.userName.trimmed().isEmpty())
        who << m_options.userName.trimmed();
    if (!m_options.organisation.trimmed().isEmpty())
        who << m_options.organisation.trimmed();
    return who.join(QStringLiteral(", "));
}

QByteArray SummaryPdfWriter::write(const QString &title, const ContentBuilder &build,
                                   bool usesPageNumbers)
{
    // A QThread rather than QtConcurrent: a waiting caller may run a pool's task itself, on its
    // own thread, which is what this must avoid (see the header).
    QByteArray pdf;
    std::unique_ptr<QThread> thread(QThread::create(
        [&] { pdf = writeHere(title, build, usesPageNumbers); }));
    thread->setObjectName(QStringLiteral("SummaryPdfWriter"));
    thread->start();
    thread->wait();
    return pdf;
}

QByteArray SummaryPdfWriter::writeHere(const QString &title, const ContentBuilder &build,
                                       bool usesPageNumbers)
{
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<PdfPaginator> pages;
    QHash<QString, int> anchorPages;
    // The contents' page numbers can move what follows them; a third pass settles the rare
    // case where the second pass moved a section to another page.
    for (int pass = 0; pass < 3; ++pass) {
        document = build(m_body.width(), anchorPages);
        pages = std::make_unique<PdfPaginator>(document.get(), m_body.height());
        QHash<QString, int> found;
        for (auto it = pages->anchors().cbegin(); it != pages->anchors().cend(); ++it)
            found.insert(it.key(), pages->pageAt(*it) + 1);
        if (!usesPageNumbers || found == anchorPages)
            break;
        anchorPages = found;
    }
    if (pages->splitParagraphsAtPageEnds() > 0)
        pages = std::make_unique<PdfPaginator>(document.get(), m_body.height());
    m_pageCount = int(pages->pages().size());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(m_options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QLatin1String(kCreator));
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        const qreal scale = writer.resolution() / SummaryTextDocument::kUnitsPerInch;
        for (int p = 0; p < m_pageCount; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            paintPage(&painter, document.get(), *pages, p, title);
            painter.restore();
        }
        painter.end();
    }
    QHash<QString, PdfDestination> destinations;
    const qreal pageHeightPoints = m_page.height() / kUnitsPerPoint;
    for (auto it = pages->anchors().cbegin(); it != pages->anchors().cend(); ++it) {
        qreal offset = 0;
        const int page = pages->pageAt(*it, &offset);
        // A little above the heading, so that it is not flush with the window's edge.
        const qreal top = pageHeightPoints - (m_body.top() + offset) / kUnitsPerPoint + 8;
        destinations.insert(it.key(), {page, top});
    }
    return resolveInternalLinks(buffer.data(), destinations);
}

void SummaryPdfWriter::paintPage(QPainter *painter, QTextDocument *document,
                                 const PdfPaginator &pages, int page, const QString &title) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures: see SummaryTextDocument
    painter->setFont(font);
    painter->setPen(kRunningTextColour);
    const qreal left = m_body.left();
    const qreal width = m_body.width();
    const QRectF header(left, m_headerY, width, 16);
    const QString who = headerText();
    const QFontMetricsF metrics(font);
    const qreal whoWidth = who.isEmpty() ? 0 : metrics.horizontalAdvance(who) + 24;
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, who);
    painter->drawText(header.adjusted(whoWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, width - whoWidth));
    painter->setPen(QPen(QColor(0xd0, 0xd5, 0xdb), 0.8));
    painter->drawLine(QPointF(left, header.bottom() + 3), QPointF(left + width, header.bottom() + 3));
    painter->setPen(kRunningTextColour);
    const QRectF footer(left, m_footerY - 14, width, 14);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                      QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(page + 1).arg(pages.pages().size()));

    const PageSlice &slice = pages.pages().at(page);
    painter->save();
    painter->translate(m_body.topLeft());
    if (slice.repeatHeight() > 0) {
        paintSlice(painter, document, slice.repeatTop, slice.repeatBottom);
        painter->translate(0, slice.repeatHeight());
    }
    paintSlice(painter, document, slice.top, slice.bottom);
    painter->restore();
}

void SummaryPdfWriter::paintSlice(QPainter *painter, QTextDocument *document, qreal top,
                                  qreal bottom) const
{
    painter->save();
    painter->translate(0, -top);
    // The painter shows a hair more than the slice at the bottom (so that a table's closing
    // rule is not lost), but the layout only draws the lines that lie wholly inside it: a line
    // is printed on one page, never half on two.
    painter->setClipRect(QRectF(-8, top, m_body.width() + 16, bottom - top + 1));
    QAbstractTextDocumentLayout::PaintContext context;
    // Qt counts a line a unit taller than its spacing, so a line that ends where the slice
    // starts would still be drawn (clipped, yet its text in the PDF twice): inset past that.
    context.clip = QRectF(-8, top + 1.5, m_body.width() + 16, bottom - top - 3);
    context.palette.setColor(QPalette::Text, Qt::black);
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace oversight
