#pragma once

#include "SqlDialect.h"

namespace oversight {

// Every piece of SQL that only PostgreSQL understands (a team database, issue 15): the schema
// in PostgreSQL's types (identity columns, bytea, a generated tsvector per text with a GIN
// index), its version kept in the table oversight_schema, full-text search with to_tsquery,
// ts_rank and ts_headline (pages: the oversight_english configuration of schema 9, Snowball's
// English stemmer keeping every word as SQLite's FTS5 index does; findings: 'english', which
// drops stop words, as suggestions do), JSON with jsonb operators, and SQLSTATE codes
// (https://www.postgresql.org/docs/15/errcodes-appendix.html).
class PostgresDialect final : public SqlDialect
{
public:
    static const PostgresDialect &instance();

    // The text search configuration of the pages' index and of search (schema 9; the queries in
    // PostgresDialect.cpp spell it out): 'english' without stop words. The findings' index and
    // suggestions use 'english' itself.
    static constexpr const char *kPageSearchConfiguration = "oversight_english";
    // The channel every committed change is announced on (schema 7): LISTEN to it.
    static constexpr const char *kChangeChannel = "oversight_changes";
    // The advisory lock key migrations take (the ASCII letters "OVST", as SQLite's mark).
    static constexpr qint64 kMigrationLockKey = 0x4F565354;

    // Whether the connected role may write Oversight's tables (a team member given SELECT only
    // opens the library read-only). True when it cannot be told.
    static bool canWrite(const QSqlDatabase &db);
    // The names of the tables in the connection's current schema (to tell an empty database,
    // an Oversight one and another program's apart).
    static QStringList tableNames(const QSqlDatabase &db, QSqlError *error);

    bool isPostgres() const override { return true; }
    int schemaVersion(const QSqlDatabase &db) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const override;
    QStringList migrationStatements(int version) const override;
    QString beginWriteSql() const override;
    QString lockDocumentSql() const override;
    QString migrationLockSql() const override;
    Failure failureOf(const QSqlError &error) const override;
    QString indexDocumentPagesSql() const override { return {}; }
    QString indexDocumentFindingsSql() const override { return {}; }
    // INSERT ... SELECT from jsonb_array_elements: a document's pages or findings in one round
    // trip to the server instead of one each.
    QString insertJsonRowsSql(const QString &table, const QList<Column> &columns,
                              const QString &mark) const override;
    // decode(?, 'base64'): a third fewer characters than the hex literal QPSQL would send,
    // which the server also reads faster.
    QString bytesParameterSql() const override { return QStringLiteral("decode(?, 'base64')"); }
    QVariant bytesParameter(const QByteArray &bytes) const override;
    // A to_tsquery() source: each word's letter-and-digit runs (a word with several, such as
    // "children's", and a quoted phrase become a <-> phrase), prefix* as :*, terms joined by &.
    // Nothing the user typed reaches to_tsquery as an operator.
    QString toMatchExpression(const QString &userQuery) const override;
    QString scopedPageSearchSql() const override;
    QString pageSearchCountSql() const override;
    // to_tsvector('english', word) gives the stem; the findings holding it are counted through
    // their GIN index.
    bool stemsOf(QSqlDatabase &db, const QStringList &words, QList<WordStem> *stems,
                 QString *error) const override;
    QString anyWordExpression(const QStringList &words) const override;
    QString findingSuggestionSql() const override;
    QString factsFieldSql(const QString &alias, const QString &key) const override;
    QString factsJsonFieldSql(const QString &alias, const QString &key) const override;
    QString jsonArrayAggregateSql(const QString &expression) const override;
    QString caseInsensitiveSql(const QString &expression) const override;

private:
    PostgresDialect() = default;
};

} // namespace oversight
