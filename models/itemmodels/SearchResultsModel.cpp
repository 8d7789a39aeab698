#include "SearchResultsModel.h"

#include "ItemRoles.h"
#include "store/Library.h"
#include "store/SqlDialect.h"

#include <QRegularExpression>


namespace oversight {

SearchResultsModel::SearchResultsModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    connect(library, &Library::changed, this, &SearchResultsModel::refresh);
}

QStringList SearchResultsModel::termsOf(const QString &query)
{
    // "Quoted phrases" stay whole (a view highlights their words only together); other words
    // alone. Typographic quotes (“ ” „, as word processors and some keyboards type them) quote
    // too, as the store reads them (SqlDialect::toMatchExpression).
    static const QRegularExpression token(QStringLiteral("\"([^\"]+)\"|([\\w*'’-]+)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = token.globalMatch(straightQuotes(query));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isNull()) {
            const QString phrase = m.captured(1).simplified();
            if (!phrase.isEmpty())
                terms.append(phrase);
            continue;
        }
        const QString w = m.captured(2);
        if (w != QLatin1String("AND") && w != QLatin1String("OR") && w != QLatin1String("NOT"))
            terms.append(w);
    }
    return terms;
}

void SearchResultsModel::setQuery(const QString &query)
{
    m_query = query;
    m_terms = termsOf(query);
    refresh();
}

void SearchResultsModel::setScope(const SearchScope &scope)
{
    m_scope = scope;
    refresh();
}

void SearchResultsModel::refresh()
{
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    if (m_library && m_library->store() && !m_query.trimmed().isEmpty()) {
        m_hits = m_library->store()->search(m_query, m_scope, m_batch, 0);
        m_total = std::max(int(m_hits.size()), m_library->store()->searchCount(m_query, m_scope));
    }
    // Those told of the reset (QAbstractItemModelTester among them) must not fetch before it
    // is over: canFetchMore() says no until then.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows are going in: a view (or a model tester) asked again from within the
    // insertion would start a second one inside the first.
    return !parent.isValid() && !m_fetching && m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_library || !m_library->store())
        return;
    const QList<SearchHit> more =
        m_library->store()->search(m_query, m_scope, m_batch, int(m_hits.size()));
    if (more.isEmpty()) {
        m_total = int(m_hits.size()); // the store changed under us: what there is, is all
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + more.size()) - 1);
    m_hits.append(more);
    endInsertRows();
    m_fetching = false;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case SortRole:
        // Pages as numbers; text columns by their text, the document's by its date.
        if (index.column() == PageColumn)
            return hit.page;
        return data(index, Qt::DisplayRole).toString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorityColumn:
            return hit.authorityName.isEmpty() ? tr("No authority") : hit.authorityName;
        case DocumentColumn:
            return hit.documentTitle;
        case PageColumn:
            return hit.page;
        case SnippetColumn: {
            QString plain = hit.snippet;
            return plain.remove(QChar(2)).remove(QChar(3));
        }
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1, %2, page %3").arg(hit.authorityName, hit.documentTitle).arg(hit.page);
    case DocumentIdRole:
        return hit.documentId;
    case PageRole:
        return hit.page;
    case SnippetRole:
        return hit.snippet;
    case SearchTermsRole:
        return m_terms;
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::Document);
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case DocumentColumn:
        return tr("Document");
    case PageColumn:
        return tr("Page");
    case SnippetColumn:
        return tr("Text");
    }
    return {};
}

} // namespace oversight
