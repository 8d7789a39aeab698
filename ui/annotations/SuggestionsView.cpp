#include "SuggestionsView.h"

#include "annotations/AnnotationCommands.h"
#include "annotations/SuggestionEngine.h"
#include "database/EditingControls.h"
#include "store/Library.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oversight {

namespace {
constexpr int kSuggestionsPerItem = 5;
} // namespace

SuggestionsView::SuggestionsView(Library *library, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_undoStack(undoStack),
      m_list(new QListWidget(this)),
      m_showDismissed(new QCheckBox(tr("Show d&ismissed"), this)),
      m_show(new QPushButton(tr("&Show"), this)),
      m_accept(new QPushButton(tr("&Accept…"), this)),
      m_dismiss(new QPushButton(tr("&Dismiss"), this)),
      m_restore(new QPushButton(tr("&Restore"), this)),
      m_undo(new QPushButton(tr("&Undo"), this))
{
    m_list->setObjectName(QStringLiteral("suggestionsList"));
    m_list->setAccessibleName(tr("Suggested evidence for the chosen item"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QListWidget::currentItemChanged, this, &SuggestionsView::updateButtons);
    connect(m_list, &QListWidget::itemActivated, m_show, &QPushButton::click);

    m_showDismissed->setObjectName(QStringLiteral("showDismissedSuggestions"));
    m_showDismissed->setToolTip(tr("List the passages dismissed for this item too, to restore one"));
    connect(m_showDismissed, &QCheckBox::toggled, this, &SuggestionsView::refresh);

    const auto current = [this](int role) {
        QListWidgetItem *item = m_list->currentItem();
        return item ? item->data(role) : QVariant();
    };
    m_show->setObjectName(QStringLiteral("showSuggestion"));
    connect(m_show, &QPushButton::clicked, this, [this, current] {
        if (current(DocumentIdRole).isValid())
            emit passageChosen(current(DocumentIdRole).toLongLong(), current(PageRole).toInt(),
                               current(TextRole).toString());
    });
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_accept->setToolTip(tr("Annotate this passage as evidence for the item"));
    connect(m_accept, &QPushButton::clicked, this, [this, current] {
        if (current(DocumentIdRole).isValid() && m_itemId)
            emit suggestionAccepted(current(DocumentIdRole).toLongLong(), current(PageRole).toInt(),
                                    current(TextRole).toString(), m_itemId);
    });
    m_dismiss->setObjectName(QStringLiteral("dismissSuggestion"));
    m_dismiss->setToolTip(tr("This passage does not speak to the item: stop suggesting it"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] { setDismissed(true); });
    m_restore->setObjectName(QStringLiteral("restoreSuggestion"));
    m_restore->setToolTip(tr("Suggest this dismissed passage again"));
    connect(m_restore, &QPushButton::clicked, this, [this] { setDismissed(false); });
    m_undo->setObjectName(QStringLiteral("undoDismissSuggestion"));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QPushButton::clicked, this, &SuggestionsView::undo);
    if (m_undoStack) {
        connect(m_undoStack, &QUndoStack::canUndoChanged, this, &SuggestionsView::updateButtons);
        connect(m_undoStack, &QUndoStack::undoTextChanged, this, &SuggestionsView::updateButtons);
    }
    connect(m_library, &Library::annotationsChanged, this, &SuggestionsView::refresh);
    connect(m_library, &Library::opened, this, &SuggestionsView::updateButtons);
    // They change the database; enabled here, by the choice and the database's access.
    for (QObject *control : std::initializer_list<QObject *>{m_accept, m_dismiss, m_restore, m_undo})
        EditingControls::mark(control, EditingControls::Mode::SelfManaged);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_undo);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Suggested evidence for the chosen item:"), this);
    label->setBuddy(m_list);
    top->addWidget(label, 1);
    top->addWidget(m_showDismissed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void SuggestionsView::setItem(qint64 checklistId, qint64 itemId)
{
    if (checklistId == m_checklistId && itemId == m_itemId)
        return;
    m_checklistId = checklistId;
    m_itemId = itemId;
    refresh();
}

void SuggestionsView::setShowDismissed(bool show)
{
    m_showDismissed->setChecked(show);
}

void SuggestionsView::addEntry(qint64 documentId, int page, const QString &text, qint64 findingId,
                               double score, bool dismissed)
{
    QString document;
    if (const auto doc = m_library->store()->summary(documentId))
        document = doc->displayTitle();
    const QString label =
        dismissed ? tr("Dismissed: %1, page %2\n%3").arg(document).arg(page).arg(text)
                  : tr("%1, page %2 (%3%)\n%4").arg(document).arg(page).arg(qRound(score * 100)).arg(text);
    auto *item = new QListWidgetItem(label, m_list);
    item->setData(DocumentIdRole, documentId);
    item->setData(PageRole, page);
    item->setData(TextRole, text);
    item->setData(FindingIdRole, findingId);
    item->setData(DismissedRole, dismissed);
    item->setToolTip(text);
    if (dismissed) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void SuggestionsView::refresh()
{
    const int row = m_list->currentRow();
    const qint64 focus = m_focusFinding;
    m_focusFinding = 0;
    m_list->clear();
    const std::optional<Checklist> checklist =
        m_library->annotations() ? m_library->annotations()->checklist(m_checklistId) : std::nullopt;
    if (!m_itemId || !checklist || !m_library->database()) {
        updateButtons();
        return;
    }
    const SuggestionEngine engine(*m_library->database());
    const QList<Suggestion> found = engine.suggestForChecklist(*checklist, kSuggestionsPerItem).value(m_itemId);
    for (const Suggestion &s : found)
        addEntry(s.documentId, s.page, s.text, s.findingId, s.score, false);
    if (m_showDismissed->isChecked()) {
        for (const Suggestion &s : engine.dismissed(m_itemId))
            addEntry(s.documentId, s.page, s.text, s.findingId, 0, true);
    }
    if (m_list->count() == 0) {
        // A read-only connection cannot hold the engine's temporary tables: say so, rather
        // than that nothing speaks to the item.
        new QListWidgetItem(m_library->isReadOnly() && !engine.lastError().isEmpty()
                                ? tr("Suggestions cannot be worked out while the database is read-only.")
                                : tr("No passage of a later document seems to speak to this item."),
                            m_list);
    } else {
        // The entry the user acted on (brought back), else the one now in the place of the one
        // acted on (dismissed), else none.
        int chosen = -1;
        for (int i = 0; i < m_list->count() && focus; ++i)
            if (m_list->item(i)->data(FindingIdRole).toLongLong() == focus)
                chosen = i;
        if (chosen < 0 && row >= 0)
            chosen = std::min(row, m_list->count() - 1);
        if (chosen >= 0)
            m_list->setCurrentRow(chosen);
    }
    updateButtons();
}

void SuggestionsView::setDismissed(bool dismiss)
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_itemId || !item->data(FindingIdRole).isValid()
        || item->data(DismissedRole).toBool() == dismiss || !m_undoStack)
        return;
    const qint64 finding = item->data(FindingIdRole).toLongLong();
    if (!dismiss)
        m_focusFinding = finding;
    m_undoStack->push(new DismissSuggestionCommand(m_library, m_itemId, finding, dismiss));
}

void SuggestionsView::undo()
{
    if (!m_undoStack || !m_undoStack->canUndo())
        return;
    // Undoing a dismissal brings the passage back: show it, on its item.
    const auto *last = dynamic_cast<const DismissSuggestionCommand *>(
        m_undoStack->command(m_undoStack->index() - 1));
    if (last) {
        if (last->itemId() != m_itemId)
            emit itemRequested(last->itemId());
        m_focusFinding = last->findingId();
    }
    m_undoStack->undo();
}

void SuggestionsView::updateButtons()
{
    QListWidgetItem *item = m_list->currentItem();
    const bool suggestion = item && item->data(FindingIdRole).isValid();
    const bool dismissed = suggestion && item->data(DismissedRole).toBool();
    const bool writable = !m_library->isReadOnly();
    m_show->setEnabled(suggestion);
    m_accept->setEnabled(suggestion && writable);
    m_dismiss->setEnabled(suggestion && !dismissed && writable);
    m_restore->setEnabled(dismissed && writable);
    m_restore->setVisible(m_showDismissed->isChecked());
    const bool canUndo = m_undoStack && m_undoStack->canUndo() && writable;
    m_undo->setEnabled(canUndo);
    m_undo->setToolTip(canUndo ? tr("%1 (Ctrl+Z)").arg(m_undoStack->undoText())
                               : tr("Nothing to undo"));
}

} // namespace oversight
