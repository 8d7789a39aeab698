#pragma once

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

// Looking at a database file from the outside, with a connection of the test's own, so that
// a suite can tell whether an operation changed anything at all.
namespace oversight::test {

// A plain connection to a library, closed and removed when it goes out of scope: SQLite for a
// file path, QPSQL for a postgresql:// location. No pragmas, no migrations: it sees the
// database as it is.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const;
    bool isOpen() const;
    // First column of the first row, or an invalid QVariant when the statement fails.
    QVariant scalar(const QString &sql) const;
    bool exec(const QString &sql, QString *error = nullptr) const;
    QStringList tables() const; // every table, virtual and FTS shadow tables included
    bool isPostgres() const;
    // PRAGMA user_version, or PostgreSQL's oversight_schema version (0 without the table).
    qint64 schemaVersion() const;

private:
    QString m_name;
};

struct TableState
{
    qint64 rows = 0;
    QByteArray checksum; // SHA-256 over every row, in ORDER BY 1 order
    bool operator==(const TableState &o) const { return rows == o.rows && checksum == o.checksum; }
    bool operator!=(const TableState &o) const { return !(*this == o); }
};

// Row count and checksum of every table, plus the schema version under "user_version".
// Values are compared by their text (a PostgreSQL int4 and SQLite's integer read alike only
// within one backend: compare snapshots of the same database).
using StoreSnapshot = QMap<QString, TableState>;
StoreSnapshot snapshotStore(const QString &databasePath);
// Empty when equal, else which tables differ and how, for a failure message.
QString describeDifference(const StoreSnapshot &before, const StoreSnapshot &after);

// Documents that are not whole: without their PDF bytes, or whose stored pages do not number
// page_count. One line per problem; empty when every document is complete.
QStringList incompleteDocuments(const QString &databasePath);

} // namespace oversight::test
