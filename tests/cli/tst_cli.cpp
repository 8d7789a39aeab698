// oversight-cli end to end: the real executable run through QProcess, its output read the way
// a script would read it.
#include "CliRun.h"
#include "Fixtures.h"

#include "domain/DocumentFacts.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

// The document id an import line gives ("PATH: imported as document 7", "PATH: duplicate of
// document 7") for path, or 0 when the line is not of that form.
qint64 idInImportLine(const QString &line, const QString &path, const QString &status)
{
    const QRegularExpression form(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(path + QStringLiteral(": ") + status) + QStringLiteral(" (\\d+)")));
    const QRegularExpressionMatch match = form.match(line);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// The file name of each stored document, by id.
QHash<qint64, QString> fileNamesById(const QString &db)
{
    Database database(db);
    QHash<qint64, QString> names;
    for (const StoredDocument &d : DocumentStore(database).documents())
        names.insert(d.id, d.fileName);
    return names;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void versionAndHelpExitZero_data();
    void versionAndHelpExitZero();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void malformedTeamDatabaseIsRefusedWithTheProblem_data();
    void malformedTeamDatabaseIsRefusedWithTheProblem();
    void importPrintsALinePerFileAndATotal();
    void importWithNothingRejectedExitsZero();
    void listJsonHasEveryDocument();
    void searchJsonFindsThePageHoldingAPhrase();
    void searchJsonCarriesTheTotalBeyondTheLimit();
    void extractJson_data();
    void extractJson();
    void extractRejectsABadFile();
    void extractTextIsReadableAndWhole();
    void unusableDatabaseFails();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cli.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Cli::init()
{
    QVERIFY2(QFileInfo(QStringLiteral(OVERSIGHT_CLI)).isExecutable(), OVERSIGHT_CLI);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Cli::cleanup()
{
    m_dir.reset();
}

void tst_Cli::versionAndHelpExitZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // a piece of the output
    QTest::newRow("--version") << QStringList{"--version"}
                               << QStringLiteral("oversight-cli " OVERSIGHT_TEST_VERSION "\n");
    QTest::newRow("--help") << QStringList{"--help"} << QStringLiteral("Commands:");
    QTest::newRow("import --help") << QStringList{"import", "--help"} << QStringLiteral("--db <DB>");
    QTest::newRow("list --help") << QStringList{"list", "--help"} << QStringLiteral("--json");
    QTest::newRow("search --help") << QStringList{"search", "--help"} << QStringLiteral("QUERY");
    QTest::newRow("extract --help") << QStringList{"extract", "--help"} << QStringLiteral("FILE");
    QTest::newRow("reread --help") << QStringList{"reread", "--help"} << QStringLiteral("--db <DB>");
}

void tst_Cli::versionAndHelpExitZero()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    if (args.first() == QLatin1String("--version"))
        QCOMPARE(run.out, expected);
}

void tst_Cli::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"import", "list", "search", "extract", "reread"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void tst_Cli::commandHelpNamesTheCommand()
{
    // "Usage: oversight-cli import [options] PATH...": without the command's name the usage
    // line tells the reader to run something that does not work.
    QFETCH(QString, command);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString usage = run.outLines().value(0);
    QVERIFY2(usage.contains(QStringLiteral("oversight-cli ") + command + QLatin1Char(' ')),
             qPrintable(usage));
}

void tst_Cli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    const QString pdf = dataPath(Data::FocusedLetter);
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate", "--db", "x.db"};
    QTest::newRow("import without --db") << QStringList{"import", pdf};
    QTest::newRow("import without a path") << QStringList{"import", "--db", "x.db"};
    QTest::newRow("import with an unknown option") << QStringList{"import", "--fast", "--db", "x.db", pdf};
    QTest::newRow("list without --db") << QStringList{"list", "--json"};
    QTest::newRow("search without a query") << QStringList{"search", "--db", "x.db"};
    QTest::newRow("search without --db") << QStringList{"search", "care"};
    QTest::newRow("extract without a file") << QStringList{"extract", "--json"};
    QTest::newRow("extract with two files") << QStringList{"extract", pdf, pdf};
    QTest::newRow("reread without --db") << QStringList{"reread"};
}

void tst_Cli::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    // Relative database names land in the temporary folder, should a command run by mistake.
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(OVERSIGHT_CLI), args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty()); // says what is wrong
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.db"))));
}

