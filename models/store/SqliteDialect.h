#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace oversight {

// Every piece of SQL that only SQLite understands lives here (pragmas, FTS5, user_version),
// so that a PostgreSQL backend replaces this file and not the repositories.
namespace SqliteDialect {

// Oversight's mark in the database header (PRAGMA application_id, bytes 68-71 of the file,
// big-endian): the four ASCII letters "OVST". SQLite leaves the number to each application
// (https://www.sqlite.org/fileformat.html#application_id); files made before the mark was set
// are recognised by their tables instead (see Database) and stamped when next opened for writing.
constexpr quint32 kApplicationId = 0x4F565354;

// Pragmas of a connection that will write: busy timeout, foreign keys, synchronous. The
// journal mode is set apart (setWriteAheadLog) because it writes the file.
bool applyPragmas(QSqlDatabase &db, QString *error);
// Pragmas of a read-only connection (busy timeout, foreign keys, query_only): writes nothing.
bool applyReadOnlyPragmas(QSqlDatabase &db, QString *error);
// 16 KiB pages: only for a file that has no page yet.
bool setNewFilePageSize(QSqlDatabase &db, QString *error);
// Switches the file to WAL; waits (up to the busy timeout, then retries) for other
// connections still in rollback mode. Returns false with SQLite's message on error.
bool setWriteAheadLog(QSqlDatabase &db, QSqlError *error);
int userVersion(const QSqlDatabase &db);
bool setUserVersion(QSqlDatabase &db, int version, QString *error);
qint64 applicationId(const QSqlDatabase &db); // -1 when it cannot be read
bool setApplicationId(QSqlDatabase &db, QSqlError *error);

// The milliseconds a statement waits for another connection's lock before SQLITE_BUSY.
constexpr int kBusyTimeoutMs = 5000;
// Starts a write transaction that takes the write lock at once (BEGIN IMMEDIATE), so that it
// cannot fail half-way because another process wrote first (a deferred BEGIN that read first
// gets SQLITE_BUSY_SNAPSHOT, which no busy timeout helps).
QString beginWriteSql();

// What a failed statement's SQLite result code (QSqlError::nativeErrorCode(), primary or
// extended) means, for StoreError to word.
enum class Failure {
    None,
    Busy,        // SQLITE_BUSY, SQLITE_LOCKED: another connection holds the lock
    ReadOnly,    // SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH
    Full,        // SQLITE_FULL (SQLite's unix VFS reports ENOSPC so)
    Damaged,     // SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT
    CannotOpen,  // SQLITE_CANTOPEN
    InputOutput, // SQLITE_IOERR, other
    Other,
};
Failure failureOf(const QSqlError &error);

// Statements that create the full-text index over pages(text) and keep it in step.
QStringList createPageIndexStatements();

// The full-text index over findings(text), used to suggest evidence for checklist items.
QStringList createFindingIndexStatements();
QStringList rebuildFindingIndexStatements(); // fills it from findings already stored
// Both full-text indexes rebuilt from the rows (after Repair copies documents).
QStringList rebuildIndexStatements();

// Since schema version 4 rows are indexed a document at a time, not by a trigger per row:
// SQLite 3.40's FTS5 writes its pending index to disk at every statement savepoint, so a trigger
// per page and per finding wrote hundreds of tiny index segments per document and merged them
// again, most of the cost of storing a document. These drop the per-row insert triggers
// (delete and update triggers stay).
QStringList dropRowIndexingStatements();
// Index the pages and the findings of document ? (bind its id), once they are all inserted.
QString indexDocumentPagesSql();
QString indexDocumentFindingsSql();

// Turns what a user typed into an FTS5 MATCH expression: words are ANDed, "quoted phrases"
// kept (between straight or typographic double quotes), prefix* allowed; FTS5 operators a
// user did not mean are neutralised.
QString toMatchExpression(const QString &userQuery);
// The text with typographic double quotes (U+201C to U+201F) made straight ("), so that a
// phrase quoted by a word processor or a keyboard that types “ ” is a phrase.
QString straightQuotes(const QString &text);

// SELECT returning (page_id, document_id, page_number, snippet, rank) for :query, best first.
// The snippet marks hits with \x02 ... \x03.
QString pageSearchSql();
// The same, limited to a scope and paged: binds :query, :authority and :document (0: any),
// :limit and :offset.
QString scopedPageSearchSql();
// SELECT count(*) of the pages matching :query in the scope bound as above.
QString pageSearchCountSql();

// Evidence suggestions (SuggestionEngine). An FTS5 expression that matches findings holding
// any of the words or "two word" phrases, each quoted so it is plain text; a word listed twice
// counts twice in bm25, which is how the caller weights the words that name an item's subject.
QString anyWordExpression(const QStringList &words);

// SELECT (finding_id, document_id, page, section, text, bm25) of findings matching :query in
// the documents of :authority other than :source dated after :after (an ISO date; '' for any
// date), leaving out those dismissed for :item; best first (lowest bm25), at most :limit.
QString findingSuggestionSql();
// SELECT (finding_id, document_id, page, section, text) of the findings dismissed for item ?,
// by their document's date, then page.
QString dismissedSuggestionSql();

// The analyser that splits an item's text exactly as findings_fts does (same tokenizer, so the
// same stems): temporary tables private to the connection, created if missing. Feed it with
// suggestionTermInsertSql() (rowid = word number, text = the word), read
// suggestionTermStatsSql() -> (word number, stem, number of findings holding the stem), and
// empty it with suggestionTermClearSql().
QStringList createSuggestionTermStatements();
QString suggestionTermInsertSql();
QString suggestionTermStatsSql();
QString suggestionTermClearSql();

// An SQL expression for one text field of the facts kept whole in documents.facts_json (see
// DocumentFacts::toJson): key is its top-level key, e.g. "outcome". NULL where the column holds
// no valid JSON or no such key. Uses SQLite's JSON functions (built in since 3.38); alias is
// the documents table's alias in the query.
QString factsFieldSql(const QString &alias, const QString &key);

} // namespace SqliteDialect
} // namespace oversight
