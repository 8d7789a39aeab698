#pragma once

#include "CliSupport.h"

namespace oversight::cli {

// correct --db DB --document ID [--set FIELD=VALUE]... [--revert FIELD]... [--list [--json]]:
// corrects facts of a stored document (FactField names and shapes; recommendations one at a
// time as recommendations.N), reverts them to what was read, or lists the corrections with
// what the reader read, who and when. Each --set and --revert is its own transaction; the
// first that fails is reported on err with exit Failed, and what it would have changed is
// left as it was.
int correctCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
