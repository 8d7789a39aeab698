#include "StoreError.h"

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
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    // Less than a few pages' worth: nothing more can be written.
    return storage.isValid() && storage.bytesAvailable() < 256 * 1024;
}

bool hasRoomFor(const QString &databasePath, qint64 bytes)
{
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

QString describe(const QSqlError &error, const QString &databasePath, const QString &subject)
{
    const QString db = QDir::toNativeSeparators(databasePath);
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (SqliteDialect::failureOf(error)) {
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
    case SqliteDialect::Failure::Other:
        break;
    }
    return sqlite;
}

} // namespace oversight::StoreError
