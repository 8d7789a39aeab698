#pragma once

#include "CliSupport.h"

namespace oversight::cli {

// checklist --db DB (--from-document ID | --list [--json])
int checklistCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// suggest --db DB --checklist ID [--top N] [--json]
int suggestCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// annotations --db DB [--json]
int annotationsCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
