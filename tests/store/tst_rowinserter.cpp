// RowInserter: many rows into one table, one statement per batch on PostgreSQL, one prepared
// INSERT per row on SQLite; the same rows, in the same order, with the same values on both.
// Also the bytes of a stored PDF, which PostgreSQL is sent as a binary parameter
// (PostgresStatement), and how PostgreSQL keeps PDFs and texts (schema 8).
#include "TestBackend.h"

#include "store/Database.h"
#include "store/DocumentStore.h"
#include "store/PostgresStatement.h"
#include "store/RowInserter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

const QList<SqlDialect::Column> kFindingColumns{
    {QStringLiteral("document_id"), QMetaType::LongLong},
    {QStringLiteral("position"), QMetaType::Int},
    {QStringLiteral("number"), QMetaType::Int},
    {QStringLiteral("section"), QMetaType::QString},
    {QStringLiteral("text"), QMetaType::QString},
    {QStringLiteral("page"), QMetaType::Int}};

// Texts that a value spliced into SQL or JSON carelessly would break.
QStringList awkwardTexts()
{
    return {QStringLiteral("plain"),
            QStringLiteral("it's \"quoted\" twice"),
            QStringLiteral("back\\slash \\x41 \\u0041 and $1 ? :name -- /* */"),
            QStringLiteral("line one\nline two\r\n\ttabbed"),
            QStringLiteral("{\"json\": [1, 2]}"),
            QStringLiteral("Ysgol Gymraeg – café, naïve, “curly”, 😀"),
            QString(), // empty, not NULL (notNull() as the store binds it)
            QString(5000, QLatin1Char('x'))};
}

} // namespace

class tst_RowInserter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsGoInInOrderWithTheirValues();
    void nothingAddedSendsNothing();
    void aRefusedRowFailsTheBatch();
    void bytesOfEveryValueRoundTrip();
    void largeValuesTravelBesideTheStatement();
    void versionEightKeepsPdfsUncompressedAndStoredValuesAsTheyWere();

private:
    QList<QVariantList> findingsOf(qint64 documentId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    qint64 m_document = 0;
};

void tst_RowInserter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString location = newDatabaseLocation(*m_dir, QStringLiteral("rows"));
    QVERIFY(!location.isEmpty());
    m_db = std::make_unique<Database>(location);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<DocumentStore>(*m_db);
    NewDocument doc;
    doc.fileName = QStringLiteral("rows.pdf");
    doc.sha256 = QStringLiteral("cc33");
    doc.pdf = QByteArrayLiteral("%PDF-1.4 %%EOF");
    doc.pageTexts = {QStringLiteral("One page.")};
    QCOMPARE(m_store->add(doc, &m_document), DocumentStore::AddResult::Added);
}

void tst_RowInserter::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QList<QVariantList> tst_RowInserter::findingsOf(qint64 documentId) const
{
    QList<QVariantList> rows;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT position, number, section, text, page FROM findings "
                             "WHERE document_id = ? ORDER BY id"));
    q.addBindValue(documentId);
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        rows.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toInt()});
    return rows;
}

void tst_RowInserter::rowsGoInInOrderWithTheirValues()
{
    const QStringList texts = awkwardTexts();
    QList<QVariantList> expected;
    RowInserter rows(m_db->connection(), QStringLiteral("findings"), kFindingColumns);
    // More rows than one page of anything, positions added backwards: the ids must follow the
    // order of addRow(), not of any column.
    for (int i = 0; i < 300; ++i) {
        const int position = 299 - i;
        const QString text = texts.at(i % texts.size());
        const QString section = QStringLiteral("Section %1").arg(i % 7);
        const int number = i % 3 == 0 ? -1 : i * 1000;
        rows.addRow({m_document, position, number, section,
                     text.isNull() ? QStringLiteral("") : text, i + 1});
        expected.append(
            {position, number, section, text.isNull() ? QStringLiteral("") : text, i + 1});
    }
    QVERIFY2(rows.exec(), qPrintable(rows.lastError().text()));
    QCOMPARE(findingsOf(m_document), expected);

    // A second batch through the same inserter comes after the first.
    rows.addRow({m_document, 300, 1, QStringLiteral("Last"), QStringLiteral("after"), 9});
    QVERIFY2(rows.exec(), qPrintable(rows.lastError().text()));
    expected.append({300, 1, QStringLiteral("Last"), QStringLiteral("after"), 9});
    QCOMPARE(findingsOf(m_document), expected);
}

void tst_RowInserter::nothingAddedSendsNothing()
{
    RowInserter rows(m_db->connection(), QStringLiteral("findings"), kFindingColumns);
    QVERIFY(rows.exec());
    QVERIFY(findingsOf(m_document).isEmpty());
}

void tst_RowInserter::aRefusedRowFailsTheBatch()
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    RowInserter rows(db, QStringLiteral("findings"), kFindingColumns);
    rows.addRow({m_document, 0, 1, QStringLiteral("A"), QStringLiteral("fine"), 1});
    // A null QString is bound as NULL, as Qt binds it: findings.text is NOT NULL.
    rows.addRow({m_document, 1, 2, QStringLiteral("B"), QString(), 1});
    QVERIFY(!rows.exec());
    QVERIFY(rows.lastError().type() != QSqlError::NoError);
    // The server's own SQLSTATE, which SqlDialect::failureOf() reads (not_null_violation).
    if (onPostgres())
        QCOMPARE(rows.lastError().nativeErrorCode(), QStringLiteral("23502"));
    QVERIFY(db.rollback());
    QVERIFY(findingsOf(m_document).isEmpty());
    // Nothing of the failed batch is left to send again.
    QVERIFY(rows.exec());
    QVERIFY(findingsOf(m_document).isEmpty());
}

