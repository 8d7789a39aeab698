#include "LibraryRowDelegate.h"

#include "itemmodels/ItemRoles.h"

namespace oversight {

void LibraryRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    NeedsReviewDelegate::initStyleOption(option, index);
    if (index.column() != 0 || index.parent().isValid())
        return;
    const auto node = index.data(NodeTypeRole).value<NodeType>();
    if (node != NodeType::Authority && node != NodeType::Unfiled)
        return;
    //: An authority's name in the Library and how many of its documents are listed under it
    option->text = tr("%1 (%2)").arg(option->text).arg(index.model()->rowCount(index));
}

} // namespace oversight
