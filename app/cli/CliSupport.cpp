#include "CliSupport.h"

#include "store/Database.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>

namespace oversight::cli {

QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const qsizetype options = help.indexOf(QLatin1String(" [options]"));
    if (help.startsWith(QLatin1String("Usage: ")) && options > 0)
        help.replace(0, options, QStringLiteral("Usage: oversight-cli ") + command);
    return help;
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
                  QTextStream &out, QTextStream &err, int *exit, Arguments arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QCoreApplication::applicationName()} + args)) {
        err << parser.errorText() << "\n\n" << commandHelp(parser, command);
        *exit = Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, command);
        *exit = Ok;
        return false;
    }
    if (arguments == Arguments::None && !parser.positionalArguments().isEmpty()) {
        err << command << ": unexpected argument \"" << parser.positionalArguments().constFirst()
            << "\"; a value with spaces needs quotes around it\n\n"
            << commandHelp(parser, command);
        *exit = Usage;
        return false;
    }
    // A --db that names no database (an empty path, a postgresql:// URI without a database or
    // with an unknown sslmode) is refused here, with what is wrong, before any command runs.
    if (parser.optionNames().contains(QStringLiteral("db"))) {
        const QString db = parser.value(QStringLiteral("db"));
        const DatabaseLocation location = DatabaseLocation::parse(db);
        if (!location.isValid()) {
            err << command << ": --db " << db << ": " << location.error() << "\n\n"
                << commandHelp(parser, command);
            *exit = Usage;
            return false;
        }
    }
    return true;
}

int usageError(const QCommandLineParser &parser, const QString &command, const QString &problem,
               QTextStream &err)
{
    err << command << ' ' << problem << "\n\n" << commandHelp(parser, command);
    return Usage;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err)
{
    // Only import creates a database: any other command on a mistyped path says so.
    Database::Options options;
    options.create = Database::Create::Never;
    auto database = std::make_unique<Database>(parser.value(QStringLiteral("db")), options);
    if (!database->isOpen()) {
        err << "cannot open the database: " << database->errorString() << '\n';
        return nullptr;
    }
    return database;
}

bool refuseReadOnly(const Database &database, const QString &command, QTextStream &err)
{
    if (!database.isReadOnly())
        return false;
    err << command << ": " << database.readOnlyReason() << "; nothing was changed\n";
    return true;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            QStringLiteral("The Oversight database: a file, or a team database as "
                           "postgresql://user@host:port/dbname[?sslmode=MODE] (password from "
                           "PGPASSWORD or ~/.pgpass)."),
            QStringLiteral("DB")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")};
}

} // namespace oversight::cli
