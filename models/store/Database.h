#pragma once

#include <QSqlDatabase>
#include <QString>

namespace oversight {

// One open connection to an Oversight database file. A Database belongs to the thread that
// opened it (Qt SQL connections must not be shared across threads): open one per thread.
// Opening applies the pragmas and brings the schema up to date through the migrations.
class Database
{
public:
    // Opens (creating if need be) the SQLite file at path and migrates it to targetVersion
    // (the latest by default; tests pass an older one to build an old database).
    // Never throws; check isOpen() and errorString().
    explicit Database(const QString &path, int targetVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    static int latestSchemaVersion();

private:
    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_open = false;
};

// Runs fn inside one transaction on db: commits when fn returns true, rolls back otherwise.
// Returns whether the commit happened.
template <typename Fn>
bool inTransaction(QSqlDatabase db, Fn &&fn)
{
    if (!db.transaction())
        return false;
    if (!fn()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace oversight
