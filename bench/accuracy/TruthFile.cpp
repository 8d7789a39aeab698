#include "TruthFile.h"

#include "understanding/Csv.h"

#include <QFile>

namespace oversight::accuracy {

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
    const QList<QStringList> rows = Csv::parse(text);
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
