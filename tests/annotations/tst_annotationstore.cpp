// Annotations and checklists are the users' own work: they must outlive closing the database,
// re-reading the documents with a newer reader, and the migration of a database made before
// annotations existed; deleting a document takes its annotations (and only its) with it.
#include "AnnotationFixtures.h"
#include "TestBackend.h"
#include "Fixtures.h"
#include "StoreSnapshot.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "import/RereadJob.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void workSurvives_data();
    void workSurvives();
    void dismissedSuggestionsSurviveReread();
    void databaseFromSchema2CanBeAnnotated();
    void removingADocumentTakesOnlyItsAnnotations();

private:
    void open();
    void close();

    NewDocument m_read; // Wandsworth 2016 read once: reading it takes a second
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnnotationStore> m_annotations;
    qint64 m_document = 0;
};

namespace {

// What the schema-2 store wrote for a document, written with schema 2's own SQL: today's store
// only writes the latest schema. Returns the document's id, 0 on failure.
qint64 storeAsSchema2(QSqlDatabase db, const NewDocument &doc)
{
    const DocumentFacts &facts = doc.facts;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO authorities(key, code, name) VALUES (?, ?, ?)"));
    q.addBindValue(QStringLiteral("code:") + facts.authorityCode);
    q.addBindValue(facts.authorityCode);
    q.addBindValue(facts.authority);
    if (!q.exec())
        return 0;
    const qint64 authority = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral(
        "INSERT INTO documents(authority_id, sha256, file_name, kind, title, page_count, "
        "byte_size, imported_at, lead_inspector, facts_json, reader_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '2019-01-01T10:00:00Z', ?, ?, 1)"));
    for (const QVariant &v : {QVariant(authority), QVariant(doc.sha256), QVariant(doc.fileName),
                              QVariant(facts.kind), QVariant(facts.title),
                              QVariant(int(doc.pageTexts.size())), QVariant(doc.pdf.size()),
                              QVariant(facts.leadInspector),
                              QVariant(QString::fromUtf8(
                                  QJsonDocument(facts.toJson()).toJson(QJsonDocument::Compact)))})
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO document_files(document_id, pdf) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(doc.pdf);
    if (!q.exec())
        return 0;
    q.prepare(QStringLiteral("INSERT INTO pages(document_id, number, text) VALUES (?, ?, ?)"));
    for (int i = 0; i < doc.pageTexts.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(i + 1);
        q.addBindValue(doc.pageTexts.at(i));
        if (!q.exec())
            return 0;
    }
    q.prepare(QStringLiteral("INSERT INTO recommendations(document_id, list, position, number, "
                             "text, page) VALUES (?, 'authority', ?, ?, ?, ?)"));
    for (int i = 0; i < facts.recommendations.size(); ++i) {
        const Recommendation &r = facts.recommendations.at(i);
        for (const QVariant &v : {QVariant(id), QVariant(i), QVariant(r.number),
                                  QVariant(r.text), QVariant(r.page)})
            q.addBindValue(v);
        if (!q.exec())
            return 0;
    }
    q.prepare(QStringLiteral("INSERT INTO findings(document_id, position, number, section, "
                             "text, page) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < facts.findings.size(); ++i) {
        const Finding &f = facts.findings.at(i);
        for (const QVariant &v : {QVariant(id), QVariant(i), QVariant(f.number),
                                  QVariant(f.section), QVariant(f.text), QVariant(f.page)})
            q.addBindValue(v);
        if (!q.exec())
            return 0;
    }
    return id;
}

} // namespace

void TestAnnotationStore::initTestCase()
{
    m_read = readDataDocument(Data::Wandsworth2016);
    QCOMPARE(m_read.facts.recommendations.size(), 17);
}

void TestAnnotationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = newDatabaseLocation(*m_dir, QStringLiteral("store"));
    open();
    QVERIFY(m_db->isOpen());
    QCOMPARE(m_store->add(m_read, &m_document), DocumentStore::AddResult::Added);
}

void TestAnnotationStore::cleanup()
{
    close();
    m_dir.reset();
}

void TestAnnotationStore::open()
{
    m_db = std::make_unique<Database>(m_path);
    m_store = std::make_unique<DocumentStore>(*m_db);
    m_annotations = std::make_unique<AnnotationStore>(*m_db);
}

void TestAnnotationStore::close()
{
    m_annotations.reset();
    m_store.reset();
    m_db.reset();
}

