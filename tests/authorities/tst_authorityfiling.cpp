// Filing documents under one authority per DfE code: schema migration 5 merges the duplicate
// authority rows an existing database holds, keeping every document, checklist and annotation;
// the store files new documents by the directory's rules; an authority the user assigns
// survives a re-read, and a bad assignment leaves the store exactly as it was.
#include "StoreSnapshot.h"

#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/AuthorityDirectory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class tst_AuthorityFiling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationFiveMergesDuplicateAuthoritiesKeepingEverything();
    void newDocumentsOfOneAuthorityShareOneRow();
    void unrecognisedAuthorityIsFiledByItsName();
    void assignedAuthoritySurvivesReread();
    void checklistMovesWithItsDocument();
    void clearingAnAssignmentFilesAsRead();
    void badAssignmentLeavesTheStoreAsItWas_data();
    void badAssignmentLeavesTheStoreAsItWas();
    void warningsAreListedWithEveryDocument();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("oversight.db")); }
    qint64 addDocument(DocumentStore &store, const QString &named, const QString &code = {},
                       const QStringList &warnings = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_added = 0;
};

namespace {

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

void tst_AuthorityFiling::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_added = 0;
}

void tst_AuthorityFiling::cleanup()
{
    m_dir.reset();
}

qint64 tst_AuthorityFiling::addDocument(DocumentStore &store, const QString &named,
                                        const QString &code, const QStringList &warnings)
{
    NewDocument doc;
    ++m_added;
    doc.fileName = QStringLiteral("report %1.pdf").arg(m_added);
    doc.sha256 = QStringLiteral("sha-%1").arg(m_added);
    doc.pdf = QByteArray("%PDF-1.4 pretend ") + QByteArray::number(m_added);
    doc.pageTexts = {QStringLiteral("Inspection of %1 children's services").arg(named)};
    doc.facts.kind = Kind::IlacsStandard;
    doc.facts.authority = named;
    doc.facts.authorityCode = code;
    doc.facts.inspectionStart = QDate(2019, 1, m_added);
    doc.facts.warnings = warnings;
    doc.facts.recommendations = {{1, QStringLiteral("Improve the quality of plans."), 2}};
    doc.readerVersion = 4;
    qint64 id = 0;
    if (store.add(doc, &id) != DocumentStore::AddResult::Added)
        qWarning("add failed: %s", qPrintable(store.lastError()));
    return id;
}

