// DocumentStore: the user's corrections of facts (schema version 6, see Migrations.cpp).
// The facts tables hold the facts with the corrections applied; the corrections table keeps
// each corrected field's value and what the reader read, so that a re-read or a revert can
// put the reader's facts back underneath.
#include "DocumentStore.h"
#include "SqlDialect.h"
#include "StoreError.h"

#include "domain/RecommendationCorrection.h"
#include "itemmodels/FactLabels.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace oversight {

namespace {

// Stored wrapped in a one-element array: a JSON text must be an array or an object.
QString toColumn(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue fromColumn(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).array().at(0);
}

// Runs fn, which reads a document's facts and writes them corrected, in one write transaction
// that first locks the document's row: two people correcting one document at once (a team
// database, two windows) then take turns, and the second reads the facts the first wrote
// instead of overwriting them with a correction computed from what it read before.
bool underDocumentLock(Database &database, qint64 documentId, const std::function<bool()> &fn,
                       QString *error)
{
    QSqlDatabase db = database.connection();
    QSqlError transactionError;
    const bool ok = inTransaction(db, [&] {
        if (const QString sql = SqlDialect::of(db).lockDocumentSql(); !sql.isEmpty()) {
            QSqlQuery lock(db);
            lock.prepare(sql);
            lock.addBindValue(documentId);
            if (!lock.exec()) {
                *error = lock.lastError().text();
                return false;
            }
        }
        return fn();
    }, &transactionError);
    // BEGIN or COMMIT refused (a read-only file, a lost connection): fn's error, else that.
    if (!ok && error->isEmpty() && transactionError.type() != QSqlError::NoError)
        *error = StoreError::describe(transactionError, database.path());
    return ok;
}

} // namespace

QString DocumentStore::hashOf(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT sha256 FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec()) {
        setError(q.lastError());
        return {};
    }
    if (!q.next()) {
        m_error = QCoreApplication::translate("DocumentStore", "there is no document with id %1").arg(documentId);
        return {};
    }
    return q.value(0).toString();
}

QList<FactCorrection> DocumentStore::correctionsForFile(const QString &sha256) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT field, value, read_value, corrected_at, corrected_by, "
                             "row_version FROM corrections WHERE sha256 = ?"));
    q.addBindValue(sha256);
    QList<FactCorrection> found;
    if (!q.exec()) {
        setError(q.lastError());
        return found;
    }
    while (q.next())
        found.append({q.value(0).toString(), fromColumn(q.value(1)), fromColumn(q.value(2)),
                      QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                      q.value(4).toString(), q.value(5).toInt()});
    const QStringList order = FactField::all();
    std::stable_sort(found.begin(), found.end(), [&](const FactCorrection &a, const FactCorrection &b) {
        return order.indexOf(a.field) < order.indexOf(b.field);
    });
    return found;
}

QList<FactCorrection> DocumentStore::corrections(qint64 documentId) const
{
    const QString sha256 = hashOf(documentId);
    return sha256.isEmpty() ? QList<FactCorrection>() : correctionsForFile(sha256);
}

bool DocumentStore::rememberReadValues(const QString &sha256, const DocumentFacts &read)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE corrections SET value = ?, read_value = ? "
                             "WHERE sha256 = ? AND field = ?"));
    for (const FactCorrection &c : correctionsForFile(sha256)) {
        // A list's items follow their read items into the new reading.
        q.bindValue(0, toColumn(c.valueOver(read)));
        q.bindValue(1, toColumn(FactField::value(read, c.field)));
        q.bindValue(2, sha256);
        q.bindValue(3, c.field);
        if (!q.exec()) {
            setError(q.lastError());
            return false;
        }
    }
    return true;
}

std::optional<FieldState> DocumentStore::fieldState(qint64 documentId, const QString &field) const
{
    const std::optional<StoredDocument> doc = document(documentId);
    if (!doc) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("DocumentStore", "there is no document with id %1").arg(documentId);
        return std::nullopt;
    }
    return FieldState::of(doc->facts, doc->corrections, field);
}

