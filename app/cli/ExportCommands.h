#pragma once

#include <QStringList>
#include <QTextStream>

namespace oversight::cli {

// `summary --db DB (--document ID | --authority CODE_OR_NAME) --out FILE.pdf [options]`:
// a PDF summary. Lays out text, so it needs a QGuiApplication (see createApplication).
int summaryCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// `export-csv --db DB --out FILE.csv [--annotations]`: a row per document (or annotation).
int exportCsvCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// `export-json --db DB [--out FILE.json]`: everything, for other tools; stdout without --out.
int exportJsonCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
