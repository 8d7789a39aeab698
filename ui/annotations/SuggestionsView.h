#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QUndoStack;

namespace oversight {

class Library;

// The evidence suggested for one checklist item (SuggestionEngine): passages of later documents
// that most likely speak to it, best first, to show, accept or dismiss. "Show dismissed" lists
// the passages dismissed for the item too, after the others, so that one dismissed by mistake
// can be seen and restored. Dismiss and Restore are commands on the app's undo stack (Ctrl+Z in
// the main window or here).
class SuggestionsView : public QWidget
{
    Q_OBJECT
public:
    SuggestionsView(Library *library, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The item whose suggestions are shown (0: none).
    void setItem(qint64 checklistId, qint64 itemId);
    qint64 itemId() const { return m_itemId; }

    QListWidget *list() const { return m_list; }
    void setShowDismissed(bool show);

    // The data each entry of list() carries, after Qt::UserRole.
    enum Role {
        DocumentIdRole = Qt::UserRole, // qint64
        PageRole,                      // int, 1-based
        TextRole,                      // QString
        FindingIdRole,                 // qint64
        DismissedRole,                 // bool
    };

signals:
    // Show a suggested passage on its page (page 1-based).
    void passageChosen(qint64 documentId, int page, const QString &text);
    // The user accepts a suggestion: annotate that passage for that item.
    void suggestionAccepted(qint64 documentId, int page, const QString &text, qint64 itemId);
    // Undo brought back a suggestion of another item: the caller should choose that item.
    void itemRequested(qint64 itemId);

public slots:
    void refresh();

private:
    void addEntry(qint64 documentId, int page, const QString &text, qint64 findingId,
                  double score, bool dismissed);
    void setDismissed(bool dismiss);
    void undo();
    void updateButtons();

    Library *m_library;
    QUndoStack *m_undoStack;
    qint64 m_checklistId = 0;
    qint64 m_itemId = 0;
    qint64 m_focusFinding = 0; // chosen again after the next refresh
    QListWidget *m_list;
    QCheckBox *m_showDismissed;
    QPushButton *m_show;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    QPushButton *m_restore;
    QPushButton *m_undo;
};

} // namespace oversight
