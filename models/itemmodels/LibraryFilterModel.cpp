#include "LibraryFilterModel.h"

#include "ItemRoles.h"

namespace oversight {

LibraryFilterModel::LibraryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void LibraryFilterModel::setAuthorityFilter(const QString &text)
{
    m_authority = text.simplified();
    invalidateFilter();
}

void LibraryFilterModel::setKindFilter(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void LibraryFilterModel::setYearFilter(int year)
{
    m_year = year;
    invalidateFilter();
}

void LibraryFilterModel::setNeedsReviewOnly(bool only)
{
    m_needsReviewOnly = only;
    invalidateFilter();
}

bool LibraryFilterModel::documentPasses(const QModelIndex &index) const
{
    return (m_kind.isEmpty() || index.data(KindRole).toString() == m_kind)
           && (m_year == 0 || index.data(YearRole).toInt() == m_year)
           && (!m_needsReviewOnly || index.data(NeedsReviewRole).toBool());
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (sourceParent.isValid()) // a document: its authority already matched by name
        return documentPasses(index);
    if (!m_authority.isEmpty()
        && !index.data(Qt::DisplayRole).toString().contains(m_authority, Qt::CaseInsensitive))
        return false;
    if (m_kind.isEmpty() && m_year == 0 && !m_needsReviewOnly)
        return true;
    const int count = sourceModel()->rowCount(index);
    for (int i = 0; i < count; ++i)
        if (documentPasses(sourceModel()->index(i, 0, index)))
            return true;
    return false;
}

} // namespace oversight
