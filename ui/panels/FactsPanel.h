#pragma once

#include "store/DocumentStore.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QAction;
class QTreeView;
class QUndoStack;

namespace oversight {

class FactsModel;
class Library;

// The right-hand panel: what Oversight understood from the open document, and where the user
// corrects it. Every fact the user can correct is edited in place (F2, or the context menu;
// FactEditDelegate picks the editor); recommendations can also be added, split, merged,
// moved and deleted. Each change is one CorrectFactCommand on the window's undo stack
// (Ctrl+Z), saved at once. "Revert to what was read" drops a correction (on a recommendation,
// that item's: see RecommendationCorrection.h), "Revert the whole list" a list's; "Mark reviewed" and
// "Mark as needing review" set the document's review state.
class FactsPanel : public QWidget
{
    Q_OBJECT
public:
    FactsPanel(Library *library, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows a document's facts; the same document again (after a correction, a re-read)
    // keeps the open sections and the current fact.
    void setDocument(const std::optional<StoredDocument> &document);
    FactsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    // The user chose a recommendation or finding: show this passage on its page.
    void passageChosen(int page, const QString &passage);
    // The user asked to annotate a recommendation or finding.
    void annotateRequested(int page, const QString &passage);

private:
    enum class ListEdit { Add, Split, MergeWithNext, MoveUp, MoveDown, Delete };
    void createActions();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void correct(const QString &field, const std::optional<QJsonValue> &value,
                 const QString &description);
    void editList(ListEdit edit);
    void revertCurrent();
    void setReview(ReviewState state);

    Library *m_library;
    QUndoStack *m_undoStack;
    FactsModel *m_model;
    QTreeView *m_view;
    QAction *m_edit;
    QAction *m_revert;
    QAction *m_revertList;
    QAction *m_confirm;
    QAction *m_add;
    QAction *m_split;
    QAction *m_merge;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_delete;
    QAction *m_markReviewed;
    QAction *m_markNeedsReview;
};

} // namespace oversight
