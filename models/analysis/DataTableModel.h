#pragma once

#include "DataTable.h"

#include <QAbstractTableModel>

namespace oversight {

// A DataTable as a flat table model: the table view beside every chart. Rows that stand for a
// document carry its id in DocumentIdRole (ItemRoles.h).
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DataTableModel(QObject *parent = nullptr);

    // Replaces the contents (a model reset: the shape changes with every chart).
    void setTable(const DataTable &table);
    const DataTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DataTable m_table;
};

} // namespace oversight
