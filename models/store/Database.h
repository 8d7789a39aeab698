#pragma once

#include "SqliteFile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace oversight {

// One open connection to an Oversight database file. A Database belongs to the thread that
// opened it (Qt SQL connections must not be shared across threads): open one per thread.
//
// Opening never harms a file that is not Oversight's: the file's header is read first, without
// SQLite, and a file that is not SQLite, or is another program's database (another
// application_id, or tables that are not Oversight's), is refused byte-for-byte untouched.
// Oversight's own files carry SqliteDialect::kApplicationId; files made before that mark are
// recognised by their tables and stamped. Opening for writing applies the pragmas and brings
// the schema up to date; creation and each migration take the write lock first and look at
// the version again inside it, so several processes may open one file at once.
// A file the user cannot write (or whose folder cannot hold SQLite's -wal and -shm) opens
// read-only; isReadOnly() says so and readOnlyReason() says why.
class Database
{
public:
    // Whether opening may create the file. Only import, File > New database and the default
    // database create one; every other use wants an existing database. IfMissing creates the
    // file in a folder that exists (a mistyped folder in a path is reported, not made);
    // WithFolders also makes the missing folders, for the default database in the user's data
    // folder (QStandardPaths::AppDataLocation), which a new account does not have yet.
    enum class Create { IfMissing, WithFolders, Never };
    // Automatic: read-write when the file (and its folder) can be written, else read-only.
    enum class Access { Automatic, ReadOnly };
    struct Options
    {
        Create create = Create::IfMissing;
        Access access = Access::Automatic;
        int targetVersion = -1; // -1: the latest; tests pass an older one to build an old file
    };
    // Why opening failed, for a caller that offers choices (the GUI).
    enum class Problem {
        None,
        Missing,          // no such file, and Create::Never
        NotOurs,          // not SQLite, or another program's database: left untouched
        Damaged,          // truncated or corrupt: File > Check and repair, or a backup
        Newer,            // made by a newer Oversight
        NeedsWriteAccess, // read-only, but its schema must be migrated first
        Unavailable,      // locked, full disk, cannot be read...
    };

    // Opens (creating if need be) the SQLite file at path, or the team database a
    // postgresql:// location names (see DatabaseLocation; an empty PostgreSQL database is made
    // an Oversight library unless Create::Never), and migrates it to targetVersion.
    // Never throws; check isOpen() and errorString().
    explicit Database(const QString &path, int targetVersion = -1);
    Database(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_open; }
    // A sentence naming the file and what is wrong with it; empty when open.
    QString errorString() const { return m_error; }
    Problem problem() const { return m_problem; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // Whether this is a team database on a PostgreSQL server (path() is then its location,
    // see DatabaseLocation). userName(): who this connection's changes are recorded as: the
    // PostgreSQL role on a team database, the computer's user name ($USER, %USERNAME%) on a file.
    bool isTeamDatabase() const { return m_team; }
    QString userName() const { return m_userName; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // SQLite's PRAGMA data_version: changes whenever another connection (of this process or
    // another) commits to the file. -1 when it cannot be read, and on a team database (its
    // other writers are heard through PostgreSQL's LISTEN/NOTIFY).
    qint64 dataVersion() const;

    static int latestSchemaVersion();

private:
    void open(const Options &options);
    void openTeamDatabase(const Options &options, int targetVersion);
    bool identify(const Options &options, bool *isNew);
    bool initialise(bool isNew, int targetVersion);
    bool checkReadable();
    void fail(Problem problem, const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Problem m_problem = Problem::None;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_team = false;
    QString m_userName;
    QString m_readOnlyReason;
    std::unique_ptr<SqliteFile::InUse> m_inUse; // while SQLite has the file open
};

// Runs fn inside one write transaction on db: commits when fn returns true, rolls back
// otherwise. The transaction takes the write lock first (BEGIN IMMEDIATE), waiting and
// retrying (up to two minutes) while another connection or process is writing, so that fn
// never fails half-way for want of the lock. Returns whether the commit happened; when BEGIN or
// COMMIT fails, *error (if given) is SQLite's error (fn's own errors are fn's to report).
// Called from inside fn of another call on the same connection (many documents written in one
// transaction, as re-read does), fn runs in a savepoint instead: undone alone when it returns
// false, committed with the enclosing transaction; the return value then says whether the
// savepoint was released.
bool runWriteTransaction(QSqlDatabase db, const std::function<bool()> &fn, QSqlError *error = nullptr);

template <typename Fn>
bool inTransaction(QSqlDatabase db, Fn &&fn, QSqlError *error = nullptr)
{
    return runWriteTransaction(std::move(db), std::function<bool()>(std::forward<Fn>(fn)), error);
}

} // namespace oversight
