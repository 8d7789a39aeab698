// The store from the outside, with real processes: oversight-cli on mistyped paths, on other
// programs' databases, two imports at once, a read-only database for a user who cannot write
// it, the GUI's library following an outside import, and imports killed with SIGKILL at random
// moments.
#include "CliRun.h"
#include "Fixtures.h"
#include "StoreSnapshot.h"

#include "annotations/AnnotationStore.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "store/Library.h"
#include "store/Repair.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

// count valid reports, distinct bytes: the two short letters with a comment appended after
// %%EOF (a PDF reader ignores it; the SHA-256 differs).
QStringList distinctReports(const QString &folder, int count)
{
    QStringList paths;
    const QByteArray letters[] = {readBytes(dataPath(Data::MonitoringLetter)),
                                  readBytes(dataPath(Data::FocusedLetter))};
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/report-%2.pdf").arg(folder).arg(i, 2, 10, QLatin1Char('0'));
        if (!writeBytes(path, letters[i % 2] + QByteArray("\n% copy ") + QByteArray::number(i) + '\n'))
            return {};
        paths.append(path);
    }
    return paths;
}

// The paths an import's output reports as stored ("PATH: imported as document N" or
// "PATH: duplicate of document N").
QStringList storedPaths(const QString &out)
{
    static const QRegularExpression stored(
        QStringLiteral("^(.*): (?:imported as|duplicate of) document \\d+$"));
    QStringList paths;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = stored.match(line);
        if (match.hasMatch())
            paths.append(match.captured(1));
    }
    return paths;
}

QSet<QString> storedHashes(const QString &db)
{
    QSet<QString> hashes;
    RawConnection raw(db);
    QSqlQuery q(raw.db());
    if (q.exec(QStringLiteral("SELECT sha256 FROM documents")))
        while (q.next())
            hashes.insert(q.value(0).toString());
    return hashes;
}

// Runs oversight-cli as the unprivileged user nobody (setpriv), for read-only cases that
// chmod cannot make for root.
CliRun runCliAsNobody(const QStringList &args)
{
    return runProgram(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral(OVERSIGHT_CLI)}
                          + args);
}

} // namespace

class tst_CliStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mistypedPathCreatesNothing_data();
    void mistypedPathCreatesNothing();
    void databaseOfAnotherProgramIsLeftByteIdentical();
    void twoImportsAtOnceStoreEveryReport_data();
    void twoImportsAtOnceStoreEveryReport();
    void databaseAUserCannotWriteOpensReadOnly_data();
    void databaseAUserCannotWriteOpensReadOnly();
    void libraryFollowsAnOutsideImport();
    void anotherProgramLeavesAnOpenLibrarysWriteAheadLogAlone();
    void killedImportsAndRereadsLeaveAWholeDatabase();
    void killedAnnotationEditsLeaveAWholeDatabase();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliStore::init()
{
    QVERIFY2(QFileInfo(QStringLiteral(OVERSIGHT_CLI)).isExecutable(), OVERSIGHT_CLI);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CliStore::cleanup()
{
    m_dir.reset();
}

void tst_CliStore::mistypedPathCreatesNothing_data()
{
    QTest::addColumn<QStringList>("args"); // DB stands for the database's path
    QTest::newRow("list") << QStringList{"list", "--db", "DB"};
    QTest::newRow("list --json") << QStringList{"list", "--db", "DB", "--json"};
    QTest::newRow("search") << QStringList{"search", "--db", "DB", "care"};
    QTest::newRow("reread") << QStringList{"reread", "--db", "DB"};
    QTest::newRow("annotations") << QStringList{"annotations", "--db", "DB"};
    QTest::newRow("export-json") << QStringList{"export-json", "--db", "DB"};
}

void tst_CliStore::mistypedPathCreatesNothing()
{
    QFETCH(QStringList, args);
    const QString typo = m_dir->filePath(QStringLiteral("stroe.sqlite"));
    args.replaceInStrings(QStringLiteral("DB"), typo);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(describeRun(args, run)));
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(typo)), qPrintable(describeRun(args, run)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void tst_CliStore::databaseOfAnotherProgramIsLeftByteIdentical()
{
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE moz_bookmarks(id INTEGER PRIMARY KEY, title TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO moz_bookmarks(title) VALUES ('Ofsted')")));
    }
    const QByteArray before = readBytes(dbPath());
    const QStringList entriesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    for (const QStringList &args :
         {QStringList{"list", "--db", dbPath()}, QStringList{"search", "--db", dbPath(), "care"},
          QStringList{"import", "--db", dbPath(), dataPath(Data::FocusedLetter)}}) {
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2((run.err + run.out).contains(QLatin1String("is a database of another program; Oversight has not changed it")),
                 qPrintable(describeRun(args, run)));
    }
    QCOMPARE(readBytes(dbPath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), entriesBefore);
}

void tst_CliStore::twoImportsAtOnceStoreEveryReport_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("new database") << false;
    QTest::newRow("existing database") << true;
}

