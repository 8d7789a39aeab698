#pragma once

#include "CliSupport.h"

namespace oversight::cli {

// assign-authority --db DB --document ID (CODE | --clear): files a document under the
// authority with that DfE LA code whatever its text names (kept through re-reads), or with
// --clear under the authority its text names again. Prints what it did; a bad id or code is
// reported on err with exit Failed and the store left as it was.
int assignAuthorityCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
