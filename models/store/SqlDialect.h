#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace oversight {

// The SQL that differs between the two databases a library can live in: an SQLite file
// (SqliteDialect) and a team database on PostgreSQL (PostgresDialect). Repositories write
// portable SQL themselves (standard SQL both accept, INSERT ... RETURNING id for new rows) and
// ask the connection's dialect for the rest: the schema's versions, the full-text index and
// its queries, JSON inside facts_json, case-insensitive order, and what an error means.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of an open connection, by its Qt driver (QSQLITE or QPSQL). Any other driver
    // gets the SQLite dialect (Oversight opens no other).
    static const SqlDialect &of(const QSqlDatabase &db);

    virtual bool isPostgres() const = 0;

    // ---- schema versions and transactions
    // The schema version stored in the database (SQLite: PRAGMA user_version; PostgreSQL: the
    // oversight_schema table); 0 for an empty database, -1 when it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    virtual bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const = 0;
    // The statements of one schema version's migration (1 = the first), in this dialect; the
    // versions mean the same on both (see Migrations.cpp).
    virtual QStringList migrationStatements(int version) const = 0;
    // Starts a write transaction (SQLite: BEGIN IMMEDIATE, which takes the file's write lock at
    // once; PostgreSQL: BEGIN, rows are locked as they are written).
    virtual QString beginWriteSql() const = 0;
    // Run first inside a migration's transaction, so that two processes opening one database
    // at once migrate it one after the other ('' where the write lock already does it).
    virtual QString migrationLockSql() const = 0;
    // Locks document ? (bind its id) until the transaction ends, so that a read-then-write of
    // its facts cannot interleave with another's ('' where the write lock already does it).
    virtual QString lockDocumentSql() const = 0;

    // What a failed statement's error means, for StoreError to word.
    enum class Failure {
        None,
        Busy,        // another connection holds the lock (SQLITE_BUSY; PostgreSQL 40P01, 55P03)
        ReadOnly,    // writing is not allowed (SQLITE_READONLY; PostgreSQL 42501, 25006)
        Full,        // no room left (SQLITE_FULL; PostgreSQL 53100)
        Damaged,     // the database is corrupt (SQLITE_CORRUPT; PostgreSQL XX001, XX002)
        CannotOpen,  // cannot be reached (SQLITE_CANTOPEN; PostgreSQL class 08)
        InputOutput, // SQLITE_IOERR; PostgreSQL 58030
        Conflict,    // a unique key or a row version another writer changed (PostgreSQL 23505, 40001)
        Other,
    };
    virtual Failure failureOf(const QSqlError &error) const = 0;

    // ---- full-text search over pages(text) and findings(text)
    // Index the pages (findings) of document ? (bind its id) once they are all inserted; ''
    // when the database indexes rows as they are written (PostgreSQL's generated tsvector).
    virtual QString indexDocumentPagesSql() const = 0;
    virtual QString indexDocumentFindingsSql() const = 0;

    // ---- many rows at once (RowInserter)
    // A column of a many-row insert: its name and the type of its values (QMetaType::Int,
    // LongLong or QString).
    struct Column
    {
        QString name;
        QMetaType::Type type = QMetaType::QString;
    };
    // One INSERT of every row of a batch into table, bound as its one parameter: a JSON array
    // with one array per row, the columns' values in order (numbers, strings, null); rows are
    // inserted, and their identity ids drawn, in the array's order. '' where one prepared
    // INSERT per row costs no more (SQLite runs in the process: there is no round trip to save).
    // mark is how the statement names its parameter: ? for QSqlQuery, $1 for PostgresStatement.
    virtual QString insertJsonRowsSql(const QString &table, const QList<Column> &columns,
                                      const QString &mark) const = 0;
    // Bytes (a stored PDF) as a bound parameter: the expression to write in the statement where
    // the value goes ('?' on SQLite), and the value to bind for it. QPSQL sends every value as
    // text, a QByteArray as a bytea literal in hex (two characters a byte, which the server
    // reads back character by character); PostgreSQL gets base64 text and decodes it instead.
    virtual QString bytesParameterSql() const = 0;
    virtual QVariant bytesParameter(const QByteArray &bytes) const = 0;
    // Index the findings of document ? (bind its id) inserted since its other findings were
    // indexed: those whose id is at least ? (bind the first new row's id; a new row's id is
    // above every id the table held). '' when rows are indexed as they are written, as for
    // indexDocumentFindingsSql() (which is why only dialects with an index of their own
    // override it).
    virtual QString indexNewFindingsSql() const { return {}; }
    // What the user typed, as this dialect's full-text query (bind it as :query): words are
    // ANDed, "quoted phrases" (straight or typographic quotes) kept, prefix* allowed (a star
    // ending a word or a phrase makes its last word a prefix: care*, "child prot*"); operators
    // a user did not mean are plain text. '' when nothing searchable is left.
    virtual QString toMatchExpression(const QString &userQuery) const = 0;
    // SELECT (page_id, document_id, page_number, snippet, score) for :query in a scope (binds
    // :authority and :document, 0 for any, :limit and :offset), best first. The snippet marks
    // hits with \x02 ... \x03.
    virtual QString scopedPageSearchSql() const = 0;
    // SELECT count(*) of the pages matching :query in the scope bound as above.
    virtual QString pageSearchCountSql() const = 0;

    // Evidence suggestions (SuggestionEngine). For each word, the stem the findings' index
    // gives it ('' for a stop word) and the number of findings that hold that stem; words in
    // order, one entry each. False with *error on failure.
    struct WordStem
    {
        QString stem;
        qint64 findingsWithStem = 0;
    };
    virtual bool stemsOf(QSqlDatabase &db, const QStringList &words, QList<WordStem> *stems,
                         QString *error) const = 0;
    // A full-text query matching findings holding any of the words or "two word" phrases; a
    // word listed twice weighs twice.
    virtual QString anyWordExpression(const QStringList &words) const = 0;
    // SELECT (finding_id, document_id, page, section, text, relevance) of findings matching
    // :query in the documents of :authority other than :source dated after :after (an ISO date;
    // '' for any date), leaving out those dismissed for :item; most relevant first, at most
    // :limit. Relevance is >= 0, on bm25's scale (about 1 to 20 for a good match).
    virtual QString findingSuggestionSql() const = 0;

    // ---- JSON inside documents.facts_json, and ordering
    // An SQL expression for one top-level text field of facts_json (see DocumentFacts::toJson),
    // NULL where there is no such key; alias is the documents table's alias in the query.
    virtual QString factsFieldSql(const QString &alias, const QString &key) const = 0;
    // The same for a field holding JSON (an array or object), as JSON text.
    virtual QString factsJsonFieldSql(const QString &alias, const QString &key) const = 0;
    // An aggregate giving the values of expression as a JSON array's text ('[]' never: NULL
    // when there are no rows).
    virtual QString jsonArrayAggregateSql(const QString &expression) const = 0;
    // expression wrapped to order text without regard to case.
    virtual QString caseInsensitiveSql(const QString &expression) const = 0;

protected:
    SqlDialect() = default;
};

// Typographic double quotes (U+201C to U+201F) made straight ("), so that a phrase quoted by
// a word processor or a keyboard that types “ ” is a phrase. Both dialects' queries use it.
QString straightQuotes(const QString &text);

} // namespace oversight
