#include "StoreError.h"

#include "DatabaseLocation.h"
#include "PostgresDialect.h"
#include "SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace oversight::StoreError {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::StoreError", text);
}

} // namespace

bool diskNearlyFull(const QString &databasePath)
{
    if (DatabaseLocation::isTeamDatabase(databasePath))
        return false; // the server's disk, which the server reports (SQLSTATE 53100)
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    // Less than a few pages' worth: nothing more can be written.
    return storage.isValid() && storage.bytesAvailable() < 256 * 1024;
}

bool hasRoomFor(const QString &databasePath, qint64 bytes)
{
    if (DatabaseLocation::isTeamDatabase(databasePath))
        return true;
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    return !storage.isValid() || storage.bytesAvailable() >= bytes;
}

QString full(const QString &databasePath, const QString &subject)
{
    const QString db = QDir::toNativeSeparators(databasePath);
    return subject.isEmpty()
               ? tr("not enough space on the disk that holds %1").arg(db)
               : tr("not enough space on the disk that holds %1 to store %2").arg(db, subject);
}

QString damaged(const QString &databasePath)
{
    return tr("the database %1 is damaged: run File > Check and repair, or restore a backup")
        .arg(QDir::toNativeSeparators(databasePath));
}

namespace {

// The same for a team database: PostgreSQL's SQLSTATE through PostgresDialect, the library
// named as "database on host".
QString describeTeam(const QSqlError &error, const QString &location, const QString &subject)
{
    const QString db = DatabaseLocation::parse(location).displayName();
    const QString server = (error.databaseText().isEmpty() ? error.text() : error.databaseText())
                               .trimmed();
    switch (PostgresDialect::instance().failureOf(error)) {
    case SqlDialect::Failure::None:
        return {};
    case SqlDialect::Failure::Full:
        return subject.isEmpty()
                   ? tr("the server of %1 has no space left").arg(db)
                   : tr("the server of %1 has no space left to store %2").arg(db, subject);
    case SqlDialect::Failure::ReadOnly:
        return tr("you may read %1 but not change it (%2)").arg(db, server);
    case SqlDialect::Failure::Busy:
        return tr("%1 is busy with another team member's change; try again").arg(db);
    case SqlDialect::Failure::Damaged:
        return tr("the server reports that %1 is damaged (%2): ask its administrator").arg(db, server);
    case SqlDialect::Failure::CannotOpen:
        return tr("lost the connection to %1 (%2)").arg(db, server);
    case SqlDialect::Failure::Conflict:
        return tr("another team member changed the same thing in %1 at the same time (%2)")
            .arg(db, server);
    case SqlDialect::Failure::InputOutput:
    case SqlDialect::Failure::Other:
        break;
    }
    return server;
}

} // namespace

QString describe(const QSqlError &error, const QString &databasePath, const QString &subject)
{
    if (DatabaseLocation::isTeamDatabase(databasePath))
        return describeTeam(error, databasePath, subject);
    const QString db = QDir::toNativeSeparators(databasePath);
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (SqliteDialect::sqliteFailureOf(error)) {
    case SqliteDialect::Failure::None:
        return {};
    case SqliteDialect::Failure::Full:
        return full(databasePath, subject);
    case SqliteDialect::Failure::ReadOnly:
        return tr("%1 is read-only: you cannot write to the file or to its folder").arg(db);
    case SqliteDialect::Failure::Busy:
        return tr("%1 is locked by another program that is writing to it; try again when it "
                  "has finished")
            .arg(db);
    case SqliteDialect::Failure::Damaged:
        return damaged(databasePath);
    case SqliteDialect::Failure::CannotOpen:
        return tr("cannot open %1 (%2)").arg(db, sqlite);
    case SqliteDialect::Failure::InputOutput:
        if (diskNearlyFull(databasePath))
            return full(databasePath, subject);
        return tr("the disk that holds %1 reported an error (%2)").arg(db, sqlite);
    case SqliteDialect::Failure::Conflict:
    case SqliteDialect::Failure::Other:
        break;
    }
    return sqlite;
}

} // namespace oversight::StoreError