bool DocumentStore::stillAsSeen(const StoredDocument &doc, const QString &field,
                                const std::optional<FieldState> &seen)
{
    if (!seen)
        return true;
    const FieldState now = FieldState::of(doc.facts, doc.corrections, field);
    if (now == *seen)
        return true;
    const auto found = std::find_if(doc.corrections.cbegin(), doc.corrections.cend(),
                                    [&](const FactCorrection &c) { return c.field == field; });
    const FactCorrection *correction = found == doc.corrections.cend() ? nullptr : &*found;
    m_conflict = true;
    const QString label = FactLabels::label(field);
    const QString value = FactField::displayValue(field, now.value);
    if (correction) {
        const QString who = correction->correctedBy.isEmpty()
                                ? QCoreApplication::translate("DocumentStore", "Someone else")
                                : correction->correctedBy;
        m_error = QCoreApplication::translate(
                      "DocumentStore",
                      "%1 corrected %2 to \u201c%3\u201d at %4 while you were changing it; your "
                      "change was not saved. The facts now show theirs.")
                      .arg(who, label, value,
                           correction->correctedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    } else {
        m_error = QCoreApplication::translate(
                      "DocumentStore",
                      "Someone else put %1 back to what the reader read (\u201c%2\u201d) while you "
                      "were changing it; your change was not saved. The facts now show it.")
                      .arg(label, value);
    }
    return false;
}

bool DocumentStore::correct(qint64 documentId, const QString &field, const QJsonValue &value,
                            const std::optional<FieldState> &seen)
{
    m_conflict = false;
    return underDocumentLock(m_database, documentId, [&]() -> bool {
        m_error.clear();
        FactCorrection correction{field, value, QJsonValue(),
                                  QDateTime::currentDateTimeUtc().toOffsetFromUtc(0), m_database.isTeamDatabase() ? m_database.userName() : currentUserName()};
        // What the reader read: kept from an earlier correction of the field, else the value the
        // field holds now (uncorrected, so as read).
        const std::optional<StoredDocument> doc = document(documentId);
        if (!doc) {
            m_error = QCoreApplication::translate("DocumentStore", "there is no document with id %1").arg(documentId);
            return false;
        }
        if (!stillAsSeen(*doc, field, seen))
            return false;
        correction.readValue = FactField::value(doc->facts, field);
        // A list's items are tied to the items read through the list they were made from.
        QJsonArray madeFrom = RecommendationCorrection::asRead(correction.readValue.toArray());
        for (const FactCorrection &earlier : doc->corrections) {
            if (earlier.field == field) {
                correction.readValue = earlier.readValue;
                madeFrom = earlier.sourcedValue().toArray();
            }
        }
        if (FactField::isList(field) && value.isArray())
            correction.value = RecommendationCorrection::withSources(madeFrom, value.toArray());
        return setCorrection(documentId, correction);
    }, &m_error);
}

bool DocumentStore::setCorrection(qint64 documentId, const FactCorrection &correction,
                                  const std::optional<FieldState> &seen)
{
    m_conflict = false;
    return underDocumentLock(m_database, documentId, [&]() -> bool {
        m_error.clear();
        const std::optional<StoredDocument> doc = document(documentId);
        if (!doc) {
            m_error = QCoreApplication::translate("DocumentStore", "there is no document with id %1").arg(documentId);
            return false;
        }
        if (!stillAsSeen(*doc, correction.field, seen))
            return false;
        DocumentFacts facts = doc->facts;
        if (!FactField::setValue(facts, correction.field, correction.value, &m_error))
            return false;
        facts.warnings.removeAll(correction.field);
        m_error = FactField::inconsistency(facts);
        if (!m_error.isEmpty())
            return false;
        QString assigned = doc->assignedAuthorityCode;
        if (correction.field == FactField::Authority) {
            assigned = correction.value.toString().trimmed();
            if (!AuthorityDirectory::instance().byCode(assigned)) {
                m_error = QCoreApplication::translate("DocumentStore", "%1 is not a DfE LA code in the reference list").arg(assigned);
                return false;
            }
        }
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral(
            "INSERT INTO corrections(sha256, field, value, read_value, corrected_at, corrected_by) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256, field) DO UPDATE SET "
            "value = excluded.value, read_value = excluded.read_value, "
            "corrected_at = excluded.corrected_at, corrected_by = excluded.corrected_by, "
            "row_version = corrections.row_version + 1"));
        row.addBindValue(doc->sha256);
        row.addBindValue(correction.field);
        row.addBindValue(toColumn(correction.value));
        row.addBindValue(toColumn(correction.readValue));
        row.addBindValue(correction.correctedAt.toUTC().toString(Qt::ISODate));
        row.addBindValue(correction.correctedBy.isNull() ? QStringLiteral("") : correction.correctedBy);
        return writeCorrection(documentId, row, facts, assigned);
    }, &m_error);
}

bool DocumentStore::writeCorrection(qint64 documentId, QSqlQuery &correctionRow,
                                    const DocumentFacts &facts, const QString &assignedCode)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery assign(db);
        assign.prepare(QStringLiteral("UPDATE documents SET authority_assigned = ? WHERE id = ?"));
        assign.addBindValue(assignedCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(assignedCode));
        assign.addBindValue(documentId);
        for (QSqlQuery *query : {&correctionRow, &assign}) {
            if (!query->exec()) {
                setError(query->lastError());
                return false;
            }
        }
        return rewriteFacts(documentId, facts, assignedCode, std::nullopt);
    });
}

bool DocumentStore::revert(qint64 documentId, const QString &field,
                           const std::optional<FieldState> &seen)
{
    m_conflict = false;
    return underDocumentLock(m_database, documentId, [&]() -> bool {
        m_error.clear();
        const std::optional<StoredDocument> doc = document(documentId);
        if (!doc) {
            m_error = QCoreApplication::translate("DocumentStore", "there is no document with id %1").arg(documentId);
            return false;
        }
        if (!stillAsSeen(*doc, field, seen))
            return false;
        const auto found = std::find_if(doc->corrections.cbegin(), doc->corrections.cend(),
                                        [&](const FactCorrection &c) { return c.field == field; });
        if (found == doc->corrections.cend())
            return true;
        DocumentFacts facts = doc->facts;
        if (!FactField::setValue(facts, field, found->readValue, &m_error))
            return false;
        const QString assigned = field == FactField::Authority ? QString() : doc->assignedAuthorityCode;
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral("DELETE FROM corrections WHERE sha256 = ? AND field = ?"));
        row.addBindValue(doc->sha256);
        row.addBindValue(field);
        return writeCorrection(documentId, row, facts, assigned);
    }, &m_error);
}

bool DocumentStore::setReviewState(qint64 documentId, ReviewState state)
{
    m_error.clear();
    if (hashOf(documentId).isEmpty())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE documents SET review = ? WHERE id = ?"));
    q.addBindValue(state == ReviewState::Flagged    ? QVariant(QStringLiteral("flagged"))
                   : state == ReviewState::Reviewed ? QVariant(QStringLiteral("reviewed"))
                                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(documentId);
    if (!q.exec()) {
        setError(q.lastError());
        return false;
    }
    return true;
}

} // namespace oversight
