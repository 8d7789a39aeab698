#include "ImportJob.h"

#include "PdfFileReader.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <vector>

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

namespace {

// What one file became once the writer has dealt with it.
ImportOutcome storeRead(DocumentStore &store, const ReadFile &read, bool cancelled)
{
    ImportOutcome o;
    o.path = read.path;
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
        if (cancelled) {
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
    return o;
}

// Files read by the workers and waiting for the writer, by the position in which they were
// started. The writer stores them in the order they finish, so that one long report does not
// leave the other cores idle behind it, with one exception: a file waits for every file started
// before it with the same bytes, or whose bytes are not hashed yet, so that of two copies the
// first started (the first listed: copies are the same size) is the one imported, whichever
// finishes first.
class ReadQueue
{
public:
    explicit ReadQueue(int files)
        : m_hashes(files), m_hashed(files, false), m_settled(files, false)
    {
    }

    // Workers.
    void hashed(int position, const QString &sha256)
    {
        QMutexLocker lock(&m_mutex);
        m_hashes[position] = sha256;
        m_hashed[position] = true;
        m_changed.wakeAll();
    }
    void finished(int position, ReadFile read)
    {
        QMutexLocker lock(&m_mutex);
        m_hashes[position] = read.sha256;
        m_hashed[position] = true;
        m_ready.emplace(position, std::move(read));
        m_changed.wakeAll();
    }

    // Writer: waits for the next file it may store and takes it, with its start position.
    std::pair<int, ReadFile> take()
    {
        QMutexLocker lock(&m_mutex);
        for (;;) {
            for (auto it = m_ready.begin(); it != m_ready.end(); ++it) {
                if (mayStore(it->first)) {
                    std::pair<int, ReadFile> taken{it->first, std::move(it->second)};
                    m_ready.erase(it);
                    return taken;
                }
            }
            m_changed.wait(&m_mutex);
        }
    }
    // Writer: a file is dealt with (stored, rejected, or cancelled before it was read).
    void settle(int position)
    {
        QMutexLocker lock(&m_mutex);
        m_settled[position] = true;
        while (m_firstUnsettled < int(m_settled.size()) && m_settled[m_firstUnsettled])
            ++m_firstUnsettled;
    }

private:
    bool mayStore(int position) const
    {
        // Files settle roughly in the order they start: only the few between the first one
        // not yet settled and this one are looked at.
        for (int earlier = m_firstUnsettled; earlier < position; ++earlier)
            if (!m_settled[earlier]
                && (!m_hashed[earlier] || m_hashes[earlier] == m_hashes[position]))
                return false;
        return true;
    }

    QMutex m_mutex;
    QWaitCondition m_changed;
    std::vector<QString> m_hashes;
    std::vector<bool> m_hashed;
    std::vector<bool> m_settled;
    int m_firstUnsettled = 0;
    std::map<int, ReadFile> m_ready;
};

} // namespace

QList<int> ImportJob::largestFirst(const QStringList &files)
{
    QList<int> order(files.size());
    std::iota(order.begin(), order.end(), 0);
    QList<qint64> sizes;
    sizes.reserve(files.size());
    for (const QString &file : files)
        sizes.append(QFileInfo(file).size());
    std::stable_sort(order.begin(), order.end(),
                     [&sizes](int a, int b) { return sizes.at(a) > sizes.at(b); });
    return order;
}

QList<ImportOutcome> ImportJob::run()
{
    const QStringList files = expandPaths(m_paths);
    const int fileCount = int(files.size());
    QList<ImportOutcome> outcomes;
    outcomes.reserve(fileCount);

    const DocumentReader &reader = defaultDocumentReader();
    QSet<QString> knownHashes; // of the documents stored before: their copies are not read
    QThreadPool pool;
    pool.setMaxThreadCount(m_threads > 0 ? m_threads : QThread::idealThreadCount());
    // A few files in flight per thread keep the cores busy while the writer stores; more would
    // only hold more PDFs in memory.
    const int window = pool.maxThreadCount() * 2;

    std::atomic_int pagesDone{0};
    const auto pageDone = [&] { ++pagesDone; };
    const QList<int> order = largestFirst(files); // list indexes, in the order files start
    ReadQueue queue(fileCount);                   // by start position
    int launched = 0;
    int settled = 0;
    QString lastStarted;
    const auto launch = [&] {
        while (launched < fileCount && launched - settled < window && !m_cancelled) {
            const int position = launched++;
            lastStarted = files.at(order.at(position));
            pool.start([&, position, path = lastStarted] {
                queue.finished(position,
                               readPdfFile(path, knownHashes, reader, m_cancelled, pageDone,
                                           [&](const QString &sha) { queue.hashed(position, sha); }));
            });
        }
    };

    // A database file that does not exist yet holds no documents, so nothing read can be a
    // known duplicate: the workers start reading while it is created, which waits for the disk
    // (a tenth of a second or more). An existing one is opened first, for its hashes.
    const bool fresh = !QFileInfo::exists(m_databasePath);
    if (fresh)
        launch();
    Database database(m_databasePath);
    if (!database.isOpen() || database.isReadOnly()) {
        const QString reason =
            database.isOpen()
                ? QCoreApplication::translate("Import", "the database is read-only: %1")
                      .arg(database.readOnlyReason())
                : QCoreApplication::translate("Import", "the database cannot be opened: %1")
                      .arg(database.errorString());
        pool.waitForDone(); // the few files started meanwhile
        for (const QString &file : files) {
            ImportOutcome o;
            o.path = file;
            o.status = ImportOutcome::Status::Rejected;
            o.reason = reason;
            if (m_outcome)
                m_outcome(o);
            outcomes.append(o);
        }
        return outcomes;
    }
    DocumentStore store(database);
    if (!fresh) {
        knownHashes = store.allHashes();
        launch();
    }

    // Outcomes are reported in the order of the files, whatever order they are stored in.
    std::vector<std::optional<ImportOutcome>> results(fileCount);
    int reported = 0;
    ImportProgress progress;
    progress.filesTotal = fileCount;
    const auto report = [&] {
        for (; reported < fileCount && results[reported]; ++reported) {
            outcomes.append(*results[reported]);
            if (m_outcome)
                m_outcome(outcomes.constLast());
        }
        progress.filesDone = settled;
        progress.pagesDone = pagesDone.load();
        progress.currentFile = settled < fileCount ? lastStarted : QString();
        if (m_progress)
            m_progress(progress);
    };
    const auto settle = [&](int position, ImportOutcome outcome) {
        results[order.at(position)] = std::move(outcome);
        queue.settle(position);
        ++settled;
    };

    report();
    launch();
    while (settled < fileCount) {
        if (m_cancelled) {
            // Files never started end as cancelled at once; those being read finish early.
            for (; launched < fileCount; ++launched) {
                ImportOutcome o;
                o.path = files.at(order.at(launched));
                settle(launched, o);
            }
            if (settled == fileCount)
                break;
        }
        auto [position, read] = queue.take();
        settle(position, storeRead(store, read, m_cancelled));
        report();
        launch();
    }
    report();
    pool.waitForDone();
    return outcomes;
}

} // namespace oversight
