#pragma once

#include "Annotation.h"
#include "store/Database.h"

#include <optional>

namespace oversight {

// The repository for checklists, their items and annotations. Every write is one transaction.
// Restoring calls (used by undo) put a row back with its old id so that links survive.
class AnnotationStore
{
public:
    explicit AnnotationStore(Database &database);

    // Checklists
    qint64 createChecklist(const Checklist &checklist); // with its items; returns id or 0
    bool restoreChecklist(const Checklist &checklist);  // with the ids it had
    bool renameChecklist(qint64 id, const QString &name);
    bool deleteChecklist(qint64 id);
    std::optional<Checklist> checklist(qint64 id) const;
    QList<Checklist> checklists() const; // with items, by name

    // Items
    qint64 addItem(qint64 checklistId, int position, const ChecklistItem &item);
    bool restoreItem(const ChecklistItem &item, int position);
    bool updateItem(const ChecklistItem &item);
    bool moveItem(qint64 itemId, int newPosition);
    bool deleteItem(qint64 itemId);
    int itemPosition(qint64 itemId) const;

    // Annotations
    qint64 createAnnotation(const Annotation &annotation);
    bool restoreAnnotation(const Annotation &annotation);
    // Writes status, note and items. When annotation.rowVersion > 0 the write is made only if
    // the stored row is still at that version (nobody changed it since it was read); otherwise
    // nothing is written, lastError() says who changed it and to what, and conflict() holds
    // the row as it now is. On success *newVersion (if given) is the row's new version.
    bool updateAnnotation(const Annotation &annotation, qint64 *newVersion = nullptr);
    // The annotation as another writer left it, after updateAnnotation refused a stale write.
    std::optional<Annotation> conflict() const { return m_conflict; }
    bool deleteAnnotation(qint64 id);
    std::optional<Annotation> annotation(qint64 id) const;
    QList<Annotation> annotations(qint64 documentId = 0) const; // 0: all
    int annotationCountForDocument(qint64 documentId) const;

    // Suggestions the user dismissed for an item.
    bool dismissSuggestion(qint64 itemId, qint64 findingId);
    bool undismissSuggestion(qint64 itemId, qint64 findingId);

    QString lastError() const { return m_error; }

private:
    bool insertChecklist(const Checklist &c, bool keepIds, qint64 *id);
    bool insertItems(qint64 checklistId, const QList<ChecklistItem> &items, bool keepIds);
    bool writeAnnotation(const Annotation &a, bool keepId, qint64 *id);
    bool renumber(qint64 checklistId, const QList<qint64> &orderedIds);
    QList<qint64> itemIdsInOrder(qint64 checklistId) const;

    QString currentUser() const;

    Database &m_database;
    mutable QString m_error;
    std::optional<Annotation> m_conflict;
};

} // namespace oversight
