#pragma once

#include "annotations/Annotation.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

class QUndoStack;

namespace oversight {

class Library;

// Checklists and their items, as a two-level tree. Renaming and editing go through undoable
// commands on the stack; items can be dragged within their checklist to reorder them.
// An item shows its latest status (that of the annotation on the latest document linked to
// it; StatusRole) and its number (Checklists::itemNumber: for a checklist made from a
// document, the document's own, the LSCB's recommendations as their own group, "LSCB 1.").
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    ChecklistModel(Library *library, QUndoStack *undoStack, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const QList<Checklist> &checklists() const { return m_checklists; }
    QModelIndex indexForChecklist(qint64 id) const;
    QModelIndex indexForItem(qint64 id) const;
    // Moves an item one place up (-1) or down (+1) through the undo stack.
    bool moveItem(const QModelIndex &item, int step);

public slots:
    void reload();

private:
    void reloadStatuses();

    QPointer<Library> m_library;
    QUndoStack *m_undoStack;
    QList<Checklist> m_checklists;
    QHash<qint64, QString> m_latestStatus; // item id -> Status of its latest evidence
};

} // namespace oversight
