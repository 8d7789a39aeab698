#include "ChecklistsPanel.h"

#include "annotations/AnnotationCommands.h"
#include "annotations/Checklists.h"
#include "database/EditingControls.h"
#include "itemmodels/ChecklistModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Library.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oversight {

ChecklistsPanel::ChecklistsPanel(Library *library, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_undoStack(undoStack),
      m_model(new ChecklistModel(library, undoStack, this)),
      m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("checklistTree"));
    m_view->setAccessibleName(tr("Checklists and their items"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    // Two rows, so that a narrow dock (or a longer language) hides nothing behind »: what makes
    // or opens a checklist, then what edits its items.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("checklistToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *itemBar = new QToolBar(this);
    itemBar->setObjectName(QStringLiteral("checklistItemToolBar"));
    itemBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *fromDoc = bar->addAction(tr("From recommendations"), this,
                                      &ChecklistsPanel::createFromCurrentDocument);
    fromDoc->setObjectName(QStringLiteral("checklistFromDocument"));
    fromDoc->setToolTip(tr("Make a checklist of the open document's recommendations"));
    auto *newMenu = new QMenu(this);
    newMenu->addAction(tr("Empty checklist…"), this, &ChecklistsPanel::createEmpty);
    const QList<Checklist> builtIn = Checklists::builtIn();
    for (int i = 0; i < builtIn.size(); ++i)
        newMenu->addAction(builtIn.at(i).name, this, [this, i] { addBuiltIn(i); });
    newMenu->addSeparator();
    newMenu->addAction(tr("Import from JSON…"), this, &ChecklistsPanel::importJson);
    auto *newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("checklistNew"));
    newButton->setText(tr("New"));
    newButton->setPopupMode(QToolButton::InstantPopup);
    newButton->setMenu(newMenu);
    newButton->setAccessibleName(tr("New checklist"));
    bar->addWidget(newButton);
    QAction *add = itemBar->addAction(tr("Add item"), this, &ChecklistsPanel::addItem);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *remove = itemBar->addAction(tr("Delete"), this, &ChecklistsPanel::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *up = itemBar->addAction(tr("Up"), this, [this] { m_model->moveItem(m_view->currentIndex(), -1); });
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *down = itemBar->addAction(tr("Down"), this, [this] { m_model->moveItem(m_view->currentIndex(), 1); });
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *progress = bar->addAction(tr("Progress"), this, [this] {
        if (const qint64 id = currentChecklistId())
            emit progressRequested(id);
    });
    progress->setObjectName(QStringLiteral("checklistProgress"));
    progress->setToolTip(tr("Each item against the authority's later documents"));
    for (QAction *a : {add, remove, up, down})
        addAction(a);
    add->setObjectName(QStringLiteral("checklistAddItem"));
    remove->setObjectName(QStringLiteral("checklistDelete"));
    up->setObjectName(QStringLiteral("checklistItemUp"));
    down->setObjectName(QStringLiteral("checklistItemDown"));
    // Off while the database is read-only (DatabaseActions); Progress and export stay.
    for (QObject *control : std::initializer_list<QObject *>{fromDoc, newButton, add, remove, up, down})
        EditingControls::mark(control);

    connect(m_view, &QWidget::customContextMenuRequested, this, [=](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Rename / edit"), this, [this] { m_view->edit(m_view->currentIndex()); })
            ->setEnabled(!m_library->isReadOnly());
        menu.addAction(add);
        menu.addAction(up);
        menu.addAction(down);
        menu.addAction(tr("Export to JSON…"), this, &ChecklistsPanel::exportJson);
        menu.addAction(progress);
        menu.addSeparator();
        menu.addAction(remove);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Keep the same checklist selected and open across reloads (every undoable change).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        setProperty("restoreChecklist", currentChecklistId());
        setProperty("restoreItem", m_view->currentIndex().data(ItemIdRole));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 item = property("restoreItem").toLongLong();
        QModelIndex current = item ? m_model->indexForItem(item)
                                   : m_model->indexForChecklist(property("restoreChecklist").toLongLong());
        if (current.isValid()) {
            m_view->expand(current.parent().isValid() ? current.parent() : current);
            m_view->setCurrentIndex(current);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(itemBar);
    layout->addWidget(m_view);
}

qint64 ChecklistsPanel::currentChecklistId() const
{
    return m_view->currentIndex().data(ChecklistIdRole).toLongLong();
}

void ChecklistsPanel::setCurrentDocument(qint64 documentId)
{
    m_documentId = documentId;
}

void ChecklistsPanel::createFromCurrentDocument()
{
    const std::optional<StoredDocument> doc =
        m_documentId ? m_library->store()->document(m_documentId) : std::nullopt;
    if (!doc) {
        emit message(tr("Open a document first."));
        return;
    }
    const Checklist checklist = Checklists::fromDocument(*doc);
    if (checklist.items.isEmpty()) {
        emit message(tr("This document has no recommendations to make a checklist of."));
        return;
    }
    auto *command = new CreateChecklistCommand(m_library, checklist);
    m_undoStack->push(command);
    const QModelIndex created = m_model->indexForChecklist(command->checklistId());
    m_view->expand(created);
    m_view->setCurrentIndex(created);
    emit message(tr("Checklist made of %n recommendation(s).", nullptr, int(checklist.items.size())));
}

void ChecklistsPanel::createEmpty()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New checklist"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Checklist c;
    c.name = name;
    c.source = QStringLiteral("user");
    if (const auto doc = m_library->store()->summary(m_documentId))
        c.authorityId = doc->authorityId;
    m_undoStack->push(new CreateChecklistCommand(m_library, c));
}

void ChecklistsPanel::addBuiltIn(int index)
{
    const QList<Checklist> builtIn = Checklists::builtIn();
    if (index < 0 || index >= builtIn.size())
        return;
    m_undoStack->push(new CreateChecklistCommand(m_library, builtIn.at(index)));
}

void ChecklistsPanel::addItem()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 checklist = current.data(ChecklistIdRole).toLongLong();
    if (!checklist) {
        emit message(tr("Choose a checklist to add the item to."));
        return;
    }
    bool ok = false;
    const QString title = QInputDialog::getMultiLineText(this, tr("Add item"), tr("Item:"),
                                                         QString(), &ok).trimmed();
    if (!ok || title.isEmpty())
        return;
    const QModelIndex list = current.parent().isValid() ? current.parent() : current;
    const int position = current.parent().isValid() ? current.row() + 1 : m_model->rowCount(list);
    m_undoStack->push(new AddItemCommand(m_library, checklist, position, {0, checklist, title, {}}));
}

void ChecklistsPanel::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (current.data(NodeTypeRole).value<NodeType>() == NodeType::Checklist) {
        m_undoStack->push(new DeleteChecklistCommand(m_library, current.data(ChecklistIdRole).toLongLong()));
        emit message(tr("Checklist deleted (Ctrl+Z brings it back)."));
        return;
    }
    const qint64 itemId = current.data(ItemIdRole).toLongLong();
    for (const Checklist &c : m_model->checklists())
        for (const ChecklistItem &item : c.items)
            if (item.id == itemId)
                m_undoStack->push(new DeleteItemCommand(m_library, item));
}

void ChecklistsPanel::importJson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import checklist"), QString(),
                                                      tr("Checklists (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    Checklist c;
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import checklist"), file.errorString());
        return;
    }
    if (!Checklists::fromJson(file.readAll(), &c, &error)) {
        QMessageBox::warning(this, tr("Import checklist"), tr("%1 is %2").arg(path, error));
        return;
    }
    m_undoStack->push(new CreateChecklistCommand(m_library, c));
}

void ChecklistsPanel::exportJson()
{
    const std::optional<Checklist> c = m_library->annotations()->checklist(currentChecklistId());
    if (!c)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export checklist"),
                                                      c->name + QStringLiteral(".json"),
                                                      tr("Checklists (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(Checklists::toJson(*c)).toJson()) < 0)
        QMessageBox::warning(this, tr("Export checklist"), file.errorString());
}

} // namespace oversight
