// The store never harms a file that is not its own, opens what it cannot write read-only, says
// plainly what went wrong, keeps backups and salvages what it can from a damaged file. Real
// SQLite files throughout; the full disk and the read-only folder are real mounts the suite
// makes (skipped, saying so, where it may not mount).
#include "Fixtures.h"
#include "StoreSnapshot.h"

#include "store/Backups.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "store/Repair.h"
#include "store/SqliteDialect.h"
#include "store/SqliteFile.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>
#include <QThread>

#include <memory>
#include <thread>

using namespace oversight;
using namespace oversight::test;

namespace {

// A document with n pages of text, its bytes made unique by tag.
NewDocument sampleDocument(const QString &tag, int pages = 3, int pdfBytes = 2000)
{
    NewDocument doc;
    doc.fileName = tag + QStringLiteral(".pdf");
    doc.pdf = QByteArray("%PDF-1.4 ") + tag.toUtf8() + QByteArray(pdfBytes, 'x');
    doc.sha256 = sha256Hex(doc.pdf);
    for (int i = 1; i <= pages; ++i)
        doc.pageTexts.append(QStringLiteral("Page %1 of %2: private fostering and care leavers").arg(i).arg(tag));
    doc.facts.kind = QStringLiteral("other");
    doc.facts.authority = QStringLiteral("Wandsworth");
    doc.facts.findings = {Finding{1, QStringLiteral("Help"), QStringLiteral("Care leavers are well supported"), 1}};
    return doc;
}

bool sideFilesExist(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return true;
    return false;
}

// Runs a command; true when it exited 0.
bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A mount the test made, undone when it goes out of scope.
struct Mount
{
    QString point;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            run(QStringLiteral("umount"), {point});
    }
};

} // namespace

class tst_StoreSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newDatabaseCarriesOversightsMark();
    void databaseOfAnotherProgramIsLeftByteIdentical_data();
    void databaseOfAnotherProgramIsLeftByteIdentical();
    void databaseFromBeforeTheMarkIsRecognisedAndStamped();
    void missingFileIsNotCreatedWhenCreationIsNotAllowed();
    void folderIsNamedAsAFolder();
    void missingFolderIsNamedNotMade();
    void emptySqliteFileIsTakenOnlyWhenCreating();
    void readOnlyOpenReadsAndRefusesWritesPlainly();
    void readOnlyMountOpensReadOnly();
    void truncatedDatabaseIsDamagedNotForeign();
    void overwrittenPagesAreReportedAsDamage();
    void resultCodesAreWordedForTheUser_data();
    void resultCodesAreWordedForTheUser();
    void fullDiskIsNamedAndLeavesNoPartialDocument();
    void fullDiskOnCreationLeavesNoStrayFiles();
    void writesWaitForAnotherWriterInsteadOfFailing();
    void backupsAreKeptNamedByDateAndPruned();
    void migrationMakesABackupFirst();
    void restoringABackupKeepsTheReplacedFile();
    void checkFindsDamageAndSalvageCopiesWhatCanBeRead();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("oversight.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_StoreSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_StoreSafety::cleanup()
{
    m_dir.reset();
}

void tst_StoreSafety::newDatabaseCarriesOversightsMark()
{
    {
        Database db(dbPath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(!db.isReadOnly());
    }
    const SqliteFile file = SqliteFile::probe(dbPath());
    QCOMPARE(file.kind, SqliteFile::Kind::Oversight);
    QCOMPARE(file.applicationId, SqliteDialect::kApplicationId);
    QCOMPARE(RawConnection(dbPath()).scalar(QStringLiteral("PRAGMA application_id")).toLongLong(),
             qint64(SqliteDialect::kApplicationId));
}

void tst_StoreSafety::databaseOfAnotherProgramIsLeftByteIdentical_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("rollback journal, no mark")
        << QStringList{"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)",
                       "INSERT INTO notes(text) VALUES ('buy milk')"};
    QTest::newRow("WAL, no mark")
        << QStringList{"PRAGMA journal_mode=WAL", "CREATE TABLE bookmarks(url TEXT)",
                       "INSERT INTO bookmarks VALUES ('https://www.gov.uk')"};
    QTest::newRow("another program's application_id")
        << QStringList{"PRAGMA application_id=1598903374", "CREATE TABLE t(x)"};
    // A look-alike: some of Oversight's table names, not all of them.
    QTest::newRow("half of Oversight's tables")
        << QStringList{"CREATE TABLE documents(id INTEGER PRIMARY KEY)", "PRAGMA user_version=4"};
    QTest::newRow("another program's mark, Oversight's tables")
        << QStringList{"PRAGMA application_id=42", "CREATE TABLE authorities(id)",
                       "CREATE TABLE documents(id)", "CREATE TABLE document_files(id)",
                       "CREATE TABLE pages(id)", "CREATE TABLE pages_fts(id)", "PRAGMA user_version=2"};
}

void tst_StoreSafety::databaseOfAnotherProgramIsLeftByteIdentical()
{
    QFETCH(QStringList, statements);
    {
        RawConnection raw(dbPath());
        for (const QString &sql : statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    }
    QVERIFY(!sideFilesExist(dbPath())); // the last connection closed cleanly
    const QByteArray before = readBytes(dbPath());
    QVERIFY(!before.isEmpty());
    for (const Database::Create create : {Database::Create::IfMissing, Database::Create::Never}) {
        Database::Options options;
        options.create = create;
        Database db(dbPath(), options);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.problem(), Database::Problem::NotOurs);
        QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(dbPath())), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(
                     QLatin1String("is a database of another program; Oversight has not changed it")),
                 qPrintable(db.errorString()));
    }
    QCOMPARE(readBytes(dbPath()), before);
    QVERIFY(!sideFilesExist(dbPath()));
}

