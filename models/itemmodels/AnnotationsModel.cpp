#include "AnnotationsModel.h"

#include <QLocale>

#include "ItemRoles.h"
#include "annotations/Checklists.h"
#include "store/Library.h"

namespace oversight {

AnnotationsModel::AnnotationsModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    connect(library, &Library::annotationsChanged, this, &AnnotationsModel::reload);
    connect(library, &Library::changed, this, &AnnotationsModel::reload);
    reload();
}

void AnnotationsModel::reload()
{
    beginResetModel();
    m_annotations.clear();
    m_documentTitles.clear();
    m_items.clear();
    m_itemNumbers.clear();
    if (m_library && m_library->annotations()) {
        m_annotations = m_library->annotations()->annotations();
        for (const Checklist &c : m_library->annotations()->checklists())
            for (int i = 0; i < c.items.size(); ++i) {
                m_items.insert(c.items.at(i).id, c.items.at(i));
                m_itemNumbers.insert(c.items.at(i).id, Checklists::itemNumber(c, i));
            }
        for (const StoredDocument &d : m_library->store()->documents())
            m_documentTitles.insert(d.id, QStringLiteral("%1 — %2").arg(d.authorityName, d.displayTitle()));
    }
    endResetModel();
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Annotation *AnnotationsModel::annotationAt(int row) const
{
    return row >= 0 && row < m_annotations.size() ? &m_annotations.at(row) : nullptr;
}

QModelIndex AnnotationsModel::indexForAnnotation(qint64 id) const
{
    for (int i = 0; i < m_annotations.size(); ++i)
        if (m_annotations.at(i).id == id)
            return index(i, 0);
    return {};
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    const auto itemTitles = [&] {
        QStringList titles;
        for (qint64 id : a.itemIds)
            if (m_items.contains(id))
                titles.append(QStringLiteral("%1. %2").arg(m_itemNumbers.value(id), m_items.value(id).title));
        return titles;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return m_documentTitles.value(a.documentId);
        case PageColumn:
            return a.page;
        case QuoteColumn:
            return a.quote.simplified();
        case ItemsColumn:
            return itemTitles().join(QStringLiteral("; "));
        case StatusColumn:
            return Status::label(a.status);
        case NoteColumn:
            return a.note.simplified();
        case ByColumn:
            return a.updatedBy.isEmpty() || a.updatedBy == a.createdBy
                       ? a.createdBy
                       : tr("%1, changed by %2").arg(a.createdBy, a.updatedBy);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ItemsColumn)
            return itemTitles().join(QLatin1Char('\n'));
        if (index.column() == NoteColumn)
            return a.note;
        if (index.column() == ByColumn)
            return a.updatedBy.isEmpty()
                       ? tr("Made by %1 on %2").arg(a.createdBy, QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat))
                       : tr("Made by %1 on %2; last changed by %3 on %4")
                             .arg(a.createdBy, QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat),
                                  a.updatedBy, QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat));
        return a.quote;
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(Status::color(a.status)) : QVariant();
    case AnnotationIdRole:
        return a.id;
    case DocumentIdRole:
        return a.documentId;
    case PageRole:
        return a.page;
    case PassageRole:
        return a.quote;
    case StatusRole:
        return a.status;
    case PeopleRole:
        return a.updatedBy.isEmpty() ? QStringList{a.createdBy} : QStringList{a.createdBy, a.updatedBy};
    case ItemIdsRole: {
        QVariantList ids;
        for (qint64 id : a.itemIds)
            ids.append(id);
        return ids;
    }
    case ChecklistIdsRole: {
        QVariantList ids;
        for (qint64 id : a.itemIds)
            if (m_items.contains(id) && !ids.contains(m_items.value(id).checklistId))
                ids.append(m_items.value(id).checklistId);
        return ids;
    }
    default:
        return {};
    }
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case PageColumn:
        return tr("Page");
    case QuoteColumn:
        return tr("Passage");
    case ItemsColumn:
        return tr("Checklist items");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    case ByColumn:
        return tr("By");
    }
    return {};
}

void AnnotationFilterModel::setChecklist(qint64 id)
{
    m_checklist = id;
    invalidateFilter();
}

void AnnotationFilterModel::setItem(qint64 id)
{
    m_item = id;
    invalidateFilter();
}

void AnnotationFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void AnnotationFilterModel::setDocument(qint64 id)
{
    m_document = id;
    invalidateFilter();
}

void AnnotationFilterModel::setPerson(const QString &name)
{
    m_person = name;
    invalidateFilter();
}

QStringList AnnotationsModel::people() const
{
    QStringList names;
    for (const Annotation &a : m_annotations)
        for (const QString &name : {a.createdBy, a.updatedBy})
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_document && i.data(DocumentIdRole).toLongLong() != m_document)
        return false;
    if (!m_status.isEmpty() && i.data(StatusRole).toString() != m_status)
        return false;
    if (m_checklist
        && !i.data(AnnotationsModel::ChecklistIdsRole).toList().contains(QVariant(m_checklist)))
        return false;
    if (m_item && !i.data(AnnotationsModel::ItemIdsRole).toList().contains(QVariant(m_item)))
        return false;
    if (!m_person.isEmpty() && !i.data(AnnotationsModel::PeopleRole).toStringList().contains(m_person))
        return false;
    return true;
}

} // namespace oversight
