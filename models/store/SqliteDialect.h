#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include "SqlDialect.h"

namespace oversight {

// Every piece of SQL that only SQLite understands lives here (pragmas, FTS5, user_version,
// JSON functions); PostgresDialect holds PostgreSQL's. The static members serve what only an
// SQLite file has (Database's file handling, Repair, Backups); the virtual ones are the
// SqlDialect every repository asks its connection for.
class SqliteDialect final : public SqlDialect
{
public:
    static const SqliteDialect &instance();

    // Oversight's mark in the database header (PRAGMA application_id, bytes 68-71 of the
    // file, big-endian): the four ASCII letters "OVST". SQLite leaves the number to each
    // application (https://www.sqlite.org/fileformat.html#application_id); files made before
    // the mark was set are recognised by their tables instead (see Database) and stamped
    // when next opened for writing.
    static constexpr quint32 kApplicationId = 0x4F565354;

    // Pragmas of a connection that will write: busy timeout, foreign keys, synchronous. The
    // journal mode is set apart (setWriteAheadLog) because it writes the file.
    static bool applyPragmas(QSqlDatabase &db, QString *error);
    // Pragmas of a read-only connection (busy timeout, foreign keys, query_only): writes nothing.
    static bool applyReadOnlyPragmas(QSqlDatabase &db, QString *error);
    // 16 KiB pages: only for a file that has no page yet.
    static bool setNewFilePageSize(QSqlDatabase &db, QString *error);
    // Switches the file to WAL; waits (up to the busy timeout, then retries) for other
    // connections still in rollback mode. Returns false with SQLite's message on error.
    static bool setWriteAheadLog(QSqlDatabase &db, QSqlError *error);
    static int userVersion(const QSqlDatabase &db);
    static bool setUserVersion(QSqlDatabase &db, int version, QString *error);
    static qint64 applicationId(const QSqlDatabase &db); // -1 when it cannot be read
    static bool setApplicationId(QSqlDatabase &db, QSqlError *error);

    // The milliseconds a statement waits for another connection's lock before SQLITE_BUSY.
    static constexpr int kBusyTimeoutMs = 5000;

    // What a failed statement's SQLite result code (QSqlError::nativeErrorCode(), primary or
    // extended) means.
    static Failure sqliteFailureOf(const QSqlError &error);

    // Statements that create the full-text index over pages(text) and keep it in step.
    static QStringList createPageIndexStatements();
    // The full-text index over findings(text), used to suggest evidence for checklist items.
    static QStringList createFindingIndexStatements();
    static QStringList rebuildFindingIndexStatements(); // fills it from findings already stored
    // Both full-text indexes rebuilt from the rows (after Repair copies documents).
    static QStringList rebuildIndexStatements();
    // Since schema version 4 rows are indexed a document at a time, not by a trigger per row:
    // SQLite 3.40's FTS5 writes its pending index to disk at every statement savepoint, so a
    // trigger per page and per finding wrote hundreds of tiny index segments per document and
    // merged them again, most of the cost of storing a document. These drop the per-row
    // insert triggers (delete and update triggers stay).
    static QStringList dropRowIndexingStatements();

    // SqlDialect
    bool isPostgres() const override { return false; }
    int schemaVersion(const QSqlDatabase &db) const override { return userVersion(db); }
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const override
    {
        return setUserVersion(db, version, error);
    }
    QStringList migrationStatements(int version) const override;
    // BEGIN IMMEDIATE takes the write lock at once, so that a transaction cannot fail half-way
    // because another process wrote first (a deferred BEGIN that read first gets
    // SQLITE_BUSY_SNAPSHOT, which no busy timeout helps).
    QString beginWriteSql() const override;
    // BEGIN IMMEDIATE holds the whole file: no row lock is needed.
    QString lockDocumentSql() const override { return {}; }
    QString migrationLockSql() const override { return {}; }
    Failure failureOf(const QSqlError &error) const override { return sqliteFailureOf(error); }
    QString indexDocumentPagesSql() const override;
    QString indexDocumentFindingsSql() const override;
    QString insertJsonRowsSql(const QString &, const QList<Column> &, const QString &) const override
    {
        return {};
    }
    QString bytesParameterSql() const override { return QStringLiteral("?"); }
    QVariant bytesParameter(const QByteArray &bytes) const override { return bytes; }
    QString indexNewFindingsSql() const override;
    // An FTS5 MATCH expression: every word a quoted token, phrases kept, prefix* kept.
    QString toMatchExpression(const QString &userQuery) const override;
    QString scopedPageSearchSql() const override;
    QString pageSearchCountSql() const override;
    // The item's words go through the findings' own tokenizer (a temporary FTS5 table with the
    // same tokenizer and fts5vocab), so stems and frequencies are exactly the index's.
    bool stemsOf(QSqlDatabase &db, const QStringList &words, QList<WordStem> *stems,
                 QString *error) const override;
    QString anyWordExpression(const QStringList &words) const override;
    QString findingSuggestionSql() const override;
    // SQLite's JSON functions (built in since 3.38).
    QString factsFieldSql(const QString &alias, const QString &key) const override;
    QString factsJsonFieldSql(const QString &alias, const QString &key) const override;
    QString jsonArrayAggregateSql(const QString &expression) const override;
    QString caseInsensitiveSql(const QString &expression) const override;

private:
    SqliteDialect() = default;
};

} // namespace oversight
