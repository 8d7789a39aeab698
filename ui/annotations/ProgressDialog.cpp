#include "ProgressDialog.h"

#include "itemmodels/ItemRoles.h"
#include "annotations/SuggestionEngine.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "store/Library.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

ProgressDialog::ProgressDialog(Library *library, qint64 checklistId, QWidget *parent)
    : QDialog(parent),
      m_library(library),
      m_suggestions(new QListWidget(this)),
      m_model(new ProgressMatrixModel(library, this)),
      m_view(new QTableView(this)),
      m_summary(new QLabel(this))
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
    // likely speak to it.
    m_suggestions->setObjectName(QStringLiteral("suggestionsList"));
    m_suggestions->setAccessibleName(tr("Suggested evidence for the chosen item"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgressDialog::showSuggestions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgressDialog::showSuggestions);
    const auto current = [this](int role) {
        QListWidgetItem *item = m_suggestions->currentItem();
        return item ? item->data(role) : QVariant();
    };
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("showSuggestion"));
    connect(show, &QPushButton::clicked, this, [this, current] {
        if (!current(Qt::UserRole).isValid())
            return;
        emit passageChosen(current(Qt::UserRole).toLongLong(), current(Qt::UserRole + 1).toInt(),
                           current(Qt::UserRole + 2).toString());
        // The passage is in the main window: bring it in front of this dialog.
        if (QWidget *main = parentWidget() ? parentWidget()->window() : nullptr) {
            main->raise();
            main->activateWindow();
        }
    });
    connect(m_suggestions, &QListWidget::itemActivated, show, &QPushButton::click);
    auto *accept = new QPushButton(tr("&Accept…"), this);
    accept->setObjectName(QStringLiteral("acceptSuggestion"));
    accept->setToolTip(tr("Annotate this passage as evidence for the item"));
    connect(accept, &QPushButton::clicked, this, [this, current] {
        const qint64 item = m_view->currentIndex().data(ItemIdRole).toLongLong();
        if (current(Qt::UserRole).isValid() && item)
            emit suggestionAccepted(current(Qt::UserRole).toLongLong(),
                                    current(Qt::UserRole + 1).toInt(),
                                    current(Qt::UserRole + 2).toString(), item);
    });
    auto *dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("dismissSuggestion"));
    dismiss->setToolTip(tr("This passage does not speak to the item: stop suggesting it"));
    connect(dismiss, &QPushButton::clicked, this, &ProgressDialog::dismissCurrent);
    m_undoDismiss = new QPushButton(tr("&Undo dismiss"), this);
    m_undoDismiss->setObjectName(QStringLiteral("undoDismissSuggestion"));
    m_undoDismiss->setToolTip(tr("Suggest the last dismissed passage again (Ctrl+Z)"));
    m_undoDismiss->setShortcut(QKeySequence::Undo);
    m_undoDismiss->setEnabled(false);
    connect(m_undoDismiss, &QPushButton::clicked, this, &ProgressDialog::undoDismiss);
    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(show);
    suggestionButtons->addWidget(accept);
    suggestionButtons->addWidget(dismiss);
    suggestionButtons->addWidget(m_undoDismiss);
    suggestionButtons->addStretch();
    auto *suggestionBox = new QWidget(this);
    auto *suggestionLayout = new QVBoxLayout(suggestionBox);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    suggestionLayout->addWidget(new QLabel(tr("Suggested evidence for the chosen item:"), this));
    suggestionLayout->addWidget(m_suggestions, 1);
    suggestionLayout->addLayout(suggestionButtons);

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

void ProgressDialog::showSuggestions()
{
    m_suggestions->clear();
    const QModelIndex row = m_view->currentIndex();
    const qint64 itemId = row.data(ItemIdRole).toLongLong();
    const std::optional<Checklist> checklist =
        m_library->annotations()->checklist(m_model->checklistId());
    if (!itemId || !checklist || !m_library->database())
        return;
    const SuggestionEngine engine(*m_library->database());
    const QList<Suggestion> found =
        engine.suggestForChecklist(*checklist, 5).value(itemId);
    for (const Suggestion &s : found) {
        QString document;
        if (const auto doc = m_library->store()->summary(s.documentId))
            document = doc->displayTitle();
        auto *item = new QListWidgetItem(
            tr("%1, page %2 (%3%)\n%4").arg(document).arg(s.page).arg(qRound(s.score * 100)).arg(s.text),
            m_suggestions);
        item->setData(Qt::UserRole, s.documentId);
        item->setData(Qt::UserRole + 1, s.page);
        item->setData(Qt::UserRole + 2, s.text);
        item->setData(Qt::UserRole + 3, s.findingId);
        item->setToolTip(s.text);
    }
    if (found.isEmpty())
        new QListWidgetItem(tr("No passage of a later document seems to speak to this item."),
                            m_suggestions);
}

void ProgressDialog::dismissCurrent()
{
    QListWidgetItem *item = m_suggestions->currentItem();
    const qint64 itemId = m_view->currentIndex().data(ItemIdRole).toLongLong();
    if (!item || !itemId || !item->data(Qt::UserRole + 3).isValid())
        return;
    const qint64 findingId = item->data(Qt::UserRole + 3).toLongLong();
    if (!m_library->annotations()->dismissSuggestion(itemId, findingId))
        return;
    m_dismissed.append({itemId, findingId});
    m_undoDismiss->setEnabled(true);
    delete item;
}

void ProgressDialog::undoDismiss()
{
    if (m_dismissed.isEmpty())
        return;
    const auto [itemId, findingId] = m_dismissed.takeLast();
    m_library->annotations()->undismissSuggestion(itemId, findingId);
    m_undoDismiss->setEnabled(!m_dismissed.isEmpty());
    // Back on the item it was dismissed from, where it is suggested again.
    const QModelIndex row = m_view->currentIndex();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(ItemIdRole).toLongLong() == itemId) {
            if (r != row.row())
                m_view->setCurrentIndex(m_model->index(r, 0));
            break;
        }
    }
    showSuggestions();
    for (int i = 0; i < m_suggestions->count(); ++i) {
        if (m_suggestions->item(i)->data(Qt::UserRole + 3).toLongLong() == findingId)
            m_suggestions->setCurrentRow(i);
    }
}

} // namespace oversight
