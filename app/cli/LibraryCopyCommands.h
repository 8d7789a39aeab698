#pragma once

#include "CliSupport.h"

namespace oversight::cli {

// copy-library --db SOURCE --to TARGET: copies every row of the library at SOURCE into the
// empty library at TARGET (each an SQLite file or a postgresql:// location; a target file is
// created when missing, a team database must exist and be empty), in one transaction (see
// LibraryCopy). Prints a line as each table is copied (and about once a second on a long one),
// then every table's rows, counted alike in both. A refused or failed copy is reported on err
// with exit Failed and the target left as it was.
int copyLibraryCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
