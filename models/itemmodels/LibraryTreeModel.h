#pragma once

#include "store/DocumentStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace oversight {

class Library;

// Authorities recognised in the reference list, each with its documents by date, and a last
// "Authority not recognised" node for documents whose authority matched no DfE code (or that
// name none), for the user to assign. Documents the reader could not fully read carry
// NeedsReviewRole and WarningsRole. An area SEND inspection is titled "Area SEND inspection,
// <date>: <outcome>" (its outcome where the others' titles say what they are; its own
// title repeats the authority's name). A thin adapter: it re-reads the store when the library
// says it changed.
class LibraryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // Authorities show their name in the first column; documents their kind, date and title.
    enum Column { NameColumn, DateColumn, TitleColumn, ColumnCount };

    explicit LibraryTreeModel(Library *library, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexForDocument(qint64 documentId) const;

public slots:
    void reload();

private:
    struct Group
    {
        AuthorityRow authority; // id 0 for the "Authority not recognised" group
        QList<StoredDocument> documents;
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant documentData(const StoredDocument &doc, int column, int role) const;

    QString titleOf(const StoredDocument &doc) const;

    QPointer<Library> m_library;
    QList<Group> m_groups;
    QHash<qint64, QString> m_outcomes; // area SEND document id -> SendOutcome
};

} // namespace oversight
