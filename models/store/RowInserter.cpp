#include "RowInserter.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace oversight {

namespace {

QJsonValue jsonOf(const QVariant &value, QMetaType::Type type)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QJsonValue(value.toLongLong());
    default: {
        // PostgreSQL's text cannot hold U+0000 (json ->> refuses "\u0000"); nor could a value
        // bound one row at a time, which ended at the first one.
        QString text = value.toString();
        if (text.isNull())
            return QJsonValue(QJsonValue::Null); // as Qt binds a null QString: NULL
        text.remove(QChar(0));
        return QJsonValue(text);
    }
    }
}

} // namespace

RowInserter::RowInserter(QSqlDatabase db, const QString &table,
                         const QList<SqlDialect::Column> &columns)
    : m_db(std::move(db)), m_table(table), m_columns(columns)
{
    // On a team database the rows go as a parameter beside the statement where libpq can send
    // one (PostgresStatement), else bound through QSqlQuery.
    const bool beside = PostgresStatement::available(m_db);
    m_jsonSql = SqlDialect::of(m_db).insertJsonRowsSql(
        table, columns, beside ? QStringLiteral("$1") : QStringLiteral("?"));
    if (beside && !m_jsonSql.isEmpty())
        m_statement.emplace(m_db, m_jsonSql.toUtf8());
}

void RowInserter::addRow(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    if (m_jsonSql.isEmpty()) {
        m_rows.append(values);
        return;
    }
    QJsonArray row;
    for (int i = 0; i < m_columns.size(); ++i)
        row.append(jsonOf(values.value(i), m_columns.at(i).type));
    m_json.append(row);
}

bool RowInserter::prepare()
{
    if (m_insert)
        return true;
    QString sql = m_jsonSql;
    if (sql.isEmpty()) {
        QStringList names, marks;
        for (const SqlDialect::Column &c : m_columns) {
            names.append(c.name);
            marks.append(QStringLiteral("?"));
        }
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(m_table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    QSqlQuery insert(m_db);
    if (!insert.prepare(sql)) {
        m_error = insert.lastError();
        return false;
    }
    m_insert = std::move(insert);
    return true;
}

bool RowInserter::exec()
{
    m_error = QSqlError();
    if (!m_jsonSql.isEmpty()) {
        if (m_json.isEmpty())
            return true;
        const QByteArray rows = QJsonDocument(m_json).toJson(QJsonDocument::Compact);
        m_json = QJsonArray();
        if (m_statement) {
            m_statement->addText(rows);
            if (m_statement->exec())
                return true;
            m_error = m_statement->lastError();
            return false;
        }
        if (!prepare())
            return false;
        m_insert->bindValue(0, QString::fromUtf8(rows));
        if (!m_insert->exec()) {
            m_error = m_insert->lastError();
            return false;
        }
        return true;
    }
    const QList<QVariantList> rows = std::exchange(m_rows, {});
    if (rows.isEmpty())
        return true;
    if (!prepare())
        return false;
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            m_insert->bindValue(i, row.at(i));
        if (!m_insert->exec()) {
            m_error = m_insert->lastError();
            return false;
        }
    }
    return true;
}

} // namespace oversight
