#include "NeedsReviewDelegate.h"

#include "itemmodels/ItemRoles.h"

#include <QApplication>
#include <QStyle>

namespace oversight {

void NeedsReviewDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0 || !index.data(NeedsReviewRole).toBool())
        return;
    const QWidget *widget = option->widget;
    option->icon = (widget ? widget->style() : QApplication::style())
                       ->standardIcon(QStyle::SP_MessageBoxWarning, option, widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}

} // namespace oversight
