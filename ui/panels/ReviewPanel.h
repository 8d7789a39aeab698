#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace oversight {

class Library;
class ReviewModel;

// The Review view: every document that needs review, one row each. Moving through the rows
// (arrow keys or clicks) opens each document, so that its facts can be checked in the facts
// panel, corrected (F2) or confirmed; "Mark reviewed" (Ctrl+Return) takes the current one off
// the list and moves to the next.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(Library *library, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReviewModel *model() const { return m_model; }

signals:
    void documentChosen(qint64 documentId);

private:
    void markReviewed();
    void updateState();

    Library *m_library;
    ReviewModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_reviewed;
    qint64 m_currentId = 0;  // the document current before the list reloaded
    bool m_restoring = false; // putting it back: not a choice of the user's
};

} // namespace oversight
