#include "AnnotationStore.h"

#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

QStringList Status::all()
{
    return {Met, Progressing, NotMet, NotAssessed};
}

QString Status::label(const QString &status)
{
    if (status == Met)
        return QCoreApplication::translate("Status", "Met");
    if (status == Progressing)
        return QCoreApplication::translate("Status", "Progressing");
    if (status == NotMet)
        return QCoreApplication::translate("Status", "Not met");
    if (status == NotAssessed)
        return QCoreApplication::translate("Status", "Not assessed");
    return status;
}

bool Status::isValid(const QString &status)
{
    return all().contains(status);
}

QColor Status::color(const QString &status)
{
    if (status == Met)
        return QColor(0x2e, 0x9d, 0x4f);
    if (status == Progressing)
        return QColor(0xe8, 0xa3, 0x17);
    if (status == NotMet)
        return QColor(0xd6, 0x3b, 0x3b);
    return QColor(0x7a, 0x86, 0x99);
}

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// "INSERT INTO table(id, columns) VALUES (?, ...) RETURNING id" when the row keeps a given id
// (undo brings a deleted row back as it was), else without the id column, which the database
// then numbers (SQLite numbers a NULL id too, PostgreSQL's identity columns only an absent one).
// Bind the id first when hasId, then the columns in order.
QString insertSql(const char *table, const char *columns, int columnCount, bool hasId)
{
    QStringList marks;
    for (int i = 0; i < columnCount + (hasId ? 1 : 0); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1(%2%3) VALUES (%4) RETURNING id")
        .arg(QLatin1String(table), hasId ? QStringLiteral("id, ") : QString(),
             QLatin1String(columns), marks.join(QStringLiteral(", ")));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Said when a write finds no row to change: it was deleted meanwhile (another window, an undo).
QString goneMessage()
{
    return QCoreApplication::translate("AnnotationStore",
                                       "it no longer exists in the database");
}

// The error of a write that ran but changed nothing has no SQL error text of its own.
QString writeError(const QSqlQuery &q)
{
    const QString text = q.lastError().text();
    return text.trimmed().isEmpty() ? goneMessage() : text;
}

QString boxesToJson(const QList<QRectF> &boxes)
{
    QJsonArray array;
    for (const QRectF &r : boxes)
        array.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QRectF> boxesFromJson(const QString &json)
{
    QList<QRectF> boxes;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        if (a.size() == 4)
            boxes.append(QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(),
                                a.at(3).toDouble()));
    }
    return boxes;
}

} // namespace

AnnotationStore::AnnotationStore(Database &database) : m_database(database) {}

bool AnnotationStore::insertItems(qint64 checklistId, const QList<ChecklistItem> &items,
                                  bool keepIds)
{
    QSqlQuery q(m_database.connection());
    for (int i = 0; i < items.size(); ++i) {
        const bool hasId = keepIds && items.at(i).id > 0;
        q.prepare(insertSql("checklist_items", "checklist_id, position, title, guidance", 4, hasId));
        if (hasId)
            q.addBindValue(items.at(i).id);
        q.addBindValue(checklistId);
        q.addBindValue(i);
        q.addBindValue(notNull(items.at(i).title));
        q.addBindValue(notNull(items.at(i).guidance));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 AnnotationStore::createChecklist(const Checklist &c)
{
    qint64 id = 0;
    return insertChecklist(c, false, &id) ? id : 0;
}

bool AnnotationStore::restoreChecklist(const Checklist &c)
{
    return insertChecklist(c, true, nullptr);
}

bool AnnotationStore::insertChecklist(const Checklist &c, bool keepIds, qint64 *id)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        const bool hasId = keepIds && c.id > 0;
        q.prepare(insertSql("checklists", "authority_id, name, source, source_document_id, "
                                          "created_at", 5, hasId));
        if (hasId)
            q.addBindValue(c.id);
        q.addBindValue(idOrNull(c.authorityId));
        q.addBindValue(notNull(c.name));
        q.addBindValue(c.source.isEmpty() ? QStringLiteral("user") : c.source);
        q.addBindValue(idOrNull(c.sourceDocumentId));
        q.addBindValue(now());
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        const qint64 newId = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (id)
            *id = newId;
        return insertItems(newId, c.items, keepIds);
    });
}

bool AnnotationStore::renameChecklist(qint64 id, const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE checklists SET name = ? WHERE id = ?"));
    q.addBindValue(notNull(name));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = writeError(q);
        return false;
    }
    return true;
}

bool AnnotationStore::deleteChecklist(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM checklists WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    });
}

std::optional<Checklist> AnnotationStore::checklist(qint64 id) const
{
    for (const Checklist &c : checklists())
        if (c.id == id)
            return c;
    return std::nullopt;
}

