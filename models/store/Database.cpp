#include "Database.h"

#include "Migrations.h"
#include "SqliteDialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace oversight {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("oversight-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(const QString &path, int targetVersion)
    : m_connectionName(nextConnectionName()), m_path(path)
{
    if (targetVersion < 0)
        targetVersion = Migrations::latest();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QCoreApplication::translate("Database", "cannot create the folder %1")
                      .arg(info.absolutePath());
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    // A file that is not SQLite opens fine and fails on the first statement.
    if (!SqliteDialect::applyPragmas(db, &m_error)) {
        m_error = QCoreApplication::translate("Database", "%1 is not an Oversight database (%2)")
                      .arg(path, m_error);
        db.close();
        return;
    }
    if (!Migrations::migrate(db, targetVersion, &m_error)) {
        db.close();
        return;
    }
    m_open = true;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SqliteDialect::userVersion(connection());
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

} // namespace oversight