void tst_StoreSafety::databaseFromBeforeTheMarkIsRecognisedAndStamped()
{
    {
        Database db(dbPath());
        QVERIFY(db.isOpen());
        DocumentStore store(db);
        QCOMPARE(store.add(sampleDocument(QStringLiteral("old"))), DocumentStore::AddResult::Added);
    }
    {
        RawConnection raw(dbPath()); // as Oversight left files before the mark existed
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id=0")));
    }
    QCOMPARE(SqliteFile::probe(dbPath()).kind, SqliteFile::Kind::Unmarked);
    {
        Database db(dbPath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(DocumentStore(db).documentCount(), 1);
    }
    QCOMPARE(SqliteFile::probe(dbPath()).kind, SqliteFile::Kind::Oversight);
}

void tst_StoreSafety::missingFileIsNotCreatedWhenCreationIsNotAllowed()
{
    const QString typo = m_dir->filePath(QStringLiteral("sub/oversigth.sqlite"));
    Database::Options options;
    options.create = Database::Create::Never;
    Database db(typo, options);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.problem(), Database::Problem::Missing);
    QVERIFY2(db.errorString().contains(QLatin1String("does not exist")), qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(typo));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("sub"))));
}

void tst_StoreSafety::missingFolderIsNamedNotMade()
{
    // A mistyped folder in a new database's path ("--db ~/Docments/lib.sqlite"): said, and no
    // folder or file made there. Only the default database's folder is made (WithFolders).
    const QString folder = m_dir->filePath(QStringLiteral("Docments"));
    const QString path = folder + QStringLiteral("/library.sqlite");
    {
        Database db(path);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.problem(), Database::Problem::Missing);
        QVERIFY2(db.errorString().contains(QStringLiteral("the folder %1 does not exist")
                                               .arg(QDir::toNativeSeparators(folder))),
                 qPrintable(db.errorString()));
    }
    QVERIFY(!QFileInfo::exists(folder));

    Database::Options withFolders;
    withFolders.create = Database::Create::WithFolders;
    Database made(path, withFolders);
    QVERIFY2(made.isOpen(), qPrintable(made.errorString()));
    QVERIFY(QFileInfo(path).isFile());
}

