// oversight-cli copy-library, run as a user runs it: a library imported from real reports goes
// to a team database on the tests' own PostgreSQL server and back to a new file, each copy
// listing the same documents; progress lines and every table's count are printed; a target
// that is not empty is refused with a clear message and left as it was.
#include "CliRun.h"
#include "Fixtures.h"
#include "PostgresServer.h"

#include "store/LibraryCopy.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class tst_CliCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesToTeamDatabaseAndBack();
    void refusesTargetThatIsNotEmpty();
    void usage();

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_team; // holds the copy after copiesToTeamDatabaseAndBack
};

void tst_CliCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(PostgresServer::instance().isRunning(), qPrintable(PostgresServer::instance().error()));
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("--db"), m_source,
                           dataPath(Data::Wandsworth2016), dataPath(Data::MonitoringLetter),
                           dataPath(Data::FocusedLetter)};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(args, run)));
    m_team = PostgresServer::instance().newDatabase(QStringLiteral("cli_copy"));
    QVERIFY2(!m_team.isEmpty(), qPrintable(PostgresServer::instance().error()));
}

void tst_CliCopy::copiesToTeamDatabaseAndBack()
{
    const QStringList toTeam{QStringLiteral("copy-library"), QStringLiteral("--db"), m_source,
                             QStringLiteral("--to"), m_team};
    const CliRun run = runCli(toTeam);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(toTeam, run)));
    // A progress line per table, then each table's rows.
    for (const QString &table : LibraryCopy::tables()) {
        QVERIFY2(run.out.contains(QStringLiteral("copying %1: ").arg(table)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\n  %1 +\\d+\\n").arg(table))),
                 qPrintable(run.out));
    }
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\n  documents +3\\n"))), qPrintable(run.out));

    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const QStringList toFile{QStringLiteral("copy-library"), QStringLiteral("--db"), m_team,
                             QStringLiteral("--to"), back};
    const CliRun backRun = runCli(toFile);
    QVERIFY2(backRun.exitCode == 0, qPrintable(describeRun(toFile, backRun)));

    // The three libraries list the same documents, facts and ids.
    QStringList listings;
    for (const QString &db : {m_source, m_team, back}) {
        const QStringList list{QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")};
        const CliRun listed = runCli(list);
        QVERIFY2(listed.exitCode == 0, qPrintable(describeRun(list, listed)));
        listings.append(listed.out);
    }
    QVERIFY(listings.at(0).contains(QLatin1String("Wokingham")));
    QCOMPARE(listings.at(1), listings.at(0));
    QCOMPARE(listings.at(2), listings.at(0));
}

void tst_CliCopy::refusesTargetThatIsNotEmpty()
{
    const QString target = m_dir.filePath(QStringLiteral("full.sqlite"));
    const QStringList first{QStringLiteral("copy-library"), QStringLiteral("--db"), m_source,
                            QStringLiteral("--to"), target};
    QCOMPARE(runCli(first).exitCode, 0);
    const QByteArray before = readBytes(target);
    const CliRun again = runCli(first);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));
    QCOMPARE(readBytes(target), before);

    const QStringList missing{QStringLiteral("copy-library"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("no-such.sqlite")), QStringLiteral("--to"),
                              m_dir.filePath(QStringLiteral("never.sqlite"))};
    const CliRun refused = runCli(missing);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("no-such.sqlite")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.sqlite"))));
}

void tst_CliCopy::usage()
{
    const CliRun run = runCli({QStringLiteral("copy-library"), QStringLiteral("--db"), m_source});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--to TARGET")), qPrintable(run.err));
    QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QLatin1String("copy-library")));
}

QTEST_MAIN(tst_CliCopy)
#include "tst_cli_copy.moc"
