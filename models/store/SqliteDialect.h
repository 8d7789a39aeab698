#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace oversight {

// Every piece of SQL that only SQLite understands lives here (pragmas, FTS5, user_version),
// so that a PostgreSQL backend replaces this file and not the repositories.
namespace SqliteDialect {

bool applyPragmas(QSqlDatabase &db, QString *error);
int userVersion(const QSqlDatabase &db);
bool setUserVersion(QSqlDatabase &db, int version, QString *error);

// Statements that create the full-text index over pages(text) and keep it in step.
QStringList createPageIndexStatements();

// The full-text index over findings(text), used to suggest evidence for checklist items.
QStringList createFindingIndexStatements();
QStringList rebuildFindingIndexStatements(); // fills it from findings already stored

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
// kept, prefix* allowed; FTS5 operators a user did not mean are neutralised.
QString toMatchExpression(const QString &userQuery);

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

// The analyser that splits an item's text exactly as findings_fts does (same tokenizer, so the
// same stems): temporary tables private to the connection, created if missing. Feed it with
// suggestionTermInsertSql() (rowid = word number, text = the word), read
// suggestionTermStatsSql() -> (word number, stem, number of findings holding the stem), and
// empty it with suggestionTermClearSql().
QStringList createSuggestionTermStatements();
QString suggestionTermInsertSql();
QString suggestionTermStatsSql();
QString suggestionTermClearSql();

} // namespace SqliteDialect
} // namespace oversight
