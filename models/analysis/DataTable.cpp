#include "DataTable.h"

namespace oversight {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString toCsv(const DataTable &table)
{
    QString csv;
    auto line = [&csv](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f));
        csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return csv;
}

} // namespace oversight
