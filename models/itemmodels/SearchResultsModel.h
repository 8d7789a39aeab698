#pragma once

#include "store/DocumentStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace oversight {

class Library;

// The hits of one full-text search: authority, document, page and a snippet.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AuthorityColumn, DocumentColumn, PageColumn, SnippetColumn, ColumnCount };

    explicit SearchResultsModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString query() const { return m_query; }
    // What to highlight on a page for the current query: single words (a trailing * means a
    // prefix) and quoted phrases, each phrase one entry with its words separated by spaces.
    QStringList terms() const { return m_terms; }
    static QStringList termsOf(const QString &query);

public slots:
    void setQuery(const QString &query);
    void refresh();

private:
    QPointer<Library> m_library;
    QString m_query;
    QStringList m_terms;
    QList<SearchHit> m_hits;
};

} // namespace oversight
