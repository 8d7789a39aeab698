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

// Turns what a user typed into an FTS5 MATCH expression: words are ANDed, "quoted phrases"
// kept, prefix* allowed; FTS5 operators a user did not mean are neutralised.
QString toMatchExpression(const QString &userQuery);

// SELECT returning (page_id, document_id, page_number, snippet, rank) for :query, best first.
// The snippet marks hits with \x02 ... \x03.
QString pageSearchSql();

// An FTS5 expression that matches passages holding any of the words (OR), for ranking.
QString anyWordExpression(const QStringList &words);

// SELECT (finding_id, document_id, page, text, score) of findings matching :query among the
// documents of :authority dated after :after (ISO date), best first, at most :limit.
QString findingSuggestionSql();

} // namespace SqliteDialect
} // namespace oversight
