#include "ExportCommands.h"

#include "CliCommands.h"
#include "analysis/AnalysisQueries.h"
#include "export/DataExport.h"
#include "export/SummaryExport.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>

namespace oversight::cli {

namespace {

QCommandLineOption outOption(const QString &what)
{
    return {QStringLiteral("out"), QStringLiteral("The file to write (%1).").arg(what),
            QStringLiteral("FILE")};
}

// Writes an export's bytes to path, then, for a regular file only, prints confirmation on out
// (a pipe or device such as /dev/stdout is written in place, and a line on out would land in
// the data itself). Returns Ok, or Failed after printing why on err.
int writeExport(const QString &path, const QByteArray &bytes, const QString &confirmation,
                QTextStream &out, QTextStream &err)
{
    const bool confirm = SummaryExport::isRegularFileTarget(path);
    QString error;
    if (!SummaryExport::writeFile(path, bytes, &error)) {
        err << error << '\n';
        return Failed;
    }
    if (confirm)
        out << confirmation << '\n';
    return Ok;
}

} // namespace

int summaryCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a PDF summary of one document, or of an authority with every document and "
        "the progress on its checklists."));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("Id of a document (see `list`)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       QStringLiteral("DfE code or name of an authority."),
                                       QStringLiteral("CODE_OR_NAME"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("A4 (the default) or Letter."),
                                      QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Your name, for the running header."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          QStringLiteral("Your organisation, for the header."),
                                          QStringLiteral("ORG"));
    const QCommandLineOption noAnnotations(QStringLiteral("no-annotations"),
                                           QStringLiteral("Leave out annotated passages."));
    const QCommandLineOption noNotes(QStringLiteral("no-notes"),
                                     QStringLiteral("Leave out the notes on annotations."));
    const QCommandLineOption noChart(QStringLiteral("no-chart"),
                                     QStringLiteral("Leave out the timeline chart."));
    const QCommandLineOption shortRecommendations(
        QStringLiteral("short-recommendations"),
        QStringLiteral("Cut long recommendations to their first lines."));
    parser.addOptions({dbOption(), document, authority, outOption(QStringLiteral("PDF")),
                       pageSize, name, organisation, noAnnotations, noNotes, noChart,
                       shortRecommendations});
    int exit = Ok;
    const QString command = QStringLiteral("summary");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out"))
        || parser.isSet(document) == parser.isSet(authority)) {
        usageError(parser, command, QStringLiteral("needs --db DB, --out FILE.pdf and either "
                                              "--document ID or --authority CODE"), err);
        return Usage;
    }
    const QString size = parser.value(pageSize).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
        usageError(parser, command, QStringLiteral("--page-size must be A4 or Letter"), err);
        return Usage;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << "summary needs a QGuiApplication (see createApplication)\n";
        return Failed;
    }
    // A bad id is a usage error, found before the database file is opened (and perhaps made).
    bool isNumber = false;
    const qint64 documentId = parser.value(document).toLongLong(&isNumber);
    if (parser.isSet(document) && !isNumber)
        return usageError(parser, command, QStringLiteral("--document needs a number"), err);
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    SummaryOptions options;
    options.pageSize = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    options.userName = parser.value(name);
    options.organisation = parser.value(organisation);
    options.includeAnnotations = !parser.isSet(noAnnotations);
    options.includeNotes = !parser.isSet(noNotes);
    options.includeChart = !parser.isSet(noChart);
    options.fullRecommendationText = !parser.isSet(shortRecommendations);
    SummaryExport exporter(database);
    QString error;
    QByteArray pdf;
    if (parser.isSet(document)) {
        pdf = exporter.documentSummary(documentId, options, &error);
    } else {
        const qint64 id = AnalysisQueries(database).authorityIdFor(parser.value(authority));
        if (id <= 0) {
            err << "no authority " << parser.value(authority) << " in the database\n";
            return Failed;
        }
        pdf = exporter.authoritySummary(id, options, &error);
    }
    if (pdf.isEmpty()) {
        err << error << '\n';
        return Failed;
    }
    const QString path = parser.value(QStringLiteral("out"));
    return writeExport(path, pdf, QStringLiteral("%1: %2 pages").arg(path).arg(exporter.pageCount()),
                       out, err);
}

int exportCsvCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a CSV file (UTF-8, for spreadsheets): one row per document with its "
        "judgements, or with --annotations one row per annotation and checklist item."));
    const QCommandLineOption annotations(QStringLiteral("annotations"),
                                         QStringLiteral("Annotations instead of documents."));
    parser.addOptions({dbOption(), outOption(QStringLiteral("CSV")), annotations});
    int exit = Ok;
    const QString command = QStringLiteral("export-csv");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out"))) {
        usageError(parser, command, QStringLiteral("needs --db DB and --out FILE.csv"), err);
        return Usage;
    }
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    const DataExport data(database);
    const QByteArray csv = parser.isSet(annotations) ? data.annotationsCsv() : data.documentsCsv();
    const QString path = parser.value(QStringLiteral("out"));
    return writeExport(path, csv, path, out, err);
}

int exportJsonCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes everything as JSON: authorities, documents with every fact, checklists and "
        "annotations. To standard output unless --out is given."));
    parser.addOptions({dbOption(), outOption(QStringLiteral("JSON"))});
    int exit = Ok;
    const QString command = QStringLiteral("export-json");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db"))) {
        usageError(parser, command, QStringLiteral("needs --db DB"), err);
        return Usage;
    }
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    const QByteArray json = QJsonDocument(DataExport(database).everything())
                                .toJson(QJsonDocument::Indented);
    if (!parser.isSet(QStringLiteral("out"))) {
        out << QString::fromUtf8(json);
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("out"));
    return writeExport(path, json, path, out, err);
}

} // namespace oversight::cli
