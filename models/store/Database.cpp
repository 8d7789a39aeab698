#include "Database.h"

#include "Backups.h"
#include "DatabaseLocation.h"
#include "domain/FactCorrection.h"
#include "Migrations.h"
#include "PostgresDialect.h"
#include "SqliteDialect.h"
#include "SqliteFile.h"
#include "StoreError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

namespace oversight {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("oversight-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::Database", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "file:///folder/name.db?mode=ro": SQLite's URI form, which takes open options. Paths are
// percent-encoded, so '?' and '#' in a name stay part of it.
QString sqliteUri(const QString &path, const char *query)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
           + QLatin1Char('?') + QLatin1String(query);
}

bool exists(const QString &path)
{
    return QFileInfo::exists(path);
}

// Tables an Oversight database has had since schema 1.
bool hasOversightTables(const QStringList &tables)
{
    for (const char *t : {"authorities", "documents", "document_files", "pages", "pages_fts"})
        if (!tables.contains(QLatin1String(t)))
            return false;
    return true;
}

// What an unmarked file (application_id 0) holds, read through an immutable connection: SQLite
// then takes no lock and writes nothing, not even a -shm. It reads the main file only, which for
// the question asked (which tables exist) is enough: a schema lives in the main file once
// checkpointed, and a file whose -wal holds unknown changes is not taken (see identify()).
struct Contents
{
    bool readable = false;
    QSqlError error;
    QStringList tables;
};

Contents readContents(const QString &path)
{
    Contents contents;
    const QString name = nextConnectionName() + QStringLiteral("-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(sqliteUri(path, "immutable=1"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
                contents.readable = true;
                while (q.next())
                    contents.tables.append(q.value(0).toString());
            } else {
                contents.error = q.lastError();
            }
            q.finish();
        } else {
            contents.error = db.lastError();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

} // namespace

Database::Database(const QString &path, int targetVersion)
    : m_connectionName(nextConnectionName()), m_path(path)
{
    Options options;
    options.targetVersion = targetVersion;
    open(options);
}

Database::Database(const QString &path, const Options &options)
    : m_connectionName(nextConnectionName()), m_path(path)
{
    open(options);
}

void Database::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    m_open = false;
}

bool Database::identify(const Options &options, bool *isNew)
{
    const QString name = native(m_path);
    const SqliteFile file = SqliteFile::probe(m_path);
    const auto notOurs = [&] {
        fail(Problem::NotOurs, tr("%1 is a database of another program; Oversight has not changed it")
                                   .arg(name));
        return false;
    };
    *isNew = false;
    switch (file.kind) {
    case SqliteFile::Kind::Missing:
        if (options.create == Create::Never) {
            fail(Problem::Missing, tr("%1 does not exist").arg(name));
            return false;
        }
        *isNew = true;
        return true;
    case SqliteFile::Kind::Empty:
        if (options.create == Create::Never) {
            fail(Problem::NotOurs, tr("%1 is an empty file, not an Oversight database").arg(name));
            return false;
        }
        *isNew = true;
        return true;
    case SqliteFile::Kind::NotSqlite:
        if (QFileInfo(m_path).isDir()) {
            fail(Problem::NotOurs, tr("%1 is a folder, not a database file").arg(name));
            return false;
        }
        fail(Problem::NotOurs,
             tr("%1 is not an Oversight database (nor any SQLite database); Oversight has not "
                "changed it")
                 .arg(name));
        return false;
    case SqliteFile::Kind::Truncated:
        fail(Problem::Damaged, StoreError::damaged(m_path) + tr(" (the file is shorter than it should be)"));
        return false;
    case SqliteFile::Kind::OtherApp:
        return notOurs();
    case SqliteFile::Kind::Oversight:
        return true;
    case SqliteFile::Kind::InUse:
        return true; // identified as Oversight's when this process opened it first
    case SqliteFile::Kind::Unmarked:
        break;
    }
    // Application id 0: an Oversight file from before the mark, an empty SQLite file, or
    // another program's database.
    const Contents contents = readContents(m_path);
    if (!contents.readable) {
        if (SqliteDialect::sqliteFailureOf(contents.error) == SqliteDialect::Failure::Damaged) {
            fail(Problem::Damaged, StoreError::damaged(m_path));
            return false;
        }
        fail(Problem::Unavailable, StoreError::describe(contents.error, m_path));
        return false;
    }
    if (hasOversightTables(contents.tables) && file.userVersion >= 1)
        return true;
    const bool walHasChanges = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
    if (contents.tables.isEmpty() && file.userVersion == 0 && !walHasChanges) {
        if (options.create == Create::Never) {
            fail(Problem::NotOurs,
                 tr("%1 is an empty database, not an Oversight database; Oversight has not "
                    "changed it")
                     .arg(name));
            return false;
        }
        *isNew = true;
        return true;
    }
    return notOurs();
}

