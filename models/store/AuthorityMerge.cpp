#include "AuthorityMerge.h"

#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Row
{
    qint64 id = 0;
    QString key;
    QString code;
    QString name;
};

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = QCoreApplication::translate("Database", "merging authorities failed: %1")
                 .arg(q.lastError().text());
    return false;
}

} // namespace

bool mergeDuplicateAuthorities(QSqlDatabase &db, const AuthorityDirectory &directory,
                               QString *error)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT id, key, coalesce(code, ''), name FROM authorities ORDER BY id"));
    if (!run(read, error))
        return false;
    QMap<QString, QList<Row>> byCode; // DfE code -> its rows, oldest first
    while (read.next()) {
        Row row{read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                read.value(3).toString()};
        // A code the reference list knows stands; otherwise the name decides.
        QString code = directory.byCode(row.code) ? row.code : directory.codeFor(row.name);
        if (code.isEmpty())
            continue; // not recognised: stays as it is, for the user to assign
        byCode[code].append(row);
    }
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        const QString &code = it.key();
        const QString key = QStringLiteral("code:") + code;
        const QList<Row> &rows = it.value();
        qsizetype keep = 0;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows.at(i).key == key)
                keep = i;
        const qint64 kept = rows.at(keep).id;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i == keep)
                continue;
            for (const char *table : {"documents", "checklists"}) {
                QSqlQuery move(db);
                move.prepare(QStringLiteral("UPDATE %1 SET authority_id = ? WHERE authority_id = ?")
                                 .arg(QLatin1String(table)));
                move.addBindValue(kept);
                move.addBindValue(rows.at(i).id);
                if (!run(move, error))
                    return false;
            }
            QSqlQuery drop(db);
            drop.prepare(QStringLiteral("DELETE FROM authorities WHERE id = ?"));
            drop.addBindValue(rows.at(i).id);
            if (!run(drop, error))
                return false;
        }
        QSqlQuery name(db);
        name.prepare(QStringLiteral("UPDATE authorities SET key = ?, code = ?, name = ? WHERE id = ?"));
        name.addBindValue(key);
        name.addBindValue(code);
        name.addBindValue(directory.canonicalName(code));
        name.addBindValue(kept);
        if (!run(name, error))
            return false;
    }
    return true;
}

} // namespace oversight
