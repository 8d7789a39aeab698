#include "Backups.h"

#include "SqliteFile.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

const char kStamp[] = "yyyy-MM-ddTHHmmss";

QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::Backups", text);
}

} // namespace

Backups::Backups(QString databasePath) : m_databasePath(std::move(databasePath)) {}

QString Backups::nameFor(const QDateTime &when, const QString &kind) const
{
    const QFileInfo info(m_databasePath);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.absoluteDir().filePath(info.completeBaseName() + QLatin1Char('-') + kind
                                       + QLatin1Char('-')
                                       + when.toString(QLatin1String(kStamp)) + suffix);
}

QList<Backups::Entry> Backups::list() const
{
    const QFileInfo info(m_databasePath);
    const QString prefix = info.completeBaseName() + QStringLiteral("-backup-");
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QList<Entry> entries;
    const QFileInfoList files =
        info.absoluteDir().entryInfoList({prefix + QLatin1Char('*') + suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        QString stamp = file.fileName().mid(prefix.size());
        stamp.chop(suffix.size());
        const QDateTime made = QDateTime::fromString(stamp, QLatin1String(kStamp));
        if (made.isValid())
            entries.append({file.absoluteFilePath(), made, file.size()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.made > b.made; });
    return entries;
}

bool Backups::madeToday() const
{
    const QList<Entry> entries = list();
    return !entries.isEmpty() && entries.first().made.date() == QDate::currentDate();
}

bool Backups::make(QSqlDatabase db, Reason, QString *error) const
{
    QDateTime when = QDateTime::currentDateTime();
    QString target = nameFor(when, QStringLiteral("backup"));
    while (QFileInfo::exists(target)) { // two in one second: the next free second
        when = when.addSecs(1);
        target = nameFor(when, QStringLiteral("backup"));
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QSqlError sqlError = q.lastError();
        q.finish();
        QFile::remove(partial);
        if (error)
            *error = tr("no backup of %1 was made: %2")
                         .arg(QDir::toNativeSeparators(m_databasePath),
                              StoreError::describe(sqlError, partial));
        return false;
    }
    q.finish();
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error)
            *error = tr("no backup of %1 was made: cannot write %2")
                         .arg(QDir::toNativeSeparators(m_databasePath), QDir::toNativeSeparators(target));
        return false;
    }
    prune();
    return true;
}

void Backups::makeDailyIfDue(QSqlDatabase db) const
{
    if (madeToday())
        return;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM documents)")) || !q.next()
        || !q.value(0).toBool())
        return;
    q.finish();
    QString ignored;
    make(db, Reason::Daily, &ignored);
}

void Backups::prune() const
{
    const QList<Entry> entries = list();
    for (qsizetype i = kKeep; i < entries.size(); ++i)
        QFile::remove(entries.at(i).path);
}

bool Backups::restore(const QString &backupPath, QString *error) const
{
    const QString db = QDir::toNativeSeparators(m_databasePath);
    if (SqliteFile::probe(backupPath).kind != SqliteFile::Kind::Oversight) {
        *error = tr("%1 is not a backup of an Oversight database").arg(QDir::toNativeSeparators(backupPath));
        return false;
    }
    // The copy goes in under a temporary name first, so that a failure leaves the database.
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        QFile::remove(incoming);
        *error = StoreError::diskNearlyFull(m_databasePath)
                     ? StoreError::full(m_databasePath, QDir::toNativeSeparators(backupPath))
                     : tr("cannot copy %1 next to %2").arg(QDir::toNativeSeparators(backupPath), db);
        return false;
    }
    QFile::setPermissions(incoming, QFile::permissions(incoming) | QFile::WriteOwner);
    if (QFileInfo::exists(m_databasePath)) {
        const QString replaced = nameFor(QDateTime::currentDateTime(), QStringLiteral("replaced"));
        if (!QFile::rename(m_databasePath, replaced)) {
            QFile::remove(incoming);
            *error = tr("cannot move %1 aside").arg(db);
            return false;
        }
        // The -wal holds the newest changes of the replaced file: it goes with it.
        QFile::rename(m_databasePath + QStringLiteral("-wal"), replaced + QStringLiteral("-wal"));
        QFile::remove(m_databasePath + QStringLiteral("-shm"));
    }
    if (!QFile::rename(incoming, m_databasePath)) {
        *error = tr("cannot put the backup in place of %1").arg(db);
        return false;
    }
    return true;
}

} // namespace oversight
