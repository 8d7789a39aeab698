#include "LibraryPanel.h"

#include "AssignAuthorityDialog.h"
#include "LibraryRowDelegate.h"
#include "annotations/AssignAuthorityCommand.h"
#include "domain/DocumentFacts.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryFilterModel.h"
#include "itemmodels/LibraryTreeModel.h"
#include "store/Library.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace oversight {

LibraryPanel::LibraryPanel(Library *library, QWidget *parent)
    : QWidget(parent),
      m_model(new LibraryTreeModel(library, this)),
      m_filter(new LibraryFilterModel(this)),
      m_nameFilter(new QLineEdit(this)),
      m_kindFilter(new QComboBox(this)),
      m_yearFilter(new QComboBox(this)),
      m_needsReview(new QToolButton(this)),
      m_view(new QTreeView(this)),
      m_library(library)
{
    m_filter->setSourceModel(m_model);

    m_nameFilter->setObjectName(QStringLiteral("libraryFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter authorities"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setAccessibleName(tr("Filter authorities by name"));
    connect(m_nameFilter, &QLineEdit::textChanged, m_filter, &LibraryFilterModel::setAuthorityFilter);

    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Filter by kind of document"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &kind : Kind::all())
        m_kindFilter->addItem(Kind::label(kind), kind);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKindFilter(m_kindFilter->currentData().toString()); });

    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->setAccessibleName(tr("Filter by year"));
    connect(m_yearFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setYearFilter(m_yearFilter->currentData().toInt()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::refillYears);
    refillYears();

    m_needsReview->setObjectName(QStringLiteral("needsReviewFilter"));
    m_needsReview->setCheckable(true);
    m_needsReview->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_needsReview->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_needsReview->setToolTip(tr("Show only documents in which some facts were not found"));
    m_needsReview->setAccessibleName(tr("Show only documents that need review"));
    connect(m_needsReview, &QToolButton::toggled, m_filter, &LibraryFilterModel::setNeedsReviewOnly);
    connect(m_needsReview, &QToolButton::toggled, this, &LibraryPanel::updateReviewCount);

    m_view->setObjectName(QStringLiteral("libraryTree"));
    m_view->setAccessibleName(tr("Authorities and documents"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new LibraryRowDelegate(m_view));
    // The three columns share the dock's width, never more: the date whole, as wide as its
    // widest date; kinds and titles share the rest, elided at the end, whole in their
    // tooltips. Names sized to their contents pushed the date and the title off a dock of the
    // default width (a long authority name, "ILACS standard inspection" under it). An
    // authority's row spans the columns, so that its name reads whole.
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LibraryTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LibraryTreeModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LibraryTreeModel::TitleColumn, QHeaderView::Stretch);
    const auto spanAuthorities = [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
    };
    // After the view's own reset, which forgets spans.
    connect(m_filter, &QAbstractItemModel::modelReset, m_view,
            [this, spanAuthorities] { spanAuthorities(0, m_filter->rowCount() - 1); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view,
            [spanAuthorities](const QModelIndex &under, int first, int last) {
                if (!under.isValid())
                    spanAuthorities(first, last);
            });
    spanAuthorities(0, m_filter->rowCount() - 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.siblingAtColumn(0).data(DocumentIdRole).toLongLong();
                if (id > 0 && !m_restoring)
                    emit documentSelected(id);
            });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Two documents can be selected together, to compare them.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos).siblingAtColumn(0);
        QMenu menu(this);
        QList<QModelIndex> documents;
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows(0))
            if (i.data(DocumentIdRole).toLongLong() > 0)
                documents.append(i);
        if (documents.size() == 2) {
            std::sort(documents.begin(), documents.end(), [](const QModelIndex &a, const QModelIndex &b) {
                return a.data(SortRole).toDate() < b.data(SortRole).toDate();
            });
            const qint64 a = documents.at(0).data(DocumentIdRole).toLongLong();
            const qint64 b = documents.at(1).data(DocumentIdRole).toLongLong();
            menu.addAction(tr("&Compare these two documents"), this,
                           [this, a, b] { emit compareRequested(a, b); });
        }
        const qint64 authority = index.data(AuthorityIdRole).toLongLong();
        const qint64 id = index.data(DocumentIdRole).toLongLong();
        if (id > 0)
            menu.addAction(tr("Export &summary…"), this, [this, id] { emit summaryRequested(id); });
        if (authority > 0) {
            menu.addAction(tr("Export &authority summary…"), this,
                           [this, authority] { emit authoritySummaryRequested(authority); });
            menu.addAction(tr("C&harts for this authority"), this,
                           [this, authority] { emit chartsRequested(authority); });
        }
        if (id > 0) {
            menu.addSeparator();
            // Filing and deleting change the database: off while it is read-only.
            const bool writable = m_library && !m_library->isReadOnly();
            menu.addAction(tr("Assign au&thority…"), this, [this, id] { assignAuthority(id); })
                ->setEnabled(writable);
            const std::optional<StoredDocument> doc =
                m_library && m_library->store() ? m_library->store()->summary(id) : std::nullopt;
            if (doc && !doc->assignedAuthorityCode.isEmpty())
                menu.addAction(tr("File as the document &names it"), this,
                               [this, id] { clearAssignedAuthority(id); })
                    ->setEnabled(writable);
            menu.addSeparator();
            menu.addAction(tr("&Delete document…"), this, [this, id] { emit deleteRequested(id); })
                ->setEnabled(writable);
        }
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // A reload (documents added during an import, a re-read) keeps the open authorities and
    // the chosen document; a fresh model (new database, finished import) opens its authorities
    // so documents show.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, m_view, [this] {
        m_expandedBeforeReset.clear();
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex group = m_filter->index(row, 0);
            if (m_view->isExpanded(group))
                m_expandedBeforeReset.insert(group.data(AuthorityIdRole).toLongLong());
        }
        m_currentBeforeReset = currentDocumentId();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, [this] {
        if (m_filter->rowCount() <= 12) {
            m_view->expandAll();
        } else {
            for (int row = 0; row < m_filter->rowCount(); ++row) {
                const QModelIndex group = m_filter->index(row, 0);
                if (m_expandedBeforeReset.contains(group.data(AuthorityIdRole).toLongLong()))
                    m_view->expand(group);
            }
        }
        const QModelIndex current =
            m_filter->mapFromSource(m_model->indexForDocument(m_currentBeforeReset));
        if (current.isValid()) {
            m_restoring = true; // the same document: nothing to open again
            m_view->setCurrentIndex(current);
            m_restoring = false;
        }
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kindFilter, 2);
    filters->addWidget(m_yearFilter, 1);
    // The needs-review filter on the name filter's row: beside the kind and year boxes it made
    // the library dock too wide for the page to keep its share at 1366x768.
    auto *search = new QHBoxLayout;
    search->setContentsMargins(0, 0, 0, 0);
    search->addWidget(m_nameFilter, 1);
    search->addWidget(m_needsReview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addWidget(m_view);
}

