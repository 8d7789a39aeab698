#include "RereadJob.h"

#include "pdf/PdfDocument.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"

#include <QFuture>
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

    int done = 0;
    launch();
    while (!inFlight.empty()) {
        if (m_cancelled) {
            result.cancelled = true;
            break;
        }
        InFlight next = std::move(inFlight.front());
        inFlight.pop_front();
        const DocumentFacts facts = next.facts.result();
        // Stored facts carry the user's corrections; so does what this reading will store.
        const bool same = next.before
                          && next.before->facts == applyCorrections(facts, next.before->corrections);
        // The same reader finding the same facts would write back what is there already.
        const bool current = same && next.before->readerVersion == kReaderVersion;
        if (!current) {
            if (!store.updateFacts(next.id, facts, kReaderVersion)) {
                ++result.failed;
                result.error = store.lastError();
            } else if (!same) {
                ++result.changed;
            }
        }
        if (m_progress)
            m_progress(++done, total);
        launch();
    }
    pool.waitForDone(); // documents still being understood after a cancel
    return result;
}

} // namespace oversight
