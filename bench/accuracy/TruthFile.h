#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace oversight::accuracy {

// One checked row of truth.csv: the path (relative to the corpus folder) and its columns by name.
struct TruthRow
{
    QString path;
    QHash<QString, QString> values;
    QString value(const QString &column) const { return values.value(column).trimmed(); }
};

// Reads truth.csv (RFC 4180: quoted fields may hold commas, quotes and newlines).
class TruthFile
{
public:
    // False with *error set when the file cannot be read or has no `path` column.
    bool load(const QString &fileName, QString *error);
    const QList<TruthRow> &rows() const { return m_rows; }
    const QStringList &columns() const { return m_columns; }

private:
    QStringList m_columns;
    QList<TruthRow> m_rows;
};

} // namespace oversight::accuracy
