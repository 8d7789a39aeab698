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
// Blocks; needs a QGuiApplication (fonts). Lays out and paints on a thread of its own (see
// write()), so it may be called from any thread, the GUI thread included.
class SummaryPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPdfWriter)
public:
    // Builds the content for a text width (document units); anchorPages maps each anchor to its
    // 1-based page, known from the second pass on, for a table of contents.
    using ContentBuilder = std::function<std::unique_ptr<QTextDocument>(
        qreal textWidth, const QHash<QString, int> &anchorPages)>;

    // The Creator (document information dictionary, PDF 32000-1 14.3.3) of every PDF Oversight
    // writes: import knows Oversight's own summaries by it and does not read them as reports.
    static constexpr const char *kCreator = "Oversight";

    explicit SummaryPdfWriter(const SummaryOptions &options);

    // Lays the content out (twice when usesPageNumbers, so the contents can give the pages)
    // and returns the PDF's bytes; empty on failure. build is called on the writer's own
    // thread, and the documents it returns are destroyed there.
    //
    // Why a thread of its own: Qt caches font engines per thread and finds them by pixel size
    // alone, not by resolution. A font painted on the 1200-dpi PDF device (the timeline's 12 px
    // labels, the 10 px running header) would otherwise be handed to the screen's widgets at
    // the same pixel size, and QFontInfo would then report its point size as 0.6-0.7 pt;
    // Fusion draws menu and combo-box item labels at QFontInfo's point size, so every menu
    // and drop-down list went blank after an export until the app was restarted.
    QByteArray write(const QString &title, const ContentBuilder &build, bool usesPageNumbers);
    int pageCount() const { return m_pageCount; }

private:
    QByteArray writeHere(const QString &title, const ContentBuilder &build, bool usesPageNumbers);
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