void tst_Cli::malformedTeamDatabaseIsRefusedWithTheProblem_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("problem");
    const QString form = QStringLiteral("postgresql://user@host:port/database");
    QTest::newRow("no database name") << "list" << "postgresql://alice@db.example.org:5432/" << form;
    QTest::newRow("port out of range") << "search" << "postgresql://alice@db.example.org:99999/lib"
                                       << form;
    QTest::newRow("unknown sslmode") << "import" << "postgresql://alice@db.example.org/lib?sslmode=always"
                                     << "always is not a TLS mode";
    QTest::newRow("empty --db") << "reread" << "" << "no database file was given";
}

void tst_Cli::malformedTeamDatabaseIsRefusedWithTheProblem()
{
    QFETCH(QString, command);
    QFETCH(QString, db);
    QFETCH(QString, problem);
    QStringList args{command, QStringLiteral("--db"), db};
    if (command == QLatin1String("import"))
        args << dataPath(Data::FocusedLetter);
    if (command == QLatin1String("search"))
        args << QStringLiteral("care");
    const CliRun run = runCli(args, m_dir->path());
    QVERIFY2(run.exitCode == 2, qPrintable(describeRun(args, run)));
    // The command, the value given and what is wrong with it, on the first line.
    const QString first = run.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.startsWith(command + QStringLiteral(": --db ") + db + QStringLiteral(": ")),
             qPrintable(first));
    QVERIFY2(first.contains(problem), qPrintable(first));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void tst_Cli::importPrintsALinePerFileAndATotal()
{
    const QString spaced = dataPath(Data::Wandsworth2018);
    const QString html = dataPath(Data::BromleyHtml);
    const QString letter = dataPath(Data::FocusedLetter);
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(), letter,
                               html, spaced});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 4);
    // Each stored file names the id the other commands take (--document ID).
    const qint64 letterId = idInImportLine(lines.at(0), letter, QStringLiteral("imported as document"));
    QCOMPARE(lines.at(1), html + QStringLiteral(": rejected: ") + describe(PdfProblem::HtmlPage));
    const qint64 spacedId = idInImportLine(lines.at(2), spaced, QStringLiteral("imported as document"));
    QCOMPARE(lines.at(3), QStringLiteral("total: 3 files, 2 imported, 0 duplicate, 1 rejected"));
    const QHash<qint64, QString> stored = fileNamesById(dbPath());
    QCOMPARE(stored.size(), 2);
    QVERIFY2(letterId > 0 && spacedId > 0, qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(stored.value(letterId), QFileInfo(letter).fileName());
    QCOMPARE(stored.value(spacedId), QFileInfo(spaced).fileName());
}

void tst_Cli::importWithNothingRejectedExitsZero()
{
    const QStringList files{dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter)};
    const QStringList args = QStringList{QStringLiteral("import"), QStringLiteral("--db"), dbPath()} + files;
    CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines().size(), 3);
    QCOMPARE(run.outLines().last(), QStringLiteral("total: 2 files, 2 imported, 0 duplicate, 0 rejected"));

    const qint64 firstId = idInImportLine(run.outLines().at(0), files.at(0), QStringLiteral("imported as document"));
    const qint64 secondId = idInImportLine(run.outLines().at(1), files.at(1), QStringLiteral("imported as document"));
    QVERIFY2(firstId > 0 && secondId > 0 && firstId != secondId, qPrintable(run.out));

    run = runCli(args); // the same files again: duplicates are not failures, and say of what
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(),
             (QStringList{files.at(0) + QStringLiteral(": duplicate of document %1").arg(firstId),
                          files.at(1) + QStringLiteral(": duplicate of document %1").arg(secondId),
                          QStringLiteral("total: 2 files, 0 imported, 2 duplicate, 0 rejected")}));
}

