#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// The numbers behind a chart as a plain grid, for its table view and its CSV export.
// documentIds, when not empty, has one entry per row: the document a row stands for (0 none).
struct DataTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> documentIds;
};

// The table as CSV (RFC 4180: fields quoted when they hold a comma, quote or line break).
QString toCsv(const DataTable &table);
QString csvField(const QString &value);

} // namespace oversight
