// oversight-cli's analysis and export commands end to end: compare, chart, summary, export-csv
// and export-json run as the real executable on a database the real `import` filled.
#include "CliRun.h"
#include "Fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

// An RFC 4180 reader of its own, so that the writer is not checked by its own parser.
// False when the text is not well-formed CSV (a stray quote, an unterminated field).
bool parseCsv(QByteArray bytes, QList<QStringList> *rows, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < text.size() && !QStringLiteral(",\r\n").contains(text.at(i + 1))) {
                        *error = QStringLiteral("text after a closing quote at %1").arg(i);
                        return false;
                    }
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                *error = QStringLiteral("a quote inside an unquoted field at %1").arg(i);
                return false;
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("an unterminated quoted field");
        return false;
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows->append(row);
    }
    return true;
}

} // namespace

class tst_CliFeatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void compareJsonGivesJudgementChangesAndRecommendationMatches();
    void compareTextNamesBothDocuments();
    void chartWritesAPngAndAnSvg();
    void summaryIsAReadablePdf_data();
    void summaryIsAReadablePdf();
    void exportCsvHasARowPerDocument();
    void exportCsvAnnotationsOnAnEmptySetIsJustTheHeader();
    void exportJsonListsEveryDocument();
    void exportJsonWritesAFileWithOut();
    void exportCsvToStandardOutput();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void unusableDatabaseFails_data();
    void unusableDatabaseFails();
    void unknownIdsFail();
    void checklistFromADocumentIsListed();
    void suggestFindsPassagesInLaterDocuments();
    void annotationsOnAnEmptySetIsEmpty();
    void checklistCommandsBadUsageExitsTwo_data();
    void checklistCommandsBadUsageExitsTwo();
    void checklistCommandsOnAnUnusableDatabaseFail_data();
    void checklistCommandsOnAnUnusableDatabaseFail();

private:
    // A database of its own, so that its checklist does not show in the export tests.
    QString checklistDbPath() const { return m_dir->filePath(QStringLiteral("checklists.db")); }
    qint64 makeChecklist();
    QString dbPath() const { return m_dir->filePath(QStringLiteral("features.db")); }
    QString outPath(const QString &name) const { return m_dir->filePath(QStringLiteral("out/") + name); }
    CliRun run(const QStringList &args) const { return runCli(args, m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_sif2016 = 0;
    qint64 m_sif2018 = 0;
    qint64 m_monitoring = 0;
    QString m_authorityName;
    qint64 m_checklist = 0;
};

void tst_CliFeatures::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(OVERSIGHT_CLI)).isExecutable(), OVERSIGHT_CLI);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("out")));

    const QStringList import{QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                             dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018),
                             dataPath(Data::MonitoringLetter)};
    const CliRun imported = run(import);
    QVERIFY2(imported.exitCode == 0, qPrintable(describeRun(import, imported)));
    QVERIFY2(imported.out.contains(QLatin1String("total: 3 files, 3 imported")), qPrintable(imported.out));

    // The ids as a script finds them: from `list --json`.
    const QStringList list{QStringLiteral("list"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--json")};
    const CliRun listed = run(list);
    QVERIFY2(listed.exitCode == 0, qPrintable(describeRun(list, listed)));
    QString error;
    const QJsonObject root = parseJson(listed.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("authorities")).toArray().size(), 1);
    const QJsonObject authority = root.value(QStringLiteral("authorities")).toArray().first().toObject();
    m_authorityName = authority.value(QStringLiteral("name")).toString();
    QVERIFY2(m_authorityName.contains(QLatin1String("Wandsworth")), qPrintable(m_authorityName));
    for (const QJsonValue &value : authority.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = value.toObject();
        const QString file = d.value(QStringLiteral("file_name")).toString();
        const qint64 id = d.value(QStringLiteral("id")).toInteger();
        if (file == Data::Wandsworth2016)
            m_sif2016 = id;
        else if (file == Data::Wandsworth2018)
            m_sif2018 = id;
        else if (file == Data::MonitoringLetter)
            m_monitoring = id;
    }
    QVERIFY2(m_sif2016 > 0 && m_sif2018 > 0 && m_monitoring > 0, qPrintable(listed.out));
}

void tst_CliFeatures::cleanupTestCase()
{
    m_dir.reset();
}