void LibraryPanel::refillYears()
{
    const int selected = m_yearFilter->currentData().toInt();
    QSet<int> years;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int d = 0; d < m_model->rowCount(group); ++d) {
            const int year = m_model->index(d, 0, group).data(YearRole).toInt();
            if (year > 0)
                years.insert(year);
        }
    }
    updateReviewCount();
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    const QSignalBlocker blocker(m_yearFilter);
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All years"), 0);
    for (int year : sorted)
        m_yearFilter->addItem(QString::number(year), year);
    const int index = m_yearFilter->findData(selected);
    m_yearFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setYearFilter(m_yearFilter->currentData().toInt());
}

void LibraryPanel::updateReviewCount()
{
    int count = 0;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int d = 0; d < m_model->rowCount(group); ++d)
            count += m_model->index(d, 0, group).data(NeedsReviewRole).toBool();
    }
    m_needsReview->setText(tr("Needs review (%1)").arg(count));
    // Nothing to show: off, unless the user has it on (then they can turn it off).
    m_needsReview->setEnabled(count > 0 || m_needsReview->isChecked());
}

void LibraryPanel::assignAuthority(qint64 documentId)
{
    if (!m_library || !m_library->store())
        return;
    const std::optional<StoredDocument> doc = m_library->store()->summary(documentId);
    if (!doc)
        return;
    AssignAuthorityDialog dialog(doc->displayTitle(), doc->facts.authority, doc->authorityCode, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenCode().isEmpty()
        || dialog.chosenCode() == doc->authorityCode)
        return;
    run(new AssignAuthorityCommand(m_library, documentId, doc->assignedAuthorityCode,
                                   dialog.chosenCode()));
}

void LibraryPanel::clearAssignedAuthority(qint64 documentId)
{
    if (!m_library || !m_library->store())
        return;
    const std::optional<StoredDocument> doc = m_library->store()->summary(documentId);
    if (!doc || doc->assignedAuthorityCode.isEmpty())
        return;
    run(new AssignAuthorityCommand(m_library, documentId, doc->assignedAuthorityCode, {}));
}

void LibraryPanel::run(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command); // pushing runs it
        return;
    }
    command->redo();
    delete command;
}

void LibraryPanel::selectDocument(qint64 documentId)
{
    const QModelIndex source = m_model->indexForDocument(documentId);
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // hidden by a filter: clear the filters rather than hide it
        m_nameFilter->clear();
        m_kindFilter->setCurrentIndex(0);
        m_yearFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 LibraryPanel::currentDocumentId() const
{
    return m_view->currentIndex().siblingAtColumn(0).data(DocumentIdRole).toLongLong();
}

} // namespace oversight
