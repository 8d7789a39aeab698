#include "SearchPanel.h"

#include "delegates/SnippetDelegate.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SearchResultsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

SearchPanel::SearchPanel(Library *library, QWidget *parent)
    : QWidget(parent),
      m_model(new SearchResultsModel(library, this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this)),
      m_scope(new QComboBox(this)),
      m_more(new QPushButton(tr("Show &more"), this)),
      m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->addItem(tr("Everything"), int(Scope::Everything));
    m_scope->addItem(tr("This authority"), int(Scope::ThisAuthority));
    m_scope->addItem(tr("This document"), int(Scope::ThisDocument));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::applyScope);
    m_more->setObjectName(QStringLiteral("searchMore"));
    m_more->setToolTip(tr("Show the next %n matching page(s)", nullptr, SearchResultsModel::kBatch));
    connect(m_more, &QPushButton::clicked, m_model, [this] { m_model->fetchMore(); });

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    // Best first until the user sorts by a column (unsorted keeps the model's order).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
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
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
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

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_more);
    auto *scopeLabel = new QLabel(tr("Searc&h in:"), this);
    scopeLabel->setBuddy(m_scope);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    setCurrentDocument(0, 0);
    updateSummary();
}

QString SearchPanel::syntaxHint()
{
    return tr("Search every page: words, \"a phrase\", care* for words that begin so");
}

void SearchPanel::search(const QString &query)
{
    m_model->setQuery(query);
}

void SearchPanel::setCurrentDocument(qint64 documentId, qint64 authorityId)
{
    m_documentId = documentId;
    m_authorityId = authorityId;
    // The narrower scopes need a document open; without one the search is of everything.
    if (documentId <= 0 && m_scope->currentIndex() != 0) {
        m_scope->setCurrentIndex(0);
        return;
    }
    if (m_scope->currentIndex() != 0)
        applyScope();
}

void SearchPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void SearchPanel::applyScope()
{
    SearchScope scope;
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::Everything:
        break;
    case Scope::ThisAuthority:
        scope.authorityId = m_authorityId;
        scope.documentId = m_authorityId > 0 ? 0 : m_documentId;
        break;
    case Scope::ThisDocument:
        scope.documentId = m_documentId;
        break;
    }
    m_model->setScope(scope);
}

void SearchPanel::updateSummary()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_more->setVisible(m_model->canFetchMore());
    if (m_model->query().trimmed().isEmpty())
        m_summary->setText(tr("Type in the search box to search the text of every page."));
    else if (shown == 0)
        m_summary->setText(tr("No page matches: %1").arg(m_model->query()));
    else if (shown < total)
        m_summary->setText(tr("Showing %1 of %n matching page(s): %2", nullptr, total)
                               .arg(shown)
                               .arg(m_model->query()));
    else
        m_summary->setText(tr("%n page(s) match: %1", nullptr, shown).arg(m_model->query()));
}

} // namespace oversight
