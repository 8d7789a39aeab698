#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight::Csv {

// Parses RFC 4180 text: quoted fields may hold commas, newlines and doubled quotes; CRLF or LF
// ends a row; a leading byte-order mark and blank lines are skipped. The one CSV reader of the
// project: the reference data, the exports' round-trip and the accuracy program's truth file.
QList<QStringList> parse(const QString &text);

} // namespace oversight::Csv
