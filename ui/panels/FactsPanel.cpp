#include "FactsPanel.h"

#include "FactEditDelegate.h"

#include "annotations/CorrectFactCommand.h"
#include "database/EditingControls.h"
#include "itemmodels/FactLabels.h"
#include "itemmodels/FactsModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Library.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oversight {

FactsPanel::FactsPanel(Library *library, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_undoStack(undoStack),
      m_model(new FactsModel(this)),
      m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("factsView"));
    m_view->setAccessibleName(tr("Facts understood from the document"));
    m_view->setModel(m_model);
    // Recommendations and findings are paragraphs: wrap them rather than cut them off.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new FactEditDelegate(m_view));
    // Double-click and Enter show a passage on its page; F2 (or the menu) corrects.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->header()->setSectionResizeMode(FactsModel::LabelColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int page = index.data(PageRole).toInt();
        if (page > 0)
            emit passageChosen(page, index.siblingAtColumn(0).data(PassageRole).toString());
    });
    connect(m_model, &FactsModel::correctionRequested, this,
            [this](qint64, const QString &field, const QJsonValue &value, const QString &text) {
                correct(field, value, text);
            });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FactsPanel::showContextMenu);
    connect(m_view->header(), &QHeaderView::sectionResized, m_view,
            [this] { m_view->doItemsLayout(); });
    createActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FactsPanel::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
}

void FactsPanel::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        // Only while the view itself has focus: an open editor keeps Delete and Alt+arrows.
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        // Each changes the database; updateActions() asks whether it can be written.
        EditingControls::mark(a, EditingControls::Mode::SelfManaged);
        return a;
    };
    m_edit = action(tr("&Correct…"), QKeySequence(Qt::Key_F2), [this] {
        m_view->edit(m_view->currentIndex().siblingAtColumn(FactsModel::ValueColumn));
    });
    m_revert = action(tr("&Revert to what was read"), QKeySequence(Qt::CTRL | Qt::Key_R),
                      [this] { revertCurrent(); });
    m_revertList = action(tr("Revert the &whole list to what was read"), QKeySequence(), [this] {
        const QString list = m_model->recommendationAt(m_view->currentIndex()).first;
        correct(list, std::nullopt, tr("Revert %1").arg(FactLabels::label(list)));
    });
    m_confirm = action(tr("Con&firm as read"), QKeySequence(), [this] {
        const QString field = m_view->currentIndex().data(FactFieldRole).toString();
        const std::optional<StoredDocument> &doc = m_model->document();
        if (doc && !field.isEmpty())
            correct(field, FactField::value(doc->facts, field),
                    tr("Confirm %1").arg(FactLabels::label(field)));
    });
    m_add = action(tr("&Add a recommendation…"), QKeySequence(Qt::Key_Insert),
                   [this] { editList(ListEdit::Add); });
    m_split = action(tr("&Split in two…"), QKeySequence(), [this] { editList(ListEdit::Split); });
    m_merge = action(tr("&Merge with the next"), QKeySequence(), [this] { editList(ListEdit::MergeWithNext); });
    m_moveUp = action(tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                      [this] { editList(ListEdit::MoveUp); });
    m_moveDown = action(tr("Move &down"), QKeySequence(Qt::ALT | Qt::Key_Down),
                        [this] { editList(ListEdit::MoveDown); });
    m_delete = action(tr("&Delete the recommendation"), QKeySequence(Qt::Key_Delete),
                      [this] { editList(ListEdit::Delete); });
    m_markReviewed = action(tr("Mark the document re&viewed"), QKeySequence(),
                            [this] { setReview(ReviewState::Reviewed); });
    m_markNeedsReview = action(tr("Mark the document as &needing review"), QKeySequence(),
                               [this] { setReview(ReviewState::Flagged); });
    updateActions();
}

void FactsPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const QString field = current.data(FactFieldRole).toString();
    const auto [list, item] = m_model->recommendationAt(current);
    const std::optional<StoredDocument> &doc = m_model->document();
    const bool writable = doc && !m_library->isReadOnly();
    const int count = doc && !list.isEmpty()
                          ? int(FactField::value(doc->facts, list).toArray().size())
                          : 0;
    m_edit->setEnabled(writable && !field.isEmpty());
    m_revert->setEnabled(writable && current.data(CorrectedRole).toBool());
    m_revertList->setEnabled(writable && item >= 0 && m_model->correctionOf(list));
    m_confirm->setEnabled(writable && !field.isEmpty() && doc->facts.warnings.contains(field));
    m_add->setEnabled(writable);
    m_split->setEnabled(writable && item >= 0);
    m_merge->setEnabled(writable && item >= 0 && item + 1 < count);
    m_moveUp->setEnabled(writable && item > 0);
    m_moveDown->setEnabled(writable && item >= 0 && item + 1 < count);
    m_delete->setEnabled(writable && item >= 0);
    m_markReviewed->setEnabled(writable && doc->needsReview());
    m_markNeedsReview->setEnabled(writable && doc->review != ReviewState::Flagged);
}

void FactsPanel::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        index = m_view->currentIndex();
    if (index.isValid() && index != m_view->currentIndex())
        m_view->setCurrentIndex(index);
    updateActions();
    if (!m_model->document())
        return;
    QMenu menu(this);
    const int page = index.data(PageRole).toInt();
    if (page > 0) {
        const QString passage = index.siblingAtColumn(0).data(PassageRole).toString();
        menu.addAction(tr("S&how on its page"), this, [=] { emit passageChosen(page, passage); });
        menu.addAction(tr("A&nnotate…"), this, [=] { emit annotateRequested(page, passage); })
            ->setEnabled(!m_library->isReadOnly());
        menu.addSeparator();
    }
    if (!index.data(FactFieldRole).toString().isEmpty())
        menu.addActions({m_edit, m_confirm, m_revert});
    if (m_model->recommendationAt(index).second >= 0) {
        menu.addAction(m_revertList);
        menu.addSeparator();
        menu.addActions({m_add, m_split, m_merge, m_moveUp, m_moveDown, m_delete});
    }
    menu.addSeparator();
    menu.addActions({m_markReviewed, m_markNeedsReview});
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void FactsPanel::correct(const QString &field, const std::optional<QJsonValue> &value,
                         const QString &description)
{
    if (!m_model->document() || field.isEmpty())
        return;
    // The field as shown: the store refuses the step if someone changed it since.
    const StoredDocument &shown = *m_model->document();
    m_undoStack->push(new CorrectFactCommand(m_library, m_model->documentId(), field, value,
                                             description,
                                             FieldState::of(shown.facts, shown.corrections, field)));
}

void FactsPanel::revertCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QString field = current.data(FactFieldRole).toString();
    const auto [list, item] = m_model->recommendationAt(current);
    const FactCorrection *correction = m_model->correctionOf(list);
    if (item < 0 || !correction) {
        correct(field, std::nullopt, tr("Revert %1").arg(FactLabels::label(field)));
        return;
    }
    // One recommendation back as read; the rest of the list keeps its corrections.
    correct(list, correction->withItemReverted(item),
            tr("Revert recommendation %1").arg(current.siblingAtColumn(0).data().toString()));
}

