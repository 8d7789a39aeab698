#include "AnalysisQueries.h"

#include "understanding/AuthorityDirectory.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

AnalysisQueries::AnalysisQueries(Database &database) : m_database(database) {}

QList<GradedDocument> AnalysisQueries::run(const QString &where, const QVariantList &values) const
{
    // One row per document and judgement (or one row with a NULL area for a document without
    // judgements), folded into documents below: one round trip whatever the number of areas.
    const QString sql = QStringLiteral(
        "SELECT d.id, d.authority_id, a.code, a.name, d.sort_date, d.kind, j.area, j.grade "
        "FROM documents d JOIN authorities a ON a.id = d.authority_id "
        "LEFT JOIN judgements j ON j.document_id = d.id "
        "WHERE d.sort_date IS NOT NULL AND ") + where
        + QStringLiteral(" ORDER BY d.sort_date, d.id");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<GradedDocument> documents;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return documents;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (documents.isEmpty() || documents.constLast().id != id) {
            GradedDocument d;
            d.id = id;
            d.authorityId = q.value(1).toLongLong();
            d.authorityCode = q.value(2).toString();
            d.authorityName = q.value(3).toString();
            d.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            d.kind = q.value(5).toString();
            documents.append(d);
        }
        if (!q.value(6).isNull())
            documents.last().grades.insert(q.value(6).toString(), q.value(7).toString());
    }
    return documents;
}

QList<GradedDocument> AnalysisQueries::authorityDocuments(qint64 authorityId) const
{
    return run(QStringLiteral("d.authority_id = ?"), {authorityId});
}

QList<GradedDocument> AnalysisQueries::allDocuments() const
{
    return run(QStringLiteral("a.code IS NOT NULL"), {});
}

qint64 AnalysisQueries::authorityIdFor(const QString &codeOrName) const
{
    const QString wanted = codeOrName.simplified();
    if (wanted.isEmpty())
        return 0;
    // A name is first resolved to its DfE code the way import does, so that "London Borough
    // of Wandsworth" finds the authority stored as "Wandsworth".
    QString code = AuthorityDirectory::instance().byCode(wanted) ? wanted : QString();
    if (code.isEmpty())
        code = AuthorityDirectory::instance().codeFor(wanted);
    QSqlQuery q(m_database.connection());
    if (!code.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM authorities WHERE code = ?"));
        q.addBindValue(code);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM authorities WHERE lower(name) = lower(?)"));
        q.addBindValue(wanted);
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QMap<QString, qint64> AnalysisQueries::authorityIdsByCode() const
{
    QMap<QString, qint64> ids;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT code, id FROM authorities WHERE code IS NOT NULL"))) {
        m_error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

} // namespace oversight
