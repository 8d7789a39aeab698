#pragma once

#include "SummaryOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPainter;

namespace oversight {

class PdfPaginator;

// Prints a summary's QTextDocument to PDF with Qt's own writer: pages of the chosen size, a
// running header (the user's name and organisation, the title) and "Page n of m" under each
// page, rows kept whole (PdfPaginator), and links from the contents to the sections.
// Blocks; needs a QGuiApplication (fonts). Not tied to any thread otherwise.
class SummaryPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPdfWriter)
public:
    // Builds the content for a text width (document units); anchorPages maps each anchor to its
    // 1-based page, known from the second pass on, for a table of contents.
    using ContentBuilder = std::function<std::unique_ptr<QTextDocument>(
        qreal textWidth, const QHash<QString, int> &anchorPages)>;

    explicit SummaryPdfWriter(const SummaryOptions &options);

    // Lays the content out (twice when usesPageNumbers, so the contents can give the pages)
    // and returns the PDF's bytes; empty on failure.
    QByteArray write(const QString &title, const ContentBuilder &build, bool usesPageNumbers);
    int pageCount() const { return m_pageCount; }

private:
    void paintPage(QPainter *painter, QTextDocument *document, const PdfPaginator &pages,
                   int page, const QString &title) const;
    void paintSlice(QPainter *painter, QTextDocument *document, qreal top, qreal bottom) const;
    QString headerText() const;

    SummaryOptions m_options;
    QSizeF m_page;     // document units
    QRectF m_body;     // where the text goes on a page, document units
    qreal m_headerY;   // baseline band of the running header
    qreal m_footerY;
    int m_pageCount = 0;
};

} // namespace oversight
