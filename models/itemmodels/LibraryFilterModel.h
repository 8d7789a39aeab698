#pragma once

#include <QSortFilterProxyModel>

namespace oversight {

// Filters LibraryTreeModel by authority name, document kind and year. An authority stays when
// its name matches and at least one of its documents passes the kind and year filters.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    void setAuthorityFilter(const QString &text);
    void setKindFilter(const QString &kind); // empty = every kind
    void setYearFilter(int year);            // 0 = every year

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool documentPasses(const QModelIndex &sourceIndex) const;

    QString m_authority;
    QString m_kind;
    int m_year = 0;
};

} // namespace oversight
