#pragma once

#include "SummaryOptions.h"
#include "store/Database.h"

#include <QByteArray>
#include <QCoreApplication>

namespace oversight {

// The PDF summaries, from the database to bytes or a file: reads the data (SummaryDataLoader),
// writes it as rich text (DocumentSummaryContent, AuthoritySummaryContent) and prints that
// (SummaryPdfWriter). Blocks for the time it takes (well under two seconds for an authority of
// twenty documents); use it on the thread that owns the Database; needs a QGuiApplication.
class SummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)
public:
    explicit SummaryExport(Database &database);

    // The PDF's bytes; empty, with *error for the user, on failure.
    QByteArray documentSummary(qint64 documentId, const SummaryOptions &options, QString *error);
    QByteArray authoritySummary(qint64 authorityId, const SummaryOptions &options,
                                QString *error);
    // Pages of the last summary made.
    int pageCount() const { return m_pageCount; }

    // Writes bytes to path all at once: to a file through QSaveFile, so a failure leaves the old
    // file (or none) and never a partial one; to a pipe, terminal or device such as
    // /dev/stdout in place. False, with *error naming the path and the system's reason, when
    // it cannot be written.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    // Whether path is, or would be made, a file of its own (false for an existing pipe,
    // terminal or device, after following symbolic links): the CLI confirms only writes to
    // such a path, so that "--out /dev/stdout" gets the data alone.
    static bool isRegularFileTarget(const QString &path);

private:
    Database &m_database;
    int m_pageCount = 0;
};

} // namespace oversight
