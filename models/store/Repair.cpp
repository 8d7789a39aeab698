#include "Repair.h"

#include "Database.h"
#include "SqliteDialect.h"
#include "StoreError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <functional>

namespace oversight::Repair {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::Repair", text);
}

QString uniqueName(const char *what)
{
    static QAtomicInt counter;
    return QStringLiteral("oversight-%1-%2").arg(QLatin1String(what)).arg(counter.fetchAndAddRelaxed(1));
}

QString readOnlyUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
           + QStringLiteral("?mode=ro");
}

QStringList columnsOf(QSqlDatabase &db, const QString &schema, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA %1.table_info(\"%2\")").arg(schema, table)))
        while (q.next())
            columns.append(q.value(1).toString());
    return columns;
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

CheckResult check(const QString &path)
{
    CheckResult result;
    if (!QFileInfo(path).isFile()) {
        result.problems.append(tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
        return result;
    }
    const QString name = uniqueName("check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A connection that may write (but is told not to) removes the -wal and -shm when it
        // closes, as a read-only one cannot; a file that cannot be written is read read-only.
        const bool writable = QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable();
        if (writable) {
            db.setDatabaseName(path);
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            db.setDatabaseName(readOnlyUri(path));
        }
        if (!db.open()) {
            result.problems.append(StoreError::describe(db.lastError(), path));
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA query_only=ON"));
            if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
                result.problems.append(q.lastError().databaseText());
            } else {
                while (q.next())
                    result.problems.append(q.value(0).toString());
                result.ok = result.problems == QStringList{QStringLiteral("ok")};
                if (result.ok)
                    result.problems.clear();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

namespace {

// The copy itself, on a connection to the new database with the damaged one attached as "old".
void copyAll(QSqlDatabase &db, SalvageResult &result)
{
    // Foreign keys are checked at the end instead, where orphans are deleted. A copy that is
    // interrupted is made again from the damaged file: no need to wait for the disk.
    exec(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
    exec(db, QStringLiteral("PRAGMA synchronous=OFF"));
    QStringList tables;
    {
        QSqlQuery q(db);
        // Ordinary tables of the new schema; the full-text indexes and their shadow tables are
        // rebuilt, not copied.
        q.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND "
                              "name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND "
                              "sql NOT LIKE 'CREATE VIRTUAL%'"));
        while (q.next())
            tables.append(q.value(0).toString());
    }
    QStringList perDocument; // tables whose rows belong to one document
    QStringList whole;
    QHash<QString, QString> columnList;
    for (const QString &table : tables) {
        const QStringList newColumns = columnsOf(db, QStringLiteral("main"), table);
        const QStringList oldColumns = columnsOf(db, QStringLiteral("old"), table);
        QStringList shared;
        for (const QString &c : newColumns)
            if (oldColumns.contains(c))
                shared.append(QLatin1Char('"') + c + QLatin1Char('"'));
        if (shared.isEmpty())
            continue;
        columnList.insert(table, shared.join(QLatin1Char(',')));
        if (table == QLatin1String("documents"))
            continue;
        (newColumns.contains(QStringLiteral("document_id")) ? perDocument : whole).append(table);
    }
    const auto copy = [&](const QString &table, const QString &where, const QVariantList &values) {
        const QString cols = columnList.value(table);
        return exec(db, QStringLiteral("INSERT OR IGNORE INTO main.\"%1\"(%2) SELECT %2 FROM old.\"%1\" %3")
                            .arg(table, cols, where),
                    values);
    };

    QList<qint64> ids;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT id FROM old.documents ORDER BY id")))
            while (q.next())
                ids.append(q.value(0).toLongLong());
    }
    // One transaction per document (and per row below): once SQLite meets a damaged page of
    // "old" it refuses every read of it until the transaction reading it ends.
    const auto inOwnTransaction = [&db](const std::function<bool()> &fn) {
        exec(db, QStringLiteral("BEGIN"));
        if (fn())
            return exec(db, QStringLiteral("COMMIT"));
        exec(db, QStringLiteral("ROLLBACK"));
        return false;
    };
    for (const qint64 id : ids) {
        const bool ok = inOwnTransaction([&] {
            if (!copy(QStringLiteral("documents"), QStringLiteral("WHERE id = ?"), {id}))
                return false;
            for (const QString &table : perDocument)
                if (!copy(table, QStringLiteral("WHERE document_id = ?"), {id}))
                    return false;
            return true;
        });
        ++(ok ? result.documents : result.documentsLost);
    }
    for (const QString &table : whole) {
        if (inOwnTransaction([&] { return copy(table, {}, {}); }))
            continue;
        // Row by row, as far as the rowids can still be listed.
        QList<qint64> rowids;
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT rowid FROM old.\"%1\"").arg(table)))
                while (q.next())
                    rowids.append(q.value(0).toLongLong());
        }
        for (const qint64 rowid : rowids)
            if (!inOwnTransaction([&] { return copy(table, QStringLiteral("WHERE rowid = ?"), {rowid}); }))
                ++result.rowsLost;
    }
    exec(db, QStringLiteral("DETACH DATABASE old"));
    exec(db, QStringLiteral("BEGIN"));
    // Rows pointing at something that was not copied (an item of a lost checklist, a link to
    // a lost document's annotation) go, until nothing dangles.
    for (int round = 0; round < 10; ++round) {
        QList<QPair<QString, qint64>> orphans;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA main.foreign_key_check")))
            while (q.next())
                orphans.append({q.value(0).toString(), q.value(1).toLongLong()});
        q.finish();
        if (orphans.isEmpty())
            break;
        for (const auto &orphan : orphans)
            exec(db, QStringLiteral("DELETE FROM main.\"%1\" WHERE rowid = ?").arg(orphan.first),
                 {orphan.second});
    }
    for (const QString &sql : SqliteDialect::rebuildIndexStatements())
        exec(db, sql);
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
}

} // namespace

SalvageResult salvage(const QString &source, const QString &target)
{
    SalvageResult result;
    if (QFileInfo::exists(target)) {
        result.error = tr("%1 exists already: choose a new file").arg(QDir::toNativeSeparators(target));
        return result;
    }
    {
        // The new, empty database with the latest schema.
        Database created(target);
        if (!created.isOpen()) {
            result.error = created.errorString();
            return result;
        }
    }
    const QString name = uniqueName("salvage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        db.setDatabaseName(target);
        if (!db.open() || !exec(db, QStringLiteral("ATTACH DATABASE ? AS old"), {readOnlyUri(source)})) {
            result.error = tr("cannot read %1").arg(QDir::toNativeSeparators(source));
        } else {
            copyAll(db, result);
            result.ok = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace oversight::Repair
