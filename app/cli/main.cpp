// oversight-cli: the core library's features for scripts and tests.
#include "AnalysisCommands.h"
#include "AuthorityCommands.h"
#include "CliCommands.h"
#include "ChecklistCommands.h"
#include "CorrectionCommands.h"
#include "ExportCommands.h"
#include "LibraryCopyCommands.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

#include <cstdio>
#include <functional>

using namespace oversight::cli;

namespace {

const char kUsage[] =
    "Usage: oversight-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  import --db DB PATH...        import PDF files and folders\n"
    "  list --db DB [--json]         authorities and their documents\n"
    "  search --db DB [--json] [--limit N] [--authority CODE_OR_NAME | --document ID] QUERY\n"
    "                                search the full text of every page: words, \"phrases\",\n"
    "                                prefix*\n"
    "  reread --db DB [--outdated]   read stored documents again with this version's reader\n"
    "  assign-authority --db DB --document ID (CODE | --clear)\n"
    "                                file a document under the authority with that DfE code\n"
    "  correct --db DB --document ID (--set FIELD=VALUE | --revert FIELD | --list [--json])...\n"
    "                                correct what was read; corrections outlive re-reads\n"
    "  extract [--json] FILE.pdf     what is understood from one PDF, without a database\n"
    "  checklist --db DB (--from-document ID | --list [--json])\n"
    "                                a checklist of a document's recommendations, or the list\n"
    "  suggest --db DB --checklist ID [--top 3] [--json]\n"
    "                                passages of later documents that speak to each item\n"
    "  annotations --db DB [--json]  every annotation with its items, status, note and quote\n"
    "  compare --db DB [--json] ID_A ID_B\n"
    "                                judgement changes and recommendations carried forward\n"
    "  chart --db DB --authority CODE_OR_NAME --out FILE.png|FILE.svg [--area AREA]\n"
    "                                draw an authority's timeline (or its peers on one area)\n"
    "  summary --db DB (--document ID | --authority CODE_OR_NAME) --out FILE.pdf\n"
    "                                [--page-size A4|Letter]: PDF summary of a document or an\n"
    "                                authority\n"
    "  export-csv --db DB --out FILE.csv [--annotations]\n"
    "                                a row per document (or per annotation)\n"
    "  export-json --db DB [--out FILE.json]\n"
    "                                everything, for other tools\n"
    "  copy-library --db SOURCE --to TARGET\n"
    "                                copy a library into an empty file or team database\n"
    "\n"
    "  COMMAND --help                options of one command\n"
    "  --version                     the version\n"
    "\n"
    "DB is a database file, or a team database on a PostgreSQL server given as\n"
    "postgresql://user@host:port/dbname[?sslmode=require]; its password comes from\n"
    "PGPASSWORD or ~/.pgpass, as for every PostgreSQL client.\n";

} // namespace

int main(int argc, char *argv[])
{
    // `chart` draws widgets and needs a QApplication; the other commands run without a display.
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oversight-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERSIGHT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err << kUsage;
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "oversight-cli " << OVERSIGHT_VERSION << '\n';
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out << kUsage;
        return Ok;
    }
    using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;
    const QMap<QString, Command> commands{
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("list"), listCommand},
        {QStringLiteral("search"), searchCommand},
        {QStringLiteral("reread"), rereadCommand},
        {QStringLiteral("assign-authority"), assignAuthorityCommand},
        {QStringLiteral("correct"), correctCommand},
        {QStringLiteral("extract"), extractCommand},
        {QStringLiteral("checklist"), checklistCommand},
        {QStringLiteral("suggest"), suggestCommand},
        {QStringLiteral("annotations"), annotationsCommand},
        {QStringLiteral("compare"), compareCommand},
        {QStringLiteral("chart"), chartCommand},
        {QStringLiteral("summary"), summaryCommand},
        {QStringLiteral("export-csv"), exportCsvCommand},
        {QStringLiteral("export-json"), exportJsonCommand},
        {QStringLiteral("copy-library"), copyLibraryCommand},
    };
    const auto it = commands.constFind(command);
    if (it == commands.constEnd()) {
        err << "unknown command: " << command << "\n\n" << kUsage;
        return Usage;
    }
    return (*it)(args, out, err);
}
