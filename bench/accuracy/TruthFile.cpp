#include "TruthFile.h"

#include <QFile>

namespace oversight::accuracy {

namespace {

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

bool TruthFile::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty() || !rows.first().contains(QLatin1String("path"))) {
        *error = QStringLiteral("%1 has no header with a `path` column").arg(fileName);
        return false;
    }
    m_columns = rows.first();
    const qsizetype pathColumn = m_columns.indexOf(QLatin1String("path"));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        if (cells.size() <= pathColumn || cells.at(pathColumn).trimmed().isEmpty())
            continue;
        TruthRow row;
        row.path = cells.at(pathColumn).trimmed();
        for (qsizetype c = 0; c < m_columns.size() && c < cells.size(); ++c)
            row.values.insert(m_columns.at(c), cells.at(c));
        m_rows.append(row);
    }
    return true;
}

} // namespace oversight::accuracy