void tst_CliStore::twoImportsAtOnceStoreEveryReport()
{
    QFETCH(bool, existing);
    const QStringList reports = distinctReports(m_dir->filePath(QStringLiteral("reports")), 16);
    QCOMPARE(reports.size(), 16);
    if (existing) {
        const CliRun first = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                                     dataPath(Data::Wandsworth2023)});
        QCOMPARE(first.exitCode, 0);
    }
    // Each process imports 10 reports, 4 of them the other's too (same bytes).
    const QStringList a = reports.mid(0, 10);
    const QStringList b = reports.mid(6, 10);
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(OVERSIGHT_CLI), QStringList{"import", "--db", dbPath()} + a);
    second.start(QStringLiteral(OVERSIGHT_CLI), QStringList{"import", "--db", dbPath()} + b);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    const QString outA = QString::fromUtf8(first.readAllStandardOutput());
    const QString outB = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(first.exitCode() == 0, qPrintable(outA + first.readAllStandardError()));
    QVERIFY2(second.exitCode() == 0, qPrintable(outB + second.readAllStandardError()));
    QVERIFY2(!outA.contains(QLatin1String(": rejected")) && !outB.contains(QLatin1String(": rejected")),
             qPrintable(outA + outB));
    QCOMPARE(storedPaths(outA), a);
    QCOMPARE(storedPaths(outB), b);
    QSet<QString> expected;
    for (const QString &r : reports)
        expected.insert(sha256Hex(readBytes(r)));
    QSet<QString> stored = storedHashes(dbPath());
    QCOMPARE(stored.size(), 16 + (existing ? 1 : 0));
    QVERIFY(stored.contains(expected));
    QVERIFY(incompleteDocuments(dbPath()).isEmpty());
    QVERIFY(Repair::check(dbPath()).ok);
}

void tst_CliStore::databaseAUserCannotWriteOpensReadOnly_data()
{
    QTest::addColumn<bool>("fileWritable"); // the folder never is
    QTest::newRow("file and folder read-only") << false;
    QTest::newRow("writable file in a read-only folder") << true;
}

void tst_CliStore::databaseAUserCannotWriteOpensReadOnly()
{
    QFETCH(bool, fileWritable);
    const CliRun made = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                                dataPath(Data::FocusedLetter)});
    QCOMPARE(made.exitCode, 0);
    // Owned by root, readable by all: the user nobody reads but cannot write the folder (and,
    // in the first case, the file).
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                     | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                     | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                     | QFileDevice::ExeGroup));
    QFile::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther;
    if (fileWritable)
        mode |= QFileDevice::WriteOther | QFileDevice::WriteGroup;
    QVERIFY(QFile::setPermissions(dbPath(), mode));
    const QByteArray before = readBytes(dbPath());
    const CliRun list = runCliAsNobody({QStringLiteral("list"), QStringLiteral("--db"), dbPath()});
    if (list.exitCode == -1)
        QSKIP("cannot run oversight-cli as the user nobody (setpriv): read-only database untested");
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QLatin1String("Wokingham")), qPrintable(list.out));
    const CliRun search = runCliAsNobody({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                          QStringLiteral("children")});
    QVERIFY2(search.exitCode == 0 && search.out.contains(QLatin1String("Wokingham")), qPrintable(search.err));
    const CliRun import = runCliAsNobody({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                                          dataPath(Data::MonitoringLetter)});
    QCOMPARE(import.exitCode, 1);
    // Said once, before any file is read: "import: you cannot write to ...; nothing was changed".
    QVERIFY2(import.out.isEmpty(), qPrintable(import.out));
    QVERIFY2(import.err.startsWith(QLatin1String("import: you cannot write to "))
                 && import.err.contains(QLatin1String("nothing was changed")),
             qPrintable(import.err));
    QCOMPARE(readBytes(dbPath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("store.sqlite")});
}

