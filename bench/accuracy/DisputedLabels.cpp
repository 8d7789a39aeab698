#include "DisputedLabels.h"

#include "understanding/Csv.h"

#include <QFile>
#include <QStringList>

namespace oversight::accuracy {

bool DisputedLabels::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QStringList kept;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1Char('#')))
            kept.append(line);
    }
    const QList<QStringList> rows = Csv::parse(kept.join(QLatin1Char('\n')));
    if (rows.isEmpty())
        return true;
    const QStringList header = rows.first();
    const qsizetype corpus = header.indexOf(QLatin1String("corpus"));
    const qsizetype path = header.indexOf(QLatin1String("path"));
    const qsizetype field = header.indexOf(QLatin1String("field"));
    if (corpus < 0 || path < 0 || field < 0) {
        *error = QStringLiteral("%1 needs the columns corpus, path and field").arg(fileName);
        return false;
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (row.size() <= qMax(corpus, qMax(path, field)))
            continue;
        m_keys.insert(key(row.at(corpus).trimmed(), row.at(path).trimmed(), row.at(field).trimmed()));
    }
    return true;
}

} // namespace oversight::accuracy
