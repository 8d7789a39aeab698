#include "AnalysisCommands.h"

#include "CliCommands.h"

#include "analysis/DocumentComparison.h"
#include "charts/ChartRendering.h"
#include "domain/DocumentDate.h"
#include "domain/DocumentFacts.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstring>

namespace oversight::cli {

namespace {

QString gradeOrDash(const QString &grade)
{
    return grade.isEmpty() ? QStringLiteral("-") : grade;
}

void printComparison(const DocumentComparison &c, QTextStream &out)
{
    out << "A: " << c.a.id << ' ' << c.a.authorityName << ", " << c.a.displayTitle() << '\n';
    out << "B: " << c.b.id << ' ' << c.b.authorityName << ", " << c.b.displayTitle() << "\n\n";
    out << "Judgements:\n";
    for (const JudgementChange &j : c.judgements) {
        out << "  " << j.area << ": " << gradeOrDash(j.from) << " -> " << gradeOrDash(j.to)
            << " (" << gradeChangeKey(j.change) << ")\n";
    }
    const QList<Recommendation> &ra = c.a.facts.recommendations;
    const QList<Recommendation> &rb = c.b.facts.recommendations;
    // As the Compare window says it: pairs below kCertainMatchThreshold are possible matches.
    const int possible = c.possibleMatchCount();
    out << "\nRecommendations: " << ra.size() << " in A, " << rb.size() << " in B, "
        << c.carriedForwardCount() - possible << " carried forward, " << possible
        << " possible " << (possible == 1 ? "match" : "matches") << " to check (similarity under "
        << QString::number(kCertainMatchThreshold, 'f', 2) << ")\n";
    if (c.a.authorityId != c.b.authorityId || c.a.authorityId <= 0)
        out << "  (A and B are not of one authority: recommendations are matched by wording "
               "only)\n";
    for (const RecommendationMatch &m : c.recommendations) {
        const QString a = m.a >= 0 ? QString::number(ra.at(m.a).number) : QStringLiteral("-");
        const QString b = m.b >= 0 ? QString::number(rb.at(m.b).number) : QStringLiteral("-");
        out << "  A " << a.rightJustified(2) << "  B " << b.rightJustified(2) << "  ";
        if (m.status() == RecommendationMatch::Status::CarriedForward)
            out << (m.score < kCertainMatchThreshold ? "possible_match" : "carried_forward") << ' '
                << QString::number(m.score, 'f', 2);
        else
            out << matchStatusKey(m.status());
        out << '\n';
    }
}

} // namespace

int compareCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares two documents: judgement changes and recommendations carried forward."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("ID_A"), QStringLiteral("The earlier document."));
    parser.addPositionalArgument(QStringLiteral("ID_B"), QStringLiteral("The later document."));
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("compare"), args, out, err, &exit, Arguments::Some))
        return exit;
    const QStringList ids = parser.positionalArguments();
    bool okA = false, okB = false;
    const qint64 idA = ids.value(0).toLongLong(&okA);
    const qint64 idB = ids.value(1).toLongLong(&okB);
    if (!parser.isSet(QStringLiteral("db")) || ids.size() != 2 || !okA || !okB) {
        err << "compare needs --db DB and two document ids (see `list`)\n";
        return Usage;
    }
    if (idA == idB) {
        err << "compare needs two different documents, not " << idA << " twice\n";
        return Usage;
    }
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    DocumentStore store(database);
    auto a = store.document(idA);
    auto b = store.document(idB);
    if (!a || !b) {
        err << "there is no document with id " << (a ? idB : idA) << " (list shows them)\n";
        return Failed;
    }
    // Changes read from the earlier to the later document: given the other way round, the
    // two are swapped (by the dates lists show), and the user is told.
    if (DocumentDate::of(b->facts) < DocumentDate::of(a->facts)) {
        err << "compare: document " << idB << " is the earlier one; comparing " << idB
            << " with " << idA << '\n';
        std::swap(a, b);
    }
    const DocumentComparison comparison = compareDocuments(*a, *b);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(comparisonJson(comparison)).toJson(QJsonDocument::Indented);
    else
        printComparison(comparison, out);
    return Ok;
}

int chartCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Draws an authority's timeline (or, with --area, it and its statistical neighbours on "
        "one area) to a PNG or SVG file, without opening a window."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("authority"),
                      QStringLiteral("DfE code or name of the authority."),
                      QStringLiteral("CODE_OR_NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write (.png or .svg)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("area"),
                      QStringLiteral("Judgement area for the peers chart: ")
                          + Area::all().join(QLatin1String(", ")),
                      QStringLiteral("AREA")});
    int exit = Ok;
    if (!parseCommand(parser, QStringLiteral("chart"), args, out, err, &exit))
        return exit;
    for (const char *required : {"db", "authority", "out"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            err << "chart needs --db DB, --authority CODE_OR_NAME and --out FILE\n";
            return Usage;
        }
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "chart needs a QApplication (see createApplication)\n";
        return Failed;
    }
    const std::unique_ptr<Database> opened = openDatabase(parser, err);
    if (!opened)
        return Failed;
    Database &database = *opened;
    QString error;
    const QString path = parser.value(QStringLiteral("out"));
    if (!ChartRendering::renderAuthorityChart(database, parser.value(QStringLiteral("authority")),
                                              parser.value(QStringLiteral("area")), path,
                                              &error)) {
        err << error << '\n';
        return Failed;
    }
    out << path << '\n';
    return Ok;
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    // chart draws widgets; summary lays out text with fonts: both need a GUI application.
    if (argc > 1 && (std::strcmp(argv[1], "chart") == 0 || std::strcmp(argv[1], "summary") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace oversight::cli