QList<Checklist> AnnotationStore::checklists() const
{
    QList<Checklist> result;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, coalesce(authority_id, 0), name, source, "
                               "coalesce(source_document_id, 0) FROM checklists "
                               "ORDER BY %1, id")
                    .arg(SqlDialect::of(m_database.connection())
                             .caseInsensitiveSql(QStringLiteral("name"))))) {
        m_error = q.lastError().text();
        return result;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        Checklist c;
        c.id = q.value(0).toLongLong();
        c.authorityId = q.value(1).toLongLong();
        c.name = q.value(2).toString();
        c.source = q.value(3).toString();
        c.sourceDocumentId = q.value(4).toLongLong();
        index.insert(c.id, int(result.size()));
        result.append(c);
    }
    QSqlQuery items(m_database.connection());
    if (items.exec(QStringLiteral("SELECT id, checklist_id, title, guidance FROM checklist_items "
                                  "ORDER BY checklist_id, position, id")))
        while (items.next()) {
            const auto it = index.constFind(items.value(1).toLongLong());
            if (it != index.constEnd())
                result[*it].items.append({items.value(0).toLongLong(), items.value(1).toLongLong(),
                                          items.value(2).toString(), items.value(3).toString()});
        }
    return result;
}

QList<qint64> AnnotationStore::itemIdsInOrder(qint64 checklistId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM checklist_items WHERE checklist_id = ? "
                             "ORDER BY position, id"));
    q.addBindValue(checklistId);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

bool AnnotationStore::renumber(qint64 checklistId, const QList<qint64> &orderedIds)
{
    Q_UNUSED(checklistId);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE checklist_items SET position = ? WHERE id = ?"));
    for (int i = 0; i < orderedIds.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, orderedIds.at(i));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

int AnnotationStore::itemPosition(qint64 itemId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT checklist_id FROM checklist_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return -1;
    return int(itemIdsInOrder(q.value(0).toLongLong()).indexOf(itemId));
}

qint64 AnnotationStore::addItem(qint64 checklistId, int position, const ChecklistItem &item)
{
    ChecklistItem fresh = item;
    fresh.id = 0;
    fresh.checklistId = checklistId;
    qint64 id = 0;
    QSqlDatabase db = m_database.connection();
    const bool ok = inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(insertSql("checklist_items", "checklist_id, position, title, guidance", 4, false));
        q.addBindValue(checklistId);
        q.addBindValue(1 << 30); // placed properly by renumber below
        q.addBindValue(notNull(fresh.title));
        q.addBindValue(notNull(fresh.guidance));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        QList<qint64> order = itemIdsInOrder(checklistId);
        order.removeAll(id);
        order.insert(qBound(0, position, int(order.size())), id);
        return renumber(checklistId, order);
    });
    return ok ? id : 0;
}

bool AnnotationStore::restoreItem(const ChecklistItem &item, int position)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO checklist_items(id, checklist_id, position, title, "
                                 "guidance) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(item.id);
        q.addBindValue(item.checklistId);
        q.addBindValue(1 << 30);
        q.addBindValue(notNull(item.title));
        q.addBindValue(notNull(item.guidance));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        QList<qint64> order = itemIdsInOrder(item.checklistId);
        order.removeAll(item.id);
        order.insert(qBound(0, position, int(order.size())), item.id);
        return renumber(item.checklistId, order);
    });
}

bool AnnotationStore::updateItem(const ChecklistItem &item)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE checklist_items SET title = ?, guidance = ? WHERE id = ?"));
    q.addBindValue(notNull(item.title));
    q.addBindValue(notNull(item.guidance));
    q.addBindValue(item.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = writeError(q);
        return false;
    }
    return true;
}

bool AnnotationStore::moveItem(qint64 itemId, int newPosition)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT checklist_id FROM checklist_items WHERE id = ?"));
        q.addBindValue(itemId);
        if (!q.exec() || !q.next()) {
            m_error = writeError(q);
            return false;
        }
        const qint64 checklistId = q.value(0).toLongLong();
        QList<qint64> order = itemIdsInOrder(checklistId);
        order.removeAll(itemId);
        order.insert(qBound(0, newPosition, int(order.size())), itemId);
        return renumber(checklistId, order);
    });
}

bool AnnotationStore::deleteItem(qint64 itemId)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT checklist_id FROM checklist_items WHERE id = ?"));
        q.addBindValue(itemId);
        if (!q.exec() || !q.next()) {
            m_error = writeError(q);
            return false;
        }
        const qint64 checklistId = q.value(0).toLongLong();
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM checklist_items WHERE id = ?"));
        del.addBindValue(itemId);
        if (!del.exec()) {
            m_error = del.lastError().text();
            return false;
        }
        return renumber(checklistId, itemIdsInOrder(checklistId));
    });
}

