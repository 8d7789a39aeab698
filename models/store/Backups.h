#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// Copies of a database kept next to it, named by date and time:
// "oversight.sqlite" -> "oversight-backup-2026-11-30T085012.sqlite". Made before any schema
// migration and once a day at the first write (see runWriteTransaction), the last kKeep kept.
//
// A copy is made with SQLite's VACUUM INTO, which writes a consistent snapshot of the database
// through the connection Qt already has (it reads inside one transaction, so writers in WAL
// mode go on meanwhile) and keeps the application_id and user_version. The online backup API
// (sqlite3_backup_*) would need the sqlite3 handle behind Qt's driver and libsqlite3 linked
// at the very version Qt's plugin uses; VACUUM INTO needs neither, and also leaves the copy
// compact. The copy is written under a temporary name and renamed when complete, so a crash
// never leaves a half backup that looks whole.
class Backups
{
public:
    enum class Reason { Daily, BeforeMigration, Manual };
    static constexpr int kKeep = 5;

    struct Entry
    {
        QString path;
        QDateTime made; // local time, from the name
        qint64 bytes = 0;
    };

    explicit Backups(QString databasePath);

    // Every backup of the database, newest first.
    QList<Entry> list() const;
    // Whether a backup was made today (local date).
    bool madeToday() const;

    // Copies the database open on db (a connection to this database, not in a transaction)
    // to a new backup, then keeps only the newest kKeep. Blocks for as long as the copy takes
    // (about a second per 200 MB). Returns false with *error in words on failure (the database
    // itself is never changed).
    bool make(QSqlDatabase db, Reason reason, QString *error) const;

    // The daily backup at a connection's first write: made when none is from today and the
    // database holds at least one document. Failures are ignored (the write goes on).
    void makeDailyIfDue(QSqlDatabase db) const;

    // Puts backupPath in place of the database. Every connection of this process to the
    // database must be closed first. The current file (and its -wal) is kept beside it as
    // "NAME-replaced-DATE.EXT" rather than deleted. Returns false with *error on failure,
    // leaving the database as it was.
    bool restore(const QString &backupPath, QString *error) const;

private:
    QString nameFor(const QDateTime &when, const QString &kind) const;
    void prune() const;

    QString m_databasePath;
};

} // namespace oversight