void tst_Cli::listJsonHasEveryDocument()
{
    const QStringList names{Data::Wandsworth2016, Data::MonitoringLetter, Data::FocusedLetter};
    QStringList args{QStringLiteral("import"), QStringLiteral("--db"), dbPath()};
    for (const QString &name : names)
        args.append(dataPath(name));
    QCOMPARE(runCli(args).exitCode, 0);

    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--db"), dbPath(),
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QJsonObject root = parseJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(root.value(QStringLiteral("authorities")).isArray());
    QVERIFY(root.value(QStringLiteral("unfiled")).isArray());

    QJsonArray documents = root.value(QStringLiteral("unfiled")).toArray();
    for (const QJsonValue &authority : root.value(QStringLiteral("authorities")).toArray()) {
        QVERIFY(authority.toObject().value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!authority.toObject().value(QStringLiteral("name")).toString().isEmpty());
        const QJsonArray own = authority.toObject().value(QStringLiteral("documents")).toArray();
        QVERIFY(!own.isEmpty()); // authorities without documents are pruned
        for (const QJsonValue &d : own)
            documents.append(d);
    }
    QMap<qint64, QString> listed; // id -> file name
    for (const QJsonValue &value : documents) {
        const QJsonObject d = value.toObject();
        listed.insert(d.value(QStringLiteral("id")).toInteger(),
                      d.value(QStringLiteral("file_name")).toString());
        QVERIFY2(Kind::all().contains(d.value(QStringLiteral("kind")).toString()),
                 qPrintable(d.value(QStringLiteral("kind")).toString()));
        QCOMPARE(d.value(QStringLiteral("sha256")).toString(),
                 sha256Hex(readBytes(dataPath(d.value(QStringLiteral("file_name")).toString()))));
        QVERIFY(d.value(QStringLiteral("pages")).toInt() > 0);
    }
    Database db(dbPath());
    QMap<qint64, QString> stored;
    for (const StoredDocument &d : DocumentStore(db).documents())
        stored.insert(d.id, d.fileName);
    QCOMPARE(listed, stored);
    QStringList listedNames = listed.values();
    listedNames.sort();
    QStringList expectedNames = names;
    expectedNames.sort();
    QCOMPARE(listedNames, expectedNames);

    // The text form names every file too.
    const CliRun text = runCli({QStringLiteral("list"), QStringLiteral("--db"), dbPath()});
    QCOMPARE(text.exitCode, 0);
    for (const QString &name : names)
        QVERIFY2(text.out.contains(name), qPrintable(text.out));
}

void tst_Cli::searchJsonFindsThePageHoldingAPhrase()
{
    const QString report = dataPath(Data::Wandsworth2016);
    const int page = onlyPageHolding(report, QStringLiteral("Staying Put"));
    QVERIFY(page > 0);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(), report,
                     dataPath(Data::FocusedLetter)})
                 .exitCode,
             0);
    Database db(dbPath());
    const qint64 reportId = DocumentStore(db).idForHash(sha256Hex(readBytes(report)));
    QVERIFY(reportId > 0);

    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                               QStringLiteral("--json"), QStringLiteral("\"staying put\"")});
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QJsonObject result = parseJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), 1);
    const QJsonArray hits = result.value(QStringLiteral("hits")).toArray();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    QCOMPARE(hit.value(QStringLiteral("document_id")).toInteger(), reportId);
    QCOMPARE(hit.value(QStringLiteral("page")).toInt(), page);
    const QString snippet = hit.value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippet.contains(QLatin1String("[Staying Put]")), qPrintable(snippet));
    QVERIFY(hit.contains(QStringLiteral("authority")) && hit.contains(QStringLiteral("document")));

    // Words typed with FTS syntax are searched as words, not an error.
    const CliRun odd = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                               QStringLiteral("--json"), QStringLiteral("staying-put"),
                               QStringLiteral("(care"), QStringLiteral("AND")});
    QCOMPARE(odd.exitCode, 0);
    QVERIFY(parseJson(odd.out.toUtf8(), &error).object().value(QStringLiteral("hits")).isArray());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Honest counts: the total is every matching page, however few are listed, and a scope
