#include "CsvWriter.h"

#include "understanding/Csv.h"

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
    return Csv::parse(QString::fromUtf8(csv));
}

} // namespace oversight
