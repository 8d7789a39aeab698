#pragma once

#include "store/DocumentStore.h"

#include <QAbstractTableModel>

namespace oversight {

class Library;

// The documents that need review (StoredDocument::needsReview(): marked by the user, or with
// facts the reader could not read and not yet reviewed), one row each, by authority and
// date: the authority, the document, the facts in question and the facts already corrected.
// A thin adapter over DocumentStore::documents(); it reloads when the library changes.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AuthorityColumn, DocumentColumn, QuestionColumn, CorrectedColumn, ColumnCount };

    explicit ReviewModel(Library *library, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Library *m_library;
    QList<StoredDocument> m_documents;
};

} // namespace oversight
