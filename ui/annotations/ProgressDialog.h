#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QTableView;
class QUndoStack;

namespace oversight {

class Library;
class ProgressMatrixModel;
class SuggestionsView;

// A checklist's items against the authority's later documents: which recommendation was met
// by which visit, at a glance. Choosing a cell shows its evidence; below, the evidence suggested
// for the chosen item (SuggestionsView), with its dismissals undoable on undoStack.
class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressDialog(Library *library, QUndoStack *undoStack, qint64 checklistId,
                   QWidget *parent = nullptr);

    ProgressMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QListWidget *suggestions() const;
    SuggestionsView *suggestionsView() const { return m_suggestions; }

signals:
    void evidenceChosen(qint64 documentId, qint64 annotationId);
    // Show a suggested passage on its page (page 1-based).
    void passageChosen(qint64 documentId, int page, const QString &text);
    // The user accepts a suggestion: annotate that passage for that item.
    void suggestionAccepted(qint64 documentId, int page, const QString &text, qint64 itemId);

private:
    void selectItem(qint64 itemId);

    ProgressMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    SuggestionsView *m_suggestions;
    qint64 m_currentItem = 0; // kept across the model's resets
};

} // namespace oversight
