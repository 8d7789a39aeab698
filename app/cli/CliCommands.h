#pragma once

#include <QStringList>
#include <QTextStream>

namespace oversight::cli {

// Exit statuses shared by every command.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Each command takes its own arguments (after the command name), writes to out and err,
// and returns an ExitCode.
int importCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int listCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int rereadCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int extractCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace oversight::cli