void Database::open(const Options &options)
{
    const int targetVersion = options.targetVersion < 0 ? Migrations::latest() : options.targetVersion;
    if (DatabaseLocation::isTeamDatabase(m_path)) {
        openTeamDatabase(options, targetVersion);
        return;
    }
    // Who makes a change, on a file of one's own: the computer's user name.
    m_userName = currentUserName();
    bool isNew = false;
    if (!identify(options, &isNew))
        return;

    const QFileInfo info(m_path);
    const bool existed = info.exists();
    if (!existed && !QFileInfo(info.absolutePath()).isDir()) {
        if (options.create != Create::WithFolders) {
            fail(Problem::Missing, tr("the folder %1 does not exist").arg(native(info.absolutePath())));
            return;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            fail(Problem::Unavailable,
                 tr("cannot create the folder %1").arg(native(info.absolutePath())));
            return;
        }
    }
    // Read-only: asked for, or the file cannot be written, or its folder cannot take the -wal
    // and -shm files SQLite needs beside a database in WAL mode.
    const QString folder = info.absolutePath();
    const bool folderWritable = QFileInfo(folder).isWritable();
    const bool sideFilesExist = exists(m_path + QStringLiteral("-wal")) && exists(m_path + QStringLiteral("-shm"));
    if (options.access == Access::ReadOnly) {
        m_readOnly = true;
        m_readOnlyReason = tr("%1 was opened read-only").arg(native(m_path));
    } else if (existed && !info.isWritable()) {
        m_readOnly = true;
        m_readOnlyReason = tr("you cannot write to %1").arg(native(m_path));
    } else if (existed && !folderWritable && !sideFilesExist) {
        m_readOnly = true;
        m_readOnlyReason = tr("you cannot write to the folder %1, where the database keeps its "
                              "journal")
                               .arg(native(folder));
    } else if (!existed && !folderWritable) {
        fail(Problem::Unavailable, tr("cannot create %1: you cannot write to the folder %2")
                                       .arg(native(m_path), native(folder)));
        return;
    }
    if (m_readOnly && isNew) {
        fail(Problem::NotOurs, tr("%1 is empty, and read-only: there is nothing to show").arg(native(m_path)));
        return;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        // Where nobody can write (no -wal with changes beside it), immutable reads the file
        // without the -shm that a read-only folder cannot hold; a file opened read-only by
        // choice may be written by others meanwhile, so it keeps SQLite's locking (mode=ro).
        const bool walHasChanges = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
        const bool immutable = options.access != Access::ReadOnly && !walHasChanges;
        db.setDatabaseName(sqliteUri(m_path, immutable ? "immutable=1" : "mode=ro"));
    } else {
        db.setDatabaseName(m_path);
    }
    if (!db.open()) {
        fail(Problem::Unavailable, StoreError::describe(db.lastError(), m_path));
        return;
    }
    // From here on this process must not open the file any other way (SqliteFile::InUse).
    m_inUse = std::make_unique<SqliteFile::InUse>(m_path);
    if (m_readOnly) {
        QString error;
        if (!SqliteDialect::applyReadOnlyPragmas(db, &error)) {
            fail(Problem::Unavailable, tr("cannot read %1 (%2)").arg(native(m_path), error));
            return;
        }
        const int version = SqliteDialect::userVersion(db);
        if (version > Migrations::latest()) {
            QString newer;
            Migrations::migrate(db, targetVersion, &newer); // only words the refusal
            fail(Problem::Newer, newer);
            return;
        }
        if (version < targetVersion) {
            fail(Problem::NeedsWriteAccess,
                 tr("%1 was made by an older Oversight and must be brought up to date before it "
                    "can be opened, but it is read-only (%2)")
                     .arg(native(m_path), m_readOnlyReason));
            return;
        }
    } else if (!initialise(isNew, targetVersion)) {
        db.close();
        m_inUse.reset();
        if (isNew && !existed && (m_problem == Problem::Unavailable)) {
            // Nothing of ours is in a file we just made: leave no stray files behind.
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_path + QLatin1String(suffix));
        }
        return;
    }
    if (!checkReadable())
        return;
    m_open = true;
}

