#include "StoreSnapshot.h"

#include "store/DatabaseLocation.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace oversight::test {

RawConnection::RawConnection(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("test-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    if (DatabaseLocation::isTeamDatabase(path)) {
        const DatabaseLocation location = DatabaseLocation::parse(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(DatabaseLocation::passwordFor(path));
        db.open();
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
}

bool RawConnection::isPostgres() const
{
    return db().driverName() == QLatin1String("QPSQL");
}

qint64 RawConnection::schemaVersion() const
{
    if (!isPostgres())
        return scalar(QStringLiteral("PRAGMA user_version")).toLongLong();
    if (!scalar(QStringLiteral("SELECT to_regclass('oversight_schema') IS NOT NULL")).toBool())
        return 0;
    return scalar(QStringLiteral("SELECT max(version) FROM oversight_schema")).toLongLong();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawConnection::isOpen() const
{
    return db().isOpen();
}

QVariant RawConnection::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

bool RawConnection::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QStringList RawConnection::tables() const
{
    QStringList names;
    QSqlQuery q(db());
    const QString sql = isPostgres()
                            ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() ORDER BY 1")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "ORDER BY name");
    if (q.exec(sql))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

StoreSnapshot snapshotStore(const QString &databasePath)
{
    StoreSnapshot snapshot;
    const RawConnection connection(databasePath);
    snapshot.insert(QStringLiteral("user_version"),
                    {connection.schemaVersion(), {}});
    for (const QString &table : connection.tables()) {
        TableState state;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery q(connection.db());
        q.setForwardOnly(true);
        // Table names come from sqlite_master, not from input.
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table))) {
            state.rows = -1;
            state.checksum = q.lastError().text().toUtf8();
        }
        while (q.next()) {
            ++state.rows;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("NULL")
                                        : QByteArray(v.typeName()) + ':' + v.toByteArray());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
        if (state.rows >= 0)
            state.checksum = hash.result().toHex();
        snapshot.insert(table, state);
    }
    return snapshot;
}

QString describeDifference(const StoreSnapshot &before, const StoreSnapshot &after)
{
    QStringList lines;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        if (!before.contains(key)) {
            lines.append(QStringLiteral("%1 appeared").arg(key));
        } else if (!after.contains(key)) {
            lines.append(QStringLiteral("%1 disappeared").arg(key));
        } else if (before.value(key) != after.value(key)) {
            lines.append(QStringLiteral("%1: %2 rows -> %3 rows%4")
                             .arg(key)
                             .arg(before.value(key).rows)
                             .arg(after.value(key).rows)
                             .arg(before.value(key).rows == after.value(key).rows
                                      ? QStringLiteral(" (contents changed)")
                                      : QString()));
        }
    }
    return lines.join(QStringLiteral("; "));
}

QStringList incompleteDocuments(const QString &databasePath)
{
    QStringList problems;
    const RawConnection connection(databasePath);
    QSqlQuery q(connection.db());
    // A database whose schema was never made (its first process was stopped before the schema
    // transaction committed) holds no documents, so none of them is half stored.
    if (!connection.tables().contains(QLatin1String("documents")))
        return problems;
    const bool ok = q.exec(QStringLiteral(
        "SELECT d.id, d.file_name, d.page_count, "
        " (SELECT count(*) FROM document_files f WHERE f.document_id = d.id), "
        " (SELECT count(*) FROM pages p WHERE p.document_id = d.id), "
        " (SELECT coalesce(max(number), 0) FROM pages p WHERE p.document_id = d.id) "
        "FROM documents d ORDER BY d.id"));
    if (!ok)
        return {QStringLiteral("cannot read documents: ") + q.lastError().text()};
    while (q.next()) {
        const QString name = QStringLiteral("document %1 (%2)")
                                 .arg(q.value(0).toLongLong())
                                 .arg(q.value(1).toString());
        const int pageCount = q.value(2).toInt();
        if (q.value(3).toInt() != 1)
            problems.append(name + QStringLiteral(" has no PDF bytes"));
        if (pageCount <= 0 || q.value(4).toInt() != pageCount || q.value(5).toInt() != pageCount)
            problems.append(QStringLiteral("%1 has %2 pages stored of %3")
                                .arg(name)
                                .arg(q.value(4).toInt())
                                .arg(pageCount));
    }
    return problems;
}

} // namespace oversight::test
