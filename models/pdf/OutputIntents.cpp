#include "OutputIntents.h"

// Poppler's core API (Debian: libpoppler-private-dev), used here only: Poppler-Qt6 cannot edit
// a catalog. See withoutOutputIntents() in the header for why.
// PDFDoc.h first: Poppler's headers need Object.h, Array.h and Dict.h in its order.
#include <PDFDoc.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <Stream.h>
#include <XRef.h>

#include <cstdarg>
#include <cstdio>
#include <memory>

namespace oversight {

namespace {

// Poppler's OutStream for PDFDoc::saveAs with writeForceIncremental, which writes a copy of the
// original bytes, one put() per byte, then the update. The copy is not made again: put() only
// checks each byte against the original (a mismatch fails the stream), and the update goes
// into a buffer of its own; take() gives the original followed by the update. On a report of
// a few hundred KiB that halves the cost of the removal.
class IncrementalOutStream final : public OutStream
{
public:
    explicit IncrementalOutStream(const QByteArray &original) : m_original(original) { }

    void close() override { }
    Goffset getPos() override { return m_copied + m_update.size(); }
    void put(char c) override
    {
        if (m_copied < m_original.size() && m_update.isEmpty()) {
            m_differs = m_differs || m_original.at(m_copied) != c;
            ++m_copied;
        } else {
            m_update.append(c);
        }
    }
    void printf(const char *format, ...) override
    {
        va_list args;
        va_start(args, format);
        char small[256];
        va_list again;
        va_copy(again, args);
        const int length = std::vsnprintf(small, sizeof small, format, args);
        if (length >= int(sizeof small)) {
            QByteArray large(length + 1, Qt::Uninitialized);
            std::vsnprintf(large.data(), size_t(large.size()), format, again);
            m_update.append(large.constData(), length);
        } else if (length > 0) {
            m_update.append(small, length);
        }
        va_end(again);
        va_end(args);
    }

    // Whether the stream holds the whole original, unchanged, before the update.
    bool copiedOriginal() const { return !m_differs && m_copied == m_original.size(); }
    QByteArray take() const { return m_original + m_update; }

private:
    const QByteArray m_original;
    qsizetype m_copied = 0; // bytes of the original put so far
    bool m_differs = false;
    QByteArray m_update;
};

// Poppler reports what it repairs on stderr unless told otherwise; Oversight reports problems in
// its own words (Poppler-Qt6 installs the same kind of callback once it opens a document).
void silenceErrors()
{
    static const bool silenced = [] {
        setErrorCallback([](ErrorCategory, Goffset, const char *) {});
        return true;
    }();
    Q_UNUSED(silenced);
}

// Opens bytes with Poppler's core API, without copying them: `pdf` must outlive the result.
// `reconstructed` becomes true when Poppler had to rebuild the cross-reference table.
std::unique_ptr<PDFDoc> openCore(const QByteArray &pdf, bool &reconstructed)
{
    reconstructed = false;
    auto *stream = new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull));
    // PDFDoc owns the stream from here on, also when it fails to open.
    return std::make_unique<PDFDoc>(stream, std::optional<GooString>(),
                                    std::optional<GooString>(), nullptr,
                                    [&reconstructed] { reconstructed = true; });
}

bool hasOutputIntents(XRef *xref)
{
    const Object catalog = xref->getCatalog();
    return catalog.isDict() && catalog.getDict()->hasKey("OutputIntents");
}

} // namespace

PdfForText withoutOutputIntents(const QByteArray &pdf)
{
    silenceErrors();
    PdfForText result{pdf, OutputIntentRemoval::Unreadable};
    bool reconstructed = false;
    const std::unique_ptr<PDFDoc> doc = openCore(pdf, reconstructed);
    if (!doc->isOk() && doc->getErrorCode() != errEncrypted)
        return result;
    if (reconstructed)
        return result;
    // Encrypted: either a password is needed (not ok), or an update would have to be
    // encrypted with the file's key, which the copy is not worth.
    if (!doc->isOk() || doc->isEncrypted()) {
        result.removal = OutputIntentRemoval::Encrypted;
        return result;
    }
    XRef *xref = doc->getXRef();
    const Object catalog = xref->getCatalog();
    if (!catalog.isDict() || !catalog.getDict()->hasKey("OutputIntents")) {
        result.removal = catalog.isDict() ? OutputIntentRemoval::NoneToRemove
                                          : OutputIntentRemoval::Unreadable;
        return result;
    }
    const int pages = doc->getNumPages();

    // Only the catalog changes: every other object, and every byte of the original, stays.
    Object edited(catalog.getDict()->copy(xref));
    edited.getDict()->remove("OutputIntents");
    xref->setModifiedObject(&edited, {xref->getRootNum(), xref->getRootGen()});
    IncrementalOutStream out(pdf);
    if (doc->saveAs(&out, writeForceIncremental) != errNone || !out.copiedOriginal()) {
        result.removal = OutputIntentRemoval::Failed;
        return result;
    }
    QByteArray updated = out.take();

    // Read the copy back: it must open as it is, without output intent, with the same pages.
    {
        bool copyReconstructed = false;
        const std::unique_ptr<PDFDoc> check = openCore(updated, copyReconstructed);
        if (!check->isOk() || copyReconstructed || hasOutputIntents(check->getXRef())
            || check->getNumPages() != pages || !updated.startsWith(pdf)) {
            result.removal = OutputIntentRemoval::Failed;
            return result;
        }
    }
    result.bytes = std::move(updated);
    result.removal = OutputIntentRemoval::Removed;
    return result;
}

} // namespace oversight
