#include "SearchPanel.h"

#include "delegates/SnippetDelegate.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SearchResultsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

SearchPanel::SearchPanel(Library *library, QWidget *parent)
    : QWidget(parent),
      m_model(new SearchResultsModel(library, this)),
      m_summary(new QLabel(this)),
      m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SearchResultsModel::SnippetColumn, new SnippetDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultsModel::SnippetColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultsModel::PageColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(SearchResultsModel::AuthorityColumn, 160);
    m_view->setColumnWidth(SearchResultsModel::DocumentColumn, 220);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        m_view->resizeRowsToContents();
    });
    const auto choose = [this](const QModelIndex &index) {
        if (index.isValid())
            emit hitChosen(index.data(DocumentIdRole).toLongLong(), index.data(PageRole).toInt(),
                           m_model->terms());
    };
    connect(m_view, &QAbstractItemView::activated, this, choose);
    connect(m_view, &QAbstractItemView::clicked, this, choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    updateSummary();
}

void SearchPanel::search(const QString &query)
{
    m_model->setQuery(query);
}

void SearchPanel::updateSummary()
{
    if (m_model->query().trimmed().isEmpty())
        m_summary->setText(tr("Type in the search box to search the text of every page."));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No page matches: %1").arg(m_model->query()));
    else
        m_summary->setText(tr("%n page(s) match: %1", nullptr, m_model->rowCount())
                               .arg(m_model->query()));
}

} // namespace oversight