void tst_StoreSafety::folderIsNamedAsAFolder()
{
    // A folder given where a database file was meant: said as it is, and nothing made in it.
    const QString folder = m_dir->filePath(QStringLiteral("library"));
    QVERIFY(QDir().mkpath(folder));
    Database db(folder);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.problem(), Database::Problem::NotOurs);
    QVERIFY2(db.errorString().contains(QLatin1String("is a folder, not a database file")),
             qPrintable(db.errorString()));
    QVERIFY(QDir(folder).isEmpty());
}

void tst_StoreSafety::emptySqliteFileIsTakenOnlyWhenCreating()
{
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("VACUUM"))); // a valid, empty SQLite file
    }
    Database::Options never;
    never.create = Database::Create::Never;
    {
        Database refused(dbPath(), never);
        QVERIFY(!refused.isOpen());
        QCOMPARE(refused.problem(), Database::Problem::NotOurs);
    }
    Database taken(dbPath());
    QVERIFY2(taken.isOpen(), qPrintable(taken.errorString()));
    QCOMPARE(taken.schemaVersion(), Database::latestSchemaVersion());
}

void tst_StoreSafety::readOnlyOpenReadsAndRefusesWritesPlainly()
{
    {
        Database db(dbPath());
        DocumentStore store(db);
        QCOMPARE(store.add(sampleDocument(QStringLiteral("a"))), DocumentStore::AddResult::Added);
    }
    const QByteArray before = readBytes(dbPath());
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.create = Database::Create::Never;
    {
        Database db(dbPath(), options);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QVERIFY(!db.readOnlyReason().isEmpty());
        DocumentStore store(db);
        QCOMPARE(store.documentCount(), 1);
        QCOMPARE(store.search(QStringLiteral("fostering")).size(), 3);
        QCOMPARE(store.add(sampleDocument(QStringLiteral("b"))), DocumentStore::AddResult::Failed);
        QVERIFY2(store.lastError().contains(QLatin1String("read-only")), qPrintable(store.lastError()));
    }
    QCOMPARE(readBytes(dbPath()), before);
}

void tst_StoreSafety::readOnlyMountOpensReadOnly()
{
    {
        Database db(dbPath());
        QCOMPARE(DocumentStore(db).add(sampleDocument(QStringLiteral("a"))), DocumentStore::AddResult::Added);
    }
    // A read-only bind mount of the folder: neither the file nor the folder can be written,
    // whoever runs the test (chmod would not stop root).
    Mount mount;
    mount.point = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(mount.point));
    if (!run(QStringLiteral("mount"), {QStringLiteral("--bind"), m_dir->path(), mount.point}))
        QSKIP("cannot make a bind mount here (needs root or CAP_SYS_ADMIN): read-only folder untested");
    mount.mounted = true;
    if (!run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mount.point}))
        QSKIP("cannot remount read-only here: read-only folder untested");
    const QString path = mount.point + QStringLiteral("/oversight.sqlite");
    const QByteArray before = readBytes(path);
    {
        Database db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QLatin1String("cannot write")), qPrintable(db.readOnlyReason()));
        DocumentStore store(db);
        QCOMPARE(store.documentCount(), 1);
        QCOMPARE(store.search(QStringLiteral("leavers")).size(), 3);
        QCOMPARE(store.add(sampleDocument(QStringLiteral("b"))), DocumentStore::AddResult::Failed);
        QVERIFY2(store.lastError().contains(QLatin1String("read-only")), qPrintable(store.lastError()));
    }
    QCOMPARE(readBytes(path), before);
}

