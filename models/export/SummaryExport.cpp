#include "SummaryExport.h"

#include "SummaryContent.h"
#include "SummaryData.h"
#include "SummaryPdfWriter.h"
#include "SummaryTextDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace oversight {

SummaryExport::SummaryExport(Database &database) : m_database(database) {}

QByteArray SummaryExport::documentSummary(qint64 documentId, const SummaryOptions &options,
                                          QString *error)
{
    const std::optional<DocumentSummaryData> data =
        SummaryDataLoader(m_database).document(documentId, error);
    if (!data)
        return {};
    const SummaryContent content = DocumentSummaryContent::build(*data, options);
    SummaryPdfWriter writer(options);
    const QByteArray pdf = writer.write(
        content.title,
        [&content](qreal width, const QHash<QString, int> &) {
            return std::make_unique<SummaryTextDocument>(content.html, content.charts, width);
        },
        false);
    m_pageCount = writer.pageCount();
    if (pdf.isEmpty())
        *error = tr("The PDF could not be written.");
    return pdf;
}

QByteArray SummaryExport::authoritySummary(qint64 authorityId, const SummaryOptions &options,
                                           QString *error)
{
    const std::optional<AuthoritySummaryData> data =
        SummaryDataLoader(m_database).authority(authorityId, error);
    if (!data)
        return {};
    SummaryPdfWriter writer(options);
    const QByteArray pdf = writer.write(
        AuthoritySummaryContent::title(*data),
        [&](qreal width, const QHash<QString, int> &anchorPages) {
            const SummaryContent content =
                AuthoritySummaryContent::build(*data, options, anchorPages);
            return std::make_unique<SummaryTextDocument>(content.html, content.charts, width);
        },
        true);
    m_pageCount = writer.pageCount();
    if (pdf.isEmpty())
        *error = tr("The PDF could not be written.");
    return pdf;
}

bool SummaryExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!isRegularFileTarget(path)) {
        // A pipe, terminal or device (/dev/stdout, a named pipe): QSaveFile commits by renaming
        // a temporary file over the target, which would put a plain file where the pipe was
        // (or fail, in /dev). Such a target is written in place, as a shell's > does.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SummaryExport::isRegularFileTarget(const QString &path)
{
    const QFileInfo target(path); // follows symbolic links: /dev/stdout is one
    return !target.exists() || target.isFile() || target.isDir();
}

} // namespace oversight
