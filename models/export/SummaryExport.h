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

    // Writes bytes to path all at once (a partial file is never left behind).
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

private:
    Database &m_database;
    int m_pageCount = 0;
};

} // namespace oversight
