#include "AnnotationCommands.h"

#include "store/Library.h"

#include <QCoreApplication>

namespace oversight {

namespace {

// Runs a store write; on failure marks the command obsolete and tells the user why.
template <typename Fn>
void apply(QUndoCommand *command, Library *library, Fn &&write)
{
    AnnotationStore *store = library->annotations();
    if (!store || !write(*store)) {
        command->setObsolete(true);
        library->reportError(
            QCoreApplication::translate("AnnotationCommands", "The change could not be saved: %1")
                .arg(store ? store->lastError()
                           : QCoreApplication::translate("AnnotationCommands",
                                                         "no database is open")));
    }
    library->notifyAnnotationsChanged();
}

QList<Annotation> annotationsLinkedTo(AnnotationStore &store, const QList<qint64> &itemIds)
{
    QList<Annotation> linked;
    for (const Annotation &a : store.annotations())
        for (qint64 id : a.itemIds)
            if (itemIds.contains(id)) {
                linked.append(a);
                break;
            }
    return linked;
}

} // namespace

CreateAnnotationCommand::CreateAnnotationCommand(Library *library, const Annotation &annotation)
    : m_library(library), m_annotation(annotation)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Annotate passage"));
}

void CreateAnnotationCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        if (m_annotation.id > 0)
            return store.restoreAnnotation(m_annotation);
        m_annotation.id = store.createAnnotation(m_annotation);
        if (m_annotation.id > 0) // keep its timestamps so a redo restores it exactly
            m_annotation = store.annotation(m_annotation.id).value_or(m_annotation);
        return m_annotation.id > 0;
    });
}

void CreateAnnotationCommand::undo()
{
    apply(this, m_library,
          [this](AnnotationStore &store) { return store.deleteAnnotation(m_annotation.id); });
}

EditAnnotationCommand::EditAnnotationCommand(Library *library, const Annotation &before,
                                             const Annotation &after)
    : m_library(library), m_before(before), m_after(after), m_version(before.rowVersion)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Edit annotation"));
}

// Each write names the version the previous one left, so that a change somebody else made
// in between (a team member, another window) is reported instead of overwritten, by undo too.
void EditAnnotationCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        Annotation a = m_after;
        a.rowVersion = m_version;
        return store.updateAnnotation(a, &m_version);
    });
}

void EditAnnotationCommand::undo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        Annotation a = m_before;
        a.rowVersion = m_version;
        return store.updateAnnotation(a, &m_version);
    });
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditAnnotationCommand *>(other);
    if (edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    m_version = edit->m_version; // the other has written already: its version is the row's
    return true;
}

DeleteAnnotationCommand::DeleteAnnotationCommand(Library *library, const Annotation &annotation)
    : m_library(library), m_annotation(annotation)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Delete annotation"));
}

void DeleteAnnotationCommand::redo()
{
    apply(this, m_library,
          [this](AnnotationStore &store) { return store.deleteAnnotation(m_annotation.id); });
}

void DeleteAnnotationCommand::undo()
{
    apply(this, m_library,
          [this](AnnotationStore &store) { return store.restoreAnnotation(m_annotation); });
}

CreateChecklistCommand::CreateChecklistCommand(Library *library, const Checklist &checklist)
    : m_library(library), m_checklist(checklist)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Create checklist"));
}

void CreateChecklistCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        if (m_checklist.id > 0)
            return store.restoreChecklist(m_checklist);
        m_checklist.id = store.createChecklist(m_checklist);
        if (m_checklist.id > 0) // learn the items' ids, so that a redo brings back the same rows
            m_checklist = store.checklist(m_checklist.id).value_or(m_checklist);
        return m_checklist.id > 0;
    });
}

void CreateChecklistCommand::undo()
{
    apply(this, m_library,
          [this](AnnotationStore &store) { return store.deleteChecklist(m_checklist.id); });
}

RenameChecklistCommand::RenameChecklistCommand(Library *library, qint64 checklistId,
                                               const QString &before, const QString &after)
    : m_library(library), m_id(checklistId), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Rename checklist"));
}

void RenameChecklistCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.renameChecklist(m_id, m_after); });
}

void RenameChecklistCommand::undo()
{
    apply(this, m_library,
          [this](AnnotationStore &store) { return store.renameChecklist(m_id, m_before); });
}

DeleteChecklistCommand::DeleteChecklistCommand(Library *library, qint64 checklistId)
    : m_library(library)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Delete checklist"));
    if (AnnotationStore *store = library->annotations()) {
        m_checklist = store->checklist(checklistId).value_or(Checklist{});
        QList<qint64> ids;
        for (const ChecklistItem &item : m_checklist.items)
            ids.append(item.id);
        m_linked = annotationsLinkedTo(*store, ids);
    }
}

void DeleteChecklistCommand::redo()
{
    apply(this, m_library,
          [this](AnnotationStore &store) { return store.deleteChecklist(m_checklist.id); });
}

void DeleteChecklistCommand::undo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        if (!store.restoreChecklist(m_checklist))
            return false;
        for (const Annotation &a : m_linked) // the links went with the items
            if (!store.updateAnnotation(a))
                return false;
        return true;
    });
}

AddItemCommand::AddItemCommand(Library *library, qint64 checklistId, int position,
                               const ChecklistItem &item)
    : m_library(library), m_item(item), m_position(position)
{
    m_item.checklistId = checklistId;
    setText(QCoreApplication::translate("AnnotationCommands", "Add item"));
}

void AddItemCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        if (m_item.id > 0)
            return store.restoreItem(m_item, m_position);
        m_item.id = store.addItem(m_item.checklistId, m_position, m_item);
        return m_item.id > 0;
    });
}

void AddItemCommand::undo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.deleteItem(m_item.id); });
}

EditItemCommand::EditItemCommand(Library *library, const ChecklistItem &before,
                                 const ChecklistItem &after)
    : m_library(library), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Edit item"));
}

void EditItemCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.updateItem(m_after); });
}

void EditItemCommand::undo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.updateItem(m_before); });
}

MoveItemCommand::MoveItemCommand(Library *library, qint64 itemId, int from, int to)
    : m_library(library), m_itemId(itemId), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Move item"));
}

void MoveItemCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.moveItem(m_itemId, m_to); });
}

void MoveItemCommand::undo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.moveItem(m_itemId, m_from); });
}

DeleteItemCommand::DeleteItemCommand(Library *library, const ChecklistItem &item)
    : m_library(library), m_item(item)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Delete item"));
    if (AnnotationStore *store = library->annotations()) {
        m_position = store->itemPosition(item.id);
        m_linked = annotationsLinkedTo(*store, {item.id});
    }
}

void DeleteItemCommand::redo()
{
    apply(this, m_library, [this](AnnotationStore &store) { return store.deleteItem(m_item.id); });
}

void DeleteItemCommand::undo()
{
    apply(this, m_library, [this](AnnotationStore &store) {
        if (!store.restoreItem(m_item, m_position))
            return false;
        for (const Annotation &a : m_linked)
            if (!store.updateAnnotation(a))
                return false;
        return true;
    });
}

DismissSuggestionCommand::DismissSuggestionCommand(Library *library, qint64 itemId,
                                                   qint64 findingId, bool dismiss)
    : m_library(library), m_itemId(itemId), m_findingId(findingId), m_dismiss(dismiss)
{
    setText(dismiss ? QCoreApplication::translate("AnnotationCommands", "Dismiss suggestion")
                    : QCoreApplication::translate("AnnotationCommands", "Restore suggestion"));
}

void DismissSuggestionCommand::set(bool dismissed)
{
    apply(this, m_library, [this, dismissed](AnnotationStore &store) {
        return dismissed ? store.dismissSuggestion(m_itemId, m_findingId)
                         : store.undismissSuggestion(m_itemId, m_findingId);
    });
}

void DismissSuggestionCommand::redo()
{
    set(m_dismiss);
}

void DismissSuggestionCommand::undo()
{
    set(!m_dismiss);
}

} // namespace oversight
