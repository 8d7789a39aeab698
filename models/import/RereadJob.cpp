#include "RereadJob.h"

#include "pdf/PdfDocument.h"
#include "pdf/PopplerSession.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QWaitCondition>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace oversight {

namespace {

// What a reading thread leaves for the writer about one document.
struct Reading
{
    enum class Write {
        Nothing, // read as stored, by the current reader
        Version, // read as stored by an older reader: only the reader version changes
        Facts,   // read differently (or its filing or corrections need updateFacts)
    };
    qint64 id = 0;
    DocumentFacts facts; // as the current reader reads it, for Write::Facts
    Write write = Write::Facts;
    bool same = false; // the facts (with the user's corrections) are those stored
    QString error;     // the store could not be read: nothing is written
};

// The documents between the reading threads and the writer. Readers take positions in the
// store's order, at most `window` ahead of the writer (so that memory stays a few documents'
// worth); the writer takes the readings in that order.
class Readings
{
public:
    Readings(int total, int window, const std::atomic_bool &cancelled)
        : m_total(total), m_window(window), m_cancelled(cancelled)
    {
    }

    // Reading threads: the next position to read, or none when every one is taken or the job
    // is cancelled.
    std::optional<int> take()
    {
        QMutexLocker lock(&m_mutex);
        while (m_next < m_total && m_next - m_written >= m_window && !m_cancelled)
            m_changed.wait(&m_mutex, 50); // a cancel() does not wake anyone: look again
        if (m_next >= m_total || m_cancelled)
            return std::nullopt;
        return m_next++;
    }
    void put(int position, Reading reading)
    {
        QMutexLocker lock(&m_mutex);
        m_ready.emplace(position, std::move(reading));
        m_changed.wakeAll();
    }

    // Writer: the reading of `position`, once there; none when cancelled first.
    std::optional<Reading> next(int position)
    {
        QMutexLocker lock(&m_mutex);
        for (;;) {
            const auto it = m_ready.find(position);
            if (it != m_ready.end()) {
                Reading reading = std::move(it->second);
                m_ready.erase(it);
                ++m_written;
                m_changed.wakeAll();
                return reading;
            }
            if (m_cancelled)
                return std::nullopt;
            m_changed.wait(&m_mutex, 50);
        }
    }
private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    const int m_total;
    const int m_window;
    const std::atomic_bool &m_cancelled;
    int m_next = 0;    // the next position to read
    int m_written = 0; // positions the writer has taken
    std::map<int, Reading> m_ready;
};

// Reads one document again: its stored text (and, for the pages whose layout the reader needs,
// the word boxes of its stored PDF, as import took them), the current reader's facts, and how
// they compare with what is stored.
Reading readAgain(DocumentStore &store, const StoredDocument &listed, const DocumentReader &reader)
{
    Reading out;
    out.id = listed.id;
    QStringList texts = store.pageTexts(listed.id);
    // Pages whose layout the reader needs (an area SEND report's tables) get their gaps from
    // the stored PDF, as import gave them: text stored before import marked them reads as a
    // new import reads (marking is idempotent, LayoutGaps.h). The copy without output intent
    // is the one import reads text from.
    const QList<int> layoutPages = reader.pagesNeedingLayout(texts);
    if (!layoutPages.isEmpty()) {
        const PdfDocument pdf = PdfDocument::forText(store.pdf(listed.id));
        LayoutGaps::addTo(texts, layoutPages, [&pdf](int page) { return pdf.words(page); });
    }
    out.facts = reader.read(texts);
    const std::optional<StoredDocument> before = store.document(listed);
    if (!before)
        return out; // gone meanwhile: updateFacts says so
    // Stored facts carry the user's corrections; so does what this reading will store.
    out.same = before->facts == applyCorrections(out.facts, before->corrections);
    if (out.same && before->readerVersion == kReaderVersion)
        out.write = Reading::Write::Nothing;
    // Only the version changes when nothing updateFacts does beyond it could change: no
    // correction learns what was read, and the document is filed under the DfE code it reads
    // (updateFacts files it by that code, so it would stay where it is).
    else if (out.same && before->corrections.isEmpty() && !out.facts.authorityCode.isEmpty()
             && before->assignedAuthorityCode.isEmpty()
             && before->authorityCode == out.facts.authorityCode)
        out.write = Reading::Write::Version;
    return out;
}

} // namespace

