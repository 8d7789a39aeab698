#pragma once

#include "NeedsReviewDelegate.h"

namespace oversight {

// Edits a fact in the facts panel with the editor that fits it (by the row's FactFieldRole):
// a date editor for dates (cleared with Delete to "not stated"), a list of grades with
// "Not given" for a judgement, a list of kinds, the reference list's authorities (type to
// narrow by name or code), a line of text for names, and a wrapped paragraph editor for a
// recommendation. Enter commits,
// Escape cancels, as in every Qt view. Belongs to a QTreeView (its parent).
class FactEditDelegate : public NeedsReviewDelegate
{
    Q_OBJECT
public:
    using NeedsReviewDelegate::NeedsReviewDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // Tall enough for the whole text wrapped at the column's width: QTreeView asks for a
    // row's size without saying how wide the column is, so a paragraph would show one line.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace oversight
