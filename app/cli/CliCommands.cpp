#include "CliCommands.h"
#include "CliSupport.h"

#include "analysis/AnalysisQueries.h"
#include "import/ImportJob.h"
#include "import/PdfFileReader.h"
#include "import/RereadJob.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace oversight::cli {

namespace {

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject documentJson(const StoredDocument &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("kind"), d.facts.kind},
            {QStringLiteral("title"), d.facts.title},
            {QStringLiteral("file_name"), d.fileName},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("pages"), d.pageCount},
            {QStringLiteral("inspection_start"), isoOrEmpty(d.facts.inspectionStart)},
            {QStringLiteral("inspection_end"), isoOrEmpty(d.facts.inspectionEnd)},
            {QStringLiteral("published"), isoOrEmpty(d.facts.published)},
            {QStringLiteral("lead_inspector"), d.facts.leadInspector},
            {QStringLiteral("authority_as_named"), d.facts.authority},
            {QStringLiteral("authority_assigned"), d.assignedAuthorityCode},
            // Facts the document's format has that the reader could not read (toJson keys);
            // empty when it read everything: the library marks the others "needs review".
            {QStringLiteral("warnings"), QJsonArray::fromStringList(d.facts.warnings)},
            // Facts the user corrected (FactField names); the values above are the corrected ones.
            {QStringLiteral("corrected"), QJsonArray::fromStringList(d.correctedFields)},
            {QStringLiteral("needs_review"), d.needsReview()}};
}

// What extract prints without --json: the facts as a person reads them, one labelled line
// each, lists indented beneath their heading, every recommendation and finding whole. Labels
// are the GUI's English ones (Kind, Area, Grade, SendOutcome); --json gives the same facts by
// their toJson() keys for scripts.
void printFacts(const QString &fileName, const ReadFile &read, QTextStream &out)
{
    const DocumentFacts &f = read.facts;
    const auto line = [&out](const char *label, const QString &value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    const auto iso = [](const QDate &date) { return isoOrEmpty(date); };
    line("File", fileName);
    line("SHA-256", read.sha256);
    line("Pages", QString::number(read.pageTexts.size()));
    line("Kind", Kind::label(f.kind));
    line("Title", f.title);
    line("Authority", f.authorityCode.isEmpty()
                          ? f.authority
                          : QStringLiteral("%1 (DfE LA code %2)").arg(f.authority, f.authorityCode));
    if (f.inspectionStart.isValid() && f.inspectionEnd.isValid() && f.inspectionStart != f.inspectionEnd)
        line("Inspection", QStringLiteral("%1 to %2").arg(iso(f.inspectionStart), iso(f.inspectionEnd)));
    else
        line("Inspection", iso(f.inspectionStart.isValid() ? f.inspectionStart : f.inspectionEnd));
    line("Published", iso(f.published));
    line("Lead inspector", f.leadInspector);
    line("Inspectors", f.inspectors.join(QStringLiteral("; ")));
    if (!f.outcome.isEmpty())
        line("Outcome", SendOutcome::label(f.outcome));
    line("Previous inspection", iso(f.previousInspection));
    if (!f.judgements.isEmpty()) {
        out << "Judgements:\n";
        for (const QString &area : Area::all())
            if (f.judgements.contains(area))
                out << "  " << Area::label(area) << ": " << Grade::label(f.judgements.value(area)) << '\n';
    }
    if (!f.otherJudgements.isEmpty()) {
        out << "Other judgements:\n";
        for (auto it = f.otherJudgements.cbegin(); it != f.otherJudgements.cend(); ++it)
            out << "  " << it.key() << ": " << it.value() << '\n';
    }
    const auto recommendations = [&out](const char *heading, const QList<Recommendation> &list) {
        if (list.isEmpty())
            return;
        out << heading << " (" << list.size() << "):\n";
        for (const Recommendation &r : list) {
            out << "  " << r.number << ". " << r.text << " (page " << r.page << ')';
            if (r.priorityAction)
                out << " [priority action"
                    << (r.responsibleBody.isEmpty() ? QString() : QStringLiteral(": ") + r.responsibleBody)
                    << ']';
            out << '\n';
        }
    };
    recommendations("Recommendations", f.recommendations);
    recommendations("LSCB recommendations", f.lscbRecommendations);
    if (!f.findings.isEmpty()) {
        out << "Findings (" << f.findings.size() << "):\n";
        for (const Finding &finding : f.findings) {
            out << "  page " << finding.page;
            if (!finding.section.isEmpty())
                out << ", " << finding.section;
            if (finding.number > 0)
                out << ", paragraph " << finding.number;
            out << ": " << finding.text << '\n';
        }
    }
    // The facts the document's format carries that could not be read: what "needs review" means.
    line("Not read", f.warnings.join(QStringLiteral(", ")));
}

} // namespace

int importCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports PDF files, and every PDF under the folders given, into the database."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."),
                                 QStringLiteral("PATH..."));
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("import"), args, out, err, &exit, Arguments::Some))
        return exit;
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().isEmpty()) {
        err << "import needs --db DB and at least one PATH\n\n"
            << commandHelp(parser, QStringLiteral("import"));
        return Usage;
    }
    {
        // A database that cannot be opened (another program's, damaged, read-only, a folder
        // that does not exist) is said once, before any file is read, rather than as the
        // reason every file of the batch is rejected.
        const Database database(parser.value(QStringLiteral("db")));
        if (!database.isOpen()) {
            err << "cannot open the database: " << database.errorString() << '\n';
            return Failed;
        }
        if (refuseReadOnly(database, QStringLiteral("import"), err))
            return Failed;
    }
    ImportJob job(parser.value(QStringLiteral("db")), parser.positionalArguments());
    job.onOutcome([&](const ImportOutcome &o) {
        out << o.path << ": " << o.statusText() << '\n';
        out.flush();
    });
    const QList<ImportOutcome> outcomes = job.run();
    int imported = 0, duplicates = 0, rejected = 0;
    for (const ImportOutcome &o : outcomes) {
        imported += o.status == ImportOutcome::Status::Imported;
        duplicates += o.status == ImportOutcome::Status::Duplicate;
        rejected += o.status != ImportOutcome::Status::Imported
                    && o.status != ImportOutcome::Status::Duplicate;
    }
    out << "total: " << outcomes.size() << (outcomes.size() == 1 ? " file, " : " files, ")
        << imported << " imported, " << duplicates << " duplicate, " << rejected << " rejected\n";
    return rejected ? Failed : Ok;
}

int listCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists authorities and their documents."));
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("list"), args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << "list needs --db DB\n\n"
            << commandHelp(parser, QStringLiteral("list"));
        return Usage;
    }
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    DocumentStore store(database);
    const QList<StoredDocument> docs = store.documents();
    QJsonArray authorities;
    QJsonArray unfiled;
    for (const AuthorityRow &a : store.authorities()) {
        QJsonArray list;
        if (!parser.isSet(QStringLiteral("json")))
            out << a.name
                << (a.code.isEmpty() ? QStringLiteral(" (authority not recognised)")
                                     : QStringLiteral(" (%1)").arg(a.code))
                << '\n';
        for (const StoredDocument &d : docs) {
            if (d.authorityId != a.id)
                continue;
            list.append(documentJson(d));
            if (!parser.isSet(QStringLiteral("json")))
                out << "  [" << d.id << "] " << d.displayTitle() << "  (" << d.fileName << ")"
                    << (d.facts.warnings.isEmpty() ? "" : "  needs review") << '\n';
        }
        authorities.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("code"), a.code},
                                       {QStringLiteral("documents"), list}});
    }
    bool printedUnfiled = false;
    for (const StoredDocument &d : docs) {
        if (d.authorityId != 0)
            continue;
        unfiled.append(documentJson(d));
        if (!parser.isSet(QStringLiteral("json"))) {
            if (!printedUnfiled)
                out << "(no authority)\n";
            printedUnfiled = true;
            out << "  [" << d.id << "] " << d.displayTitle() << "  (" << d.fileName << ")\n";
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(QJsonObject{{QStringLiteral("authorities"), authorities},
                                         {QStringLiteral("unfiled"), unfiled}})
                   .toJson(QJsonDocument::Indented);
    return Ok;
}

int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Searches the full text of every page. Words are all required; "
                       "\"quote phrases\"; end a word with * to match its beginning. Gives the "
                       "best pages first and how many match in all."));
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N pages (default 200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       QStringLiteral("Only the documents of this authority: "
                                                      "its DfE LA code, its name, or its id "
                                                      "(list --json gives it)."),
                                       QStringLiteral("AUTHORITY"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("Only this document (its id)."),
                                      QStringLiteral("ID"));
    parser.addOption(limit);
    parser.addOption(authority);
    parser.addOption(document);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."),
                                 QStringLiteral("QUERY..."));
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("search"), args, out, err, &exit, Arguments::Some))
        return exit;
    if (!parser.isSet(QStringLiteral("db"))
        || parser.positionalArguments().join(QString()).trimmed().isEmpty()) {
        err << "search needs --db DB and a QUERY\n\n"
            << commandHelp(parser, QStringLiteral("search"));
        return Usage;
    }
    bool ok = true;
    const int maxHits = parser.value(limit).toInt(&ok);
    SearchScope scope;
    bool documentOk = true;
    if (parser.isSet(document))
        scope.documentId = parser.value(document).toLongLong(&documentOk);
    if (!ok || maxHits <= 0) {
        err << "search: --limit takes a number above 0\n";
        return Usage;
    }
    if (!documentOk || scope.documentId < 0) {
        err << "search: --document takes a document's id (list gives it)\n";
        return Usage;
    }
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    DocumentStore store(database);
    if (parser.isSet(authority)) {
        // As the user knows the authority: its DfE LA code (list shows it) or its name, as
        // chart and summary take it; else its id, as list --json gives it.
        const QString wanted = parser.value(authority).trimmed();
        scope.authorityId = AnalysisQueries(database).authorityIdFor(wanted);
        bool isId = false;
        const qint64 id = wanted.toLongLong(&isId);
        if (!scope.authorityId && isId) {
            const QList<AuthorityRow> rows = store.authorities();
            if (std::any_of(rows.cbegin(), rows.cend(), [id](const AuthorityRow &a) { return a.id == id; }))
                scope.authorityId = id;
        }
        if (!scope.authorityId) {
            err << "search: no authority in this library has the DfE LA code, name or id \""
                << wanted << "\" (list shows them)\n";
            return Failed;
        }
    }
    if (scope.documentId > 0 && !store.summary(scope.documentId)) {
        err << "search: there is no document with id " << scope.documentId << " (list shows them)\n";
        return Failed;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    const QList<SearchHit> hits = store.search(query, scope, maxHits);
    const int total = store.searchCount(query, scope);
    if (total < 0) {
        err << "search failed: " << store.lastError() << '\n';
        return Failed;
    }
    const auto marked = [](QString s) {
        return s.replace(QChar(2), QStringLiteral("[")).replace(QChar(3), QStringLiteral("]"));
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(QJsonObject{{QStringLiteral("document_id"), h.documentId},
                                     {QStringLiteral("authority"), h.authorityName},
                                     {QStringLiteral("document"), h.documentTitle},
                                     {QStringLiteral("page"), h.page},
                                     {QStringLiteral("snippet"), marked(h.snippet)}});
        // total: every page that matches; hits: the best of them, at most --limit.
        out << QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                         {QStringLiteral("total"), total},
                                         {QStringLiteral("shown"), int(hits.size())},
                                         {QStringLiteral("hits"), array}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const SearchHit &h : hits)
            out << h.authorityName << " — " << h.documentTitle << " [" << h.documentId << "], page "
                << h.page << ": " << marked(h.snippet) << '\n';
        const char *pages = total == 1 ? " matching page\n" : " matching pages\n";
        if (hits.size() < total)
            out << "showing " << hits.size() << " of " << total << pages;
        else
            out << total << pages;
    }
    return Ok;
}

int rereadCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads every stored document again with this version's reader, keeping annotations."));
    parser.addOption(dbOption());
    const QCommandLineOption outdated(QStringLiteral("outdated"),
                                      QStringLiteral("Only documents read by an older reader."));
    parser.addOption(outdated);
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("reread"), args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << "reread needs --db DB\n\n"
            << commandHelp(parser, QStringLiteral("reread"));
        return Usage;
    }
    RereadJob job(parser.value(QStringLiteral("db")));
    job.setOnlyOutdated(parser.isSet(outdated));
    const RereadJob::Result result = job.run();
    if (!result.error.isEmpty() && result.documents == 0) {
        err << "cannot re-read: " << result.error << '\n';
        return Failed;
    }
    out << result.documents << " documents re-read, " << result.changed << " changed, "
        << result.failed << " failed\n";
    return result.failed ? Failed : Ok;
}

int extractCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints what Oversight understands from one PDF, without a database."));
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A PDF file."));
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("extract"), args, out, err, &exit, Arguments::Some))
        return exit;
    if (parser.positionalArguments().size() != 1) {
        err << "extract needs exactly one FILE\n\n"
            << commandHelp(parser, QStringLiteral("extract"));
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::atomic_bool notCancelled{false};
    const ReadFile read = readPdfFile(path, {}, defaultDocumentReader(), notCancelled);
    if (read.result != ReadFile::Result::Ok) {
        err << path << ": rejected: " << read.reason << '\n';
        return Failed;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        printFacts(QFileInfo(path).fileName(), read, out);
        return Ok;
    }
    QJsonObject json = read.facts.toJson();
    json.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    json.insert(QStringLiteral("sha256"), read.sha256);
    json.insert(QStringLiteral("pages"), int(read.pageTexts.size()));
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace oversight::cli