void TestAnnotationStore::workSurvives_data()
{
    QTest::addColumn<QString>("event");
    QTest::newRow("closing and reopening the database") << QStringLiteral("reopen");
    QTest::newRow("re-reading every document") << QStringLiteral("reread");
    QTest::newRow("re-reading after the facts had changed") << QStringLiteral("reread-changed");
}

void TestAnnotationStore::workSurvives()
{
    QFETCH(QString, event);
    const qint64 checklistId =
        m_annotations->createChecklist(Checklists::fromDocument(*m_store->document(m_document)));
    QVERIFY2(checklistId > 0, qPrintable(m_annotations->lastError()));
    const Checklist checklist = *m_annotations->checklist(checklistId);
    QCOMPARE(checklist.items.size(), 22);
    Annotation a = makeAnnotation(m_document, {checklist.items.at(2).id, checklist.items.at(17).id},
                                  Status::Progressing, QStringLiteral("Audits monthly — see p. 12\nand the LSCB’s"));
    a.page = 12;
    a.boxes = {QRectF(72.03, 401.5, 39.62, 11.04), QRectF(114.7, 401.5, 60.125, 11.04)};
    a.quote = QStringLiteral("quality assurance");
    const qint64 annotationId = m_annotations->createAnnotation(a);
    QVERIFY2(annotationId > 0, qPrintable(m_annotations->lastError()));
    const Annotation before = *m_annotations->annotation(annotationId);
    close();

    if (event.startsWith(QLatin1String("reread"))) {
        if (event == QLatin1String("reread-changed")) { // as if an older reader had read less
            Database db(m_path);
            DocumentFacts poorer = m_read.facts;
            poorer.recommendations.clear();
            poorer.findings.clear();
            QVERIFY(DocumentStore(db).updateFacts(m_document, poorer, 0));
        }
        RereadJob job(m_path);
        const RereadJob::Result result = job.run();
        QCOMPARE(result.documents, 1);
        QCOMPARE(result.failed, 0);
        QCOMPARE(result.changed, event == QLatin1String("reread-changed") ? 1 : 0);
    }

    open();
    QVERIFY(m_db->isOpen());
    const std::optional<Checklist> checklistAfter = m_annotations->checklist(checklistId);
    QVERIFY(checklistAfter);
    QCOMPARE(checklistAfter->name, checklist.name);
    QCOMPARE(checklistAfter->authorityId, checklist.authorityId);
    QCOMPARE(checklistAfter->sourceDocumentId, m_document);
    QCOMPARE(checklistAfter->items, checklist.items);
    const std::optional<Annotation> after = m_annotations->annotation(annotationId);
    QVERIFY(after);
    QCOMPARE(after->documentId, m_document);
    QCOMPARE(after->page, before.page);
    QCOMPARE(after->quote, before.quote);
    QCOMPARE(after->boxes, a.boxes);
    QCOMPARE(after->status, Status::Progressing);
    QCOMPARE(after->note, a.note);
    QCOMPARE(after->itemIds, a.itemIds);
    QCOMPARE(after->createdAt, before.createdAt);
    QCOMPARE(after->updatedAt, before.updatedAt);
    // The document it points at is still the same document, with its facts back.
    QCOMPARE(m_store->document(m_document)->facts.recommendations.size(), 17);
}

