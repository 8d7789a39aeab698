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
                  NoteColumn, ByColumn, ColumnCount };
    // Extra roles: the checklist ids and item ids an annotation is linked to (QVariantList),
    // and the people who made or changed it (QStringList: its maker, then its last editor).
    enum { ChecklistIdsRole = Qt::UserRole + 100, ItemIdsRole, PeopleRole };

    explicit AnnotationsModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Annotation *annotationAt(int row) const;
    // Everyone who made or changed an annotation, sorted: the choices of a filter by person.
    QStringList people() const;
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

// Narrows AnnotationsModel to one checklist, item, status, document or person (who made or
// last changed it) (0 or empty = any).
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setChecklist(qint64 id);
    void setItem(qint64 id);
    void setStatus(const QString &status);
    void setDocument(qint64 id);
    void setPerson(const QString &name);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_checklist = 0;
    qint64 m_item = 0;
    QString m_status;
    qint64 m_document = 0;
    QString m_person;
};

} // namespace oversight