bool AnnotationStore::writeAnnotation(const Annotation &a, bool keepId, qint64 *id)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const bool hasId = keepId && a.id > 0;
    q.prepare(insertSql("annotations", "document_id, page, quote, boxes, status, note, "
                                       "created_at, updated_at", 8, hasId));
    if (hasId)
        q.addBindValue(a.id);
    q.addBindValue(a.documentId);
    q.addBindValue(a.page);
    q.addBindValue(notNull(a.quote));
    q.addBindValue(boxesToJson(a.boxes));
    q.addBindValue(Status::isValid(a.status) ? a.status : Status::NotAssessed);
    q.addBindValue(notNull(a.note));
    q.addBindValue(a.createdAt.isValid() ? a.createdAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(a.updatedAt.isValid() ? a.updatedAt.toString(Qt::ISODateWithMs) : now());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    *id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO annotation_items(annotation_id, item_id) VALUES (?, ?)"));
    for (qint64 item : a.itemIds) {
        link.bindValue(0, *id);
        link.bindValue(1, item);
        if (!link.exec()) {
            m_error = link.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 AnnotationStore::createAnnotation(const Annotation &annotation)
{
    qint64 id = 0;
    const bool ok = inTransaction(m_database.connection(),
                                  [&] { return writeAnnotation(annotation, false, &id); });
    return ok ? id : 0;
}

bool AnnotationStore::restoreAnnotation(const Annotation &annotation)
{
    qint64 id = 0;
    return inTransaction(m_database.connection(),
                         [&] { return writeAnnotation(annotation, true, &id); });
}

bool AnnotationStore::updateAnnotation(const Annotation &a)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE annotations SET status = ?, note = ?, updated_at = ? "
                                 "WHERE id = ?"));
        q.addBindValue(Status::isValid(a.status) ? a.status : Status::NotAssessed);
        q.addBindValue(notNull(a.note));
        q.addBindValue(now());
        q.addBindValue(a.id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            m_error = writeError(q);
            return false;
        }
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM annotation_items WHERE annotation_id = ?"));
        clear.addBindValue(a.id);
        if (!clear.exec())
            return false;
        QSqlQuery link(db);
        link.prepare(QStringLiteral("INSERT INTO annotation_items(annotation_id, item_id) VALUES (?, ?)"));
        for (qint64 item : a.itemIds) {
            link.bindValue(0, a.id);
            link.bindValue(1, item);
            if (!link.exec()) {
                m_error = link.lastError().text();
                return false;
            }
        }
        return true;
    });
}

bool AnnotationStore::deleteAnnotation(qint64 id)
{
    return inTransaction(m_database.connection(), [&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            m_error = writeError(q);
            return false;
        }
        return true;
    });
}

QList<Annotation> AnnotationStore::annotations(qint64 documentId) const
{
    QList<Annotation> result;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, document_id, page, quote, boxes, status, note, created_at, "
                             "updated_at FROM annotations WHERE (? = 0 OR document_id = ?) "
                             "ORDER BY document_id, page, id"));
    q.addBindValue(documentId);
    q.addBindValue(documentId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.documentId = q.value(1).toLongLong();
        a.page = q.value(2).toInt();
        a.quote = q.value(3).toString();
        a.boxes = boxesFromJson(q.value(4).toString());
        a.status = q.value(5).toString();
        a.note = q.value(6).toString();
        a.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        a.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        index.insert(a.id, int(result.size()));
        result.append(a);
    }
    QSqlQuery links(m_database.connection());
    if (links.exec(QStringLiteral("SELECT ai.annotation_id, ai.item_id FROM annotation_items ai "
                                  "JOIN checklist_items i ON i.id = ai.item_id "
                                  "ORDER BY ai.annotation_id, i.checklist_id, i.position")))
        while (links.next()) {
            const auto it = index.constFind(links.value(0).toLongLong());
            if (it != index.constEnd())
                result[*it].itemIds.append(links.value(1).toLongLong());
        }
    return result;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Annotation &a : annotations(q.value(0).toLongLong()))
        if (a.id == id)
            return a;
    return std::nullopt;
}

int AnnotationStore::annotationCountForDocument(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM annotations WHERE document_id = ?"));
    q.addBindValue(documentId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool AnnotationStore::dismissSuggestion(qint64 itemId, qint64 findingId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO dismissed_suggestions(item_id, finding_id) "
                             "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(itemId);
    q.addBindValue(findingId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool AnnotationStore::undismissSuggestion(qint64 itemId, qint64 findingId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM dismissed_suggestions WHERE item_id = ? AND finding_id = ?"));
    q.addBindValue(itemId);
    q.addBindValue(findingId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace oversight
