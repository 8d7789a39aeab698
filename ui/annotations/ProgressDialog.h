#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace oversight {

class Library;
class ProgressMatrixModel;

// A checklist's items against the authority's later documents: which recommendation was met
// by which visit, at a glance. Choosing a cell shows its evidence.
class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressDialog(Library *library, qint64 checklistId, QWidget *parent = nullptr);

    ProgressMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QListWidget *suggestions() const { return m_suggestions; }

signals:
    void evidenceChosen(qint64 documentId, qint64 annotationId);
    // Show a suggested passage on its page (page 1-based).
    void passageChosen(qint64 documentId, int page, const QString &text);
    // The user accepts a suggestion: annotate that passage for that item.
    void suggestionAccepted(qint64 documentId, int page, const QString &text, qint64 itemId);

private:
    void showSuggestions();
    void dismissCurrent();
    void undoDismiss();

    Library *m_library;
    QListWidget *m_suggestions;
    ProgressMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_undoDismiss = nullptr;
    QList<QPair<qint64, qint64>> m_dismissed; // (item, finding), the last dismissed last
};

} // namespace oversight
