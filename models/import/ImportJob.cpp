#include "ImportJob.h"

#include "PdfFileReader.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace oversight {

QString ImportOutcome::statusText() const
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Rejected:
        return QStringLiteral("rejected: ") + reason;
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ImportJob::ImportJob(QString databasePath, QStringList paths)
    : m_databasePath(std::move(databasePath)), m_paths(std::move(paths))
{
}

QStringList ImportJob::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.pdf")}, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            // QDir name filters are case-insensitive on every platform.
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(path); // a missing or non-PDF file is reported, not dropped
        }
    }
    return files;
}

QList<ImportOutcome> ImportJob::run()
{
    const QStringList files = expandPaths(m_paths);
    QList<ImportOutcome> outcomes;
    outcomes.reserve(files.size());

    Database database(m_databasePath);
    if (!database.isOpen()) {
        for (const QString &file : files) {
            ImportOutcome o;
            o.path = file;
            o.status = ImportOutcome::Status::Rejected;
            o.reason = QCoreApplication::translate("Import", "the database cannot be opened: %1")
                           .arg(database.errorString());
            if (m_outcome)
                m_outcome(o);
            outcomes.append(o);
        }
        return outcomes;
    }
    DocumentStore store(database);
    const QSet<QString> knownHashes = store.allHashes();
    const DocumentReader &reader = defaultDocumentReader();

    QThreadPool pool;
    pool.setMaxThreadCount(m_threads > 0 ? m_threads : QThread::idealThreadCount());
    // A few files in flight per thread keep the cores busy while the writer stores; more would
    // only hold more PDFs in memory.
    const int window = pool.maxThreadCount() * 2;

    std::atomic_int pagesDone{0};
    ImportProgress progress;
    progress.filesTotal = int(files.size());
    const auto report = [&](const QString &current) {
        progress.pagesDone = pagesDone.load();
        progress.currentFile = current;
        if (m_progress)
            m_progress(progress);
    };
    const auto pageDone = [&] { ++pagesDone; };

    std::deque<QFuture<ReadFile>> inFlight;
    int next = 0;
    const auto launch = [&] {
        while (next < files.size() && int(inFlight.size()) < window && !m_cancelled) {
            inFlight.push_back(QtConcurrent::run(&pool, [&, path = files.at(next)] {
                return readPdfFile(path, knownHashes, reader, m_cancelled, pageDone);
            }));
            ++next;
        }
    };
    report(files.value(0));
    launch();
    for (int i = 0; i < files.size(); ++i) {
        ImportOutcome o;
        o.path = files.at(i);
        if (inFlight.empty()) { // cancelled before this file was started
            o.status = ImportOutcome::Status::Cancelled;
        } else {
            QFuture<ReadFile> future = inFlight.front();
            inFlight.pop_front();
            const ReadFile read = future.result();
            launch();
            switch (read.result) {
            case ReadFile::Result::Cancelled:
                o.status = ImportOutcome::Status::Cancelled;
                break;
            case ReadFile::Result::Rejected:
                o.status = ImportOutcome::Status::Rejected;
                o.reason = read.reason;
                break;
            case ReadFile::Result::KnownDuplicate:
                o.status = ImportOutcome::Status::Duplicate;
                o.documentId = store.idForHash(read.sha256);
                break;
            case ReadFile::Result::Ok: {
                if (m_cancelled) {
                    o.status = ImportOutcome::Status::Cancelled;
                    break;
                }
                NewDocument doc{QFileInfo(read.path).fileName(), read.sha256, read.bytes,
                                read.pageTexts, read.facts, kReaderVersion};
                qint64 id = 0;
                switch (store.add(doc, &id)) {
                case DocumentStore::AddResult::Added:
                    o.status = ImportOutcome::Status::Imported;
                    break;
                case DocumentStore::AddResult::Duplicate:
                    o.status = ImportOutcome::Status::Duplicate;
                    break;
                case DocumentStore::AddResult::Failed:
                    o.status = ImportOutcome::Status::Rejected;
                    o.reason = QCoreApplication::translate("Import", "could not be stored: %1")
                                   .arg(store.lastError());
                    break;
                }
                o.documentId = id;
                o.kind = read.facts.kind;
                o.authority = read.facts.authority;
                o.pages = int(read.pageTexts.size());
                break;
            }
            }
        }
        outcomes.append(o);
        if (m_outcome)
            m_outcome(o);
        ++progress.filesDone;
        report(i + 1 < files.size() ? files.at(i + 1) : QString());
    }
    pool.waitForDone();
    return outcomes;
}

} // namespace oversight
