#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace oversight {

namespace {

bool hasTeamScheme(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QMutex &passwordMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLocation;
    return byLocation;
}

} // namespace

bool DatabaseLocation::isTeamDatabase(const QString &location)
{
    return hasTeamScheme(location.trimmed());
}

DatabaseLocation DatabaseLocation::parse(const QString &location)
{
    DatabaseLocation result;
    const QString trimmed = location.trimmed();
    if (!hasTeamScheme(trimmed)) {
        result.path = location;
        return result;
    }
    result.kind = Kind::PostgreSql;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return result;
    result.host = url.host();
    const int port = url.port(5432);
    if (port <= 0 || port > 65535)
        return result;
    result.port = port;
    result.user = url.userName();
    result.password = url.password();
    const QUrlQuery query(url);
    result.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    QString name = url.path();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (!name.contains(QLatin1Char('/')))
        result.database = name;
    return result;
}

bool DatabaseLocation::isValid() const
{
    if (kind == Kind::SqliteFile)
        return !path.isEmpty();
    static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"),
                                      QStringLiteral("prefer"), QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return !database.isEmpty() && (sslMode.isEmpty() || sslModes.contains(sslMode));
}

QString DatabaseLocation::error() const
{
    if (isValid())
        return {};
    if (kind == Kind::SqliteFile)
        return QCoreApplication::translate("Database", "no database file was given");
    if (database.isEmpty())
        return QCoreApplication::translate(
            "Database", "a team database is given as postgresql://user@host:port/database");
    return QCoreApplication::translate("Database", "%1 is not a TLS mode PostgreSQL knows "
                                                   "(disable, allow, prefer, require, verify-ca, "
                                                   "verify-full)")
        .arg(sslMode);
}

QString DatabaseLocation::toString() const
{
    if (kind == Kind::SqliteFile)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::SqliteFile)
        return QFileInfo(path).fileName();
    return QCoreApplication::translate("Database", "%1 on %2")
        .arg(database, host.isEmpty() ? QStringLiteral("localhost") : host);
}

void DatabaseLocation::setPassword(const QString &location, const QString &password)
{
    const QMutexLocker lock(&passwordMutex());
    passwords().insert(parse(location).toString(), password);
}

QString DatabaseLocation::passwordFor(const QString &location)
{
    const DatabaseLocation parsed = parse(location);
    if (!parsed.password.isEmpty())
        return parsed.password;
    const QMutexLocker lock(&passwordMutex());
    return passwords().value(parsed.toString());
}

} // namespace oversight
