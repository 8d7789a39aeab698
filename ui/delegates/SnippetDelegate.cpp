#include "SnippetDelegate.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace oversight {

QString SnippetDelegate::toHtml(const QString &snippet)
{
    QString html;
    QString run;
    for (const QChar c : snippet) {
        if (c == QChar(2) || c == QChar(3)) {
            html += run.toHtmlEscaped();
            run.clear();
            html += c == QChar(2) ? QStringLiteral("<b style=\"background-color:#ffe066;color:#000\">")
                                  : QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    return html + run.toHtmlEscaped();
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(2);
    doc.setHtml(toHtml(index.data(SnippetRole).toString()));
    doc.setTextWidth(opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.state & QStyle::State_Selected
                                                 ? opt.palette.color(QPalette::HighlightedText)
                                                 : opt.palette.color(QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(2);
    doc.setHtml(toHtml(index.data(SnippetRole).toString()));
    doc.setTextWidth(qMax(200, option.rect.width()));
    return {int(doc.idealWidth()), int(doc.size().height())};
}

} // namespace oversight
