#include "ImportJob.h"

#include "PdfFileReader.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <deque>
#include <memory>
#include <map>
#include <numeric>
#include <optional>
#include <vector>

namespace oversight {

QString ImportOutcome::statusText() const
{
    switch (status) {
    // The stored document's id, which every other command takes (--document ID).
    case Status::Imported:
        return documentId > 0 ? QStringLiteral("imported as document %1").arg(documentId)
                              : QStringLiteral("imported");
    case Status::Duplicate:
        return documentId > 0 ? QStringLiteral("duplicate of document %1").arg(documentId)
                              : QStringLiteral("duplicate");
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

// Files read by the workers and waiting for a writer, by the position in which they were
// started. The writers store them in the order they finish, so that one long report does not
// leave the other cores idle behind it, with one exception: a file waits for every file started
// before it with the same bytes, or whose bytes are not hashed yet, until that one is settled,
// so that of two copies the first started (the first listed: copies are the same size) is the
// one imported, whichever finishes first, and two writers never store the same bytes at once.
// The calling thread is always a writer and reports every outcome; on a team database a second
// writer posts what it stored here for the calling thread to report.
class ReadQueue
{
public:
    // What the calling thread is given: a file to store, or one the second writer stored.
    struct Next
    {
        int position = 0;
        std::optional<ReadFile> read;
        std::optional<ImportOutcome> stored;
    };

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

    // The calling thread: waits for an outcome the second writer posted, or else the next file
    // it may store, and takes it.
    Next take()
    {
        QMutexLocker lock(&m_mutex);
        for (;;) {
            if (!m_stored.empty()) {
                Next next;
                next.position = m_stored.front().first;
                next.stored = std::move(m_stored.front().second);
                m_stored.pop_front();
                return next;
            }
            if (std::optional<std::pair<int, ReadFile>> read = takeReadLocked()) {
                Next next;
                next.position = read->first;
                next.read = std::move(read->second);
                return next;
            }
            m_changed.wait(&m_mutex);
        }
    }
    // The second writer: the next file it may store, or nothing once close() was called.
    std::optional<std::pair<int, ReadFile>> takeRead()
    {
        QMutexLocker lock(&m_mutex);
        for (;;) {
            if (m_closed)
                return std::nullopt;
            if (std::optional<std::pair<int, ReadFile>> read = takeReadLocked())
                return read;
            m_changed.wait(&m_mutex);
        }
    }
    // The second writer: a file it stored, for the calling thread to report.
    void post(int position, ImportOutcome outcome)
    {
        QMutexLocker lock(&m_mutex);
        settleLocked(position);
        m_stored.emplace_back(position, std::move(outcome));
        m_changed.wakeAll();
    }
    // The calling thread: a file is dealt with (stored, rejected, or cancelled before it was
    // read).
    void settle(int position)
    {
        QMutexLocker lock(&m_mutex);
        settleLocked(position);
        m_changed.wakeAll(); // a copy of it may be stored now
    }
    // The calling thread, once every file is settled: the second writer stops.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }

private:
    std::optional<std::pair<int, ReadFile>> takeReadLocked()
    {
        for (auto it = m_ready.begin(); it != m_ready.end(); ++it) {
            if (mayStore(it->first)) {
                std::pair<int, ReadFile> taken{it->first, std::move(it->second)};
                m_ready.erase(it);
                return taken;
            }
        }
        return std::nullopt;
    }
    void settleLocked(int position)
    {
        m_settled[position] = true;
        while (m_firstUnsettled < int(m_settled.size()) && m_settled[m_firstUnsettled])
            ++m_firstUnsettled;
    }

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
    std::deque<std::pair<int, ImportOutcome>> m_stored; // by the second writer, not reported
    bool m_closed = false;
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
    // Files read ahead of the writer keep the cores busy while it waits for the disk (a WAL
    // checkpoint's fsync stalls it for tens of milliseconds several times a batch); each holds
    // its PDF in memory until it is stored, so they are bounded in number and in bytes (at
    // least one file is always in flight, however large).
    const int window = pool.maxThreadCount() * 8;
    constexpr qint64 kBytesInFlight = 64 * 1024 * 1024;

    std::atomic_int pagesDone{0};
    const auto pageDone = [&] { ++pagesDone; };
    const QList<int> order = largestFirst(files); // list indexes, in the order files start
    QList<qint64> sizes;                          // by start position
    sizes.reserve(fileCount);
    for (const int index : order)
        sizes.append(QFileInfo(files.at(index)).size());
    ReadQueue queue(fileCount); // by start position
    int launched = 0;
    int settled = 0;
    qint64 bytesInFlight = 0; // of the files launched and not settled
    QString lastStarted;
    const auto launch = [&] {
        while (launched < fileCount && launched - settled < window
               && (launched == settled || bytesInFlight + sizes.at(launched) <= kBytesInFlight)
               && !m_cancelled) {
            const int position = launched++;
            bytesInFlight += sizes.at(position);
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
        bytesInFlight -= sizes.at(position);
    };

    // A team database takes a second writer, a connection of its own: the server makes each
    // document's tsvectors and stores its PDF while this thread's connection waits for it, and
    // two connections keep both cores busy where one left the readers waiting for it. A file
    // copies wait for is settled before its copies are taken (ReadQueue), so the two never
    // store the same bytes at once. SQLite takes one writer at a time.
    std::unique_ptr<QThread> secondWriter;
    if (database.isTeamDatabase() && pool.maxThreadCount() > 1) {
        secondWriter.reset(QThread::create([&] {
            Database::Options existing;
            existing.create = Database::Create::Never;
            Database connection(m_databasePath, existing);
            if (!connection.isOpen() || connection.isReadOnly())
                return; // this thread stores everything, as on SQLite
            DocumentStore own(connection);
            while (std::optional<std::pair<int, ReadFile>> read = queue.takeRead())
                queue.post(read->first, storeRead(own, read->second, m_cancelled));
        }));
        secondWriter->start();
    }

    report();
    launch();
    while (settled < fileCount) {
        if (m_cancelled) {
            // Files never started end as cancelled at once; those being read finish early.
            for (; launched < fileCount; ++launched) {
                ImportOutcome o;
                o.path = files.at(order.at(launched));
                bytesInFlight += sizes.at(launched); // as if launched: settle() takes it off
                settle(launched, o);
            }
            if (settled == fileCount)
                break;
        }
        ReadQueue::Next next = queue.take();
        if (next.stored) {
            results[order.at(next.position)] = std::move(*next.stored);
            ++settled;
            bytesInFlight -= sizes.at(next.position);
        } else {
            settle(next.position, storeRead(store, *next.read, m_cancelled));
        }
        report();
        launch();
    }
    queue.close();
    if (secondWriter)
        secondWriter->wait();
    report();
    pool.waitForDone();
    return outcomes;
}

} // namespace oversight
