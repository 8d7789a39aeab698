#pragma once

#include "annotations/Annotation.h"
#include "store/DocumentStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace oversight {

class Library;

// Every annotation of the open database: where it is, what it quotes, which checklist items it
// speaks to, its status and note.
class AnnotationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DocumentColumn, PageColumn, QuoteColumn, ItemsColumn, StatusColumn,
                  NoteColumn, ColumnCount };
    // Extra roles: the checklist ids and item ids an annotation is linked to (QVariantList).
    enum { ChecklistIdsRole = Qt::UserRole + 100, ItemIdsRole };

    explicit AnnotationsModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Annotation *annotationAt(int row) const;
    QModelIndex indexForAnnotation(qint64 id) const;

public slots:
    void reload();

private:
    QPointer<Library> m_library;
    QList<Annotation> m_annotations;
    QHash<qint64, QString> m_documentTitles;
    QHash<qint64, ChecklistItem> m_items;
    QHash<qint64, QString> m_itemNumbers; // Checklists::itemNumber
};

// Narrows AnnotationsModel to one checklist, item, status or document (0 or empty = any).
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setChecklist(qint64 id);
    void setItem(qint64 id);
    void setStatus(const QString &status);
    void setDocument(qint64 id);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_checklist = 0;
    qint64 m_item = 0;
    QString m_status;
    qint64 m_document = 0;
};

} // namespace oversight
