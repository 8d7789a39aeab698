#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace oversight {

class Library;
class LibraryTreeModel;
class LibraryFilterModel;

// The left-hand browser: authorities and their documents, with filters by name, kind, year and
// "needs review". Documents the reader could not fully read show a warning mark; a document's
// authority can be assigned from its context menu (undoable, on the undo stack given).
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(Library *library, QWidget *parent = nullptr);

    void selectDocument(qint64 documentId);
    qint64 currentDocumentId() const;
    QTreeView *view() const { return m_view; }
    QToolButton *needsReviewFilter() const { return m_needsReview; }
    // Where assignments of authority go, so that Edit > Undo takes them back.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }
    // Asks which authority the document is about and files it there (through the undo stack).
    void assignAuthority(qint64 documentId);
    // Files the document under the authority its text names again.
    void clearAssignedAuthority(qint64 documentId);

signals:
    void documentSelected(qint64 documentId);
    void deleteRequested(qint64 documentId);
    void compareRequested(qint64 earlierId, qint64 laterId);
    void chartsRequested(qint64 authorityId);
    void summaryRequested(qint64 documentId);
    void authoritySummaryRequested(qint64 authorityId);

private:
    void refillYears();
    // Shows on the "Needs review" filter how many documents need review.
    void updateReviewCount();
    // Pushes command on the undo stack, or runs it once when there is none.
    void run(QUndoCommand *command);

    LibraryTreeModel *m_model;
    LibraryFilterModel *m_filter;
    QLineEdit *m_nameFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_yearFilter;
    QToolButton *m_needsReview;
    QTreeView *m_view;
    Library *m_library;
    QUndoStack *m_undoStack = nullptr;
    // What the view showed before its model was reset, to show it again after.
    QSet<qint64> m_expandedBeforeReset; // authority ids
    qint64 m_currentBeforeReset = 0;
    bool m_restoring = false;
};

} // namespace oversight
