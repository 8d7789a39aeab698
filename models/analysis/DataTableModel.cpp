#include "DataTableModel.h"

#include "domain/DocumentDate.h"
#include "itemmodels/ItemRoles.h"

#include <QRegularExpression>

namespace oversight {

DataTableModel::DataTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DataTableModel::setTable(const DataTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        // The table holds ISO dates, as its CSV export writes them; on screen a date reads as
        // every list of the app writes one.
        const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (isoDate.match(cell).hasMatch()) {
            const QDate date = QDate::fromString(cell, Qt::ISODate);
            if (date.isValid())
                return DocumentDate::shortText(date);
        }
        return cell;
    }
    case SortRole:
        return index.column() < row.size() ? row.at(index.column()) : QString();
    case DocumentIdRole:
        return index.row() < m_table.documentIds.size() ? m_table.documentIds.at(index.row())
                                                        : qint64(0);
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_table.headers.size() ? m_table.headers.at(section)
                                                                : QVariant();
    return section + 1;
}

} // namespace oversight
