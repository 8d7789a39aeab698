#include "PdfDocument.h"
#include "OutputIntents.h"

#include <poppler-qt6.h>
#include <poppler-version.h>

#include <QCoreApplication>

namespace oversight {

QString describe(PdfProblem problem)
{
    switch (problem) {
    case PdfProblem::None:
        return {};
    case PdfProblem::Empty:
        return QCoreApplication::translate("PdfDocument", "empty file (0 bytes)");
    case PdfProblem::HtmlPage:
        return QCoreApplication::translate("PdfDocument",
                                           "an HTML web page saved with a .pdf name, not a PDF");
    case PdfProblem::NotPdf:
        return QCoreApplication::translate("PdfDocument", "not a PDF file");
    case PdfProblem::Truncated:
        return QCoreApplication::translate("PdfDocument",
                                           "truncated PDF: the end of the file is missing");
    case PdfProblem::Damaged:
        return QCoreApplication::translate("PdfDocument", "damaged PDF that cannot be read");
    case PdfProblem::Encrypted:
        return QCoreApplication::translate("PdfDocument", "password-protected PDF");
    case PdfProblem::NoPages:
        return QCoreApplication::translate("PdfDocument", "PDF without pages");
    case PdfProblem::NoTextLayer:
        return QCoreApplication::translate(
            "PdfDocument", "no text layer (a scanned document); run OCR on it first");
    }
    return {};
}

QString PdfDocument::popplerVersion()
{
    return Poppler::Version::string();
}

PdfDocument::PdfDocument() = default;
PdfDocument::~PdfDocument() = default;
PdfDocument::PdfDocument(PdfDocument &&) noexcept = default;
PdfDocument &PdfDocument::operator=(PdfDocument &&) noexcept = default;

PdfProblem PdfDocument::sniff(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return PdfProblem::Empty;
    // The PDF header may follow a little junk (the spec allows 1024 bytes of it).
    const qsizetype header = bytes.left(1024).indexOf("%PDF-");
    if (header < 0) {
        QByteArray head = bytes.left(2048).trimmed().toLower();
        if (head.startsWith("\xef\xbb\xbf"))
            head = head.mid(3).trimmed();
        if (head.startsWith("<!doctype html") || head.startsWith("<html")
            || (head.startsWith("<") && head.contains("<html")))
            return PdfProblem::HtmlPage;
        return PdfProblem::NotPdf;
    }
    // A complete PDF ends with %%EOF (perhaps followed by a little whitespace or junk);
    // a download cut short does not.
    if (!bytes.right(2048).contains("%%EOF"))
        return PdfProblem::Truncated;
    return PdfProblem::None;
}

namespace {
// Poppler prints its complaints about odd PDFs ("Incorrect password", xref repairs) to stderr;
// Oversight reports problems in its own words, so they are dropped.
void silencePoppler()
{
    static const bool silenced = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(silenced);
}
} // namespace

PdfDocument PdfDocument::fromData(const QByteArray &bytes)
{
    silencePoppler();
    PdfDocument result;
    result.m_problem = sniff(bytes);
    if (result.m_problem != PdfProblem::None)
        return result;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        result.m_problem = PdfProblem::Damaged;
        return result;
    }
    if (doc->isLocked()) {
        result.m_problem = PdfProblem::Encrypted;
        return result;
    }
    if (doc->numPages() <= 0) {
        result.m_problem = PdfProblem::NoPages;
        return result;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    result.m_doc = std::move(doc);
    return result;
}

PdfDocument PdfDocument::forText(const QByteArray &bytes)
{
    // A file sniff() rejects is left as it is, so that its problem is the original's.
    if (sniff(bytes) != PdfProblem::None)
        return fromData(bytes);
    return fromData(withoutOutputIntents(bytes).bytes);
}

QString PdfDocument::creator() const
{
    return m_doc ? m_doc->creator() : QString();
}

int PdfDocument::pageCount() const
{
    return m_doc ? m_doc->numPages() : 0;
}

QSizeF PdfDocument::pageSize(int index) const
{
    if (!m_doc)
        return {};
    std::unique_ptr<Poppler::Page> page = m_doc->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

QString PdfDocument::pageText(int index) const
{
    if (!m_doc)
        return {};
    std::unique_ptr<Poppler::Page> page = m_doc->page(index);
    return page ? page->text(QRectF(), Poppler::Page::PhysicalLayout) : QString();
}

QStringList PdfDocument::pageTexts() const
{
    QStringList texts;
    const int count = pageCount();
    texts.reserve(count);
    for (int i = 0; i < count; ++i)
        texts.append(pageText(i));
    return texts;
}

QList<PdfWord> PdfDocument::words(int index) const
{
    QList<PdfWord> result;
    if (!m_doc)
        return result;
    std::unique_ptr<Poppler::Page> page = m_doc->page(index);
    if (!page)
        return result;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    result.reserve(qsizetype(boxes.size()));
    for (const auto &box : boxes)
        result.append({box->text(), box->boundingBox()});
    return result;
}

QImage PdfDocument::render(int index, double dpi) const
{
    if (!m_doc)
        return {};
    std::unique_ptr<Poppler::Page> page = m_doc->page(index);
    return page ? page->renderToImage(dpi, dpi) : QImage();
}

} // namespace oversight
