#pragma once

#include "CliSupport.h"

namespace oversight::cli {

// Each command takes its own arguments (after the command name), writes to out and err,
// and returns an ExitCode.
int importCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int listCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int rereadCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int extractCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