// counts only its own pages.
void tst_Cli::searchJsonCarriesTheTotalBeyondTheLimit()
{
    const QString report = dataPath(Data::Wandsworth2016);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(), report,
                     dataPath(Data::FocusedLetter)})
                 .exitCode,
             0);
    Database db(dbPath());
    const qint64 letterId =
        DocumentStore(db).idForHash(sha256Hex(readBytes(dataPath(Data::FocusedLetter))));
    QVERIFY(letterId > 0);
    // Every page holding "children", as an unlimited search lists them.
    QString error;
    const CliRun all = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                               QStringLiteral("--json"), QStringLiteral("--limit"),
                               QStringLiteral("100000"), QStringLiteral("children")});
    const QJsonArray allHits =
        parseJson(all.out.toUtf8(), &error).object().value(QStringLiteral("hits")).toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int expected = int(allHits.size());
    int inLetter = 0;
    for (const QJsonValue &hit : allHits)
        inLetter += hit.toObject().value(QStringLiteral("document_id")).toInteger() == letterId;
    QVERIFY(expected > 5 && inLetter > 0 && inLetter < expected);
    const CliRun limited = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                   QStringLiteral("--json"), QStringLiteral("--limit"),
                                   QStringLiteral("3"), QStringLiteral("children")});
    QCOMPARE(limited.exitCode, 0);
    const QJsonObject result = parseJson(limited.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.value(QStringLiteral("hits")).toArray().size(), 3);
    QCOMPARE(result.value(QStringLiteral("shown")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), expected);
    const CliRun text = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                QStringLiteral("--limit"), QStringLiteral("3"),
                                QStringLiteral("children")});
    QVERIFY2(text.out.contains(QStringLiteral("showing 3 of %1 matching pages").arg(expected)),
             qPrintable(text.out));

    const CliRun scoped = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                  QStringLiteral("--json"), QStringLiteral("--document"),
                                  QString::number(letterId), QStringLiteral("children")});
    const QJsonObject inOne = parseJson(scoped.out.toUtf8(), &error).object();
    QCOMPARE(inOne.value(QStringLiteral("total")).toInt(), inLetter);
    for (const QJsonValue &hit : inOne.value(QStringLiteral("hits")).toArray())
        QCOMPARE(hit.toObject().value(QStringLiteral("document_id")).toInteger(), letterId);

    // An authority as the user knows it, by its DfE LA code (as list shows it) or its name.
    int inWandsworth = 0;
    for (const QJsonValue &hit : allHits)
        inWandsworth += hit.toObject().value(QStringLiteral("authority")).toString()
                        == QLatin1String("Wandsworth");
    QVERIFY(inWandsworth > 0);
    for (const QString &authority : {QStringLiteral("212"), QStringLiteral("wandsworth")}) {
        const CliRun byAuthority = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                           QStringLiteral("--json"), QStringLiteral("--authority"),
                                           authority, QStringLiteral("children")});
        QVERIFY2(byAuthority.exitCode == 0, qPrintable(byAuthority.err));
        QCOMPARE(parseJson(byAuthority.out.toUtf8(), &error).object().value(QStringLiteral("total")).toInt(),
                 inWandsworth);
    }
    // A scope that names nothing in the library says so, rather than finding nothing.
    const CliRun noAuthority = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                       QStringLiteral("--authority"), QStringLiteral("886"),
                                       QStringLiteral("children")});
    QCOMPARE(noAuthority.exitCode, 1);
    QVERIFY2(noAuthority.err.contains(QLatin1String("no authority in this library")), qPrintable(noAuthority.err));
    const CliRun noDocument = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(),
                                      QStringLiteral("--document"), QStringLiteral("999999"),
                                      QStringLiteral("children")});
    QCOMPARE(noDocument.exitCode, 1);
    QVERIFY2(noDocument.err.contains(QLatin1String("no document with id 999999")), qPrintable(noDocument.err));
    const CliRun empty = runCli({QStringLiteral("search"), QStringLiteral("--db"), dbPath(), QStringLiteral(" ")});
    QCOMPARE(empty.exitCode, 2);
}

void tst_Cli::extractJson_data()
{
    // Expected facts as checked in shared/corpus/truth.csv.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("authorityCode");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("published");
    QTest::newRow("SIF 2016") << dataPath(Data::Wandsworth2016) << Kind::Sif << "212"
                              << "2015-11-24" << "2015-12-17" << "2016-02-16";
    QTest::newRow("name with spaces and apostrophe")
        << dataPath(Data::Wandsworth2018) << Kind::SifReinspection << "212" << "2018-05-08"
        << "2018-05-31" << "2018-07-20";
    QTest::newRow("ILACS without a publication date")
        << dataPath(Data::Wandsworth2023) << Kind::IlacsStandard << "212" << "2022-11-07"
        << "2022-11-18" << "";
    QTest::newRow("focused visit letter") << dataPath(Data::FocusedLetter) << Kind::FocusedVisit
                                          << "872" << "2018-10-17" << "2018-10-18" << "2018-11-09";
    QTest::newRow("sales report, not from Ofsted") << QString() << Kind::Other << "" << "" << ""
                                                   << "";
}

void tst_Cli::extractJson()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, authorityCode);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, published);
    if (file.isEmpty()) {
        file = m_dir->filePath(QStringLiteral("sales report.pdf"));
        QVERIFY(writeBytes(file, makeSalesReportPdf()));
    }
    const QByteArray bytes = readBytes(file);
    const CliRun run = runCli({QStringLiteral("extract"), QStringLiteral("--json"), file});
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QJsonObject json = parseJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char *key : {"file", "sha256", "pages", "kind", "authority", "inspection_start",
                            "inspection_end", "published"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("file")).toString(), QFileInfo(file).fileName());
    QCOMPARE(json.value(QStringLiteral("sha256")).toString(), sha256Hex(bytes));
    QCOMPARE(json.value(QStringLiteral("pages")).toInt(), PdfDocument::fromData(bytes).pageCount());

    QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(json.value(QStringLiteral("authority_code")).toString(), authorityCode);
    QCOMPARE(json.value(QStringLiteral("authority")).toString().isEmpty(), authorityCode.isEmpty());
    QCOMPARE(json.value(QStringLiteral("inspection_start")).toString(), start);
    QCOMPARE(json.value(QStringLiteral("inspection_end")).toString(), end);
    QCOMPARE(json.value(QStringLiteral("published")).toString(), published);
}

