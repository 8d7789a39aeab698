#include "SqliteFile.h"

#include "SqliteDialect.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QtEndian>

namespace oversight {

namespace {

QMutex inUseMutex;
QHash<QString, int> inUseCounts; // canonical path -> InUse alive for it

} // namespace

SqliteFile::InUse::InUse(const QString &path) : m_key(QFileInfo(path).canonicalFilePath())
{
    if (m_key.isEmpty())
        return;
    QMutexLocker lock(&inUseMutex);
    ++inUseCounts[m_key];
}

SqliteFile::InUse::~InUse()
{
    if (m_key.isEmpty())
        return;
    QMutexLocker lock(&inUseMutex);
    if (--inUseCounts[m_key] <= 0)
        inUseCounts.remove(m_key);
}

bool SqliteFile::inUse(const QString &path)
{
    const QString key = QFileInfo(path).canonicalFilePath();
    if (key.isEmpty())
        return false;
    QMutexLocker lock(&inUseMutex);
    return inUseCounts.contains(key);
}

SqliteFile SqliteFile::probe(const QString &path)
{
    SqliteFile file;
    const QFileInfo info(path);
    if (!info.exists()) {
        file.kind = Kind::Missing;
        return file;
    }
    if (inUse(path)) {
        file.kind = Kind::InUse;
        return file;
    }
    file.size = info.size();
    if (file.size == 0 && info.isFile()) {
        file.kind = Kind::Empty;
        return file;
    }
    QFile f(path);
    QByteArray header;
    if (info.isFile() && f.open(QIODevice::ReadOnly))
        header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        file.kind = Kind::NotSqlite;
        return file;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    file.writeAheadLog = bytes[18] == 2 && bytes[19] == 2;
    file.userVersion = int(qFromBigEndian<quint32>(bytes + 60));
    file.applicationId = qFromBigEndian<quint32>(bytes + 68);
    // The page size at offset 16 (1 means 65536); the page count at 28 is trusted by SQLite only
    // when the change counter (24) equals the version-valid-for number (92).
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    // A file in WAL mode may have its newer pages in the -wal file only.
    const bool walBeside = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        file.kind = Kind::NotSqlite;
        return file;
    }
    if (countValid && pageCount > 0 && !walBeside && qint64(pageCount) * pageSize > file.size) {
        file.kind = Kind::Truncated;
        return file;
    }
    if (file.applicationId == SqliteDialect::kApplicationId)
        file.kind = Kind::Oversight;
    else if (file.applicationId == 0)
        file.kind = Kind::Unmarked;
    else
        file.kind = Kind::OtherApp;
    return file;
}

} // namespace oversight