bool Database::initialise(bool isNew, int targetVersion)
{
    QSqlDatabase db = connection();
    QString error;
    const auto unavailable = [&](const QSqlError &sqlError, const QString &text) {
        if (sqlError.type() != QSqlError::NoError)
            fail(Problem::Unavailable, StoreError::describe(sqlError, m_path));
        else if (StoreError::diskNearlyFull(m_path))
            fail(Problem::Unavailable, StoreError::full(m_path));
        else
            fail(Problem::Unavailable, tr("cannot open %1 (%2)").arg(native(m_path), text));
        return false;
    };
    if (!SqliteDialect::applyPragmas(db, &error))
        return unavailable({}, error);
    if (isNew && !SqliteDialect::setNewFilePageSize(db, &error))
        return unavailable({}, error);
    // The mark goes in first, in rollback-journal mode, so that it is in the main file before
    // anything else: another process opening the file meanwhile sees it is Oversight's.
    // Under the write lock, the file is looked at again: another process may have made it ours
    // (fine) or, improbably, another program may have written to it (refused).
    bool foreign = false;
    QSqlError sqlError;
    const bool stamped = inTransaction(db, [&] {
        const qint64 id = SqliteDialect::applicationId(db);
        if (id == SqliteDialect::kApplicationId)
            return true;
        QSqlQuery q(db);
        if (isNew && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next()
            && q.value(0).toInt() > 0 && id == 0 && SqliteDialect::userVersion(db) == 0) {
            foreign = true;
            return false;
        }
        if (id != 0) {
            foreign = true;
            return false;
        }
        return SqliteDialect::setApplicationId(db, &sqlError);
    }, &sqlError);
    if (foreign) {
        fail(Problem::NotOurs, tr("%1 is a database of another program; Oversight has not changed it")
                                   .arg(native(m_path)));
        return false;
    }
    if (!stamped)
        return unavailable(sqlError, sqlError.text());
    if (!SqliteDialect::setWriteAheadLog(db, &sqlError))
        return unavailable(sqlError, sqlError.text());
    const int version = SqliteDialect::userVersion(db);
    if (!isNew && version >= 1 && version < targetVersion && version <= Migrations::latest()) {
        // A copy before the schema changes, to go back to if a migration goes wrong.
        const Backups backups(m_path);
        backups.make(db, Backups::Reason::BeforeMigration, &error);
    }
    error.clear();
    if (!Migrations::migrate(db, targetVersion, &error)) {
        const bool newer = error.contains(QLatin1String("newer"));
        if (newer)
            fail(Problem::Newer, error);
        else
            unavailable({}, error);
        return false;
    }
    return true;
}

