#pragma once

#include <QSortFilterProxyModel>

namespace oversight {

// Filters LibraryTreeModel by authority name, document kind, year and whether a document needs
// review. An authority stays when its name matches and at least one of its documents passes the
// document filters.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    void setAuthorityFilter(const QString &text);
    void setKindFilter(const QString &kind); // empty = every kind
    void setYearFilter(int year);            // 0 = every year
    // Only documents whose reader could not read every fact their format has (NeedsReviewRole).
    void setNeedsReviewOnly(bool only);
    bool needsReviewOnly() const { return m_needsReviewOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool documentPasses(const QModelIndex &sourceIndex) const;

    QString m_authority;
    QString m_kind;
    int m_year = 0;
    bool m_needsReviewOnly = false;
};

} // namespace oversight
