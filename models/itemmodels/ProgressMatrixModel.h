#pragma once

#include "annotations/Annotation.h"
#include "store/DocumentStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace oversight {

class Library;

// One checklist's items (rows) against its authority's documents after the checklist's source
// (columns, in date order): each cell the status the annotations give that item in that
// document. Where several annotations speak to the same item in one document, the most
// recently changed one counts, as it is the team's latest view.
class ProgressMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ProgressMatrixModel(Library *library, QObject *parent = nullptr);

    void setChecklist(qint64 checklistId);
    qint64 checklistId() const { return m_checklist.id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The status of item row in document column; empty when nothing was annotated.
    QString statusAt(int row, int column) const;
    const QList<StoredDocument> &documents() const { return m_documents; }

public slots:
    void reload();

private:
    QPointer<Library> m_library;
    Checklist m_checklist;
    QList<StoredDocument> m_documents;
    // (row, column) -> the annotation that decides the cell
    QHash<QPair<int, int>, Annotation> m_cells;
};

} // namespace oversight
