#include "LibraryCopyCommands.h"

#include "store/DatabaseLocation.h"
#include "store/LibraryCopy.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace oversight::cli {

int copyLibraryCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies every document, fact, correction, checklist and annotation of the library at "
        "--db into the empty library at --to, in one transaction, and checks that every table "
        "holds as many rows in both. Either may be a file or a team database "
        "(postgresql://user@host:port/dbname; the password from PGPASSWORD or ~/.pgpass). "
        "A target file is created when missing; a team database must exist and be empty."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The empty library to copy into: a file or a "
                                               "postgresql:// location."),
                                QStringLiteral("TARGET"));
    parser.addOptions({dbOption(), to});
    int exit = Ok;
    const QString command = QStringLiteral("copy-library");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(to)
        || !parser.positionalArguments().isEmpty())
        return usageError(parser, command, QStringLiteral("needs --db SOURCE and --to TARGET"), err);
    const QString source = parser.value(QStringLiteral("db"));
    const QString target = parser.value(to);

    QElapsedTimer sinceLine;
    sinceLine.start();
    LibraryCopy::Options options;
    options.progress = [&](const LibraryCopy::Progress &p) {
        const bool tableDone = p.tableRowsDone == p.tableRowsTotal;
        if (!tableDone && sinceLine.elapsed() < 1000)
            return;
        out << "copying " << p.table << ": " << p.tableRowsDone << " of " << p.tableRowsTotal
            << " rows (" << p.rowsDone << " of " << p.rowsTotal << " in all)\n";
        out.flush();
        sinceLine.restart();
    };
    const LibraryCopy::Result result = LibraryCopy::copy(source, target, options);
    if (!result.ok()) {
        err << command << ": nothing was copied: " << result.error << '\n';
        return Failed;
    }
    out << "copied " << DatabaseLocation::parse(source).displayName() << " to "
        << DatabaseLocation::parse(target).displayName()
        << "; rows per table, counted in both:\n";
    for (const LibraryCopy::TableCount &count : result.counts)
        out << "  " << count.table.leftJustified(22) << ' '
            << QString::number(count.target).rightJustified(9) << '\n';
    return Ok;
}

} // namespace oversight::cli