RereadJob::Result RereadJob::run()
{
    Result result;
    Database::Options options;
    options.create = Database::Create::Never; // re-reading a file that is not there is an error
    Database database(m_databasePath, options);
    if (!database.isOpen() || database.isReadOnly()) {
        result.error = database.isOpen() ? database.readOnlyReason() : database.errorString();
        return result;
    }
    DocumentStore store(database);
    const DocumentReader &reader = defaultDocumentReader();
    // (Listed without their warnings: the reading threads read those with the other facts.)
    QList<StoredDocument> documents = store.summariesWithoutWarnings();
    if (m_onlyOutdated)
        documents.removeIf([](const StoredDocument &d) { return d.readerVersion >= kReaderVersion; });
    const int total = int(documents.size());
    result.documents = total;

    // One reading thread per core, each with a read-only connection of its own, reads the
    // stored text and facts and runs the reader; this thread only writes. The writer needs no
    // core of its own for documents read as stored, and reading is several times its work for
    // the others.
    const int threads = qMax(1, QThread::idealThreadCount());
    // The stored PDFs opened for their word boxes, one after another, share Poppler's tables.
    const PopplerSession poppler;
    Readings readings(total, threads * 4, m_cancelled);
    std::vector<std::unique_ptr<QThread>> readers;
    for (int t = 0; t < threads && t < total; ++t) {
        readers.emplace_back(QThread::create([&] {
            Database::Options readOnly;
            readOnly.create = Database::Create::Never;
            readOnly.access = Database::Access::ReadOnly;
            Database connection(m_databasePath, readOnly);
            DocumentStore own(connection);
            while (const std::optional<int> position = readings.take()) {
                const StoredDocument &listed = documents.at(*position);
                if (connection.isOpen()) {
                    readings.put(*position, readAgain(own, listed, reader));
                } else {
                    Reading failed;
                    failed.id = listed.id;
                    failed.error = connection.errorString();
                    readings.put(*position, std::move(failed));
                }
            }
        }));
        readers.back()->start();
    }

    // Documents are written a batch at a time in one transaction (each in a savepoint of its
    // own, see runWriteTransaction): a transaction per document would write the findings'
    // full-text index out, and merge it, once per document. A batch is closed after
    // kBatchDocuments documents or kBatchMilliseconds, whichever comes first, so that other
    // writers wait little and the library sees progress; a crash loses at most one batch, and
    // leaves every document whole, as it was before the batch or after it.
    constexpr int kBatchDocuments = 64;
    constexpr qint64 kBatchMilliseconds = 250;
    int position = 0;
    const auto progress = [&] {
        ++position;
        if (m_progress)
            m_progress(position, total);
    };
    while (position < total) {
        if (m_cancelled) {
            result.cancelled = true;
            break;
        }
        std::optional<Reading> reading = readings.next(position);
        if (!reading)
            continue; // cancelled
        if (!reading->error.isEmpty()) {
            ++result.failed;
            result.error = reading->error;
            progress();
            continue;
        }
        if (reading->write == Reading::Write::Nothing) {
            progress();
            continue;
        }
        // A batch starts at the first document to write.
        int written = 0;
        int changed = 0;
        int failed = 0;
        QString error;
        QElapsedTimer batchClock;
        batchClock.start();
        QSqlError commitError;
        const bool committed = inTransaction(database.connection(), [&] {
            for (;;) {
                bool stored = false;
                if (reading->error.isEmpty())
                    stored = reading->write == Reading::Write::Version
                                 ? store.setReaderVersion(reading->id, kReaderVersion)
                                 : store.updateFacts(reading->id, reading->facts, kReaderVersion);
                if (!stored) {
                    ++failed;
                    error = reading->error.isEmpty() ? store.lastError() : reading->error;
                } else {
                    ++written;
                    changed += reading->same ? 0 : 1;
                }
                progress();
                // The next document to write, if the batch has room for it.
                for (;;) {
                    if (position >= total || m_cancelled || written + failed >= kBatchDocuments
                        || batchClock.elapsed() >= kBatchMilliseconds)
                        return true;
                    reading = readings.next(position);
                    if (!reading)
                        return true; // cancelled
                    if (reading->write != Reading::Write::Nothing || !reading->error.isEmpty())
                        break;
                    progress();
                }
            }
        }, &commitError);
        result.failed += failed;
        if (!error.isEmpty())
            result.error = error;
        if (committed) {
            result.changed += changed;
        } else {
            // Nothing of the batch was stored: every document of it failed.
            result.failed += written;
            result.error = commitError.type() != QSqlError::NoError ? commitError.text() : error;
        }
    }
    for (const std::unique_ptr<QThread> &thread : readers)
        thread->wait(); // documents still being read after a cancel
    return result;
}

} // namespace oversight
