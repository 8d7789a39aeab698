#pragma once

#include <QString>

namespace oversight {

struct DatabaseLocation;

// What the title bar, the status bar and the recent menu call the open library: a file by its
// name, a team database by DatabaseLocation::displayName() ("inspections on db.example.org")
// and the user it is opened as.
namespace LibraryIdentity {

// The role a team database is opened as: the location's user, else PGUSER, else the login
// name, which is libpq's own rule (https://www.postgresql.org/docs/15/libpq-connect.html).
QString user(const DatabaseLocation &location);
// In the three below, user is the role the open database says it is open as
// (Database::userName()); when '' it is found as user() finds it.
// "oversight.sqlite", or "inspections on db.example.org as alice".
QString describe(const QString &location, const QString &user = {});
// The window title: "oversight.sqlite — Oversight"; "Oversight" when location is ''.
QString windowTitle(const QString &location, const QString &user = {});
// The status bar's permanent text: "Library: oversight.sqlite" or "Team database: inspections
// on db.example.org · user alice"; '' when location is ''.
QString statusText(const QString &location, const QString &user = {});
// The whole of it for a tool tip: the file's path, or the URI (never a password).
QString toolTip(const QString &location);

} // namespace LibraryIdentity

} // namespace oversight