void tst_CliFeatures::compareJsonGivesJudgementChangesAndRecommendationMatches()
{
    const QStringList args{QStringLiteral("compare"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--json"), QString::number(m_sif2016),
                           QString::number(m_sif2018)};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QString error;
    const QJsonObject json = parseJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(json.value(QStringLiteral("a")).toObject().value(QStringLiteral("id")).toInteger(), m_sif2016);
    QCOMPARE(json.value(QStringLiteral("b")).toObject().value(QStringLiteral("id")).toInteger(), m_sif2018);

    QMap<QString, QPair<QString, QString>> changes; // area -> (from, to)
    for (const QJsonValue &value : json.value(QStringLiteral("judgements")).toArray()) {
        const QJsonObject j = value.toObject();
        changes.insert(j.value(QStringLiteral("area")).toString(),
                       {j.value(QStringLiteral("from")).toString(), j.value(QStringLiteral("to")).toString()});
        QVERIFY(!j.value(QStringLiteral("change")).toString().isEmpty());
    }
    const auto expected = [&](const QString &area, const QString &from, const QString &to) {
        const QString message = QStringLiteral("%1 in %2").arg(area, r.out.left(1500));
        QVERIFY2(changes.contains(area), qPrintable(message));
        QCOMPARE(changes.value(area).first, from);
        QCOMPARE(changes.value(area).second, to);
    };
    expected(QStringLiteral("overall"), QStringLiteral("inadequate"), QStringLiteral("requires_improvement"));
    expected(QStringLiteral("care_leavers"), QStringLiteral("inadequate"), QStringLiteral("good"));

    const QJsonObject recs = json.value(QStringLiteral("recommendations")).toObject();
    const int matched = recs.value(QStringLiteral("matches")).toArray().size();
    const int onlyA = recs.value(QStringLiteral("only_in_a")).toArray().size();
    const int onlyB = recs.value(QStringLiteral("only_in_b")).toArray().size();
    const int countA = recs.value(QStringLiteral("count_a")).toInt();
    const int countB = recs.value(QStringLiteral("count_b")).toInt();
    // Seventeen recommendations on one side, nine on the other, whichever way round they fall.
    QCOMPARE(QSet<int>({countA, countB}), QSet<int>({17, 9}));
    QCOMPARE(matched + onlyA, countA);
    QCOMPARE(matched + onlyB, countB);
    QVERIFY2(matched > 0, qPrintable(r.out.right(1500)));
    int possible = 0;
    for (const QJsonValue &value : recs.value(QStringLiteral("matches")).toArray()) {
        const QJsonObject m = value.toObject();
        QVERIFY(m.value(QStringLiteral("a")).toInt() > 0);
        QVERIFY(m.value(QStringLiteral("b")).toInt() > 0);
        const double score = m.value(QStringLiteral("score")).toDouble();
        QVERIFY2(score > 0 && score <= 1, qPrintable(QString::number(score)));
        // As the Compare window tells them apart: below 0.30 a pair is for the reader to check.
        QCOMPARE(m.value(QStringLiteral("possible_match")).toBool(), score < 0.30);
        possible += score < 0.30 ? 1 : 0;
    }
    QCOMPARE(recs.value(QStringLiteral("possible_matches")).toInt(), possible);
    QCOMPARE(recs.value(QStringLiteral("carried_forward")).toInt(), matched - possible);
    QCOMPARE(json.value(QStringLiteral("same_authority")).toBool(), true);
}

void tst_CliFeatures::compareTextNamesBothDocuments()
{
    const QStringList args{QStringLiteral("compare"), QStringLiteral("--db"), dbPath(),
                           QString::number(m_sif2016), QString::number(m_sif2018)};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QVERIFY2(r.out.startsWith(QStringLiteral("A: %1 ").arg(m_sif2016)), qPrintable(r.out.left(300)));
    QVERIFY2(r.out.contains(QStringLiteral("\nB: %1 ").arg(m_sif2018)), qPrintable(r.out.left(300)));
    QVERIFY2(r.out.contains(QLatin1String("overall: inadequate -> requires_improvement")),
             qPrintable(r.out.left(1500)));

    // Given the later one first, the two are compared earlier to later, and the user told.
    const QStringList swapped{QStringLiteral("compare"), QStringLiteral("--db"), dbPath(),
                              QString::number(m_sif2018), QString::number(m_sif2016)};
    const CliRun back = run(swapped);
    QVERIFY2(back.exitCode == 0, qPrintable(describeRun(swapped, back)));
    QVERIFY2(back.err.contains(QStringLiteral("document %1 is the earlier one").arg(m_sif2016)),
             qPrintable(back.err));
    QCOMPARE(back.out, r.out);

    // One document twice is a mistake.
    const QStringList twice{QStringLiteral("compare"), QStringLiteral("--db"), dbPath(),
                            QString::number(m_sif2016), QString::number(m_sif2016)};
    const CliRun same = run(twice);
    QCOMPARE(same.exitCode, 2);
    QVERIFY2(same.err.contains(QLatin1String("two different documents")), qPrintable(same.err));
}

void tst_CliFeatures::chartWritesAPngAndAnSvg()
{
    const QString png = outPath(QStringLiteral("timeline.png"));
    QStringList args{QStringLiteral("chart"), QStringLiteral("--db"), dbPath(),
                     QStringLiteral("--authority"), QStringLiteral("212"), QStringLiteral("--out"), png};
    CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QVERIFY(QFileInfo(png).size() > 0);
    QImage image;
    QVERIFY2(image.load(png), qPrintable(png));
    QVERIFY2(image.width() >= 200 && image.height() >= 100 && image.width() <= 10000
                 && image.height() <= 10000,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    // Not a blank canvas: more than one colour is drawn.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 3; y += 7)
        for (int x = 0; x < image.width() && colours.size() < 3; x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() >= 2);

    const QString svg = outPath(QStringLiteral("timeline.svg"));
    args.last() = svg;
    r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    const QByteArray bytes = readBytes(svg);
    QVERIFY(!bytes.isEmpty());
    const QByteArray head = bytes.trimmed().left(200);
    QVERIFY2(head.startsWith("<?xml") || head.startsWith("<svg"), head.constData());
    QVERIFY(bytes.contains("<svg"));
    QVERIFY(bytes.trimmed().endsWith("</svg>"));
}

void tst_CliFeatures::summaryIsAReadablePdf_data()
{
    QTest::addColumn<QStringList>("what"); // the options that choose the summary
    QTest::newRow("document") << QStringList{QStringLiteral("--document"),
                                             QString::number(m_sif2016)};
    QTest::newRow("authority, Letter paper")
        << QStringList{QStringLiteral("--authority"), QStringLiteral("212"),
                       QStringLiteral("--page-size"), QStringLiteral("Letter")};
}

void tst_CliFeatures::summaryIsAReadablePdf()
{
    QFETCH(QStringList, what);
    const QString pdf = outPath(QStringLiteral("summary.pdf"));
    const QStringList args = QStringList{QStringLiteral("summary"), QStringLiteral("--db"), dbPath(),
                                         QStringLiteral("--out"), pdf}
                             + what;
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    const QByteArray bytes = readBytes(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    const PdfDocument document = PdfDocument::fromData(bytes);
    QVERIFY(document.pageCount() > 0);
    const QString text = document.pageTexts().join(QLatin1Char('\n')).simplified();
    QVERIFY2(text.contains(m_authorityName), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QLatin1String("Inadequate")), qPrintable(text.left(600)));
}

void tst_CliFeatures::exportCsvHasARowPerDocument()
{
    const QString csv = outPath(QStringLiteral("documents.csv"));
    const QStringList args{QStringLiteral("export-csv"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--out"), csv};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(parseCsv(readBytes(csv), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1 + 3);
    const QStringList header = rows.first();
    QVERIFY(header.size() > 3);
    for (const QString &name : header)
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(header.join(QLatin1Char('|'))));
    QSet<QString> files;
    const qsizetype fileColumn = header.size() - 1; // the file name comes last
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), header.size());
        files.insert(rows.at(i).at(fileColumn));
    }
    QCOMPARE(files, (QSet<QString>{Data::Wandsworth2016, Data::Wandsworth2018, Data::MonitoringLetter}));
    QSet<QString> ids;
    for (int i = 1; i < rows.size(); ++i)
        ids.insert(rows.at(i).first());
    QCOMPARE(ids, (QSet<QString>{QString::number(m_sif2016), QString::number(m_sif2018),
                                 QString::number(m_monitoring)}));
}

