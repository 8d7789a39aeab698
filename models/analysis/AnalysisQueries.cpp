#include "AnalysisQueries.h"

#include "domain/DocumentDate.h"
#include "domain/DocumentFacts.h"
#include "store/SqlDialect.h"
#include "understanding/AuthorityDirectory.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

AnalysisQueries::AnalysisQueries(Database &database) : m_database(database) {}

QList<GradedDocument> AnalysisQueries::run(const QString &where, const QVariantList &values) const
{
    // Two plain queries (documents, then their judgements) joined here: cheaper than one row
    // per document and area, and each authority's and kind's strings are shared, not copied
    // per row, which matters with thousands of documents (bench/charts).
    const QString from = QStringLiteral(
        " FROM documents d JOIN authorities a ON a.id = d.authority_id "
        "WHERE d.sort_date IS NOT NULL AND ") + where;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // An area SEND report's outcome is kept in its facts only (no column of its own).
    q.prepare(QStringLiteral("SELECT d.id, d.authority_id, a.code, a.name, d.sort_date, d.kind, "
                             "CASE WHEN d.kind = ? THEN %1 END, d.inspection_start, "
                             "d.inspection_end, d.published")
                  .arg(SqlDialect::of(m_database.connection()).factsFieldSql(QStringLiteral("d"), QStringLiteral("outcome")))
              + from + QStringLiteral(" ORDER BY d.sort_date, d.id"));
    q.addBindValue(Kind::AreaSend);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<GradedDocument> documents;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return documents;
    }
    QHash<qint64, qsizetype> indexOf;
    QHash<qint64, std::pair<QString, QString>> authorities; // id -> code, name
    QHash<QString, QString> kinds;
    while (q.next()) {
        GradedDocument d;
        d.id = q.value(0).toLongLong();
        d.authorityId = q.value(1).toLongLong();
        auto authority = authorities.find(d.authorityId);
        if (authority == authorities.end())
            authority = authorities.insert(d.authorityId,
                                           {q.value(2).toString(), q.value(3).toString()});
        d.authorityCode = authority->first;
        d.authorityName = authority->second;
        d.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const QString kind = q.value(5).toString();
        d.kind = kinds.value(kind, kind);
        kinds.insert(kind, d.kind);
        d.outcome = q.value(6).toString();
        d.listDate = DocumentDate::of(QDate::fromString(q.value(7).toString(), Qt::ISODate),
                                      QDate::fromString(q.value(8).toString(), Qt::ISODate),
                                      QDate::fromString(q.value(9).toString(), Qt::ISODate));
        indexOf.insert(d.id, documents.size());
        documents.append(d);
    }
    QSqlQuery j(m_database.connection());
    j.setForwardOnly(true);
    j.prepare(QStringLiteral("SELECT j.document_id, j.area, j.grade FROM judgements j "
                             "JOIN documents d ON d.id = j.document_id "
                             "JOIN authorities a ON a.id = d.authority_id "
                             "WHERE d.sort_date IS NOT NULL AND ") + where);
    for (const QVariant &v : values)
        j.addBindValue(v);
    if (!j.exec()) {
        m_error = j.lastError().text();
        return {};
    }
    QHash<QString, QString> words; // areas and grades: a handful of distinct strings
    auto shared = [&words](const QString &s) {
        auto it = words.constFind(s);
        return it == words.constEnd() ? *words.insert(s, s) : *it;
    };
    while (j.next()) {
        const auto it = indexOf.constFind(j.value(0).toLongLong());
        if (it != indexOf.constEnd())
            documents[*it].grades.insert(shared(j.value(1).toString()),
                                         shared(j.value(2).toString()));
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

QHash<qint64, QString> AnalysisQueries::sendOutcomes() const
{
    QHash<qint64, QString> outcomes;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, %1 FROM documents d WHERE d.kind = ?")
                  .arg(SqlDialect::of(m_database.connection()).factsFieldSql(QStringLiteral("d"), QStringLiteral("outcome"))));
    q.addBindValue(Kind::AreaSend);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return outcomes;
    }
    while (q.next())
        outcomes.insert(q.value(0).toLongLong(), q.value(1).toString());
    return outcomes;
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
