// `oversight-cli assign-authority` and the warnings `list --json` carries, run as the real
// program: what it prints, its exit status, that a re-read keeps the assignment, and that a
// bad id or code leaves the store exactly as it was.
#include "CliRun.h"
#include "StoreSnapshot.h"

#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class tst_AssignAuthorityCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assignsPrintsAndSurvivesReread();
    void clearFilesAsTheTextNamesIt();
    void badInputLeavesTheStoreAsItWas_data();
    void badInputLeavesTheStoreAsItWas();
    void listJsonCarriesWarnings();

private:
    // Fills a new database at path; returns the ids of its three documents.
    static QList<qint64> fill(const QString &path);

    QString m_db;
    QTemporaryDir m_dir;
    qint64 m_unrecognised = 0;
    qint64 m_flagged = 0;
    qint64 m_clean = 0;
};

QList<qint64> tst_AssignAuthorityCli::fill(const QString &path)
{
    Database database(path);
    DocumentStore store(database);
    const auto add = [&store](int n, const QString &named, const QString &code,
                              const QStringList &warnings) {
        NewDocument doc;
        doc.fileName = QStringLiteral("doc %1.pdf").arg(n);
        doc.sha256 = QStringLiteral("hash %1").arg(n);
        doc.pdf = QByteArray("%PDF ") + QByteArray::number(n);
        doc.pageTexts = {QStringLiteral("A page that is no Ofsted document %1").arg(n)};
        doc.facts.kind = Kind::IlacsStandard;
        doc.facts.authority = named;
        doc.facts.authorityCode = code;
        doc.facts.warnings = warnings;
        qint64 id = 0;
        return store.add(doc, &id) == DocumentStore::AddResult::Added ? id : 0;
    };
    return {add(1, QStringLiteral("Borsetshire Children's Partnership"), QString(), {}),
            add(2, QStringLiteral("Wandsworth"), QStringLiteral("212"),
                {QStringLiteral("judgements.lscb"), QStringLiteral("inspectors")}),
            add(3, QStringLiteral("Wandsworth"), QStringLiteral("212"), {})};
}

void tst_AssignAuthorityCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const QList<qint64> ids = fill(m_db);
    m_unrecognised = ids.at(0);
    m_flagged = ids.at(1);
    m_clean = ids.at(2);
    QVERIFY(m_unrecognised > 0 && m_flagged > 0 && m_clean > 0);
}

void tst_AssignAuthorityCli::assignsPrintsAndSurvivesReread()
{
    const QString db = m_dir.filePath(QStringLiteral("reread.sqlite"));
    const qint64 id = fill(db).at(0);
    const QStringList args{QStringLiteral("assign-authority"), QStringLiteral("--db"), db,
                           QStringLiteral("--document"), QString::number(id), QStringLiteral("871")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(args, run)));
    QVERIFY2(run.out.contains(QStringLiteral("was filed under Authority not recognised (named "
                                             "\"Borsetshire Children's Partnership\")")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("now filed under Slough (871) as assigned")), qPrintable(run.out));

    // Tools > Re-read's command: the reader reads these pages as no Ofsted document at all,
    // and the document stays where the user put it.
    const CliRun reread = runCli({QStringLiteral("reread"), QStringLiteral("--db"), db});
    QVERIFY2(reread.exitCode == 0, qPrintable(reread.err));
    Database database(db);
    DocumentStore store(database);
    const std::optional<StoredDocument> doc = store.summary(id);
    QCOMPARE(doc->facts.kind, Kind::Other);
    QCOMPARE(doc->authorityCode, QStringLiteral("871"));
    QCOMPARE(doc->authorityName, QStringLiteral("Slough"));
}

void tst_AssignAuthorityCli::clearFilesAsTheTextNamesIt()
{
    const QStringList args{QStringLiteral("assign-authority"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--document"), QString::number(m_clean),
                           QStringLiteral("301")};
    QCOMPARE(runCli(args).exitCode, 0);
    const QStringList clear{QStringLiteral("assign-authority"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--document"), QString::number(m_clean),
                            QStringLiteral("--clear")};
    const CliRun run = runCli(clear);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(clear, run)));
    QVERIFY2(run.out.contains(QStringLiteral("was filed under Barking and Dagenham (301)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("now filed under Wandsworth (212) as its text names it")),
             qPrintable(run.out));
}

void tst_AssignAuthorityCli::badInputLeavesTheStoreAsItWas_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such document") << QStringList{QStringLiteral("--document"), QStringLiteral("9999"), QStringLiteral("212")}
                                      << 1 << QStringLiteral("no document with id 9999");
    QTest::newRow("id not a number") << QStringList{QStringLiteral("--document"), QStringLiteral("seven"), QStringLiteral("212")}
                                     << 1 << QStringLiteral("\"seven\" is not a document id");
    QTest::newRow("no such code") << QStringList{QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("999")}
                                  << 1 << QStringLiteral("999 is not a DfE LA code in the reference list");
    QTest::newRow("no code") << QStringList{QStringLiteral("--document"), QStringLiteral("1")}
                             << 2 << QStringLiteral("either CODE or --clear");
    QTest::newRow("code and clear") << QStringList{QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("212"), QStringLiteral("--clear")}
                                    << 2 << QStringLiteral("either CODE or --clear");
}

void tst_AssignAuthorityCli::badInputLeavesTheStoreAsItWas()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const StoreSnapshot before = snapshotStore(m_db);
    const QStringList args = QStringList{QStringLiteral("assign-authority"), QStringLiteral("--db"), m_db} + arguments;
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describeRun(args, run)));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const StoreSnapshot after = snapshotStore(m_db);
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
}

void tst_AssignAuthorityCli::listJsonCarriesWarnings()
{
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QJsonObject root = parseJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<qint64, QJsonObject> documents;
    for (const QJsonValue &a : root.value(QStringLiteral("authorities")).toArray())
        for (const QJsonValue &d : a.toObject().value(QStringLiteral("documents")).toArray())
            documents.insert(d.toObject().value(QStringLiteral("id")).toInteger(), d.toObject());
    QVERIFY(documents.contains(m_flagged) && documents.contains(m_clean));
    QCOMPARE(documents.value(m_flagged).value(QStringLiteral("warnings")).toArray(),
             QJsonArray({QStringLiteral("judgements.lscb"), QStringLiteral("inspectors")}));
    QVERIFY(documents.value(m_clean).value(QStringLiteral("warnings")).isArray());
    QVERIFY(documents.value(m_clean).value(QStringLiteral("warnings")).toArray().isEmpty());

    // The text listing marks them too.
    const CliRun text = runCli({QStringLiteral("list"), QStringLiteral("--db"), m_db});
    bool marked = false;
    for (const QString &line : text.outLines())
        if (line.contains(QStringLiteral("[%1]").arg(m_flagged)))
            marked = line.contains(QStringLiteral("needs review"));
    QVERIFY2(marked, qPrintable(text.out));
}

QTEST_GUILESS_MAIN(tst_AssignAuthorityCli)
#include "tst_assignauthoritycli.moc"
