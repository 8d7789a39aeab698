#include "ReviewPanel.h"

#include "NeedsReviewDelegate.h"

#include "database/EditingControls.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReviewModel.h"
#include "store/Library.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

ReviewPanel::ReviewPanel(Library *library, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_model(new ReviewModel(library, this)),
      m_view(new QTableView(this)),
      m_count(new QLabel(this)),
      m_reviewed(new QPushButton(tr("&Mark reviewed"), this))
{
    m_view->setObjectName(QStringLiteral("reviewView"));
    m_view->setAccessibleName(tr("Documents that need review"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NeedsReviewDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere in the window
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReviewModel::AuthorityColumn, 160);
    m_view->setColumnWidth(ReviewModel::DocumentColumn, 260);
    m_view->setColumnWidth(ReviewModel::QuestionColumn, 320);
    m_reviewed->setObjectName(QStringLiteral("markReviewed"));
    EditingControls::mark(m_reviewed, EditingControls::Mode::SelfManaged);
    m_reviewed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reviewed->setToolTip(tr("Take the document off this list: its facts are checked "
                              "(Ctrl+Return)"));
    m_count->setObjectName(QStringLiteral("reviewCount"));
    connect(m_reviewed, &QPushButton::clicked, this, &ReviewPanel::markReviewed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_restoring)
                    emit documentChosen(current.data(DocumentIdRole).toLongLong());
                updateState();
            });
    // A correction reloads the list: the user stays on the document being reviewed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentId = m_view->currentIndex().data(DocumentIdRole).toLongLong();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; m_currentId && row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(DocumentIdRole).toLongLong() == m_currentId) {
                m_restoring = true;
                m_view->setCurrentIndex(m_model->index(row, 0));
                m_restoring = false;
            }
        }
        updateState();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_reviewed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    updateState();
}

void ReviewPanel::markReviewed()
{
    const QModelIndex current = m_view->currentIndex();
    DocumentStore *store = m_library->store();
    if (!current.isValid() || !store)
        return;
    const int row = current.row();
    if (!store->setReviewState(current.data(DocumentIdRole).toLongLong(), ReviewState::Reviewed)) {
        m_library->reportError(tr("The review mark could not be saved: %1").arg(store->lastError()));
        return;
    }
    m_library->notifyChanged(); // reloads this list without the document
    // On to the next document in the list (the one that took this row).
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void ReviewPanel::updateState()
{
    const int count = m_model->rowCount();
    m_count->setText(count == 0 ? tr("Nothing needs review.")
                                : tr("%n document(s) need review.", nullptr, count));
    m_reviewed->setEnabled(m_view->currentIndex().isValid() && !m_library->isReadOnly());
}

} // namespace oversight