void tst_Cli::extractRejectsABadFile()
{
    const QString html = dataPath(Data::BromleyHtml);
    const CliRun run = runCli({QStringLiteral("extract"), QStringLiteral("--json"), html});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), html + QStringLiteral(": rejected: ") + describe(PdfProblem::HtmlPage));
}

// Without --json, extract prints what --json holds as a person reads it: labelled lines, the
// GUI's names for kinds, areas and grades, and each recommendation and finding whole on a line
// of its own under a heading that counts them (not a line of raw JSON).
void tst_Cli::extractTextIsReadableAndWhole()
{
    const QString file = dataPath(Data::Wandsworth2016);
    const CliRun json = runCli({QStringLiteral("extract"), QStringLiteral("--json"), file});
    QCOMPARE(json.exitCode, 0);
    QString error;
    const DocumentFacts facts = DocumentFacts::fromJson(parseJson(json.out.toUtf8(), &error).object());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!facts.judgements.isEmpty() && !facts.recommendations.isEmpty() && !facts.findings.isEmpty());

    const CliRun run = runCli({QStringLiteral("extract"), file});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QVERIFY2(lines.contains(QStringLiteral("Kind: ") + Kind::label(facts.kind)), qPrintable(run.out.left(800)));
    QVERIFY2(lines.contains(QStringLiteral("Authority: %1 (DfE LA code %2)").arg(facts.authority, facts.authorityCode)),
             qPrintable(run.out.left(800)));
    const qsizetype judgements = lines.indexOf(QStringLiteral("Judgements:"));
    QVERIFY2(judgements >= 0, qPrintable(run.out.left(800)));
    for (auto it = facts.judgements.cbegin(); it != facts.judgements.cend(); ++it)
        QVERIFY2(lines.mid(judgements + 1, facts.judgements.size())
                     .contains(QStringLiteral("  %1: %2").arg(Area::label(it.key()), Grade::label(it.value()))),
                 qPrintable(it.key()));
    const qsizetype recommendations =
        lines.indexOf(QStringLiteral("Recommendations (%1):").arg(facts.recommendations.size()));
    QVERIFY2(recommendations >= 0, qPrintable(run.out.left(2000)));
    for (int i = 0; i < facts.recommendations.size(); ++i) {
        const Recommendation &r = facts.recommendations.at(i);
        QVERIFY2(lines.at(recommendations + 1 + i).startsWith(QStringLiteral("  %1. %2").arg(r.number).arg(r.text)),
                 qPrintable(lines.at(recommendations + 1 + i)));
    }
    const qsizetype findings = lines.indexOf(QStringLiteral("Findings (%1):").arg(facts.findings.size()));
    QVERIFY2(findings >= 0, qPrintable(run.out.right(800)));
    for (int i = 0; i < facts.findings.size(); ++i) {
        const QString &line = lines.at(findings + 1 + i);
        QVERIFY2(line.startsWith(QStringLiteral("  page %1").arg(facts.findings.at(i).page))
                     && line.endsWith(QStringLiteral(": ") + facts.findings.at(i).text),
                 qPrintable(line));
    }
    for (const QString &line : lines)
        QVERIFY2(!line.contains(QLatin1String("{\"")) && !line.contains(QLatin1String("[{")), qPrintable(line));
}

void tst_Cli::unusableDatabaseFails()
{
    QVERIFY(writeBytes(dbPath(), QByteArray("plain text, not SQLite\n").repeated(100)));
    for (const QStringList &args : {QStringList{"list", "--db", dbPath()},
                                    QStringList{"search", "--db", dbPath(), "care"}}) {
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("cannot open the database: ")), qPrintable(run.err));
    }
    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                                  dataPath(Data::FocusedLetter)});
    QCOMPARE(import.exitCode, 1);
    // Said once, before any file is read; no file is listed as rejected for it.
    QVERIFY2(import.out.isEmpty(), qPrintable(import.out));
    QVERIFY2(import.err.startsWith(QLatin1String("cannot open the database: ")), qPrintable(import.err));
    QCOMPARE(import.err.count(QLatin1Char('\n')), 1);
}

QTEST_MAIN(tst_Cli)
#include "tst_cli.moc"