void tst_CliFeatures::exportCsvAnnotationsOnAnEmptySetIsJustTheHeader()
{
    const QString csv = outPath(QStringLiteral("annotations.csv"));
    const QStringList args{QStringLiteral("export-csv"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--out"), csv, QStringLiteral("--annotations")};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(parseCsv(readBytes(csv), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().size() > 3);
    for (const QString &name : rows.first())
        QVERIFY(!name.trimmed().isEmpty());
}

void tst_CliFeatures::exportJsonListsEveryDocument()
{
    const QStringList args{QStringLiteral("export-json"), QStringLiteral("--db"), dbPath()};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QString error;
    const QJsonObject root = parseJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("oversight-export"));
    QSet<qint64> ids;
    QSet<QString> files;
    QJsonArray documents = root.value(QStringLiteral("unfiled_documents")).toArray();
    for (const QJsonValue &a : root.value(QStringLiteral("authorities")).toArray())
        for (const QJsonValue &d : a.toObject().value(QStringLiteral("documents")).toArray())
            documents.append(d);
    QCOMPARE(documents.size(), 3);
    for (const QJsonValue &value : documents) {
        const QJsonObject d = value.toObject();
        ids.insert(d.value(QStringLiteral("id")).toInteger());
        files.insert(d.value(QStringLiteral("file_name")).toString());
        QVERIFY(d.value(QStringLiteral("facts")).isObject());
    }
    QCOMPARE(ids, (QSet<qint64>{m_sif2016, m_sif2018, m_monitoring}));
    QCOMPARE(files, (QSet<QString>{Data::Wandsworth2016, Data::Wandsworth2018, Data::MonitoringLetter}));
    QVERIFY(root.value(QStringLiteral("checklists")).toArray().isEmpty());
    QVERIFY(root.value(QStringLiteral("annotations")).toArray().isEmpty());
}

void tst_CliFeatures::exportJsonWritesAFileWithOut()
{
    const QString path = outPath(QStringLiteral("everything.json"));
    const QStringList args{QStringLiteral("export-json"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--out"), path};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QString error;
    const QJsonObject root = parseJson(readBytes(path), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("authorities")).toArray().size(), 1);
}

// "--out /dev/stdout" (a pipe here, as in a shell pipeline): the CSV and nothing else comes
// out, and the pipe is written in place rather than replaced by a file through a rename.
void tst_CliFeatures::exportCsvToStandardOutput()
{
#ifdef Q_OS_UNIX
    const QStringList args{QStringLiteral("export-csv"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--out"), QStringLiteral("/dev/stdout")};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(parseCsv(r.out.toUtf8(), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1 + 3);
    QVERIFY2(!r.out.contains(QLatin1String("/dev/stdout")), qPrintable(r.out.right(200)));
#else
    QSKIP("/dev/stdout is a Unix path");
#endif
}

void tst_CliFeatures::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    // Relative names: anything a mistaken run writes lands in the temporary folder.
    const QString db = QStringLiteral("x.db");
    QTest::newRow("compare without --db") << QStringList{"compare", "1", "2"};
    QTest::newRow("compare with one id") << QStringList{"compare", "--db", db, "1"};
    QTest::newRow("compare with three ids") << QStringList{"compare", "--db", db, "1", "2", "3"};
    QTest::newRow("compare with a word for an id") << QStringList{"compare", "--db", db, "one", "2"};
    QTest::newRow("compare with an unknown option") << QStringList{"compare", "--fast", "--db", db, "1", "2"};
    QTest::newRow("chart without --out") << QStringList{"chart", "--db", db, "--authority", "212"};
    QTest::newRow("chart without --authority") << QStringList{"chart", "--db", db, "--out", "c.png"};
    QTest::newRow("chart without --db") << QStringList{"chart", "--authority", "212", "--out", "c.png"};
    QTest::newRow("chart with an unknown option")
        << QStringList{"chart", "--db", db, "--authority", "212", "--out", "c.png", "--colour"};
    QTest::newRow("summary without --out") << QStringList{"summary", "--db", db, "--document", "1"};
    QTest::newRow("summary without --db") << QStringList{"summary", "--document", "1", "--out", "s.pdf"};
    QTest::newRow("summary with neither document nor authority")
        << QStringList{"summary", "--db", db, "--out", "s.pdf"};
    QTest::newRow("summary with both document and authority")
        << QStringList{"summary", "--db", db, "--document", "1", "--authority", "212", "--out", "s.pdf"};
    QTest::newRow("summary --document with a word")
        << QStringList{"summary", "--db", db, "--document", "one", "--out", "s.pdf"};
    QTest::newRow("summary with a bad page size")
        << QStringList{"summary", "--db", db, "--document", "1", "--out", "s.pdf", "--page-size", "A5"};
    QTest::newRow("export-csv without --out") << QStringList{"export-csv", "--db", db};
    QTest::newRow("export-csv without --db") << QStringList{"export-csv", "--out", "f.csv"};
    QTest::newRow("export-csv with an unknown option")
        << QStringList{"export-csv", "--db", db, "--out", "f.csv", "--checklists"};
    QTest::newRow("export-json without --db") << QStringList{"export-json", "--out", "f.json"};
    QTest::newRow("export-json with an unknown option")
        << QStringList{"export-json", "--db", db, "--pretty"};
}

void tst_CliFeatures::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const CliRun r = runCli(args, scratch.path());
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(args, r)));
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(describeRun(args, r))); // says what is wrong
    // Bad usage is found before the database is opened, so no file is left behind.
    QVERIFY2(QDir(scratch.path()).isEmpty(), qPrintable(QDir(scratch.path()).entryList().join(QLatin1Char(' '))));
}

