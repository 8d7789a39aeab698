#pragma once

#include "Annotation.h"

#include <QUndoCommand>

namespace oversight {

class Library;

// One undoable command per user action on annotations and checklists. Each redo() and undo()
// writes through the library's AnnotationStore in its own transaction, so what the user saw
// done is on disk at once; then it tells the library so that views reload. Deleted rows are
// put back with their old ids, so links between annotations and items survive undo.
// A command whose write fails marks itself obsolete and reports the error through the library.

class CreateAnnotationCommand : public QUndoCommand
{
public:
    CreateAnnotationCommand(Library *library, const Annotation &annotation);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    Library *m_library;
    Annotation m_annotation;
};

class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(Library *library, const Annotation &before, const Annotation &after);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Successive edits of the same annotation (typing a note) undo as one.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Library *m_library;
    Annotation m_before;
    Annotation m_after;
    qint64 m_version = 0; // the row version the last write left
};

class DeleteAnnotationCommand : public QUndoCommand
{
public:
    DeleteAnnotationCommand(Library *library, const Annotation &annotation);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    Annotation m_annotation;
};

class CreateChecklistCommand : public QUndoCommand
{
public:
    CreateChecklistCommand(Library *library, const Checklist &checklist);
    void redo() override;
    void undo() override;
    qint64 checklistId() const { return m_checklist.id; }

private:
    Library *m_library;
    Checklist m_checklist; // with ids once created
};

class RenameChecklistCommand : public QUndoCommand
{
public:
    RenameChecklistCommand(Library *library, qint64 checklistId, const QString &before,
                           const QString &after);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    qint64 m_id;
    QString m_before;
    QString m_after;
};

class DeleteChecklistCommand : public QUndoCommand
{
public:
    DeleteChecklistCommand(Library *library, qint64 checklistId);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    Checklist m_checklist;
    QList<Annotation> m_linked; // annotations that pointed at its items, as they were
};

class AddItemCommand : public QUndoCommand
{
public:
    AddItemCommand(Library *library, qint64 checklistId, int position, const ChecklistItem &item);
    void redo() override;
    void undo() override;
    qint64 itemId() const { return m_item.id; }

private:
    Library *m_library;
    ChecklistItem m_item;
    int m_position;
};

class EditItemCommand : public QUndoCommand
{
public:
    EditItemCommand(Library *library, const ChecklistItem &before, const ChecklistItem &after);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    ChecklistItem m_before;
    ChecklistItem m_after;
};

class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(Library *library, qint64 itemId, int from, int to);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    qint64 m_itemId;
    int m_from;
    int m_to;
};

class DeleteItemCommand : public QUndoCommand
{
public:
    DeleteItemCommand(Library *library, const ChecklistItem &item);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    ChecklistItem m_item;
    int m_position = 0;
    QList<Annotation> m_linked;
};

// Dismissing a suggested passage for an item (dismiss true), or restoring one dismissed before
// (dismiss false): the finding is left out of, or back in, the item's suggestions.
class DismissSuggestionCommand : public QUndoCommand
{
public:
    DismissSuggestionCommand(Library *library, qint64 itemId, qint64 findingId, bool dismiss);
    void redo() override;
    void undo() override;
    qint64 itemId() const { return m_itemId; }
    qint64 findingId() const { return m_findingId; }

private:
    void set(bool dismissed);

    Library *m_library;
    qint64 m_itemId;
    qint64 m_findingId;
    bool m_dismiss;
};

} // namespace oversight