void tst_AuthorityFiling::migrationFiveMergesDuplicateAuthoritiesKeepingEverything()
{
    // A database made with schema 4, holding the rows earlier readers made: one authority under
    // several names, documents, checklists and annotations under each.
    {
        Database v4(dbPath(), 4);
        QVERIFY2(v4.isOpen(), qPrintable(v4.errorString()));
        QCOMPARE(v4.schemaVersion(), 4);
        QSqlDatabase db = v4.connection();
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO authorities(id, key, code, name) VALUES "
            "(1, 'code:381', '381', 'Calderdale'), "
            "(2, 'name:calderdale metropolitan council', NULL, 'Calderdale Metropolitan Council'), "
            "(3, 'name:dudley mbc', NULL, 'Dudley MBC'), "
            "(4, 'code:332', '332', 'Dudley'), "
            "(5, 'name:bristol city of', NULL, 'Bristol City of'), "
            "(6, 'name:bristol, city of', NULL, 'Bristol, City of'), "
            "(7, 'name:borsetshire county council', NULL, 'Borsetshire County Council')")));
        for (int id = 1; id <= 8; ++id) {
            const int authority = id == 8 ? 7 : id; // two documents under Borsetshire
            QVERIFY(exec(db, QStringLiteral(
                "INSERT INTO documents(id, authority_id, sha256, file_name, kind, authority_as_named, "
                "sort_date, page_count, byte_size, imported_at, facts_json, reader_version) VALUES "
                "(%1, %2, 'sha%1', 'file %1.pdf', 'sif', 'as named %1', '2015-0%1-01', 1, 10, "
                "'2020-01-01T00:00:00Z', '{}', 3)").arg(id).arg(authority)));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO document_files(document_id, pdf) VALUES "
                                            "(%1, x'255044462d')").arg(id)));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO annotations(document_id, page, quote, status, "
                                            "note, created_at, updated_at) VALUES (%1, 1, 'quote %1', "
                                            "'met', 'note %1', 'now', 'now')").arg(id)));
        }
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO checklists(id, authority_id, name, source, source_document_id, created_at) "
            "VALUES (10, 1, 'Calderdale 2015', 'document', 1, 'now'), "
            "(11, 2, 'Calderdale MC 2016', 'document', 2, 'now'), "
            "(12, 3, 'Dudley MBC', 'user', NULL, 'now'), "
            "(13, NULL, 'Shared', 'builtin', NULL, 'now')")));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO checklist_items(id, checklist_id, position, title) "
                                        "VALUES (20, 10, 0, 'Plans'), (21, 11, 0, 'Supervision')")));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO annotation_items(annotation_id, item_id) "
                                        "SELECT id, 21 FROM annotations WHERE document_id IN (1, 2)")));
    }
    const StoreSnapshot before = snapshotStore(dbPath());
    // Annotations gain schema 7's columns (who made them, row version): their own columns are
    // compared instead of whole rows.
    const auto annotationRows = [&] {
        RawConnection raw(dbPath());
        QSqlQuery q(raw.db());
        QStringList rows;
        if (q.exec(QStringLiteral("SELECT id, document_id, page, quote, boxes, status, note, "
                                  "created_at, updated_at FROM annotations ORDER BY id")))
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < 9; ++i)
                    values.append(q.value(i).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        return rows;
    };
    const QStringList annotationsBefore = annotationRows();
    QVERIFY(!annotationsBefore.isEmpty());

    Database latest(dbPath());
    QVERIFY2(latest.isOpen(), qPrintable(latest.errorString()));
    QCOMPARE(latest.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(latest.schemaVersion() >= 5);
    const StoreSnapshot after = snapshotStore(dbPath());
    // Nothing lost: every document, its bytes, annotation, link, checklist and item.
    for (const char *table : {"documents", "document_files", "annotations", "annotation_items",
                              "checklists", "checklist_items"})
        QCOMPARE(after.value(QLatin1String(table)).rows, before.value(QLatin1String(table)).rows);
    for (const char *table : {"annotation_items", "checklist_items", "document_files"})
        QVERIFY2(after.value(QLatin1String(table)) == before.value(QLatin1String(table)), table);
    QCOMPARE(annotationRows(), annotationsBefore);

    DocumentStore store(latest);
    const QList<AuthorityRow> authorities = store.authorities();
    QStringList names;
    for (const AuthorityRow &a : authorities)
        names << QStringLiteral("%1|%2|%3").arg(a.name, a.code).arg(a.documentCount);
    // One row per code, with the reference list's name; the unrecognised one stays for the user.
    QCOMPARE(names, QStringList({QStringLiteral("Borsetshire County Council||2"),
                                 QStringLiteral("Bristol, City of|801|2"),
                                 QStringLiteral("Calderdale|381|2"),
                                 QStringLiteral("Dudley|332|2")}));
    QSqlDatabase db = latest.connection();
    // The row already keyed by the code is the one kept, so its id (and links to it) stand.
    QCOMPARE(scalar(db, QStringLiteral("SELECT authority_id FROM documents WHERE id = 2")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT authority_id FROM documents WHERE id = 3")).toInt(), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT key FROM authorities WHERE code = '801'")).toString(),
             QStringLiteral("code:801"));
    // Checklists follow their authority; a shared one stays shared.
    QCOMPARE(scalar(db, QStringLiteral("SELECT authority_id FROM checklists WHERE id = 11")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT authority_id FROM checklists WHERE id = 12")).toInt(), 4);
    QVERIFY(scalar(db, QStringLiteral("SELECT authority_id FROM checklists WHERE id = 13")).isNull());
    // Annotations still on their documents, linked to their items.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM annotations a JOIN documents d ON "
                                       "d.id = a.document_id WHERE a.quote = 'quote ' || d.id")).toInt(), 8);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM annotation_items WHERE item_id = 21")).toInt(), 2);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE authority_assigned IS NOT NULL"))
                .toInt() == 0);
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());

    // A document imported now joins the merged row rather than making another.
    addDocument(store, QStringLiteral("Dudley Metropolitan Borough Council"));
    QCOMPARE(store.authorities().size(), 4);
}

void tst_AuthorityFiling::newDocumentsOfOneAuthorityShareOneRow()
{
    Database database(dbPath());
    QVERIFY(database.isOpen());
    DocumentStore store(database);
    // The reader's code when it has one; the name matched by the store when it has not.
    addDocument(store, QStringLiteral("Derby"), QStringLiteral("831"));
    addDocument(store, QStringLiteral("Derby City"));
    addDocument(store, QStringLiteral("Derby City Council"), QStringLiteral("831"));
    const QList<AuthorityRow> rows = store.authorities();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().name, QStringLiteral("Derby"));
    QCOMPARE(rows.first().code, QStringLiteral("831"));
    QCOMPARE(rows.first().documentCount, 3);
}

void tst_AuthorityFiling::unrecognisedAuthorityIsFiledByItsName()
{
    Database database(dbPath());
    DocumentStore store(database);
    const qint64 id = addDocument(store, QStringLiteral("Borsetshire County Council"));
    const std::optional<StoredDocument> doc = store.summary(id);
    QVERIFY(doc);
    QVERIFY(doc->authorityId > 0);
    QCOMPARE(doc->authorityCode, QString());
    QCOMPARE(doc->authorityName, QStringLiteral("Borsetshire County Council"));
}

