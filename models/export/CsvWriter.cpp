#include "CsvWriter.h"

namespace oversight {

QString CsvWriter::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (QChar c : value)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList line;
    line.reserve(fields.size());
    for (const QString &f : fields)
        line.append(field(f));
    m_text += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::toBytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

QList<QStringList> CsvWriter::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
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

} // namespace oversight
