#include "Csv.h"

namespace oversight::Csv {

QList<QStringList> parse(const QString &csv)
{
    QString text = csv;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool rowHasData = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            rowHasData = true;
        } else if (c == QLatin1Char(',')) {
            row.append(current);
            current.clear();
            rowHasData = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (rowHasData || !current.isEmpty()) {
                row.append(current);
                rows.append(row);
            }
            row.clear();
            current.clear();
            rowHasData = false;
        } else {
            current += c;
            rowHasData = true;
        }
    }
    if (rowHasData || !current.isEmpty()) {
        row.append(current);
        rows.append(row);
    }
    return rows;
}

} // namespace oversight::Csv