void tst_CliFeatures::unusableDatabaseFails_data()
{
    QTest::addColumn<QStringList>("args"); // the database path goes after --db
    QTest::newRow("compare") << QStringList{"compare", "--db", "@", "1", "2"};
    QTest::newRow("compare --json") << QStringList{"compare", "--db", "@", "--json", "1", "2"};
    QTest::newRow("chart") << QStringList{"chart", "--db", "@", "--authority", "212", "--out", "c.png"};
    QTest::newRow("summary --document") << QStringList{"summary", "--db", "@", "--document", "1", "--out", "s.pdf"};
    QTest::newRow("summary --authority") << QStringList{"summary", "--db", "@", "--authority", "212", "--out", "s.pdf"};
    QTest::newRow("export-csv") << QStringList{"export-csv", "--db", "@", "--out", "f.csv"};
    QTest::newRow("export-csv --annotations") << QStringList{"export-csv", "--db", "@", "--out", "f.csv", "--annotations"};
    QTest::newRow("export-json") << QStringList{"export-json", "--db", "@"};
    QTest::newRow("export-json --out") << QStringList{"export-json", "--db", "@", "--out", "f.json"};
}

void tst_CliFeatures::unusableDatabaseFails()
{
    // A database that cannot be there: its folder would have to be made inside a plain file.
    // And one that is there but is not SQLite.
    QFETCH(QStringList, args);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString blocker = scratch.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeBytes(blocker, QByteArray("a file\n")));
    const QString notSqlite = scratch.filePath(QStringLiteral("text.db"));
    QVERIFY(writeBytes(notSqlite, QByteArray("plain text, not SQLite\n").repeated(100)));
    for (const QString &db : {blocker + QStringLiteral("/missing/oversight.db"), notSqlite}) {
        QStringList withDb = args;
        withDb.replace(withDb.indexOf(QStringLiteral("@")), db);
        const CliRun r = runCli(withDb, scratch.path());
        QVERIFY2(r.exitCode != 0 && r.exitCode != 2 && r.exitCode != -1,
                 qPrintable(describeRun(withDb, r)));
        QVERIFY2(r.err.contains(QLatin1String("cannot open the database")),
                 qPrintable(describeRun(withDb, r)));
        for (const char *output : {"c.png", "s.pdf", "f.csv", "f.json"})
            QVERIFY2(!QFile::exists(scratch.filePath(QLatin1String(output))), output);
    }
}

