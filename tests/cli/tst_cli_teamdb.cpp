// oversight-cli on a team database: --db postgresql://user@host:port/dbname works wherever a file
// does (import, list, search), against the tests' own PostgreSQL server, and the password comes
// from PGPASSWORD or ~/.pgpass as for every PostgreSQL client.
#include "CliRun.h"
#include "Fixtures.h"
#include "PostgresServer.h"

#include "store/DatabaseLocation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

namespace {

QStringList idsOf(const QJsonObject &list)
{
    QStringList files;
    QJsonArray documents = list.value(QStringLiteral("unfiled")).toArray();
    for (const QJsonValue &authority : list.value(QStringLiteral("authorities")).toArray())
        for (const QJsonValue &d :
             authority.toObject().value(QStringLiteral("documents")).toArray())
            documents.append(d);
    for (const QJsonValue &d : documents)
        files << d.toObject().value(QStringLiteral("file_name")).toString();
    files.sort();
    return files;
}

} // namespace

class tst_CliTeamDb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importListAndSearchATeamDatabase();
    void passwordComesFromPgpasswordOrPgpass();
    void aMemberWhoMayOnlyReadIsToldBeforeAnythingChanges();

private:
    QString m_location; // a library on the server, made by the first test
};

void tst_CliTeamDb::initTestCase()
{
    PostgresServer &server = PostgresServer::instance();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    m_location = server.newDatabase(QStringLiteral("cli"));
    QVERIFY2(!m_location.isEmpty(), qPrintable(server.error()));
}

void tst_CliTeamDb::importListAndSearchATeamDatabase()
{
    const QString report = dataPath(Data::Wandsworth2016);
    const QString letter = dataPath(Data::FocusedLetter);
    const QStringList importArgs{QStringLiteral("import"), QStringLiteral("--db"), m_location,
                                 report, letter};
    CliRun run = runCli(importArgs);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(importArgs, run)));
    QCOMPARE(run.outLines().size(), 3);
    QVERIFY2(run.outLines().at(0).startsWith(report + QStringLiteral(": imported as document ")),
             qPrintable(run.out));
    QVERIFY2(run.outLines().at(1).startsWith(letter + QStringLiteral(": imported as document ")),
             qPrintable(run.out));
    QCOMPARE(run.outLines().at(2),
             QStringLiteral("total: 2 files, 2 imported, 0 duplicate, 0 rejected"));
    run = runCli(importArgs); // the same bytes again: recognised by their SHA-256
    QCOMPARE(run.outLines().last(),
             QStringLiteral("total: 2 files, 0 imported, 2 duplicate, 0 rejected"));

    const QStringList listArgs{QStringLiteral("list"), QStringLiteral("--db"), m_location,
                               QStringLiteral("--json")};
    run = runCli(listArgs);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(listArgs, run)));
    QString error;
    const QJsonObject list = parseJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList expected{Data::Wandsworth2016, Data::FocusedLetter};
    expected.sort();
    QCOMPARE(idsOf(list), expected);

    const QStringList searchArgs{QStringLiteral("search"), QStringLiteral("--db"), m_location,
                                 QStringLiteral("--json"), QStringLiteral("\"staying put\"")};
    run = runCli(searchArgs);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(searchArgs, run)));
    const QJsonObject found = parseJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(found.value(QStringLiteral("total")).toInt() >= 1, qPrintable(run.out));
    // The phrase's words marked (PostgreSQL's ts_headline marks each word on its own).
    const QJsonObject hit = found.value(QStringLiteral("hits")).toArray().first().toObject();
    const QString snippet = hit.value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippet.contains(QLatin1String("[Staying")) && snippet.contains(QLatin1String("Put]")),
             qPrintable(run.out));
}

