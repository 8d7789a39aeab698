// RereadJob: every stored document read again from its stored text, with the reader on a pool
// and the store written on the calling thread, in the order of the store.
#include "Fixtures.h"

#include "import/ImportJob.h"
#include "import/RereadJob.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class tst_RereadJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rereadRestoresWhatTheReaderReads();
    void cancelStopsBeforeTheNextDocument();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("oversight.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<qint64> m_ids;
};

void tst_RereadJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ids.clear();
    ImportJob job(dbPath(), {dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023),
                             dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter)});
    for (const ImportOutcome &o : job.run()) {
        QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.statusText()));
        m_ids.append(o.documentId);
    }
}

void tst_RereadJob::rereadRestoresWhatTheReaderReads()
{
    const DocumentReader &reader = defaultDocumentReader();
    {
        Database db(dbPath());
        DocumentStore store(db);
        // As if an older reader had read less of the first document, and the same of the second.
        DocumentFacts older = store.document(m_ids.at(0))->facts;
        QVERIFY(!older.recommendations.isEmpty());
        older.recommendations.clear();
        older.inspectionStart = {};
        QVERIFY(store.updateFacts(m_ids.at(0), older, kReaderVersion - 1));
        QVERIFY(store.updateFacts(m_ids.at(1), store.document(m_ids.at(1))->facts,
                                  kReaderVersion - 1));
    }

    RereadJob job(dbPath());
    QList<int> progress;
    job.onProgress([&](int done, int total) {
        QCOMPARE(total, 4);
        progress.append(done);
    });
    const RereadJob::Result result = job.run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.documents, 4);
    QCOMPARE(result.changed, 1);
    QCOMPARE(result.failed, 0);
    QVERIFY(!result.cancelled);
    QCOMPARE(progress, (QList<int>{1, 2, 3, 4}));

    Database db(dbPath());
    DocumentStore store(db);
    for (const qint64 id : m_ids) {
        const std::optional<StoredDocument> doc = store.document(id);
        QVERIFY(doc);
        QCOMPARE(doc->readerVersion, kReaderVersion);
        QVERIFY2(doc->facts == reader.read(store.pageTexts(id)), qPrintable(doc->fileName));
    }
    QVERIFY(!store.document(m_ids.at(0))->facts.recommendations.isEmpty());
}

void tst_RereadJob::cancelStopsBeforeTheNextDocument()
{
    RereadJob job(dbPath());
    int calls = 0;
    job.onProgress([&](int, int) {
        ++calls;
        job.cancel();
    });
    const RereadJob::Result result = job.run();
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(tst_RereadJob)
#include "tst_rereadjob.moc"