void tst_CliFeatures::unknownIdsFail()
{
    // Ids and authorities that are not in the database fail with a message, not a crash.
    const QList<QStringList> cases{
        {"compare", "--db", dbPath(), QString::number(m_sif2016), "999999"},
        {"summary", "--db", dbPath(), "--document", "999999", "--out", outPath("none.pdf")},
        {"summary", "--db", dbPath(), "--authority", "999", "--out", outPath("none.pdf")},
        {"chart", "--db", dbPath(), "--authority", "999", "--out", outPath("none.png")},
    };
    for (const QStringList &args : cases) {
        const CliRun r = run(args);
        QVERIFY2(r.exitCode == 1, qPrintable(describeRun(args, r)));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(describeRun(args, r)));
    }
    QVERIFY(!QFile::exists(outPath(QStringLiteral("none.pdf"))));
    QVERIFY(!QFile::exists(outPath(QStringLiteral("none.png"))));
}

qint64 tst_CliFeatures::makeChecklist()
{
    if (m_checklist > 0)
        return m_checklist;
    if (!QFile::copy(dbPath(), checklistDbPath()))
        return 0;
    // The WAL of a closed database is folded into the file; copy it anyway if one is left.
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(dbPath() + QLatin1String(suffix)))
            QFile::copy(dbPath() + QLatin1String(suffix), checklistDbPath() + QLatin1String(suffix));
    }
    const QStringList args{QStringLiteral("checklist"), QStringLiteral("--db"), checklistDbPath(),
                           QStringLiteral("--from-document"), QString::number(m_sif2016)};
    const CliRun r = run(args);
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describeRun(args, r)));
        return 0;
    }
    bool ok = false;
    m_checklist = r.out.trimmed().toLongLong(&ok);
    return ok ? m_checklist : 0;
}

