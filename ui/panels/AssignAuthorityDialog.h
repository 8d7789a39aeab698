#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace oversight {

// Asks which authority a document is about: every authority in the DfE reference list, by
// name with its code and region, narrowed as the user types (name or code). Enter or a
// double-click chooses. The caller files the document (through an undoable command).
class AssignAuthorityDialog : public QDialog
{
    Q_OBJECT
public:
    // named: what the document calls its authority (shown, and typed into the search when the
    // document is not yet filed); currentCode: the code it is filed under now, selected.
    AssignAuthorityDialog(const QString &documentTitle, const QString &named,
                          const QString &currentCode, QWidget *parent = nullptr);

    // The DfE LA code chosen, or empty when none is selected.
    QString chosenCode() const;
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

protected:
    // Up, Down, Page Up and Page Down in the search field move through the list.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectCode(const QString &code);
    void updateButtons();

    QStandardItemModel *m_authorities;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace oversight
