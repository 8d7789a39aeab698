#include "FactsPanel.h"

#include "NeedsReviewDelegate.h"

#include "itemmodels/FactsModel.h"
#include "itemmodels/ItemRoles.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace oversight {

FactsPanel::FactsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FactsModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("factsView"));
    m_view->setAccessibleName(tr("Facts understood from the document"));
    m_view->setModel(m_model);
    // Recommendations and findings are paragraphs: wrap them rather than cut them off.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new NeedsReviewDelegate(m_view));
    m_view->header()->setSectionResizeMode(FactsModel::LabelColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int page = index.data(PageRole).toInt();
        if (page > 0)
            emit passageChosen(page, index.siblingAtColumn(0).data(PassageRole).toString());
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        const int page = index.data(PageRole).toInt();
        if (page <= 0)
            return;
        const QString passage = index.siblingAtColumn(0).data(PassageRole).toString();
        QMenu menu(this);
        menu.addAction(tr("&Show on its page"), this, [=] { emit passageChosen(page, passage); });
        menu.addAction(tr("&Annotate…"), this, [=] { emit annotateRequested(page, passage); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->header(), &QHeaderView::sectionResized, m_view,
            [this] { m_view->doItemsLayout(); });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, [this] {
        // Needs review (when there is one), About and Judgements open; long lists stay folded
        // until asked for.
        const bool review = m_model->rowCount() > 0
                            && m_model->index(0, 0).data(NeedsReviewRole).toBool();
        for (int i = 0; i < m_model->rowCount(); ++i)
            m_view->setExpanded(m_model->index(i, 0), i < (review ? 3 : 2));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
}

void FactsPanel::setDocument(const std::optional<StoredDocument> &document)
{
    m_model->setDocument(document);
}

} // namespace oversight
