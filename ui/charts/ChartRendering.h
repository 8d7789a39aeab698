#pragma once

#include <QSize>
#include <QString>

namespace oversight {

class Database;

// Charts drawn without a window, for `oversight-cli chart` and for reports. Needs a
// QApplication (the offscreen platform will do); blocks while it draws.
namespace ChartRendering {

inline constexpr QSize kDefaultSize{1100, 620};

// Writes the timeline of the authority (a DfE code or a name) to path (.png or .svg); with an
// area, the authority and its statistical neighbours on that area instead. Returns false
// with a message a user can read.
bool renderAuthorityChart(Database &database, const QString &authority, const QString &area,
                          const QString &path, QString *error, QSize size = kDefaultSize);

} // namespace ChartRendering

} // namespace oversight
