#include "ProgressMatrixModel.h"

#include "ItemRoles.h"
#include "store/Library.h"

#include <QLocale>

namespace oversight {

ProgressMatrixModel::ProgressMatrixModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    connect(library, &Library::annotationsChanged, this, &ProgressMatrixModel::reload);
    connect(library, &Library::changed, this, &ProgressMatrixModel::reload);
}

void ProgressMatrixModel::setChecklist(qint64 checklistId)
{
    m_checklist.id = checklistId;
    reload();
}

void ProgressMatrixModel::reload()
{
    beginResetModel();
    const qint64 id = m_checklist.id;
    m_checklist = Checklist{};
    m_checklist.id = id;
    m_documents.clear();
    m_cells.clear();
    if (m_library && m_library->annotations() && id > 0) {
        m_checklist = m_library->annotations()->checklist(id).value_or(m_checklist);
        QDate after;
        if (m_checklist.sourceDocumentId > 0)
            if (const auto source = m_library->store()->summary(m_checklist.sourceDocumentId))
                after = source->facts.sortDate();
        for (const StoredDocument &d : m_library->store()->documents()) {
            const bool sameAuthority = m_checklist.authorityId == 0
                                       || d.authorityId == m_checklist.authorityId;
            const bool later = !after.isValid() || d.facts.sortDate() > after;
            if (sameAuthority && later && d.id != m_checklist.sourceDocumentId)
                m_documents.append(d);
        }
        std::stable_sort(m_documents.begin(), m_documents.end(),
                         [](const StoredDocument &a, const StoredDocument &b) {
                             return a.facts.sortDate() < b.facts.sortDate();
                         });
        QHash<qint64, int> rowOfItem;
        for (int r = 0; r < m_checklist.items.size(); ++r)
            rowOfItem.insert(m_checklist.items.at(r).id, r);
        QHash<qint64, int> columnOfDocument;
        for (int c = 0; c < m_documents.size(); ++c)
            columnOfDocument.insert(m_documents.at(c).id, c);
        for (const Annotation &a : m_library->annotations()->annotations()) {
            const auto column = columnOfDocument.constFind(a.documentId);
            if (column == columnOfDocument.constEnd())
                continue;
            for (qint64 item : a.itemIds) {
                const auto row = rowOfItem.constFind(item);
                if (row == rowOfItem.constEnd())
                    continue;
                const QPair<int, int> key{*row, *column};
                const auto existing = m_cells.constFind(key);
                if (existing == m_cells.constEnd() || existing->updatedAt <= a.updatedAt)
                    m_cells.insert(key, a);
            }
        }
    }
    endResetModel();
}

int ProgressMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checklist.items.size());
}

int ProgressMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QString ProgressMatrixModel::statusAt(int row, int column) const
{
    const auto it = m_cells.constFind({row, column});
    return it == m_cells.constEnd() ? QString() : it->status;
}

QVariant ProgressMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto cell = m_cells.constFind({index.row(), index.column()});
    const bool annotated = cell != m_cells.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return annotated ? Status::label(cell->status) : QString();
    case Qt::BackgroundRole:
        if (!annotated)
            return {};
        {
            QColor c = Status::color(cell->status);
            c.setAlpha(110);
            return c;
        }
    case Qt::ToolTipRole:
        return annotated ? tr("“%1”\n%2").arg(cell->quote.simplified(), cell->note)
                         : tr("Nothing annotated for this item in this document yet.");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StatusRole:
        return annotated ? cell->status : QString();
    case ItemIdRole:
        return m_checklist.items.at(index.row()).id;
    case DocumentIdRole:
        return m_documents.at(index.column()).id;
    case AnnotationIdRole:
        return annotated ? cell->id : qint64(0);
    case PageRole:
        return annotated ? cell->page : 0;
    case PassageRole:
        return annotated ? cell->quote : QString();
    default:
        return {};
    }
}

QVariant ProgressMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section < m_documents.size()) {
        const StoredDocument &d = m_documents.at(section);
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1\n%2").arg(Kind::label(d.facts.kind),
                                                QLocale().toString(d.facts.sortDate(), QLocale::ShortFormat));
        if (role == Qt::ToolTipRole)
            return d.displayTitle();
    }
    if (orientation == Qt::Vertical && section < m_checklist.items.size()) {
        const ChecklistItem &item = m_checklist.items.at(section);
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1. %2").arg(section + 1).arg(item.title.left(70)
                                                                 + (item.title.size() > 70 ? QStringLiteral("…") : QString()));
        if (role == Qt::ToolTipRole)
            return item.title;
    }
    return {};
}

} // namespace oversight