void Database::openTeamDatabase(const Options &options, int targetVersion)
{
    m_team = true;
    const DatabaseLocation location = DatabaseLocation::parse(m_path);
    const QString name = location.displayName();
    if (!location.isValid()) {
        fail(Problem::Missing, location.error());
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        fail(Problem::Unavailable, tr("cannot open %1: Qt's PostgreSQL driver (QPSQL, Debian's "
                                      "package libqt6sql6-psql) is not installed")
                                       .arg(name));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(DatabaseLocation::passwordFor(m_path));
    // libpq's own options; an empty password leaves libpq to PGPASSWORD and ~/.pgpass.
    QStringList connectOptions{QStringLiteral("connect_timeout=10")};
    if (!location.sslMode.isEmpty())
        connectOptions.append(QStringLiteral("sslmode=") + location.sslMode);
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString why = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        fail(Problem::Unavailable, tr("cannot connect to the team database %1 (%2)")
                                       .arg(name, why.trimmed()));
        return;
    }
    QSqlQuery q(db);
    // to_tsquery's notices (a query of stop words only) are not for the user; names are
    // the application's in pg_stat_activity.
    q.exec(QStringLiteral("SET client_min_messages TO warning"));
    q.exec(QStringLiteral("SET application_name TO 'Oversight'"));
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        m_userName = q.value(0).toString();
    q.finish();

    QSqlError tablesError;
    const QStringList tables = PostgresDialect::tableNames(db, &tablesError);
    if (tablesError.type() != QSqlError::NoError) {
        fail(Problem::Unavailable, tr("cannot read the team database %1 (%2)")
                                       .arg(name, tablesError.databaseText()));
        return;
    }
    const bool isNew = tables.isEmpty();
    if (isNew && options.create == Create::Never) {
        fail(Problem::NotOurs, tr("%1 is an empty database, not an Oversight library; Oversight "
                                  "has not changed it")
                                   .arg(name));
        return;
    }
    if (!isNew && !tables.contains(QLatin1String("oversight_schema"))) {
        fail(Problem::NotOurs, tr("%1 holds another program's tables; Oversight has not changed it")
                                   .arg(name));
        return;
    }
    if (options.access == Access::ReadOnly) {
        m_readOnly = true;
        m_readOnlyReason = tr("%1 was opened read-only").arg(name);
    } else if (!isNew && !PostgresDialect::canWrite(db)) {
        m_readOnly = true;
        m_readOnlyReason = tr("your role %1 may read the team database %2 but not change it")
                               .arg(m_userName, name);
    }
    if (m_readOnly) {
        if (isNew) {
            fail(Problem::NotOurs, tr("%1 is empty, and read-only: there is nothing to show").arg(name));
            return;
        }
        // Nothing this connection does can write, whatever a caller tries.
        q.exec(QStringLiteral("SET default_transaction_read_only TO on"));
        const int version = PostgresDialect::instance().schemaVersion(db);
        if (version > Migrations::latest()) {
            QString newer;
            Migrations::migrate(db, targetVersion, &newer); // only words the refusal
            fail(Problem::Newer, newer);
            return;
        }
        if (version < targetVersion) {
            fail(Problem::NeedsWriteAccess,
                 tr("%1 was made by an older Oversight and must be brought up to date by a team "
                    "member who may change it (%2)")
                     .arg(name, m_readOnlyReason));
            return;
        }
    } else {
        QString error;
        if (!Migrations::migrate(db, targetVersion, &error)) {
            fail(error.contains(QLatin1String("newer")) ? Problem::Newer : Problem::Unavailable,
                 error);
            return;
        }
    }
    if (!checkReadable())
        return;
    m_open = true;
}