void TestAnnotationStore::dismissedSuggestionsSurviveReread()
{
    // A suggestion the user dismissed ("this finding is not evidence for this item") is their
    // work too: a re-read must not bring it back.
    const qint64 checklistId =
        m_annotations->createChecklist(Checklists::fromDocument(*m_store->document(m_document)));
    const qint64 item = m_annotations->checklist(checklistId)->items.first().id;
    RawConnection raw(m_path);
    const qint64 finding = raw.scalar(QStringLiteral("SELECT min(id) FROM findings")).toLongLong();
    QVERIFY(finding > 0);
    QVERIFY(m_annotations->dismissSuggestion(item, finding));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM dismissed_suggestions")).toInt(), 1);
    close();

    const QString dismissedText = QStringLiteral("SELECT f.text FROM dismissed_suggestions s "
                                                 "JOIN findings f ON f.id = s.finding_id");
    const QString text = raw.scalar(dismissedText).toString();
    QVERIFY(!text.isEmpty());

    QCOMPARE(RereadJob(m_path).run().failed, 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM dismissed_suggestions")).toInt(), 1);
    QCOMPARE(raw.scalar(dismissedText).toString(), text); // the same passage, whatever its new id
}

void TestAnnotationStore::databaseFromSchema2CanBeAnnotated()
{
    const QString oldPath = newDatabaseLocation(*m_dir, QStringLiteral("schema2"));
    qint64 id = 0;
    {
        Database old(oldPath, 2);
        QVERIFY2(old.isOpen(), qPrintable(old.errorString()));
        QCOMPARE(old.schemaVersion(), 2);
        id = storeAsSchema2(old.connection(), m_read);
        QVERIFY(id > 0);
    }
    {
        RawConnection raw(oldPath);
        QCOMPARE(int(raw.schemaVersion()), 2);
        QVERIFY(!raw.tables().contains(QStringLiteral("annotations")));
    }

    Database db(oldPath);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    DocumentStore store(db);
    AnnotationStore annotations(db);
    const std::optional<StoredDocument> doc = store.document(id);
    QVERIFY(doc);
    QCOMPARE(doc->facts.recommendations.size(), 17);
    const qint64 checklistId = annotations.createChecklist(Checklists::fromDocument(*doc));
    QVERIFY2(checklistId > 0, qPrintable(annotations.lastError()));
    const Checklist checklist = *annotations.checklist(checklistId);
    QCOMPARE(checklist.items.size(), 22);
    QCOMPARE(checklist.authorityId, doc->authorityId);
    const qint64 annotationId = annotations.createAnnotation(
        makeAnnotation(id, {checklist.items.first().id}, Status::Met));
    QVERIFY2(annotationId > 0, qPrintable(annotations.lastError()));
    QCOMPARE(annotations.annotations(id).size(), 1);
    QCOMPARE(annotations.annotation(annotationId)->itemIds, QList<qint64>{checklist.items.first().id});
    // Findings stored before the migration are searchable for suggestions after it.
    RawConnection raw(oldPath);
    QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM findings")).toInt() > 0);
    const QString indexed =
        raw.isPostgres() ? QStringLiteral("SELECT count(*) FROM findings WHERE text_search @@ "
                                          "to_tsquery('english', 'supervision')")
                         : QStringLiteral("SELECT count(*) FROM findings_fts WHERE findings_fts "
                                          "MATCH 'supervision'");
    QCOMPARE(raw.scalar(indexed).toInt(),
             raw.scalar(QStringLiteral("SELECT count(*) FROM findings WHERE text LIKE '%supervision%'")).toInt());
}

void TestAnnotationStore::removingADocumentTakesOnlyItsAnnotations()
{
    const qint64 later = addHandmadeDocument(*m_store, QStringLiteral("Wandsworth"),
                                             Kind::MonitoringVisit, QDate(2018, 5, 9), {}, {},
                                             m_read.facts.authorityCode);
    QVERIFY(later > 0);
    const qint64 checklistId =
        m_annotations->createChecklist(Checklists::fromDocument(*m_store->document(m_document)));
    const Checklist checklist = *m_annotations->checklist(checklistId);
    const QList<qint64> items{checklist.items.at(0).id, checklist.items.at(1).id};
    const qint64 onSource = m_annotations->createAnnotation(makeAnnotation(m_document, items));
    const qint64 alsoOnSource = m_annotations->createAnnotation(makeAnnotation(m_document, {items.at(1)}));
    const qint64 onLater = m_annotations->createAnnotation(makeAnnotation(later, items, Status::Met));
    QVERIFY(onSource && alsoOnSource && onLater);
    QCOMPARE(m_annotations->annotationCountForDocument(m_document), 2);
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM annotation_items")).toInt(), 5);

    QVERIFY2(m_store->remove(m_document), qPrintable(m_store->lastError()));

    QVERIFY(!m_annotations->annotation(onSource));
    QVERIFY(!m_annotations->annotation(alsoOnSource));
    QCOMPARE(m_annotations->annotationCountForDocument(m_document), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM annotation_items")).toInt(), 2);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM annotation_items WHERE annotation_id "
                                       "NOT IN (SELECT id FROM annotations)")).toInt(), 0);
    // The later document's annotation and the checklist stay; the checklist forgets its source.
    QCOMPARE(m_annotations->annotation(onLater)->itemIds, items);
    const std::optional<Checklist> kept = m_annotations->checklist(checklistId);
    QVERIFY(kept);
    QCOMPARE(kept->items, checklist.items);
    QCOMPARE(kept->sourceDocumentId, 0);
    QCOMPARE(kept->authorityId, checklist.authorityId); // the authority still has a document
}

QTEST_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
