#pragma once

#include "PostgresStatement.h"
#include "SqlDialect.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace oversight {

// Inserts many rows into one table, in as few statements as the connection's database wants:
// on PostgreSQL every row added since the last exec() in one INSERT (the rows travel as one
// JSON array, see SqlDialect::insertJsonRowsSql, sent as a parameter beside the statement by
// PostgresStatement where libpq is there), so that a document's hundred pages cost one
// round trip to the server, not a hundred; on SQLite one prepared INSERT run per row, which
// costs nothing to send. Rows go in, and get their ids, in the order they were added.
// Through QSqlQuery the statement is prepared once, at the first exec(), and serves every batch
// after: keep one inserter for many batches (DocumentStore keeps one per table). Through
// PostgresStatement the short statement is parsed with each batch, which costs far less than
// the server reading a batch's megabytes as a literal did.
// Use inside the caller's transaction, from the thread that owns the connection; destroy it
// before the connection is closed.
class RowInserter
{
public:
    RowInserter(QSqlDatabase db, const QString &table, const QList<SqlDialect::Column> &columns);

    // One row: the columns' values in order, of the columns' types (a null QVariant for NULL).
    void addRow(const QVariantList &values);
    // Inserts the rows added since the last call (none: nothing is sent). False with
    // lastError() when the database refuses them; then none of them is in on PostgreSQL, and
    // on SQLite the rows before the failing one are, until the caller's transaction rolls back.
    bool exec();
    QSqlError lastError() const { return m_error; }

private:
    bool prepare(); // m_insert, once

    QSqlDatabase m_db;
    QString m_table;
    QList<SqlDialect::Column> m_columns;
    QString m_jsonSql;             // PostgreSQL's one-statement insert; empty on SQLite
    QList<QVariantList> m_rows;    // SQLite: rows waiting for exec()
    QJsonArray m_json;             // PostgreSQL: rows waiting for exec()
    std::optional<QSqlQuery> m_insert; // prepared at the first exec() that needs it
    std::optional<PostgresStatement> m_statement; // PostgreSQL through libpq
    QSqlError m_error;
};

} // namespace oversight
