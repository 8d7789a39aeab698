#pragma once

#include "annotations/ProgressMatrix.h"
#include "store/DocumentStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace oversight {

class Library;

// A thin adapter over ProgressMatrix: one checklist's items (rows) against its authority's later
// documents (columns), each cell the status the annotations give that item in that document.
class ProgressMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ProgressMatrixModel(Library *library, QObject *parent = nullptr);

    void setChecklist(qint64 checklistId);
    qint64 checklistId() const { return m_checklistId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The status of item row in document column; empty when nothing was annotated.
    QString statusAt(int row, int column) const;
    const QList<StoredDocument> &documents() const { return m_matrix.documents(); }

public slots:
    void reload();

private:
    QPointer<Library> m_library;
    qint64 m_checklistId = 0;
    ProgressMatrix m_matrix;
};

} // namespace oversight
