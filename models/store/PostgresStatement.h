#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace oversight {

// One statement on a team database's connection with its parameters sent beside its text,
// not inside it: the way to send a large value (a document's pages as one JSON array of
// megabytes, its PDF) to PostgreSQL.
//
// Why: Qt's QPSQL driver runs a prepared QSqlQuery as EXECUTE name('value', ...), each bound
// value written into the statement's text as a quoted literal, and bytea as text (hex or, as
// the store did, base64 for decode()). The server's SQL lexer then reads every value character
// by character before it is used; on an import that was a fifth of the server's time. Here
// libpq's PQexecParams, on the QPSQL connection's own PGconn (QSqlDriver::handle(), as Qt's
// documentation shows for QPSQL), sends the values as parameters of the extended query
// protocol: text as UTF-8, bytes as binary bytea. The connection is the same, so is the
// transaction the caller opened with QSqlDatabase::transaction().
//
// available() is false when Oversight is built without libpq's headers (pkg-config libpq),
// or on a connection that is not QPSQL's: callers then bind through QSqlQuery as before.
// Use from the thread that owns the connection, between QSqlQuery runs: a forward-only
// QSqlQuery still being read on the connection makes exec() fail (libpq runs one command at
// a time), with that said in lastError().
class PostgresStatement
{
public:
    // sql names its parameters $1, $2, ... in the order they are added.
    PostgresStatement(QSqlDatabase db, QByteArray sql);

    static bool available(const QSqlDatabase &db);

    // The next parameter: text (UTF-8, no U+0000: PostgreSQL's text cannot hold it), or a
    // bytea value sent as its bytes, or an integer.
    void addText(const QByteArray &utf8);
    void addBytes(const QByteArray &bytes);
    void addInteger(qint64 value);

    // Runs the statement with the parameters added since the last exec(), then forgets them.
    // False when it is not available or the server refuses it; lastError() then says why, as
    // QPSQL would: the server's message, and its SQLSTATE as nativeErrorCode() (so
    // SqlDialect::failureOf() reads it), a lost connection as a ConnectionError.
    bool exec();
    QSqlError lastError() const { return m_error; }

private:
    struct Parameter
    {
        QByteArray value;
        bool binary = false;
        unsigned int type = 0; // a PostgreSQL type oid; 0: the server infers it
    };

    QSqlDatabase m_db;
    QByteArray m_sql;
    QList<Parameter> m_parameters;
    QSqlError m_error;
};

} // namespace oversight
