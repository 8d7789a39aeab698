#pragma once

#include "PdfWord.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

namespace Poppler {
class Document;
}

namespace oversight {

// Why a file could not be taken as a readable PDF. Each has a message a user can act on.
enum class PdfProblem {
    None,
    Empty,          // zero bytes
    HtmlPage,       // an HTML page saved with a .pdf name
    NotPdf,         // anything else that is not a PDF
    Truncated,      // starts like a PDF but the end is missing
    Damaged,        // Poppler cannot read it
    Encrypted,      // needs a password to open
    NoPages,
    NoTextLayer,    // pages but no text: a scan without OCR
};

QString describe(PdfProblem problem);

// The only class that touches Poppler. An instance belongs to one thread at a time;
// different instances may be used on different threads at once.
class PdfDocument
{
public:
    PdfDocument();
    ~PdfDocument();
    PdfDocument(PdfDocument &&) noexcept;
    PdfDocument &operator=(PdfDocument &&) noexcept;

    // Opens PDF bytes held in memory (the document keeps its own copy).
    // On failure isOpen() is false and problem() says why.
    static PdfDocument fromData(const QByteArray &bytes);

    // Opens PDF bytes for text and word boxes only (import, tests of extraction): the same as
    // fromData() on a copy without the catalog's output intent (see withoutOutputIntents() in
    // OutputIntents.h), which Poppler would otherwise turn into colour transforms for every
    // page. pageText() and words() give exactly what fromData() gives, several times faster on
    // files with an output intent; render() would lose the file's colour intent, so views use
    // fromData(). Problems are reported as fromData() reports them for the original bytes.
    static PdfDocument forText(const QByteArray &bytes);

    // The Poppler library's version, for the About box.
    static QString popplerVersion();

    // Cheap checks on the bytes alone, before Poppler sees them.
    static PdfProblem sniff(const QByteArray &bytes);

    bool isOpen() const { return m_doc != nullptr; }
    PdfProblem problem() const { return m_problem; }
    int pageCount() const;
    QSizeF pageSize(int index) const; // points
    // The program that made the original document: the Creator of its document information
    // dictionary (PDF 32000-1 14.3.3), as Poppler reads it; empty when none or not open.
    QString creator() const;

    // Text of every page (physical layout), one string per page. Blocks.
    QStringList pageTexts() const;
    QString pageText(int index) const;

    // Words with positions, for highlighting and selection; derived on demand.
    QList<PdfWord> words(int index) const;

    // Renders a page at the given resolution. Blocks; call off the GUI thread for large work.
    QImage render(int index, double dpi) const;

private:
    std::unique_ptr<Poppler::Document> m_doc;
    PdfProblem m_problem = PdfProblem::None;
};

} // namespace oversight