void tst_CliFeatures::checklistFromADocumentIsListed()
{
    const qint64 id = makeChecklist();
    QVERIFY(id > 0);

    const QStringList args{QStringLiteral("checklist"), QStringLiteral("--db"), checklistDbPath(),
                           QStringLiteral("--list"), QStringLiteral("--json")};
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    QString error;
    const QJsonArray checklists = parseJson(r.out.toUtf8(), &error).array();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(checklists.size(), 1);
    const QJsonObject checklist = checklists.first().toObject();
    QCOMPARE(checklist.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(checklist.value(QStringLiteral("source_document_id")).toInteger(), m_sif2016);
    QVERIFY(checklist.value(QStringLiteral("authority_id")).toInteger() > 0);
    QVERIFY(!checklist.value(QStringLiteral("name")).toString().isEmpty());
    const QJsonArray items = checklist.value(QStringLiteral("items")).toArray();
    // The report's recommendations, at least the 17 the comparison matches, numbered in order.
    QVERIFY2(items.size() >= 17, qPrintable(QString::number(items.size())));
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("number")).toInt(), i + 1);
        QVERIFY(item.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!item.value(QStringLiteral("title")).toString().trimmed().isEmpty());
    }

    // The text form names it with its item count.
    const CliRun text = run({QStringLiteral("checklist"), QStringLiteral("--db"), checklistDbPath(),
                             QStringLiteral("--list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(QStringLiteral("[%1] ").arg(id)), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("(%1 items)").arg(items.size())), qPrintable(text.out));

    // The main database has none: the checklist went to its own copy.
    const CliRun main = run({QStringLiteral("checklist"), QStringLiteral("--db"), dbPath(),
                             QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(main.exitCode, 0);
    QVERIFY(parseJson(main.out.toUtf8(), &error).array().isEmpty());
}

void tst_CliFeatures::suggestFindsPassagesInLaterDocuments()
{
    const qint64 id = makeChecklist();
    QVERIFY(id > 0);
    for (const int top : {3, 1}) {
        const QStringList args{QStringLiteral("suggest"), QStringLiteral("--db"), checklistDbPath(),
                               QStringLiteral("--checklist"), QString::number(id),
                               QStringLiteral("--top"), QString::number(top), QStringLiteral("--json")};
        const CliRun r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
        QString error;
        const QJsonObject json = parseJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(json.value(QStringLiteral("checklist_id")).toInteger(), id);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() >= 17);
        int suggested = 0;
        for (const QJsonValue &value : items) {
            const QJsonArray found = value.toObject().value(QStringLiteral("suggestions")).toArray();
            QVERIFY(found.size() <= top);
            for (const QJsonValue &s : found) {
                const QJsonObject suggestion = s.toObject();
                // Later documents of the same authority, never the checklist's own report.
                const qint64 document = suggestion.value(QStringLiteral("document_id")).toInteger();
                QVERIFY2(document == m_sif2018 || document == m_monitoring,
                         qPrintable(QString::number(document)));
                QVERIFY(suggestion.value(QStringLiteral("page")).toInt() > 0);
                QVERIFY(!suggestion.value(QStringLiteral("text")).toString().isEmpty());
                ++suggested;
            }
        }
        QVERIFY2(suggested > 0, qPrintable(r.out.left(800)));
    }
    // The text form lists the items by number.
    const CliRun text = run({QStringLiteral("suggest"), QStringLiteral("--db"), checklistDbPath(),
                             QStringLiteral("--checklist"), QString::number(id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(QLatin1String("1. ")), qPrintable(text.out.left(300)));

    const CliRun unknown = run({QStringLiteral("suggest"), QStringLiteral("--db"), checklistDbPath(),
                                QStringLiteral("--checklist"), QStringLiteral("999999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no checklist")), qPrintable(unknown.err));
}

void tst_CliFeatures::annotationsOnAnEmptySetIsEmpty()
{
    const qint64 id = makeChecklist(); // a checklist, but nothing annotated yet
    QVERIFY(id > 0);
    for (const QString &db : {dbPath(), checklistDbPath()}) {
        const CliRun json = run({QStringLiteral("annotations"), QStringLiteral("--db"), db,
                                 QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QString error;
        const QJsonDocument parsed = parseJson(json.out.toUtf8(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(parsed.isArray());
        QVERIFY(parsed.array().isEmpty());
        const CliRun text = run({QStringLiteral("annotations"), QStringLiteral("--db"), db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.trimmed().isEmpty(), qPrintable(text.out));
    }
    // A document without recommendations makes no checklist; an unknown one fails.
    const CliRun none = run({QStringLiteral("checklist"), QStringLiteral("--db"), checklistDbPath(),
                             QStringLiteral("--from-document"), QStringLiteral("999999")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(!none.err.trimmed().isEmpty(), qPrintable(none.err));
}

void tst_CliFeatures::checklistCommandsBadUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    const QString db = QStringLiteral("x.db");
    QTest::newRow("checklist without --db") << QStringList{"checklist", "--list"};
    QTest::newRow("checklist with neither --list nor --from-document") << QStringList{"checklist", "--db", db};
    QTest::newRow("checklist with both") << QStringList{"checklist", "--db", db, "--list", "--from-document", "1"};
    QTest::newRow("checklist --from-document with a word") << QStringList{"checklist", "--db", db, "--from-document", "one"};
    QTest::newRow("checklist with an unknown option") << QStringList{"checklist", "--db", db, "--list", "--all"};
    QTest::newRow("suggest without --db") << QStringList{"suggest", "--checklist", "1"};
    QTest::newRow("suggest without --checklist") << QStringList{"suggest", "--db", db};
    QTest::newRow("suggest --checklist with a word") << QStringList{"suggest", "--db", db, "--checklist", "one"};
    QTest::newRow("suggest --top 0") << QStringList{"suggest", "--db", db, "--checklist", "1", "--top", "0"};
    QTest::newRow("annotations without --db") << QStringList{"annotations", "--json"};
    QTest::newRow("annotations with an unknown option") << QStringList{"annotations", "--db", db, "--all"};
}

void tst_CliFeatures::checklistCommandsBadUsageExitsTwo()
{
    badUsageExitsTwo();
}

void tst_CliFeatures::checklistCommandsOnAnUnusableDatabaseFail_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("checklist --list") << QStringList{"checklist", "--db", "@", "--list"};
    QTest::newRow("checklist --from-document") << QStringList{"checklist", "--db", "@", "--from-document", "1"};
    QTest::newRow("suggest") << QStringList{"suggest", "--db", "@", "--checklist", "1"};
    QTest::newRow("annotations") << QStringList{"annotations", "--db", "@", "--json"};
}

void tst_CliFeatures::checklistCommandsOnAnUnusableDatabaseFail()
{
    unusableDatabaseFails();
}

QTEST_MAIN(tst_CliFeatures)
#include "tst_cli_features.moc"