void FactsPanel::editList(ListEdit edit)
{
    const std::optional<StoredDocument> &doc = m_model->document();
    if (!doc)
        return;
    auto [list, item] = m_model->recommendationAt(m_view->currentIndex());
    if (list.isEmpty())
        list = FactField::Recommendations; // adding from anywhere adds to the main list
    QList<Recommendation> items = list == FactField::Recommendations
                                      ? doc->facts.recommendations
                                      : doc->facts.lscbRecommendations;
    QString description;
    int focus = item;
    switch (edit) {
    case ListEdit::Add: {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Add a recommendation"),
                                                            tr("The recommendation's text:"), {}, &ok)
                                 .simplified();
        if (!ok || text.isEmpty())
            return;
        focus = item + 1;
        items.insert(focus, Recommendation(0, text, item >= 0 ? items.at(item).page : 0));
        description = tr("Add a recommendation");
        break;
    }
    case ListEdit::Split: {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Split recommendation %1").arg(items.at(item).number),
            tr("Put an empty line where the second recommendation starts:"), items.at(item).text, &ok);
        const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        if (!ok || parts.size() != 2)
            return;
        Recommendation second = items.at(item);
        items[item].text = parts.at(0).simplified();
        second.text = parts.at(1).simplified();
        items.insert(item + 1, second);
        description = tr("Split recommendation %1").arg(items.at(item).number);
        break;
    }
    case ListEdit::MergeWithNext:
        items[item].text += QLatin1Char(' ') + items.at(item + 1).text;
        items.removeAt(item + 1);
        description = tr("Merge recommendations %1 and %2").arg(item + 1).arg(item + 2);
        break;
    case ListEdit::MoveUp:
        items.swapItemsAt(item, item - 1);
        focus = item - 1;
        description = tr("Move recommendation %1 up").arg(items.at(item - 1).number);
        break;
    case ListEdit::MoveDown:
        items.swapItemsAt(item, item + 1);
        focus = item + 1;
        description = tr("Move recommendation %1 down").arg(items.at(item + 1).number);
        break;
    case ListEdit::Delete:
        description = tr("Delete recommendation %1").arg(items.at(item).number);
        items.removeAt(item);
        focus = qMin(item, int(items.size()) - 1);
        break;
    }
    // The list is the user's now: numbered in the order they gave it.
    for (int i = 0; i < items.size(); ++i)
        items[i].number = i + 1;
    correct(list, QJsonValue(recommendationsToJson(items)), description);
    const QModelIndex moved = m_model->indexOfField(list, focus);
    if (moved.isValid())
        m_view->setCurrentIndex(moved.siblingAtColumn(FactsModel::LabelColumn));
}

void FactsPanel::setReview(ReviewState state)
{
    const qint64 id = m_model->documentId();
    DocumentStore *store = m_library->store();
    if (!store || !id)
        return;
    if (!store->setReviewState(id, state))
        m_library->reportError(tr("The review mark could not be saved: %1").arg(store->lastError()));
    m_library->notifyChanged();
}

void FactsPanel::setDocument(const std::optional<StoredDocument> &document)
{
    // The same document again (a correction, a re-read): keep the user's place.
    const bool same = document && document->id == m_model->documentId();
    const QModelIndex current = m_view->currentIndex();
    const QString field = current.data(FactFieldRole).toString();
    const int item = m_model->recommendationAt(current).second;
    QList<bool> expanded;
    for (int i = 0; same && i < m_model->rowCount(); ++i)
        expanded.append(m_view->isExpanded(m_model->index(i, 0)));
    const bool hadReview = m_model->hasReviewSection();

    m_model->setDocument(document);
    const bool review = m_model->hasReviewSection();
    // Needs review (when there is one), About and Judgements open; long lists stay folded
    // until asked for. The same document keeps what the user opened.
    const int shift = same ? int(review) - int(hadReview) : 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const int before = i - shift;
        const bool open = same && before >= 0 && before < expanded.size() && !(review && i == 0)
                              ? expanded.at(before)
                              : i < (review ? 3 : 2);
        m_view->setExpanded(m_model->index(i, 0), open);
    }
    if (same && !field.isEmpty()) {
        const QModelIndex again = m_model->indexOfField(field, item);
        if (again.isValid())
            m_view->setCurrentIndex(again.siblingAtColumn(FactsModel::LabelColumn));
    }
    updateActions();
}

} // namespace oversight
