#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace oversight {

struct ImportOutcome
{
    enum class Status { Imported, Duplicate, Rejected, Cancelled };
    QString path;
    Status status = Status::Cancelled;
    QString reason;        // for Rejected: why, in words a user can act on
    qint64 documentId = 0; // for Imported and Duplicate
    QString kind;
    QString authority;
    int pages = 0;

    // "imported as document <id>", "duplicate of document <id>" (the document already stored
    // with the same bytes), "rejected: <reason>", "cancelled"; in English, for the CLI and logs.
    QString statusText() const;
};

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    int pagesDone = 0;
    QString currentFile;
};

// Imports a batch of PDF files and folders into one database file.
//
// Parsing (reading, hashing, Poppler text, understanding) runs on a private pool with one
// thread per core, largest file first; writing runs on the calling thread through its own
// connection (on a team database also on a second thread with a connection of its own), one
// transaction per document, so a failure or a cancel never leaves half a document. Outcomes
// are reported in the order of the files whatever order they finish in.
// run() blocks: call it from a worker thread (ImportTask does), never the GUI thread.
class ImportJob
{
public:
    using ProgressFn = std::function<void(const ImportProgress &)>;
    using OutcomeFn = std::function<void(const ImportOutcome &)>;

    ImportJob(QString databasePath, QStringList paths);

    void setThreadCount(int threads) { m_threads = threads; }
    void onProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void onOutcome(OutcomeFn fn) { m_outcome = std::move(fn); }

    // Safe from any thread; files not yet stored end as Cancelled.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Returns one outcome per file, in the order of files(). If the database cannot be
    // opened every file is rejected with that reason.
    QList<ImportOutcome> run();

    // Files and folders (recursively, *.pdf in any case) to the sorted list of files to read.
    static QStringList expandPaths(const QStringList &paths);

    // The order in which run() starts reading files: indexes into files, largest file first
    // (files of one size keep their order). Starting the longest reports first keeps every
    // core busy to the end of a batch instead of leaving one report to finish alone.
    static QList<int> largestFirst(const QStringList &files);

private:
    QString m_databasePath;
    QStringList m_paths;
    int m_threads = 0;
    ProgressFn m_progress;
    OutcomeFn m_outcome;
    std::atomic_bool m_cancelled{false};
};

} // namespace oversight

Q_DECLARE_METATYPE(oversight::ImportOutcome)
Q_DECLARE_METATYPE(oversight::ImportProgress)