bool Database::checkReadable()
{
    // A cheap look at the tables every view reads first: a damaged schema or documents table
    // is found here rather than as an empty list later. (A full PRAGMA integrity_check reads
    // every page: File > Check and repair runs it.)
    QSqlQuery q(connection());
    // (count(*) alone would be answered from the smallest index, never reading the table.)
    for (const char *sql : {m_team ? "SELECT 1" : "SELECT count(*) FROM sqlite_schema",
                            "SELECT sum(length(name)) FROM authorities",
                            "SELECT sum(length(kind)) FROM documents"}) {
        if (!q.exec(QString::fromLatin1(sql)) || !q.next()) {
            const QSqlError error = q.lastError();
            q.finish();
            connection().close();
            if (SqlDialect::of(connection()).failureOf(error) == SqlDialect::Failure::Damaged)
                fail(Problem::Damaged, StoreError::damaged(m_path));
            else
                fail(Problem::Unavailable, StoreError::describe(error, m_path));
            return false;
        }
    }
    q.finish();
    return true;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_inUse.reset(); // once SQLite has closed the file
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SqlDialect::of(connection()).schemaVersion(connection());
}

qint64 Database::dataVersion() const
{
    if (m_team)
        return -1; // other writers are heard through LISTEN/NOTIFY instead (see Library)
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

bool runWriteTransaction(QSqlDatabase db, const std::function<bool()> &fn, QSqlError *error)
{
    // BEGIN IMMEDIATE waits up to the busy timeout for the write lock; while another process
    // keeps writing (an import stores a document every second or so) it is tried again, with a
    // little jitter so that two waiting writers do not keep colliding.
    static QMutex mutex;
    static QSet<QString> checked; // connections whose first write has been seen
    bool first = false;
    {
        QMutexLocker lock(&mutex);
        first = !checked.contains(db.connectionName());
        if (first)
            checked.insert(db.connectionName());
    }
    const SqlDialect &dialect = SqlDialect::of(db);
    if (first && !dialect.isPostgres()
        && !db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")))
        Backups(db.databaseName()).makeDailyIfDue(db);

    // Called inside a transaction this function opened on the same connection (a batch of
    // documents written in one transaction, as re-read does): fn runs in a savepoint of its
    // own, undone alone when it fails, and is committed with the enclosing transaction.
    static QHash<QString, int> openTransactions; // connection name -> nesting depth
    const QString connection = db.connectionName();
    const auto enter = [&](int step) {
        QMutexLocker lock(&mutex);
        openTransactions[connection] += step;
        if (openTransactions.value(connection) == 0)
            openTransactions.remove(connection);
    };
    bool nested = false;
    {
        QMutexLocker lock(&mutex);
        nested = openTransactions.value(connection) > 0;
    }
    if (nested) {
        QSqlQuery savepoint(db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT nested_write"))) {
            if (error)
                *error = savepoint.lastError();
            return false;
        }
        enter(1);
        const bool ok = fn();
        enter(-1);
        if (ok && savepoint.exec(QStringLiteral("RELEASE nested_write")))
            return true;
        if (ok && error)
            *error = savepoint.lastError();
        savepoint.exec(QStringLiteral("ROLLBACK TO nested_write"));
        savepoint.exec(QStringLiteral("RELEASE nested_write"));
        return false;
    }

    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QSqlQuery begin(db);
        if (begin.exec(dialect.beginWriteSql()))
            break;
        const QSqlError beginError = begin.lastError();
        if (dialect.failureOf(beginError) != SqlDialect::Failure::Busy
            || clock.elapsed() > 120000) {
            if (error)
                *error = beginError;
            return false;
        }
        QThread::msleep(10 + QRandomGenerator::global()->bounded(90));
    }
    const auto rollback = [&db] {
        // After SQLITE_FULL or SQLITE_IOERR, SQLite may have rolled back already; a ROLLBACK
        // that finds no transaction is harmless.
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
    };
    enter(1);
    const bool ok = fn();
    enter(-1);
    if (!ok) {
        rollback();
        return false;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = commit.lastError();
        rollback();
        return false;
    }
    return true;
}

} // namespace oversight