void tst_CliTeamDb::passwordComesFromPgpasswordOrPgpass()
{
    PostgresServer &server = PostgresServer::instance();
    QString error;
    QVERIFY2(server.createRole(QStringLiteral("carol"), QStringLiteral("pass:word"), true, &error),
             qPrintable(error));
    const QString database = DatabaseLocation::parse(m_location).database;
    // The library's tables exist once the first test has imported; carol may read them.
    QVERIFY(!database.isEmpty());
    QVERIFY2(server.grantReadOnly(database, QStringLiteral("carol"), &error), qPrintable(error));
    const QString asCarol = server.location(database, QStringLiteral("carol"));
    const QStringList args{QStringLiteral("list"), QStringLiteral("--db"), asCarol};

    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSFILE"));
    environment.insert(QStringLiteral("HOME"), home.path());

    // No password anywhere: refused, saying so.
    CliRun run = runCli(args, {}, environment);
    QVERIFY2(run.exitCode == 1, qPrintable(describeRun(args, run)));
    QVERIFY2(run.err.contains(QLatin1String("password")), qPrintable(run.err));

    QProcessEnvironment withVariable = environment;
    withVariable.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pass:word"));
    run = runCli(args, {}, withVariable);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(args, run)));
    QVERIFY2(run.out.contains(Data::FocusedLetter), qPrintable(run.out));

    // ~/.pgpass: host:port:database:user:password, ':' in a password escaped, mode 0600.
    QFile pgpass(home.filePath(QStringLiteral(".pgpass")));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(QStringLiteral("%1:%2:%3:carol:pass\\:word\n")
                     .arg(PostgresServer::host())
                     .arg(server.port())
                     .arg(database)
                     .toUtf8());
    pgpass.close();
    QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    run = runCli(args, {}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(args, run)));
    QVERIFY2(run.out.contains(Data::FocusedLetter), qPrintable(run.out));
}

void tst_CliTeamDb::aMemberWhoMayOnlyReadIsToldBeforeAnythingChanges()
{
    // carol (SELECT only, made by the test before) may read the library, and every command that
    // would change it says so in her words before a statement fails with the driver's.
    PostgresServer &server = PostgresServer::instance();
    const QString database = DatabaseLocation::parse(m_location).database;
    const QString asCarol = server.location(database, QStringLiteral("carol"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pass:word"));

    const auto listJson = [&](const QString &location) {
        const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--db"), location,
                                   QStringLiteral("--json")}, {}, environment);
        return run.out;
    };
    const QString before = listJson(m_location);
    QString error;
    const QJsonObject list = parseJson(before.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray authorities = list.value(QStringLiteral("authorities")).toArray();
    QVERIFY(!authorities.isEmpty());
    const QString id = QString::number(authorities.first()
                                           .toObject()
                                           .value(QStringLiteral("documents"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());
    QVERIFY(id != QLatin1String("0"));

    const QList<QStringList> changes{
        {QStringLiteral("correct"), QStringLiteral("--db"), asCarol, QStringLiteral("--document"),
         id, QStringLiteral("--set"), QStringLiteral("published=2016-03-01")},
        {QStringLiteral("correct"), QStringLiteral("--db"), asCarol, QStringLiteral("--document"),
         id, QStringLiteral("--revert"), QStringLiteral("published")},
        {QStringLiteral("checklist"), QStringLiteral("--db"), asCarol,
         QStringLiteral("--from-document"), id},
        {QStringLiteral("assign-authority"), QStringLiteral("--db"), asCarol,
         QStringLiteral("--document"), id, QStringLiteral("--clear")},
    };
    for (const QStringList &args : changes) {
        const CliRun run = runCli(args, {}, environment);
        QVERIFY2(run.exitCode == 1, qPrintable(describeRun(args, run)));
        QVERIFY2(run.err.startsWith(args.first() + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("carol")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("nothing was changed")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("QPSQL")), qPrintable(run.err));
    }
    // Reading is hers: the lists still work, and the library is as it was.
    const QStringList lists{QStringLiteral("correct"), QStringLiteral("--db"), asCarol,
                            QStringLiteral("--document"), id, QStringLiteral("--list")};
    const CliRun listed = runCli(lists, {}, environment);
    QVERIFY2(listed.exitCode == 0, qPrintable(describeRun(lists, listed)));
    QCOMPARE(listJson(m_location), before);
}

QTEST_GUILESS_MAIN(tst_CliTeamDb)
#include "tst_cli_teamdb.moc"
