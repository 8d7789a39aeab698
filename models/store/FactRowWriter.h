#pragma once

#include "domain/DocumentFacts.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <array>
#include <optional>

namespace oversight {

class SqlDialect;

// Brings a stored document's judgement, recommendation and finding rows to the facts of a new
// reading (a re-read, a correction), writing only the rows that differ.
//
// Rows are compared by their place: a judgement by its area, a recommendation by its list and
// position, a finding by its position. A row whose columns all equal the new reading's is left
// as it is (its id too); a judgement or recommendation that differs is updated in place; extra
// rows are deleted and missing ones inserted. Findings that differ are deleted and inserted
// again, a run of positions in one statement each way: the findings' full-text index (FTS5,
// external content, SqliteDialect) then sees only the findings that changed, and the few
// statements it sees each flush its pending terms once (SQLite 3.40's FTS5 writes what is
// pending at the end of every statement that opens a statement journal, so a statement per
// row would write a segment per row). Suggestions the user dismissed against a finding that
// is replaced are carried over to the new finding with the same text, as before.
//
// The rows written are those a fresh import of the same facts gives (ids apart). Statements
// are prepared once, on first use, for the connection given. Use on that connection's thread,
// inside a write transaction the caller opened (and rolls back when write() fails).
class FactRowWriter
{
public:
    explicit FactRowWriter(const QSqlDatabase &db);

    // documentId: a stored document; facts: what its rows are to say (the user's corrections
    // already applied). False on the first statement that fails, with error(); rows may then
    // be half written, for the caller's rollback.
    bool write(qint64 documentId, const DocumentFacts &facts);
    QSqlError error() const { return m_error; }

private:
    enum Statement {
        SelectJudgements,
        InsertJudgement,
        UpdateJudgement,
        DeleteJudgement,
        SelectRecommendations,
        InsertRecommendation,
        UpdateRecommendation,
        DeleteRecommendation,
        SelectFindings,
        SelectDismissed,
        DeleteFindings,
        InsertFinding,
        IndexFindings,
        KeepDismissed,
        StatementCount
    };
    static QString sqlOf(Statement statement, const SqlDialect &dialect);
    // Binds values to the statement (prepared on first use) and executes it: the query, for
    // its rows, or nullptr with error().
    QSqlQuery *exec(Statement statement, const QVariantList &values);

    bool writeJudgements(qint64 documentId, const DocumentFacts &facts);
    bool writeRecommendations(qint64 documentId, const DocumentFacts &facts);
    bool writeFindings(qint64 documentId, const DocumentFacts &facts);

    QSqlDatabase m_db;
    std::array<std::optional<QSqlQuery>, StatementCount> m_queries;
    QSqlError m_error;
};

} // namespace oversight
