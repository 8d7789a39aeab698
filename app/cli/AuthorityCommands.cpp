#include "AuthorityCommands.h"

#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QCommandLineParser>

namespace oversight::cli {

namespace {

QString filedUnder(const StoredDocument &d)
{
    if (d.authorityCode.isEmpty())
        return d.facts.authority.simplified().isEmpty()
                   ? QStringLiteral("Authority not recognised (no authority named)")
                   : QStringLiteral("Authority not recognised (named \"%1\")")
                         .arg(d.facts.authority.simplified());
    return QStringLiteral("%1 (%2)").arg(d.authorityName, d.authorityCode);
}

} // namespace

int assignAuthorityCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Files a document under the authority with DfE LA code CODE, whatever its text names; "
        "re-reading the document keeps the choice. With --clear, files it under the authority "
        "its text names again."));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("The document's id (as list shows it)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   QStringLiteral("Undo an assignment: file as the text names it."));
    parser.addOptions({dbOption(), document, clear});
    parser.addPositionalArgument(QStringLiteral("CODE"),
                                 QStringLiteral("DfE LA code from the reference list, e.g. 871."),
                                 QStringLiteral("[CODE]"));
    int exit = Ok;
    const QString command = QStringLiteral("assign-authority");
    if (!parseCommand(parser, command, args, out, err, &exit, Arguments::Some))
        return exit;
    const QStringList codes = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(document)
        || codes.size() != (parser.isSet(clear) ? 0 : 1))
        return usageError(parser, command,
                          QStringLiteral("needs --db DB, --document ID and either CODE or --clear"),
                          err);
    bool isNumber = false;
    const qint64 id = parser.value(document).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        err << command << ": \"" << parser.value(document) << "\" is not a document id\n";
        return Failed;
    }
    const std::unique_ptr<Database> database = openDatabase(parser, err);
    if (!database)
        return Failed;
    if (refuseReadOnly(*database, command, err))
        return Failed;
    DocumentStore store(*database);
    const std::optional<StoredDocument> before = store.summary(id);
    const QString code = codes.isEmpty() ? QString() : codes.first().trimmed();
    if (!store.assignAuthority(id, code)) {
        err << command << ": " << store.lastError() << '\n';
        return Failed;
    }
    const std::optional<StoredDocument> after = store.summary(id);
    out << "[" << id << "] " << after->displayTitle() << "  (" << after->fileName << ")\n"
        << "  was filed under " << filedUnder(*before) << '\n'
        << "  now filed under " << filedUnder(*after)
        << (after->assignedAuthorityCode.isEmpty() ? " as its text names it" : " as assigned")
        << '\n';
    return Ok;
}

} // namespace oversight::cli
