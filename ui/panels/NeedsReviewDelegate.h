#pragma once

#include <QStyledItemDelegate>

namespace oversight {

// Puts the style's warning icon before the first column of rows whose NeedsReviewRole is true:
// library documents the reader could not fully read, the facts panel's "Needs review" section.
class NeedsReviewDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace oversight
