// Opening a database file: pragmas, schema version, migrations from old files, and refusing
// files that are not ours without touching them.
#include "Fixtures.h"
#include "StoreSnapshot.h"

#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newDatabaseHasPragmasAndLatestSchema();
    void reopeningKeepsTheSchemaVersion();
    void fileThatIsNotSqliteIsRefusedUntouched_data();
    void fileThatIsNotSqliteIsRefusedUntouched();
    void versionOneDatabaseMigratesKeepingItsData();
    void databaseFromNewerVersionIsRefused();
    void eachConnectionIsIndependent();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("oversight.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::cleanup()
{
    m_dir.reset();
}

void tst_Database::newDatabaseHasPragmasAndLatestSchema()
{
    Database db(dbPath());
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY(db.errorString().isEmpty());

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    const QStringList tables = RawConnection(dbPath()).tables();
    for (const char *table : {"authorities", "documents", "document_files", "pages", "pages_fts",
                              "judgements", "recommendations", "findings"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void tst_Database::reopeningKeepsTheSchemaVersion()
{
    {
        Database first(dbPath());
        QVERIFY2(first.isOpen(), qPrintable(first.errorString()));
    }
    const StoreSnapshot before = snapshotStore(dbPath());
    Database again(dbPath());
    QVERIFY2(again.isOpen(), qPrintable(again.errorString()));
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    const StoreSnapshot after = snapshotStore(dbPath());
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
}

void tst_Database::fileThatIsNotSqliteIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text file") << QByteArray("Shopping list\nmilk\nbread\n").repeated(200);
    QTest::newRow("a PDF renamed .db") << readBytes(dataPath(Data::MonitoringLetter));
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 7) % 251);
    QTest::newRow("binary noise") << noise;
}

void tst_Database::fileThatIsNotSqliteIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeBytes(dbPath(), bytes));
    {
        Database db(dbPath());
        QVERIFY(!db.isOpen());
        // Readable: names the file and says what is wrong with it.
        QVERIFY2(db.errorString().contains(dbPath()), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QLatin1String("not an Oversight database")),
                 qPrintable(db.errorString()));
    }
    QCOMPARE(readBytes(dbPath()), bytes);
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal"))
            || QFileInfo(dbPath() + QStringLiteral("-wal")).size() == 0);
}

void tst_Database::versionOneDatabaseMigratesKeepingItsData()
{
    const QByteArray pdfBytes("%PDF-1.4 pretend bytes %%EOF");
    {
        Database v1(dbPath(), 1);
        QVERIFY2(v1.isOpen(), qPrintable(v1.errorString()));
        QCOMPARE(v1.schemaVersion(), 1);
        RawConnection raw(dbPath());
        // Version 1 has none of the fact tables yet.
        QVERIFY(!raw.tables().contains(QStringLiteral("judgements")));
        QSqlQuery q(v1.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO authorities(id, key, code, name) VALUES (7, 'code:212', '212', 'Wandsworth')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO documents(id, authority_id, sha256, file_name, kind, title, "
            "authority_as_named, inspection_start, inspection_end, published, sort_date, "
            "page_count, byte_size, imported_at) VALUES (11, 7, 'abc123', 'old report.pdf', 'sif', "
            "'Inspection of services', 'London Borough of Wandsworth', '2015-11-24', '2015-12-17', "
            "'2016-02-16', '2016-02-16', 2, 28, '2019-01-01T10:00:00Z')")));
        q.prepare(QStringLiteral("INSERT INTO document_files(document_id, pdf) VALUES (11, ?)"));
        q.addBindValue(pdfBytes);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pages(document_id, number, text) VALUES "
                                      "(11, 1, 'Front page of an early report'), "
                                      "(11, 2, 'Private fostering arrangements were reviewed')")));
    }

    Database latest(dbPath());
    QVERIFY2(latest.isOpen(), qPrintable(latest.errorString()));
    QCOMPARE(latest.schemaVersion(), Database::latestSchemaVersion());

    const RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Database::latestSchemaVersion());
    for (const char *table : {"judgements", "recommendations", "findings"})
        QVERIFY2(raw.tables().contains(QLatin1String(table)), table);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT facts_json FROM documents WHERE id = 11")).toString(),
             QStringLiteral("{}"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT reader_version FROM documents WHERE id = 11")).toInt(), 0);

    DocumentStore store(latest);
    QCOMPARE(store.documentCount(), 1);
    const std::optional<StoredDocument> doc = store.document(11);
    QVERIFY(doc);
    QCOMPARE(doc->authorityId, 7);
    QCOMPARE(doc->authorityName, QStringLiteral("Wandsworth"));
    QCOMPARE(doc->fileName, QStringLiteral("old report.pdf"));
    QCOMPARE(doc->sha256, QStringLiteral("abc123"));
    QCOMPARE(doc->pageCount, 2);
    QCOMPARE(doc->facts.kind, QStringLiteral("sif"));
    QCOMPARE(doc->facts.authority, QStringLiteral("London Borough of Wandsworth"));
    QCOMPARE(doc->facts.inspectionStart, QDate(2015, 11, 24));
    QCOMPARE(doc->facts.published, QDate(2016, 2, 16));
    QCOMPARE(doc->readerVersion, 0);
    QCOMPARE(store.pdf(11), pdfBytes);
    QCOMPARE(store.pageText(11, 2), QStringLiteral("Private fostering arrangements were reviewed"));

    // The full-text index built at version 1 still answers.
    const QList<SearchHit> hits = store.search(QStringLiteral("\"private fostering\""));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().documentId, 11);
    QCOMPARE(hits.first().page, 2);

    // Pages added under the latest schema join the same index, each once (version 4 moved
    // indexing from a trigger per row into the store).
    NewDocument added;
    added.fileName = QStringLiteral("new report.pdf");
    added.sha256 = QStringLiteral("def456");
    added.pdf = pdfBytes;
    added.pageTexts = {QStringLiteral("Private fostering is now well understood")};
    QCOMPARE(store.add(added), DocumentStore::AddResult::Added);
    QCOMPARE(store.search(QStringLiteral("\"private fostering\"")).size(), 2);
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO pages_fts(pages_fts, rank) VALUES ('integrity-check', 1)")));
}

void tst_Database::databaseFromNewerVersionIsRefused()
{
    {
        Database db(dbPath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    }
    const int future = Database::latestSchemaVersion() + 1;
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(future)));
    }
    const StoreSnapshot before = snapshotStore(dbPath());

    Database db(dbPath());
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QString::number(future)), qPrintable(db.errorString()));

    const StoreSnapshot after = snapshotStore(dbPath());
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
    QCOMPARE(after.value(QStringLiteral("user_version")).rows, future);
}

void tst_Database::eachConnectionIsIndependent()
{
    // Two Database objects on one file (GUI reader and import writer) each get their own
    // connection; closing one leaves the other usable.
    auto writer = std::make_unique<Database>(dbPath());
    Database reader(dbPath());
    QVERIFY(writer->isOpen() && reader.isOpen());
    QVERIFY(writer->connection().connectionName() != reader.connection().connectionName());
    QSqlQuery insert(writer->connection());
    QVERIFY(insert.exec(QStringLiteral(
        "INSERT INTO authorities(key, code, name) VALUES ('name:x', NULL, 'X')")));
    writer.reset();
    QSqlQuery count(reader.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM authorities")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
