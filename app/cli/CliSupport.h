#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace oversight {
class Database;
}

namespace oversight::cli {

// Exit statuses shared by every command.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Parses one command's arguments (those after the command name). On --help prints the help
// and sets *exit to Ok; on a usage error (a --db that is no database location among them:
// DatabaseLocation::error() says why) prints it with the help to err and sets *exit to Usage.
// Returns true only when the command should run.
// Arguments besides options: a command that takes none (Arguments::None) refuses any, so that
// a value with a space left unquoted ("--set lead_inspector=Jane Smith") is not cut short
// without a word.
enum class Arguments { None, Some };
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
                  QTextStream &out, QTextStream &err, int *exit,
                  Arguments arguments = Arguments::None);

// The parser's help, naming the command a user types ("oversight-cli import") rather than the
// program's path, which is what QCommandLineParser prints.
QString commandHelp(const QCommandLineParser &parser, const QString &command);

// Prints "COMMAND PROBLEM" and the command's help to err; returns Usage.
int usageError(const QCommandLineParser &parser, const QString &command, const QString &problem,
               QTextStream &err);

// Opens the existing database named by --db, a file or a postgresql:// team database (never
// creates one; opens it read-only when it cannot be written); on failure says why on err and
// returns nullptr.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err);

// For a command about to change the database: when it was opened read-only (a file or folder
// that cannot be written, or a team member whose PostgreSQL role may only read) prints
// "COMMAND: REASON; nothing was changed" to err, Database::readOnlyReason() giving the reason,
// and returns true, before any statement fails half-way with the driver's words.
bool refuseReadOnly(const Database &database, const QString &command, QTextStream &err);

QCommandLineOption dbOption();
QCommandLineOption jsonOption();

} // namespace oversight::cli