void tst_CliStore::libraryFollowsAnOutsideImport()
{
    Library library;
    QVERIFY(library.open(dbPath()));
    QCOMPARE(library.store()->documentCount(), 0);
    QSignalSpy changed(&library, &Library::changed);
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                               dataPath(Data::FocusedLetter)});
    QCOMPARE(run.exitCode, 0);
    // No call to refresh(): the library sees another process's commit by itself.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 5000);
    QCOMPARE(library.store()->documentCount(), 1);
}

void tst_CliStore::anotherProgramLeavesAnOpenLibrarysWriteAheadLogAlone()
{
    // SQLite's locks are POSIX advisory locks: if this process opened and closed the file any
    // other way while connected, its locks would go, and the next program to come and go
    // would take itself for the file's last user and delete the WAL this process writes to.
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                     dataPath(Data::FocusedLetter)})
                 .exitCode,
             0);
    Library library;
    QVERIFY(library.open(dbPath()));
    // As the GUI does: a connection of its own for an import, a re-read or a backup check.
    Database second(dbPath());
    QVERIFY2(second.isOpen(), qPrintable(second.errorString()));
    const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--db"), dbPath()});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(QFileInfo::exists(dbPath() + QStringLiteral("-wal")),
             "another program's close deleted the WAL of a library still open here");
    // What this process writes now is read by every other program.
    Checklist checklist;
    checklist.name = QStringLiteral("Written while another program came and went");
    checklist.source = QStringLiteral("user");
    checklist.items = {{0, 0, QStringLiteral("An item"), {}}};
    QVERIFY(library.annotations()->createChecklist(checklist) > 0);
    const CliRun lists = runCli({QStringLiteral("checklist"), QStringLiteral("--db"), dbPath(),
                                 QStringLiteral("--list")});
    QCOMPARE(lists.exitCode, 0);
    QVERIFY2(lists.out.contains(checklist.name), qPrintable(lists.out + lists.err));
}

void tst_CliStore::killedImportsAndRereadsLeaveAWholeDatabase()
{
    const QStringList reports = distinctReports(m_dir->filePath(QStringLiteral("reports")), 8);
    QCOMPARE(reports.size(), 8);
    QHash<QString, QString> hashOf;
    for (const QString &r : reports)
        hashOf.insert(r, sha256Hex(readBytes(r)));
    // How long one whole import takes here: kills land anywhere in it.
    QElapsedTimer clock;
    clock.start();
    const QString calibration = m_dir->filePath(QStringLiteral("calibration.sqlite"));
    QCOMPARE(runCli(QStringList{"import", "--db", calibration} + reports).exitCode, 0);
    const int span = int(clock.elapsed()) + 50;

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill -9 loop: seed %u, an import takes %d ms", seed, span);
    QRandomGenerator random(seed);
    QElapsedTimer budget;
    budget.start();
    int kills = 0;
    QString db;
    for (int round = 0; round < 24 && budget.elapsed() < 45000; ++round) {
        if (round % 4 == 0) // a new database now and then: kills during creation and migration
            db = m_dir->filePath(QStringLiteral("killed-%1.sqlite").arg(round));
        const bool reread = round % 4 == 3;
        QStringList args{reread ? QStringLiteral("reread") : QStringLiteral("import"), QStringLiteral("--db"), db};
        if (!reread)
            args += reports;
        QProcess process;
        process.start(QStringLiteral(OVERSIGHT_CLI), args);
        QVERIFY(process.waitForStarted());
        const int delay = int(random.bounded(span));
        if (!process.waitForFinished(delay)) {
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            ++kills;
        }
        const QString context = QStringLiteral("round %1 (seed %2), %3 after %4 ms").arg(round).arg(seed).arg(args.first()).arg(delay);
        if (!QFileInfo::exists(db))
            continue;
        const Repair::CheckResult check = Repair::check(db);
        QVERIFY2(check.ok, qPrintable(context + QStringLiteral(": ") + check.problems.join(QLatin1Char(' '))));
        const QStringList incomplete = incompleteDocuments(db);
        QVERIFY2(incomplete.isEmpty(), qPrintable(context + QStringLiteral(": ") + incomplete.join(QLatin1Char(' '))));
        const QSet<QString> stored = storedHashes(db);
        for (const QString &path : storedPaths(QString::fromUtf8(process.readAllStandardOutput())))
            QVERIFY2(stored.contains(hashOf.value(path)), qPrintable(context + QStringLiteral(": lost ") + path));
        // And the next process opens it as Oversight's own, whatever moment the kill hit.
        Database::Options options;
        options.create = Database::Create::Never;
        const Database reopened(db, options);
        QVERIFY2(reopened.isOpen() || QFileInfo(db).size() == 0, qPrintable(context + QStringLiteral(": ") + reopened.errorString()));
    }
    qInfo("kill -9 loop: %d processes killed", kills);
    QVERIFY(kills >= 5);
}

