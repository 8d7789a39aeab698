#include "PostgresStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#ifdef OVERSIGHT_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#include <memory>
#include <vector>

namespace oversight {

namespace {

#ifdef OVERSIGHT_HAVE_LIBPQ
// The QPSQL connection's PGconn, as Qt's documentation of QSqlDriver::handle() shows; null for
// any other driver or a closed connection.
PGconn *connectionOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver() || db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt's documentation names the type PGconn*; the metatype system names it by the struct
    // libpq's typedef names (pg_conn*), as Qt 6.4 does.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}
#endif

constexpr unsigned int kByteaOid = 17; // PostgreSQL's catalog/pg_type.dat

} // namespace

PostgresStatement::PostgresStatement(QSqlDatabase db, QByteArray sql)
    : m_db(std::move(db)), m_sql(std::move(sql))
{
}

bool PostgresStatement::available(const QSqlDatabase &db)
{
#ifdef OVERSIGHT_HAVE_LIBPQ
    return connectionOf(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

void PostgresStatement::addText(const QByteArray &utf8)
{
    m_parameters.append({utf8, false, 0});
}

void PostgresStatement::addBytes(const QByteArray &bytes)
{
    m_parameters.append({bytes, true, kByteaOid});
}

void PostgresStatement::addInteger(qint64 value)
{
    m_parameters.append({QByteArray::number(value), false, 0});
}

bool PostgresStatement::exec()
{
    m_error = QSqlError();
    const QList<Parameter> parameters = std::exchange(m_parameters, {});
#ifdef OVERSIGHT_HAVE_LIBPQ
    PGconn *connection = connectionOf(m_db);
    if (!connection) {
        m_error = QSqlError(QCoreApplication::translate("PostgresStatement",
                                                        "Not connected to a team database"),
                            QString(), QSqlError::ConnectionError);
        return false;
    }
    std::vector<Oid> types;
    std::vector<const char *> values;
    std::vector<int> lengths, formats;
    for (const Parameter &p : parameters) {
        types.push_back(p.type);
        values.push_back(p.value.isNull() ? "" : p.value.constData());
        lengths.push_back(int(p.value.size()));
        formats.push_back(p.binary ? 1 : 0);
    }
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(connection, m_sql.constData(), int(parameters.size()), types.data(),
                     values.data(), lengths.data(), formats.data(), 0),
        &PQclear);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    // As QPSQL reports a failed statement: its message, and the SQLSTATE for failureOf().
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result.get())
                                                     : PQerrorMessage(connection))
                                .trimmed();
    const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    const bool lost = PQstatus(connection) == CONNECTION_BAD;
    m_error = QSqlError(QCoreApplication::translate("PostgresStatement", "Unable to run the statement"),
                        message,
                        lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                        state ? QString::fromLatin1(state) : QString());
    return false;
#else
    Q_UNUSED(parameters);
    m_error = QSqlError(QCoreApplication::translate("PostgresStatement", "Built without libpq"),
                        QString(), QSqlError::StatementError);
    return false;
#endif
}

} // namespace oversight
