#include "ProgressMatrixModel.h"

#include "ItemRoles.h"
#include "annotations/Checklists.h"
#include "store/Library.h"

#include "domain/DocumentDate.h"

#include <algorithm>

namespace oversight {

ProgressMatrixModel::ProgressMatrixModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    connect(library, &Library::annotationsChanged, this, &ProgressMatrixModel::reload);
    connect(library, &Library::changed, this, &ProgressMatrixModel::reload);
}

void ProgressMatrixModel::setChecklist(qint64 checklistId)
{
    m_checklistId = checklistId;
    reload();
}

void ProgressMatrixModel::reload()
{
    beginResetModel();
    m_matrix = ProgressMatrix();
    if (m_library && m_library->annotations() && m_checklistId > 0) {
        if (const std::optional<Checklist> c = m_library->annotations()->checklist(m_checklistId))
            m_matrix = ProgressMatrix(*c, m_library->store()->documents(),
                                      m_library->annotations()->annotations());
    }
    endResetModel();
}

int ProgressMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.rowCount();
}

int ProgressMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.columnCount();
}

QString ProgressMatrixModel::statusAt(int row, int column) const
{
    const Annotation *a = m_matrix.cell(row, column);
    return a ? a->status : QString();
}

QVariant ProgressMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Annotation *cell = m_matrix.cell(index.row(), index.column());
    const bool annotated = cell != nullptr;
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
        return m_matrix.checklist().items.at(index.row()).id;
    case DocumentIdRole:
        return m_matrix.documents().at(index.column()).id;
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
    if (orientation == Qt::Horizontal && section < m_matrix.columnCount()) {
        const StoredDocument &d = m_matrix.documents().at(section);
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1\n%2").arg(Kind::label(d.facts.kind),
                                                DocumentDate::shortText(DocumentDate::of(d.facts)));
        if (role == Qt::ToolTipRole)
            return tr("%1\nDate: %2", "a document's title, then how its date is chosen")
                .arg(d.displayTitle(), DocumentDate::rule());
    }
    if (orientation == Qt::Vertical && section < m_matrix.rowCount()) {
        const ChecklistItem &item = m_matrix.checklist().items.at(section);
        if (role == Qt::DisplayRole)
        {
            // One line, cut at a word with an ellipsis; the whole text is in the tooltip.
            const QString title = item.title.simplified();
            QString shown = title.left(60);
            if (title.size() > 60)
                shown = shown.left(std::max<qsizetype>(30, shown.lastIndexOf(QLatin1Char(' '))))
                        + QStringLiteral("…");
            return QStringLiteral("%1. %2").arg(Checklists::itemNumber(m_matrix.checklist(), section), shown);
        }
        if (role == Qt::ToolTipRole)
            return item.title;
    }
    return {};
}

} // namespace oversight
