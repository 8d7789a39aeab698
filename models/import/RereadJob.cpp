#include "RereadJob.h"

#include "pdf/PdfDocument.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <optional>

namespace oversight {

namespace {

// One document on its way through: read from the store, being understood on the pool.
struct InFlight
{
    qint64 id = 0;
    std::optional<StoredDocument> before;
    QFuture<DocumentFacts> facts;
};

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
    QList<StoredDocument> documents = store.documents();
    if (m_onlyOutdated)
        documents.removeIf([](const StoredDocument &d) { return d.readerVersion >= kReaderVersion; });
    const int total = int(documents.size());
    result.documents = total;

    // The store is read and written on this thread, through its one connection; the reader
    // (pure, safe on several threads) runs on a private pool with one thread per core, a few
    // documents ahead, so that both cores understand while this thread stores.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    const int window = pool.maxThreadCount() * 4;
    std::deque<InFlight> inFlight;
    int started = 0;
    const auto launch = [&] {
        while (started < total && int(inFlight.size()) < window && !m_cancelled) {
            const qint64 id = documents.at(started++).id;
            QStringList texts = store.pageTexts(id);
            // Pages whose layout the reader needs (an area SEND report's tables) get their gaps
            // from the stored PDF, as import gave them: text stored before import marked them
            // reads as a new import reads.
            const QList<int> layoutPages = reader.pagesNeedingLayout(texts);
            const QByteArray pdf = layoutPages.isEmpty() ? QByteArray() : store.pdf(id);
            inFlight.push_back(
                {id, store.document(id),
                 QtConcurrent::run(&pool, [&reader, texts, layoutPages, pdf]() mutable {
                     if (!layoutPages.isEmpty()) {
                         const PdfDocument document = PdfDocument::forText(pdf);
                         LayoutGaps::addTo(texts, layoutPages,
                                           [&document](int page) { return document.words(page); });
                     }
                     return reader.read(texts);
                 })});
        }
    };

    // Documents are written a batch at a time in one transaction (each in a savepoint of its
    // own, see runWriteTransaction): a transaction per document would write the findings'
    // full-text index out, and merge it, once per document. A batch is closed after
    // kBatchDocuments documents or kBatchMilliseconds, whichever comes first, so that other
    // writers wait little and the library sees progress; a crash loses at most one batch, and
    // leaves every document whole, as it was before the batch or after it.
    constexpr int kBatchDocuments = 64;
    constexpr qint64 kBatchMilliseconds = 250;
    int done = 0;
    // Takes the next document off the pool: whether its facts must be written.
    const auto next = [&](InFlight &item, DocumentFacts &facts, bool &same) {
        item = std::move(inFlight.front());
        inFlight.pop_front();
        facts = item.facts.result();
        // Stored facts carry the user's corrections; so does what this reading will store.
        same = item.before && item.before->facts == applyCorrections(facts, item.before->corrections);
        // The same reader finding the same facts would write back what is there already.
        return !(same && item.before->readerVersion == kReaderVersion);
    };
    const auto progress = [&] {
        if (m_progress)
            m_progress(++done, total);
        launch();
    };
    launch();
    while (!inFlight.empty()) {
        if (m_cancelled) {
            result.cancelled = true;
            break;
        }
        InFlight item;
        DocumentFacts facts;
        bool same = false;
        if (!next(item, facts, same)) {
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
                if (!store.updateFacts(item.id, facts, kReaderVersion)) {
                    ++failed;
                    error = store.lastError();
                } else {
                    ++written;
                    changed += same ? 0 : 1;
                }
                progress();
                // The next document to write, if the batch has room for it.
                for (;;) {
                    if (inFlight.empty() || m_cancelled || written + failed >= kBatchDocuments
                        || batchClock.elapsed() >= kBatchMilliseconds)
                        return true;
                    if (next(item, facts, same))
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
    pool.waitForDone(); // documents still being understood after a cancel
    return result;
}

} // namespace oversight