void tst_StoreSafety::truncatedDatabaseIsDamagedNotForeign()
{
    {
        Database db(dbPath());
        DocumentStore store(db);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(store.add(sampleDocument(QString::number(i), 5, 60000)), DocumentStore::AddResult::Added);
    }
    QByteArray bytes = readBytes(dbPath());
    QVERIFY(bytes.size() > 100000);
    bytes.truncate(bytes.size() / 2);
    QVERIFY(writeBytes(dbPath(), bytes));
    Database db(dbPath());
    QVERIFY(!db.isOpen());
    QCOMPARE(db.problem(), Database::Problem::Damaged);
    QVERIFY2(db.errorString().contains(QLatin1String("is damaged: run File > Check and repair, or restore a backup")),
             qPrintable(db.errorString()));
    QCOMPARE(readBytes(dbPath()), bytes);
}

namespace {
// Overwrites page number page (1-based) of the file with noise.
bool overwritePage(const QString &path, int page)
{
    const int pageSize = RawConnection(path).scalar(QStringLiteral("PRAGMA page_size")).toInt();
    QFile f(path);
    if (page < 2 || pageSize <= 0 || !f.open(QIODevice::ReadWrite) || !f.seek(qint64(page - 1) * pageSize))
        return false;
    QByteArray noise(pageSize, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 37 + 11) % 253);
    return f.write(noise) == noise.size();
}

// Overwrites the page at the root of table with noise; returns false if it could not.
bool overwriteRootPage(const QString &path, const QString &table)
{
    const int root = RawConnection(path)
                         .scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table))
                         .toInt();
    return overwritePage(path, root);
}
} // namespace

void tst_StoreSafety::overwrittenPagesAreReportedAsDamage()
{
    {
        Database db(dbPath());
        DocumentStore store(db);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(store.add(sampleDocument(QString::number(i))), DocumentStore::AddResult::Added);
    }
    QVERIFY(overwriteRootPage(dbPath(), QStringLiteral("documents")));
    const QByteArray before = readBytes(dbPath());
    Database db(dbPath());
    QVERIFY(!db.isOpen());
    QCOMPARE(db.problem(), Database::Problem::Damaged);
    QVERIFY2(db.errorString().contains(QLatin1String("is damaged")), qPrintable(db.errorString()));
    QCOMPARE(readBytes(dbPath()), before);
    QVERIFY(!Repair::check(dbPath()).ok);
}

void tst_StoreSafety::resultCodesAreWordedForTheUser_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SQLITE_FULL") << "13" << "not enough space on the disk that holds";
    QTest::newRow("SQLITE_READONLY") << "8" << "is read-only";
    QTest::newRow("SQLITE_READONLY_DBMOVED") << "1032" << "is read-only";
    QTest::newRow("SQLITE_BUSY") << "5" << "locked by another program";
    QTest::newRow("SQLITE_BUSY_SNAPSHOT") << "517" << "locked by another program";
    QTest::newRow("SQLITE_CORRUPT") << "11" << "is damaged: run File > Check and repair";
    QTest::newRow("SQLITE_NOTADB") << "26" << "is damaged";
}

void tst_StoreSafety::resultCodesAreWordedForTheUser()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const QSqlError error(QStringLiteral("driver"), QStringLiteral("sqlite's words"),
                          QSqlError::StatementError, code);
    const QString message = StoreError::describe(error, QStringLiteral("/data/o.sqlite"), QStringLiteral("r.pdf"));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(QStringLiteral("/data/o.sqlite"))), qPrintable(message));
}

void tst_StoreSafety::fullDiskIsNamedAndLeavesNoPartialDocument()
{
    Mount mount;
    mount.point = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount.point));
    if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mount.point}))
        QSKIP("cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): full disk untested");
    mount.mounted = true;
    const QString path = mount.point + QStringLiteral("/full.sqlite");
    {
        Database db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        DocumentStore store(db);
        QCOMPARE(store.add(sampleDocument(QStringLiteral("fits"))), DocumentStore::AddResult::Added);
        // 3 MB of PDF does not fit on a 2 MB disk.
        const NewDocument big = sampleDocument(QStringLiteral("too big"), 4, 3 * 1024 * 1024);
        QCOMPARE(store.add(big), DocumentStore::AddResult::Failed);
        QVERIFY2(store.lastError().contains(QStringLiteral("not enough space on the disk that holds %1 to store too big.pdf")
                                                .arg(QDir::toNativeSeparators(path))),
                 qPrintable(store.lastError()));
        // The connection goes on working, with the first document whole.
        QCOMPARE(store.documentCount(), 1);
    }
    QVERIFY(incompleteDocuments(path).isEmpty());
    QVERIFY(Repair::check(path).ok);
    QVERIFY2(!sideFilesExist(path), "a -wal, -shm or -journal was left behind");
}