void tst_RowInserter::bytesOfEveryValueRoundTrip()
{
    NewDocument doc;
    doc.fileName = QStringLiteral("bytes.pdf");
    doc.sha256 = QStringLiteral("dd44");
    for (int round = 0; round < 3; ++round)
        for (int b = 0; b < 256; ++b)
            doc.pdf.append(char(round == 1 ? 255 - b : b));
    doc.pdf.append('\0'); // and an odd length, which base64 pads
    doc.pageTexts = {QStringLiteral("Bytes.")};
    qint64 id = 0;
    QCOMPARE(m_store->add(doc, &id), DocumentStore::AddResult::Added);
    QCOMPARE(m_store->pdf(id), doc.pdf);
}

void tst_RowInserter::largeValuesTravelBesideTheStatement()
{
    // A build that lost libpq would still pass every other test, more slowly: this says so.
    QCOMPARE(PostgresStatement::available(m_db->connection()), onPostgres());
    if (!onPostgres())
        return;
    // Refused by the server: its message and SQLSTATE come back as QPSQL gives them.
    PostgresStatement duplicate(m_db->connection(),
                                "INSERT INTO document_files(document_id, pdf) VALUES ($1, $2)");
    duplicate.addInteger(m_document);
    duplicate.addBytes(QByteArrayLiteral("again"));
    QVERIFY(!duplicate.exec());
    QCOMPARE(duplicate.lastError().type(), QSqlError::StatementError);
    QCOMPARE(duplicate.lastError().nativeErrorCode(), QStringLiteral("23505")); // unique_violation
    QVERIFY2(duplicate.lastError().databaseText().contains(QLatin1String("document_files")),
             qPrintable(duplicate.lastError().databaseText()));
    QCOMPARE(m_store->pdf(m_document), QByteArrayLiteral("%PDF-1.4 %%EOF"));
}

void tst_RowInserter::versionEightKeepsPdfsUncompressedAndStoredValuesAsTheyWere()
{
    if (!onPostgres())
        return; // schema 8 changes only how PostgreSQL keeps large values
    QTemporaryDir dir;
    const QString location = newDatabaseLocation(dir, QStringLiteral("toast"));
    QVERIFY(!location.isEmpty());
    // A PDF that compresses well (most are compressed streams already) and a long page.
    const auto documentNamed = [](const QString &sha) {
        NewDocument doc;
        doc.fileName = sha + QStringLiteral(".pdf");
        doc.sha256 = sha;
        doc.pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray("stream of words ").repeated(8000);
        doc.pageTexts = {QStringLiteral("Children in care are seen regularly. ").repeated(400)};
        return doc;
    };
    const auto compressionOf = [](Database &db, const QString &sql, const QString &sha) {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        q.addBindValue(sha);
        if (!q.exec() || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).isNull() ? QStringLiteral("none") : q.value(0).toString();
    };
    const QString pdfCompression = QStringLiteral(
        "SELECT pg_column_compression(f.pdf) FROM document_files f "
        "JOIN documents d ON d.id = f.document_id WHERE d.sha256 = ?");
    const QString pageCompression = QStringLiteral(
        "SELECT pg_column_compression(p.text) FROM pages p "
        "JOIN documents d ON d.id = p.document_id WHERE d.sha256 = ?");
    const NewDocument before = documentNamed(QStringLiteral("before"));
    {
        Database v7(location, 7);
        QVERIFY2(v7.isOpen(), qPrintable(v7.errorString()));
        DocumentStore store(v7);
        QCOMPARE(store.add(before), DocumentStore::AddResult::Added);
        QCOMPARE(compressionOf(v7, pdfCompression, before.sha256), QStringLiteral("pglz"));
    }
    Database latest(location);
    QVERIFY2(latest.isOpen(), qPrintable(latest.errorString()));
    QCOMPARE(latest.schemaVersion(), Database::latestSchemaVersion());
    DocumentStore store(latest);
    const NewDocument after = documentNamed(QStringLiteral("after"));
    QCOMPARE(store.add(after), DocumentStore::AddResult::Added);
    // New PDFs are kept as they are; texts in lz4 (Debian's server has it).
    QCOMPARE(compressionOf(latest, pdfCompression, after.sha256), QStringLiteral("none"));
    QCOMPARE(compressionOf(latest, pageCompression, after.sha256), QStringLiteral("lz4"));
    // What was stored before reads as it was.
    QCOMPARE(compressionOf(latest, pdfCompression, before.sha256), QStringLiteral("pglz"));
    for (const NewDocument &doc : {before, after}) {
        const qint64 id = store.idForHash(doc.sha256);
        QVERIFY(id > 0);
        QCOMPARE(store.pdf(id), doc.pdf);
        QCOMPARE(store.searchCount(QStringLiteral("regularly"), SearchScope{0, id}), 1);
    }
}

QTEST_GUILESS_MAIN(tst_RowInserter)
#include "tst_rowinserter.moc"