void tst_AuthorityFiling::assignedAuthoritySurvivesReread()
{
    Database database(dbPath());
    DocumentStore store(database);
    const qint64 id = addDocument(store, QStringLiteral("Borsetshire Children's Partnership"));
    QVERIFY2(store.assignAuthority(id, QStringLiteral("871")), qPrintable(store.lastError()));
    std::optional<StoredDocument> doc = store.document(id);
    QCOMPARE(doc->authorityCode, QStringLiteral("871"));
    QCOMPARE(doc->authorityName, QStringLiteral("Slough"));
    QCOMPARE(doc->assignedAuthorityCode, QStringLiteral("871"));
    // What the reader read is kept apart.
    QCOMPARE(doc->facts.authority, QStringLiteral("Borsetshire Children's Partnership"));
    QCOMPARE(store.authorities().size(), 1); // the unrecognised row went with its last document

    // A re-read (a new reader's facts naming yet another authority) keeps the assignment.
    DocumentFacts reread = doc->facts;
    reread.authority = QStringLiteral("Wandsworth");
    reread.authorityCode = QStringLiteral("212");
    QVERIFY(store.updateFacts(id, reread, 5));
    doc = store.document(id);
    QCOMPARE(doc->authorityCode, QStringLiteral("871"));
    QCOMPARE(doc->facts.authority, QStringLiteral("Wandsworth"));
    QCOMPARE(store.authorities().size(), 1);
}

void tst_AuthorityFiling::checklistMovesWithItsDocument()
{
    Database database(dbPath());
    DocumentStore store(database);
    const qint64 id = addDocument(store, QStringLiteral("Borsetshire"));
    const qint64 before = store.summary(id)->authorityId;
    QSqlDatabase db = database.connection();
    QVERIFY(exec(db, QStringLiteral("INSERT INTO checklists(id, authority_id, name, source, "
                                    "source_document_id, created_at) VALUES (1, %1, 'From it', "
                                    "'document', %2, 'now'), (2, NULL, 'Shared', 'builtin', NULL, 'now')")
                         .arg(before).arg(id)));
    QVERIFY(store.assignAuthority(id, QStringLiteral("212")));
    const qint64 after = store.summary(id)->authorityId;
    QVERIFY(after != before);
    QCOMPARE(scalar(db, QStringLiteral("SELECT authority_id FROM checklists WHERE id = 1")).toLongLong(), after);
    QVERIFY(scalar(db, QStringLiteral("SELECT authority_id FROM checklists WHERE id = 2")).isNull());
}

void tst_AuthorityFiling::clearingAnAssignmentFilesAsRead()
{
    Database database(dbPath());
    DocumentStore store(database);
    const qint64 id = addDocument(store, QStringLiteral("Wandsworth"), QStringLiteral("212"));
    QVERIFY(store.assignAuthority(id, QStringLiteral("301")));
    QCOMPARE(store.summary(id)->authorityName, QStringLiteral("Barking and Dagenham"));
    QVERIFY(store.assignAuthority(id, QString()));
    const std::optional<StoredDocument> doc = store.summary(id);
    QCOMPARE(doc->authorityName, QStringLiteral("Wandsworth"));
    QCOMPARE(doc->assignedAuthorityCode, QString());
    QCOMPARE(store.authorities().size(), 1);
}

void tst_AuthorityFiling::badAssignmentLeavesTheStoreAsItWas_data()
{
    QTest::addColumn<bool>("badDocument");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such document") << true << QStringLiteral("212") << QStringLiteral("no document with id");
    QTest::newRow("no such code") << false << QStringLiteral("999") << QStringLiteral("999 is not a DfE LA code");
    QTest::newRow("a name, not a code") << false << QStringLiteral("Wandsworth") << QStringLiteral("not a DfE LA code");
}

void tst_AuthorityFiling::badAssignmentLeavesTheStoreAsItWas()
{
    QFETCH(bool, badDocument);
    QFETCH(QString, code);
    QFETCH(QString, message);
    qint64 id = 0;
    {
        Database database(dbPath());
        DocumentStore store(database);
        id = addDocument(store, QStringLiteral("Borsetshire"));
    }
    const StoreSnapshot before = snapshotStore(dbPath());
    {
        Database database(dbPath());
        DocumentStore store(database);
        QVERIFY(!store.assignAuthority(badDocument ? id + 100 : id, code));
        QVERIFY2(store.lastError().contains(message), qPrintable(store.lastError()));
    }
    const StoreSnapshot after = snapshotStore(dbPath());
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
}

void tst_AuthorityFiling::warningsAreListedWithEveryDocument()
{
    Database database(dbPath());
    DocumentStore store(database);
    const QStringList warnings{QStringLiteral("judgements.lscb"), QStringLiteral("inspectors")};
    const qint64 flagged = addDocument(store, QStringLiteral("Wandsworth"), QStringLiteral("212"), warnings);
    const qint64 clean = addDocument(store, QStringLiteral("Wandsworth"), QStringLiteral("212"));
    for (const StoredDocument &d : store.documents())
        QCOMPARE(d.facts.warnings, d.id == flagged ? warnings : QStringList());
    QCOMPARE(store.summary(flagged)->facts.warnings, warnings);
    QCOMPARE(store.document(flagged)->facts.warnings, warnings);
    QVERIFY(store.document(clean)->facts.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuthorityFiling)
#include "tst_authorityfiling.moc"