void tst_StoreSafety::fullDiskOnCreationLeavesNoStrayFiles()
{
    Mount mount;
    mount.point = m_dir->filePath(QStringLiteral("tiny"));
    QVERIFY(QDir().mkpath(mount.point));
    if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mount.point}))
        QSKIP("cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): full disk untested");
    mount.mounted = true;
    // Fill the disk but for a few KB.
    QVERIFY(writeBytes(mount.point + QStringLiteral("/filler"), QByteArray(60 * 1024, 'f')));
    const QString path = mount.point + QStringLiteral("/new.sqlite");
    Database db(path);
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QLatin1String("not enough space on the disk that holds")),
             qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!sideFilesExist(path));
}

void tst_StoreSafety::writesWaitForAnotherWriterInsteadOfFailing()
{
    Database first(dbPath());
    Database second(dbPath());
    QVERIFY(first.isOpen() && second.isOpen());
    // The first connection holds the write lock past the busy timeout of the second; the
    // second's write waits and goes in once the lock is free, instead of failing.
    QSqlQuery hold(first.connection());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(hold.exec(QStringLiteral("INSERT INTO authorities(key, name) VALUES ('name:x', 'X')")));
    QElapsedTimer clock;
    clock.start();
    DocumentStore::AddResult result = DocumentStore::AddResult::Failed;
    QString error;
    std::thread writer([&] {
        Database own(dbPath());
        DocumentStore store(own);
        result = store.add(sampleDocument(QStringLiteral("waited")));
        error = store.lastError();
    });
    QThread::msleep(SqliteDialect::kBusyTimeoutMs + 1000);
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    writer.join();
    QVERIFY2(result == DocumentStore::AddResult::Added, qPrintable(error));
    QVERIFY(clock.elapsed() >= SqliteDialect::kBusyTimeoutMs);
    QCOMPARE(DocumentStore(second).documentCount(), 1);
}

void tst_StoreSafety::backupsAreKeptNamedByDateAndPruned()
{
    Database db(dbPath());
    DocumentStore store(db);
    QCOMPARE(store.add(sampleDocument(QStringLiteral("a"))), DocumentStore::AddResult::Added);
    const Backups backups(dbPath());
    for (int i = 0; i < Backups::kKeep + 2; ++i) {
        QString error;
        QVERIFY2(backups.make(db.connection(), Backups::Reason::Manual, &error), qPrintable(error));
    }
    const QList<Backups::Entry> list = backups.list();
    QCOMPARE(list.size(), Backups::kKeep);
    QVERIFY(backups.madeToday());
    for (const Backups::Entry &e : list) {
        QVERIFY2(QFileInfo(e.path).fileName().startsWith(QLatin1String("oversight-backup-")), qPrintable(e.path));
        QCOMPARE(e.made.date(), QDate::currentDate());
        QCOMPARE(SqliteFile::probe(e.path).kind, SqliteFile::Kind::Oversight);
        Database copy(e.path);
        QCOMPARE(DocumentStore(copy).documentCount(), 1);
    }
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).made > list.at(i).made);
}

