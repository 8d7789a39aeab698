#include "ChecklistModel.h"

#include "ItemRoles.h"
#include "annotations/AnnotationCommands.h"
#include "annotations/Checklists.h"
#include "store/Library.h"

#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

namespace oversight {

namespace {
constexpr quintptr kChecklist = 0;
const QString kItemMime = QStringLiteral("application/x-oversight-checklist-item");
} // namespace

ChecklistModel::ChecklistModel(Library *library, QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent), m_library(library), m_undoStack(undoStack)
{
    connect(library, &Library::annotationsChanged, this, &ChecklistModel::reload);
    reload();
}

void ChecklistModel::reload()
{
    beginResetModel();
    m_checklists = m_library && m_library->annotations() ? m_library->annotations()->checklists()
                                                         : QList<Checklist>{};
    reloadStatuses();
    endResetModel();
}

void ChecklistModel::reloadStatuses()
{
    // The latest evidence decides, as in the progress matrix: the annotation on the document
    // with the latest date; on the same document, the one edited last.
    m_latestStatus.clear();
    if (!m_library || !m_library->annotations() || !m_library->store())
        return;
    QHash<qint64, QDate> dates;
    QHash<qint64, QPair<QDate, QDateTime>> latest;
    for (const Annotation &a : m_library->annotations()->annotations()) {
        auto date = dates.find(a.documentId);
        if (date == dates.end()) {
            const auto doc = m_library->store()->summary(a.documentId);
            date = dates.insert(a.documentId, doc ? doc->facts.sortDate() : QDate());
        }
        const QPair<QDate, QDateTime> when(*date, a.updatedAt);
        for (const qint64 item : a.itemIds) {
            const auto seen = latest.constFind(item);
            if (seen == latest.constEnd() || seen->first < when.first
                || (seen->first == when.first && seen->second <= when.second)) {
                latest.insert(item, when);
                m_latestStatus.insert(item, a.status);
            }
        }
    }
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kChecklist);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kChecklist)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kChecklist);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_checklists.size());
    if (parent.column() != 0 || parent.internalId() != kChecklist)
        return 0;
    return int(m_checklists.at(parent.row()).items.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kChecklist) {
        const Checklist &c = m_checklists.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return c.name;
        case Qt::ToolTipRole:
            return tr("%1\n%n item(s)", nullptr, int(c.items.size())).arg(c.name);
        case NodeTypeRole:
            return QVariant::fromValue(NodeType::Checklist);
        case ChecklistIdRole:
            return c.id;
        case AuthorityIdRole:
            return c.authorityId;
        case DocumentIdRole:
            return c.sourceDocumentId;
        default:
            return {};
        }
    }
    const Checklist &c = m_checklists.at(int(index.internalId() - 1));
    const ChecklistItem &item = c.items.at(index.row());
    const QString status = m_latestStatus.value(item.id);
    switch (role) {
    case Qt::DisplayRole:
        return status.isEmpty()
                   ? QStringLiteral("%1. %2").arg(Checklists::itemNumber(c, index.row()), item.title.simplified())
                   : tr("%1. %2 — %3", "number, item, its latest status")
                         .arg(Checklists::itemNumber(c, index.row()), item.title.simplified(),
                              Status::label(status));
    case Qt::EditRole:
        return item.title;
    case Qt::DecorationRole:
        return status.isEmpty() ? QVariant() : QVariant(Status::color(status));
    case StatusRole:
        return status;
    case Qt::ToolTipRole: {
        const QString latest = status.isEmpty()
                                   ? tr("No evidence yet")
                                   : tr("Latest evidence: %1").arg(Status::label(status));
        return (item.guidance.isEmpty() ? item.title : item.title + QStringLiteral("\n\n") + item.guidance)
               + QStringLiteral("\n") + latest;
    }
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::ChecklistItem);
    case ChecklistIdRole:
        return c.id;
    case ItemIdRole:
        return item.id;
    case AuthorityIdRole:
        return c.authorityId;
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return false;
    if (index.internalId() == kChecklist) {
        const Checklist &c = m_checklists.at(index.row());
        if (text == c.name)
            return false;
        m_undoStack->push(new RenameChecklistCommand(m_library, c.id, c.name, text));
        return true;
    }
    const ChecklistItem &item = m_checklists.at(int(index.internalId() - 1)).items.at(index.row());
    if (text == item.title)
        return false;
    ChecklistItem after = item;
    after.title = text;
    m_undoStack->push(new EditItemCommand(m_library, item, after));
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (m_library && m_library->isReadOnly()) // nothing to rename, edit or drag
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.internalId() == kChecklist)
        return f | Qt::ItemIsDropEnabled;
    return f | Qt::ItemIsDragEnabled;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Checklists");
    return {};
}

Qt::DropActions ChecklistModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ChecklistModel::mimeTypes() const
{
    return {kItemMime};
}

QMimeData *ChecklistModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes)
        if (i.isValid() && i.internalId() != kChecklist) {
            auto *mime = new QMimeData;
            mime->setData(kItemMime, QByteArray::number(i.data(ItemIdRole).toLongLong()));
            return mime;
        }
    return nullptr;
}

bool ChecklistModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(kItemMime))
        return false;
    // Items move within their own checklist only: drop on the checklist or between its items.
    const QModelIndex checklist = parent.internalId() == kChecklist ? parent : parent.parent();
    const QModelIndex source = indexForItem(data->data(kItemMime).toLongLong());
    return checklist.isValid() && source.isValid() && source.parent() == checklist;
}

bool ChecklistModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                  int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QModelIndex source = indexForItem(data->data(kItemMime).toLongLong());
    int target = row;
    if (parent.internalId() != kChecklist) // dropped onto an item: take its place
        target = parent.row();
    if (target < 0)
        target = rowCount(source.parent());
    if (target > source.row())
        --target; // the item leaves its old place first
    if (target != source.row())
        m_undoStack->push(new MoveItemCommand(m_library, source.data(ItemIdRole).toLongLong(),
                                              source.row(), target));
    // The command reloads the model; returning false stops the view removing the dragged row.
    return false;
}

bool ChecklistModel::moveItem(const QModelIndex &item, int step)
{
    if (!item.isValid() || item.internalId() == kChecklist)
        return false;
    const int to = item.row() + step;
    if (to < 0 || to >= rowCount(item.parent()))
        return false;
    m_undoStack->push(new MoveItemCommand(m_library, item.data(ItemIdRole).toLongLong(), item.row(), to));
    return true;
}

QModelIndex ChecklistModel::indexForChecklist(qint64 id) const
{
    for (int i = 0; i < m_checklists.size(); ++i)
        if (m_checklists.at(i).id == id)
            return index(i, 0);
    return {};
}

QModelIndex ChecklistModel::indexForItem(qint64 id) const
{
    for (int c = 0; c < m_checklists.size(); ++c) {
        const QList<ChecklistItem> &items = m_checklists.at(c).items;
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i).id == id)
                return index(i, 0, index(c, 0));
    }
    return {};
}

} // namespace oversight
