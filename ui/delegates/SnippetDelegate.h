#pragma once

#include <QStyledItemDelegate>

namespace oversight {

// Draws a search snippet (SnippetRole, hits between \x02 and \x03) with the hits emphasised.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet as HTML: text escaped, hits in <b> with a highlight background.
    static QString toHtml(const QString &snippet);
};

} // namespace oversight