void tst_StoreSafety::migrationMakesABackupFirst()
{
    {
        Database v1(dbPath(), 1);
        QVERIFY(v1.isOpen());
        QSqlQuery q(v1.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO authorities(key, name) VALUES ('name:x', 'X')")));
    }
    QVERIFY(Backups(dbPath()).list().isEmpty());
    Database latest(dbPath());
    QVERIFY(latest.isOpen());
    const QList<Backups::Entry> list = Backups(dbPath()).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(RawConnection(list.first().path).scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void tst_StoreSafety::restoringABackupKeepsTheReplacedFile()
{
    const Backups backups(dbPath());
    {
        Database db(dbPath());
        DocumentStore store(db);
        QCOMPARE(store.add(sampleDocument(QStringLiteral("kept"))), DocumentStore::AddResult::Added);
        QString error;
        QVERIFY2(backups.make(db.connection(), Backups::Reason::Manual, &error), qPrintable(error));
        QCOMPARE(store.add(sampleDocument(QStringLiteral("after the backup"))), DocumentStore::AddResult::Added);
    }
    QString error;
    QVERIFY2(backups.restore(backups.list().first().path, &error), qPrintable(error));
    {
        Database db(dbPath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(DocumentStore(db).documentCount(), 1);
    }
    const QStringList replaced = QDir(m_dir->path()).entryList({QStringLiteral("oversight-replaced-*")});
    QCOMPARE(replaced.size(), 1);
    Database old(m_dir->filePath(replaced.first()));
    QCOMPARE(DocumentStore(old).documentCount(), 2);
}

void tst_StoreSafety::checkFindsDamageAndSalvageCopiesWhatCanBeRead()
{
    const int documents = 6;
    {
        Database db(dbPath());
        DocumentStore store(db);
        QSqlQuery q(db.connection());
        for (int i = 0; i < documents; ++i) {
            NewDocument doc = sampleDocument(QString::number(i), 12);
            for (QString &text : doc.pageTexts)
                text += QStringLiteral(" filler").repeated(300); // ~2 KB a page: pages span many leaves
            QCOMPARE(store.add(doc), DocumentStore::AddResult::Added);
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO checklists(name, source, created_at) VALUES ('c', 'user', '2026-01-01')")));
    }
    QVERIFY(Repair::check(dbPath()).ok);
    // Noise over one leaf page in the middle of the pages table: the documents whose pages it
    // held cannot be read whole, the others can.
    QList<int> leaves;
    {
        RawConnection raw(dbPath());
        QSqlQuery q(raw.db());
        if (!q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'pages' AND pagetype = 'leaf' ORDER BY pageno")))
            QSKIP("this SQLite has no dbstat table to find a leaf page with");
        while (q.next())
            leaves.append(q.value(0).toInt());
    }
    QVERIFY2(leaves.size() >= 4, qPrintable(QString::number(leaves.size())));
    QVERIFY(overwritePage(dbPath(), leaves.at(leaves.size() / 2)));
    const Repair::CheckResult check = Repair::check(dbPath());
    QVERIFY(!check.ok);
    QVERIFY(!check.problems.isEmpty());

    const QString target = m_dir->filePath(QStringLiteral("salvaged.sqlite"));
    const Repair::SalvageResult salvage = Repair::salvage(dbPath(), target);
    QVERIFY2(salvage.ok, qPrintable(salvage.error));
    QCOMPARE(salvage.documents + salvage.documentsLost, documents);
    QVERIFY(salvage.documentsLost >= 1);
    QVERIFY(salvage.documents >= 1);
    QVERIFY(Repair::check(target).ok);
    QVERIFY2(incompleteDocuments(target).isEmpty(), qPrintable(incompleteDocuments(target).join('\n')));
    Database db(target);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    DocumentStore store(db);
    QCOMPARE(store.documentCount(), salvage.documents);
    QCOMPARE(RawConnection(target).scalar(QStringLiteral("SELECT count(*) FROM checklists")).toInt(), 1);
    // What was copied is searchable again: every page of every document copied.
    QCOMPARE(store.search(QStringLiteral("leavers"), 1000).size(), 12 * salvage.documents);
}

QTEST_GUILESS_MAIN(tst_StoreSafety)
#include "tst_storesafety.moc"
