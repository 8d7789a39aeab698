#pragma once

#include "store/DocumentStore.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <algorithm>

namespace oversight {

class Library;

// The hits of one full-text search: authority, document, page and a snippet, best first. Holds
// the first kBatch pages that match and fetches the next batch on fetchMore() (a view asks as
// it scrolls to the end); totalCount() is every matching page, so "200 of 534" can be said.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AuthorityColumn, DocumentColumn, PageColumn, SnippetColumn, ColumnCount };

    static constexpr int kBatch = 200; // the default batch

    explicit SearchResultsModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Every page matching the query in the scope; rowCount() is how many are fetched so far.
    int totalCount() const { return m_total; }
    SearchScope scope() const { return m_scope; }
    // Pages fetched at a time (kBatch unless set); applies from the next query.
    void setBatchSize(int pages) { m_batch = std::max(1, pages); }
    int batchSize() const { return m_batch; }

    QString query() const { return m_query; }
    // What to highlight on a page for the current query: single words (a trailing * means a
    // prefix) and quoted phrases, each phrase one entry with its words separated by spaces.
    QStringList terms() const { return m_terms; }
    static QStringList termsOf(const QString &query);

public slots:
    void setQuery(const QString &query);
    // Searches again within the scope (every page by default).
    void setScope(const SearchScope &scope);
    void refresh();

private:
    QPointer<Library> m_library;
    QString m_query;
    QStringList m_terms;
    QList<SearchHit> m_hits;
    SearchScope m_scope;
    int m_total = 0;
    int m_batch = kBatch;
    bool m_fetching = false;
};

} // namespace oversight
