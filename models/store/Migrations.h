#pragma once

#include <QSqlDatabase>
#include <QString>

namespace oversight::Migrations {

// The schema version the code expects.
int latest();

// Brings db from its current version up to target, one step per version, each step in its
// own transaction together with the user_version bump, so a failure leaves the last good
// version. Refuses a database newer than this build.
bool migrate(QSqlDatabase &db, int target, QString *error);

} // namespace oversight::Migrations
