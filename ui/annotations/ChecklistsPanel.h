#pragma once

#include <QWidget>

class QTreeView;
class QUndoStack;

namespace oversight {

class ChecklistModel;
class Library;

// The checklists dock: make checklists (from the open document's recommendations, from the
// built-in list, or from scratch), edit, reorder, import and export them, and open their
// progress across later visits. Every change goes through the undo stack.
class ChecklistsPanel : public QWidget
{
    Q_OBJECT
public:
    ChecklistsPanel(Library *library, QUndoStack *undoStack, QWidget *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    qint64 currentChecklistId() const;

public slots:
    void setCurrentDocument(qint64 documentId);
    void createFromCurrentDocument();
    void createEmpty();
    void addBuiltIn(int index);
    void addItem();
    void deleteSelected();
    void importJson();
    void exportJson();

signals:
    void progressRequested(qint64 checklistId);
    void message(const QString &text);

private:
    Library *m_library;
    QUndoStack *m_undoStack;
    ChecklistModel *m_model;
    QTreeView *m_view;
    qint64 m_documentId = 0;
};

} // namespace oversight
