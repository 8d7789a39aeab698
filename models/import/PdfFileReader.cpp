#include "PdfFileReader.h"
#include "Sha256.h"

#include "export/SummaryPdfWriter.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"

#include <QCoreApplication>
#include <QFile>

namespace oversight {

ReadFile readPdfFile(const QString &path, const QSet<QString> &knownHashes,
                     const DocumentReader &reader, const std::atomic_bool &cancelled,
                     const std::function<void()> &pageDone,
                     const std::function<void(const QString &sha256)> &hashed)
{
    ReadFile out;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.reason = QCoreApplication::translate("Import", "cannot be opened: %1")
                         .arg(file.errorString());
        if (hashed)
            hashed(QString());
        return out;
    }
    out.bytes = file.readAll();
    file.close();
    out.sha256 = sha256Hex(out.bytes);
    if (hashed)
        hashed(out.sha256);
    if (knownHashes.contains(out.sha256)) {
        out.result = ReadFile::Result::KnownDuplicate;
        return out;
    }
    const PdfDocument pdf = PdfDocument::forText(out.bytes);
    if (!pdf.isOpen()) {
        out.reason = describe(pdf.problem());
        return out;
    }
    // A summary Oversight exported quotes a report's facts in the words the reader looks for
    // (its kind, authority, dates, outcome): read as a report it would be a second, invented
    // copy of one. Oversight marks what it writes, so it is known and refused as what it is.
    if (pdf.creator() == QLatin1String(SummaryPdfWriter::kCreator)) {
        out.reason = QCoreApplication::translate(
            "Import", "a summary exported by Oversight, not an Ofsted document: import the "
                      "reports it was made from");
        return out;
    }
    const int pages = pdf.pageCount();
    out.pageTexts.reserve(pages);
    bool anyText = false;
    for (int i = 0; i < pages; ++i) {
        if (cancelled) {
            out.result = ReadFile::Result::Cancelled;
            return out;
        }
        out.pageTexts.append(pdf.pageText(i));
        anyText = anyText || !out.pageTexts.constLast().trimmed().isEmpty();
        if (pageDone)
            pageDone();
    }
    if (!anyText) {
        out.reason = describe(PdfProblem::NoTextLayer);
        return out;
    }
    // The few pages whose layout the reader needs (an area SEND report's tables) get the gaps
    // their word boxes show; stored as read, so that re-read reads what import read.
    LayoutGaps::addTo(out.pageTexts, reader, [&pdf](int page) { return pdf.words(page); });
    out.facts = reader.read(out.pageTexts);
    out.result = ReadFile::Result::Ok;
    return out;
}

} // namespace oversight
