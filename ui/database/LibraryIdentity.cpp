#include "LibraryIdentity.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>

namespace oversight::LibraryIdentity {

QString user(const DatabaseLocation &location)
{
    if (!location.user.isEmpty())
        return location.user;
    const QString pgUser = qEnvironmentVariable("PGUSER");
    if (!pgUser.isEmpty())
        return pgUser;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString describe(const QString &location, const QString &user)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (parsed.kind == DatabaseLocation::Kind::SqliteFile)
        return parsed.displayName();
    return QCoreApplication::translate("LibraryIdentity", "%1 as %2")
        .arg(parsed.displayName(), user.isEmpty() ? LibraryIdentity::user(parsed) : user);
}

QString windowTitle(const QString &location, const QString &user)
{
    if (location.isEmpty())
        return QCoreApplication::translate("LibraryIdentity", "Oversight");
    return QCoreApplication::translate("LibraryIdentity", "%1 — Oversight")
        .arg(describe(location, user));
}

QString statusText(const QString &location, const QString &user)
{
    if (location.isEmpty())
        return {};
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (parsed.kind == DatabaseLocation::Kind::SqliteFile)
        return QCoreApplication::translate("LibraryIdentity", "Library: %1")
            .arg(parsed.displayName());
    return QCoreApplication::translate("LibraryIdentity", "Team database: %1 · user %2")
        .arg(parsed.displayName(), user.isEmpty() ? LibraryIdentity::user(parsed) : user);
}

QString toolTip(const QString &location)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    return parsed.kind == DatabaseLocation::Kind::SqliteFile ? QDir::toNativeSeparators(location)
                                                             : parsed.toString();
}

} // namespace oversight::LibraryIdentity