// The same for annotation edits: a child process annotates as the GUI does (ANNOTATION_WRITER,
// see tests/store/annotation_writer.cpp), killed at random moments. Every edit it reported
// done is there as it was made, and no annotation is half written (every one is linked to
// the item it was created with).
void tst_CliStore::killedAnnotationEditsLeaveAWholeDatabase()
{
    const QString db = m_dir->filePath(QStringLiteral("annotated.sqlite"));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                     dataPath(Data::MonitoringLetter)}).exitCode, 0);
    qint64 documentId = 0;
    {
        Database database(db);
        documentId = DocumentStore(database).documents().first().id;
    }
    // Enough edits that a kill at a random moment of the calibrated span mostly lands inside
    // the run, however fast the machine.
    constexpr int kRounds = 60;
    const auto start = [&](QProcess &process, int rounds) {
        process.start(QStringLiteral(ANNOTATION_WRITER),
                      {db, QString::number(documentId), QString::number(rounds)});
        return process.waitForStarted();
    };
    QElapsedTimer clock;
    clock.start();
    {
        QProcess calibration;
        QVERIFY(start(calibration, kRounds));
        QVERIFY(calibration.waitForFinished(60000));
        QCOMPARE(calibration.exitCode(), 0);
    }
    const int span = int(clock.elapsed()) + 20;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("annotation kill loop: seed %u, %d edits take %d ms", seed, 2 * kRounds, span);
    QRandomGenerator random(seed);
    QHash<qint64, QString> edited; // annotation -> the note its last reported edit gave it
    QSet<qint64> created;
    int kills = 0;
    for (int round = 0; round < 16; ++round) {
        QProcess process;
        QVERIFY(start(process, kRounds));
        const int delay = int(random.bounded(span));
        if (!process.waitForFinished(delay)) {
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            ++kills;
        }
        const QString context = QStringLiteral("round %1 (seed %2), killed after %3 ms").arg(round).arg(seed).arg(delay);
        for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.first() == QLatin1String("created"))
                created.insert(words.at(1).toLongLong());
            else if (words.first() == QLatin1String("edited"))
                edited.insert(words.at(1).toLongLong(), words.at(2));
        }
        const Repair::CheckResult check = Repair::check(db);
        QVERIFY2(check.ok, qPrintable(context + QStringLiteral(": ") + check.problems.join(QLatin1Char(' '))));
        Database database(db);
        QVERIFY2(database.isOpen(), qPrintable(context + QStringLiteral(": ") + database.errorString()));
        AnnotationStore annotations(database);
        for (const qint64 id : std::as_const(created))
            QVERIFY2(annotations.annotation(id), qPrintable(context + QStringLiteral(": lost annotation %1").arg(id)));
        for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
            const std::optional<Annotation> a = annotations.annotation(it.key());
            QVERIFY2(a && a->note == it.value() && a->itemIds.size() == 2,
                     qPrintable(context + QStringLiteral(": edit of annotation %1 lost").arg(it.key())));
        }
        for (const Annotation &a : annotations.annotations())
            QVERIFY2(!a.itemIds.isEmpty(), qPrintable(context + QStringLiteral(": annotation %1 half written").arg(a.id)));
    }
    qInfo("annotation kill loop: %d processes killed, %lld annotations reported", kills, qint64(created.size()));
    QVERIFY(kills >= 4);
}

QTEST_GUILESS_MAIN(tst_CliStore)
#include "tst_cli_store.moc"
