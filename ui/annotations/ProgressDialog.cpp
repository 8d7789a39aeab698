#include "ProgressDialog.h"

#include "SuggestionsView.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "store/Library.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

ProgressDialog::ProgressDialog(Library *library, QUndoStack *undoStack, qint64 checklistId,
                               QWidget *parent)
    : QDialog(parent),
      m_model(new ProgressMatrixModel(library, this)),
      m_view(new QTableView(this)),
      m_summary(new QLabel(this)),
      // After the model, so that it reloads before the suggestions when annotations change.
      m_suggestions(new SuggestionsView(library, undoStack, this))
{
    setObjectName(QStringLiteral("progressDialog"));
    m_model->setChecklist(checklistId);
    const std::optional<Checklist> c = library->annotations()->checklist(checklistId);
    setWindowTitle(tr("Progress: %1").arg(c ? c->name : QString()));

    m_view->setObjectName(QStringLiteral("progressMatrix"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Checklist items against later documents"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->verticalHeader()->setMaximumWidth(460);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // A click on an item's label chooses its row, as a click on one of its cells does.
    connect(m_view->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        m_view->setCurrentIndex(m_model->index(row, 0));
    });
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(120);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 annotation = index.data(AnnotationIdRole).toLongLong())
            emit evidenceChosen(index.data(DocumentIdRole).toLongLong(), annotation);
    });
    const auto summarise = [this] {
        int met = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (int col = m_model->columnCount() - 1; col >= 0; --col) {
                const QString s = m_model->statusAt(r, col);
                if (!s.isEmpty()) { // the latest document with a view on the item decides
                    met += s == Status::Met;
                    break;
                }
            }
        m_summary->setText(m_model->columnCount() == 0
                               ? tr("No later documents of this authority yet.")
                               : tr("%1 of %2 items met by the latest evidence, over %n later "
                                    "document(s).", nullptr, m_model->columnCount())
                                     .arg(met)
                                     .arg(m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, summarise);
    summarise();

    // Suggestions for the item of the chosen row: passages of later documents that most
    // likely speak to it. The chosen item stays chosen when the model reloads.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, checklistId](const QModelIndex &current) {
                m_currentItem = current.data(ItemIdRole).toLongLong();
                m_suggestions->setItem(checklistId, m_currentItem);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectItem(m_currentItem); });
    connect(m_suggestions, &SuggestionsView::itemRequested, this, &ProgressDialog::selectItem);
    connect(m_suggestions, &SuggestionsView::passageChosen, this,
            [this](qint64 documentId, int page, const QString &text) {
                emit passageChosen(documentId, page, text);
                // The passage is in the main window: bring it in front of this dialog.
                if (QWidget *main = parentWidget() ? parentWidget()->window() : nullptr) {
                    main->raise();
                    main->activateWindow();
                }
            });
    connect(m_suggestions, &SuggestionsView::suggestionAccepted, this,
            &ProgressDialog::suggestionAccepted);
    auto *suggestionBox = m_suggestions;

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(suggestionBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
}

QListWidget *ProgressDialog::suggestions() const
{
    return m_suggestions->list();
}

void ProgressDialog::selectItem(qint64 itemId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(ItemIdRole).toLongLong() == itemId) {
            if (m_view->currentIndex().row() != r)
                m_view->setCurrentIndex(m_model->index(r, 0));
            return;
        }
    }
}

} // namespace oversight
