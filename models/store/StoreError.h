#pragma once

#include <QSqlError>
#include <QString>

namespace oversight::StoreError {

// A failed statement's error in words a user can act on, naming the database file and, when
// given, what was being stored (a file name). Reads SQLite's result code
// (QSqlError::nativeErrorCode) through SqliteDialect::failureOf:
//   full disk  -> "not enough space on the disk that holds DB to store FILE"
//   read-only  -> "DB is read-only: ..."
//   busy       -> "DB is locked by another program ..."
//   damaged    -> "the database DB is damaged: run File > Check and repair, or restore a backup"
// and SQLite's own message otherwise. A disk I/O error on a disk with almost no space left is
// reported as a full disk (some file systems say EIO, not ENOSPC).
QString describe(const QSqlError &error, const QString &databasePath, const QString &subject = {});

// Whether the disk that holds databasePath has (almost) no space left.
bool diskNearlyFull(const QString &databasePath);

// Whether the disk that holds databasePath has room for bytes more (true when unknown).
bool hasRoomFor(const QString &databasePath, qint64 bytes);

// The sentence for a full disk alone ("not enough space on the disk that holds DB [to store
// SUBJECT]").
QString full(const QString &databasePath, const QString &subject = {});

// The sentence for a damaged database alone (also used when opening finds the damage).
QString damaged(const QString &databasePath);

} // namespace oversight::StoreError
