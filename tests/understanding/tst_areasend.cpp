// Area SEND inspection reports (Ofsted and CQC, 2023 framework), read from real reports in
// tests/data through Poppler, as import reads them. Expected values are those of
// shared/corpus-2/truth.csv for the same files.
#include "import/ImportJob.h"
#include "import/RereadJob.h"
#include "pdf/PdfDocument.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/AreaSendReader.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"
#include "understanding/TextCleaner.h"

#include "domain/DocumentFacts.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace oversight;

namespace {

PdfDocument pdfOf(const QString &fileName)
{
    QFile file(QStringLiteral(OVERSIGHT_TEST_DATA "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    PdfDocument pdf = PdfDocument::forText(file.readAll()); // as import reads it
    if (!pdf.isOpen())
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return pdf;
}

// The page texts the reader gets at import: Poppler's text, with the layout's gaps on the
// pages the reader asks for.
QStringList pagesOf(const QString &fileName)
{
    const PdfDocument pdf = pdfOf(fileName);
    QStringList pages = pdf.pageTexts();
    LayoutGaps::addTo(pages, defaultDocumentReader(), [&pdf](int page) { return pdf.words(page); });
    return pages;
}

// The lines of a page text that follow an empty line.
QStringList linesAfterGaps(const QString &pageText)
{
    QStringList out;
    const QStringList lines = pageText.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i - 1).trimmed().isEmpty() && !lines.at(i).trimmed().isEmpty())
            out.append(lines.at(i).simplified());
    }
    return out;
}

const QString kBury = QStringLiteral("bury area send inspection - 07 may 2024.pdf");
const QString kBolton = QStringLiteral("bolton area send inspection - 30 august 2024.pdf");
const QString kDudley = QStringLiteral("dudley area send inspection - 11 march 2025.pdf");
const QString kNorthYorkshire =
    QStringLiteral("north yorkshire area send inspection - 25 september 2024.pdf");

} // namespace

class TestAreaSend : public QObject
{
    Q_OBJECT

private slots:
    void coverAndOutcome_data();
    void coverAndOutcome();
    void outcomeSentences_data();
    void outcomeSentences();
    void team();
    void teamTableOverAPageBreak();
    void priorityActionsAreTableRows();
    void areasForImprovementAreTableRows();
    void layoutGapsMarkRowBoundaries();
    void aWiderPitchIsNoGap();
    void linePitchIsTheMostCommonDistance();
    void onlyAreaSendImprovementTablesNeedLayout();
    void importAndRereadReadTheSameRows();
    void notPreviouslyInspected();
    void otherReportsAreNotAreaSend();
};

void TestAreaSend::coverAndOutcome_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("previous");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("recommendations");
    QTest::newRow("systemic failings") << kBury << "Bury" << "351" << QDate(2024, 2, 12)
                                       << QDate(2024, 2, 16) << QDate(2019, 5, 13)
                                       << SendOutcome::SystemicFailings << 9;
    QTest::newRow("positive, title over two lines")
        << kBolton << "Bolton" << "350" << QDate(2024, 6, 17) << QDate(2024, 6, 21)
        << QDate(2016, 5, 23) << SendOutcome::Positive << 2;
    QTest::newRow("inconsistent, previous dates over two years")
        << kDudley << "Dudley" << "332" << QDate(2025, 1, 20) << QDate(2025, 1, 24)
        << QDate(2022, 1, 31) << SendOutcome::Inconsistent << 3;
    QTest::newRow("inconsistent, areas for improvement set close")
        << kNorthYorkshire << "North Yorkshire" << "815" << QDate(2024, 4, 29)
        << QDate(2024, 5, 3) << QDate(2016, 6, 27) << SendOutcome::Inconsistent << 5;
}

void TestAreaSend::coverAndOutcome()
{
    QFETCH(QString, file);
    const DocumentFacts facts = defaultDocumentReader().read(pagesOf(file));
    QCOMPARE(facts.kind, Kind::AreaSend);
    QTEST(facts.authority, "authority");
    QTEST(facts.authorityCode, "code");
    QTEST(facts.inspectionStart, "start");
    QTEST(facts.inspectionEnd, "end");
    QTEST(facts.previousInspection, "previous");
    QTEST(facts.outcome, "outcome");
    QTEST(int(facts.recommendations.size()), "recommendations");
    QVERIFY2(!facts.published.isValid(), "area SEND reports print no publication date");
    QVERIFY(facts.title.startsWith(QLatin1String("Area SEND inspection of ")));
    QVERIFY(facts.title.endsWith(QLatin1String("Local Area Partnership")));
    QVERIFY(facts.judgements.isEmpty());
    QCOMPARE(facts.warnings, QStringList());
}

void TestAreaSend::outcomeSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("positive")
        << "The local area partnership’s special educational needs and/or disabilities (SEND)\n"
           "arrangements typically lead to positive experiences and outcomes for children and"
        << SendOutcome::Positive;
    QTest::newRow("inconsistent")
        << "The local area partnership’s SEND arrangements lead to inconsistent experiences and\n"
           "outcomes for children and young people with SEND."
        << SendOutcome::Inconsistent;
    QTest::newRow("systemic")
        << "There are widespread and/or systemic failings leading to significant concerns about"
        << SendOutcome::SystemicFailings;
    QTest::newRow("none") << "Inspection outcome\nTo be confirmed." << QString();
}

void TestAreaSend::outcomeSentences()
{
    QFETCH(QString, text);
    QTEST(AreaSendReader::outcomeOf(text), "outcome");
}

void TestAreaSend::team()
{
    // Bury prints a member of each inspectorate on one line with a single space between them:
    // "Adam Sproston HMI, Ofsted lead inspector Kaye Goodfellow, CQC lead inspector".
    const DocumentFacts facts = defaultDocumentReader().read(pagesOf(kBury));
    QCOMPARE(facts.leadInspector, QStringLiteral("Adam Sproston"));
    QCOMPARE(facts.inspectors,
             QStringList({"Adam Sproston", "Louise Walker", "Lynne Kilford", "Kaye Goodfellow",
                          "Andrea Crosby-Josephs", "Claire Mason"}));
}

void TestAreaSend::teamTableOverAPageBreak()
{
    // Bolton's team table, its last Ofsted member moved to the top of a page of its own with
    // the running footer before the break, as a longer team would run over.
    QStringList pages = pagesOf(kBolton);
    qsizetype page = -1;
    for (qsizetype i = 0; i < pages.size() && page < 0; ++i) {
        if (pages.at(i).contains(QLatin1String("Inspection team")))
            page = i;
    }
    QVERIFY(page >= 0);
    const QString lastMember = QStringLiteral("Nigel Hunt, Ofsted Inspector");
    const qsizetype at = pages.at(page).indexOf(lastMember);
    QVERIFY(at > 0);
    const qsizetype lineStart = pages.at(page).lastIndexOf(QLatin1Char('\n'), at) + 1;
    const QString rest = pages.at(page).mid(lineStart);
    pages[page] = pages.at(page).left(lineStart)
                  + QStringLiteral("\n\n\nArea SEND inspection report: Bolton Local Area "
                                   "Partnership\n17 to 21 June 2024                       7\n");
    pages.insert(page + 1, rest);
    const DocumentFacts facts = defaultDocumentReader().read(pages);
    QCOMPARE(facts.leadInspector, QStringLiteral("Sue Eastwood"));
    QCOMPARE(facts.inspectors, QStringList({"Sue Eastwood", "Nick Bennison", "Nigel Hunt",
                                            "Gerry Bates", "Liz Fox"}));
}

void TestAreaSend::priorityActionsAreTableRows()
{
    // Six rows of "responsible body | area for priority action". The third holds a bullet
    // list that runs onto the next page and a second paragraph after it: still one row.
    const QList<Recommendation> actions =
        AreaSendReader::readActions(TextCleaner::clean(pagesOf(kBury)));
    QList<Recommendation> priority;
    for (const Recommendation &r : actions) {
        if (r.priorityAction)
            priority.append(r);
    }
    QCOMPARE(priority.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(actions.at(i).number, i + 1); // priority actions come first
        QCOMPARE(priority.at(i).responsibleBody,
                 QStringLiteral("Bury Metropolitan Borough Council and NHS Greater Manchester ICB"));
        QVERIFY2(priority.at(i).text.startsWith(QLatin1String("Leaders across the partnership should")),
                 qPrintable(priority.at(i).text));
    }
    const Recommendation &third = priority.at(2);
    QVERIFY(third.text.contains(QLatin1String("while they wait for specialist assessments")));
    QVERIFY(third.text.contains(QLatin1String("of ADHD or autism.")));
    QVERIFY(third.text.endsWith(QLatin1String("locally agreed neurodevelopmental diagnostic pathway.")));
    QCOMPARE(third.page, 8); // the table starts on page 8 and the row runs onto page 9
    QVERIFY(priority.at(3).text.startsWith(
        QLatin1String("Leaders across the partnership should improve preparation for adulthood")));
}

void TestAreaSend::areasForImprovementAreTableRows()
{
    // Dudley's one-column table: three rows of several sentences each, one over a page break.
    const QList<Recommendation> dudley =
        AreaSendReader::readActions(TextCleaner::clean(pagesOf(kDudley)));
    QCOMPARE(dudley.size(), 3);
    for (const Recommendation &r : dudley) {
        QVERIFY(!r.priorityAction);
        QVERIFY(r.responsibleBody.isEmpty());
    }
    QVERIFY(dudley.at(0).text.startsWith(QLatin1String("The local partnership needs to increase")));
    QVERIFY(dudley.at(0).text.endsWith(QLatin1String("while they are waiting.")));
    QVERIFY(dudley.at(1).text.startsWith(QLatin1String("The local area partnership should improve")));
    QVERIFY(dudley.at(2).text.startsWith(QLatin1String("To ensure an improved understanding")));
    QCOMPARE(dudley.at(0).page, 5);
    QCOMPARE(dudley.at(2).page, 6);

    // Bury's: three rows set close together (only the half-point rule between them), each
    // ending its last sentence near the margin; the third runs onto the next page.
    const QList<Recommendation> bury =
        AreaSendReader::readActions(TextCleaner::clean(pagesOf(kBury))).mid(6);
    QCOMPARE(bury.size(), 3);
    QVERIFY(bury.at(0).text.endsWith(QLatin1String("sufficiently accurate information.")));
    QVERIFY(bury.at(1).text.startsWith(QLatin1String("Leaders across the partnership should continue")));
    QVERIFY(bury.at(1).text.endsWith(QLatin1String("this policy is clearly understood.")));
    QVERIFY(bury.at(2).text.startsWith(QLatin1String("Leaders across the partnership should work")));
    QVERIFY(bury.at(2).text.endsWith(QLatin1String("young people with SEND, from birth to 25.")));
    QCOMPARE(bury.at(1).page, 9);
    QCOMPARE(bury.at(2).page, 9); // where the row starts

    // North Yorkshire's: five rows, the first two set close, the others 6 pt apart (no blank
    // line in the text); the second ends its last sentence at the margin.
    const QList<Recommendation> northYorkshire =
        AreaSendReader::readActions(TextCleaner::clean(pagesOf(kNorthYorkshire)));
    const QStringList starts = {"Leaders across the partnership should ensure that EHC plans",
                                "Leaders across the partnership should improve their planning",
                                "The local area partnership should develop systems",
                                "Leaders across the partnership should work together",
                                "Commissioners across the partnership need to"};
    QCOMPARE(northYorkshire.size(), starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        QVERIFY2(northYorkshire.at(i).text.startsWith(starts.at(i)),
                 qPrintable(northYorkshire.at(i).text));
        QVERIFY(northYorkshire.at(i).text.endsWith(QLatin1Char('.')));
        QCOMPARE(northYorkshire.at(i).page, 6);
    }
    QVERIFY(northYorkshire.at(1).text.endsWith(QLatin1String("to help bring about improvements.")));
}

void TestAreaSend::layoutGapsMarkRowBoundaries()
{
    // Page 9 of Bury: the end of the priority-action table, then the areas for improvement.
    // Rows are 15.0 pt apart where lines of a row are 14.5 pt apart: the rule between them.
    const PdfDocument pdf = pdfOf(kBury);
    const QString text = pdf.pageText(8);
    const QString marked = LayoutGaps::markGaps(text, pdf.words(8));
    const QStringList afterGaps = linesAfterGaps(marked);
    for (const char *rowStart :
         {"Leaders across the partnership should continue to develop the range of suitable AP",
          "Leaders across the partnership should work collaboratively to create a partnership-",
          "Bury Metropolitan Borough Leaders across the partnership should establish and"}) {
        QVERIFY2(afterGaps.contains(QLatin1String(rowStart)), rowStart);
        QVERIFY2(!linesAfterGaps(text).contains(QLatin1String(rowStart)),
                 "the text alone shows no gap before this row");
    }
    // Lines of one paragraph keep no gap between them.
    for (const char *within : {"available to children and young people in Bury. Leaders should "
                               "further embed the",
                               "wide workforce development strategy. This should focus on "
                               "coordinating training,",
                               "carers and other stakeholders with sufficiently accurate information."}) {
        QVERIFY2(!afterGaps.contains(QLatin1String(within)), within);
    }
    // Only gaps are added: the text without its empty lines is the same.
    const auto withoutBlankLines = [](const QString &page) {
        QStringList lines = page.split(QLatin1Char('\n'));
        lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
        return lines;
    };
    QCOMPARE(withoutBlankLines(marked), withoutBlankLines(text));
    // Marking twice adds nothing; no word boxes, no change.
    QCOMPARE(LayoutGaps::markGaps(marked, pdf.words(8)), marked);
    QCOMPARE(LayoutGaps::markGaps(text, {}), text);
}

void TestAreaSend::aWiderPitchIsNoGap()
{
    // Dudley's first area for improvement is set at 15.6 pt, the rest of its pages at 14.5 pt:
    // its lines are compared with each other, not with the page, and stay one paragraph.
    const PdfDocument pdf = pdfOf(kDudley);
    for (const int page : {4, 5}) {
        const QStringList afterGaps =
            linesAfterGaps(LayoutGaps::markGaps(pdf.pageText(page), pdf.words(page)));
        for (const char *within : {"that children and young people wait for CAMHS intervention, "
                                   "neurodevelopmental",
                                   "children have access to suitable support while they are "
                                   "waiting."}) {
            QVERIFY2(!afterGaps.contains(QLatin1String(within)), within);
        }
    }
}

void TestAreaSend::linePitchIsTheMostCommonDistance()
{
    const double nan = std::nan("");
    QCOMPARE(LayoutGaps::linePitch({}), 0.0);
    QCOMPARE(LayoutGaps::linePitch({nan, -3.0}), 0.0);
    // Ten lines of a paragraph, two rows' rules, a bullet list's spacing, a heading.
    const double pitch = LayoutGaps::linePitch(
        {14.52, 14.44, 14.5, 15.0, 14.48, 14.52, 20.5, 20.4, 14.5, 15.0, 31.9, nan, 14.46});
    QVERIFY2(qAbs(pitch - 14.49) < 0.02, qPrintable(QString::number(pitch)));
}

void TestAreaSend::onlyAreaSendImprovementTablesNeedLayout()
{
    const DocumentReader &reader = defaultDocumentReader();
    // Bury: the areas for improvement are on pages 9 and 10; the two-column priority-action
    // table before them needs none (its rows start at their responsible body).
    QCOMPARE(reader.pagesNeedingLayout(pdfOf(kBury).pageTexts()), (QList<int>{8, 9}));
    QCOMPARE(reader.pagesNeedingLayout(pdfOf(kNorthYorkshire).pageTexts()), (QList<int>{5}));
    QCOMPARE(reader.pagesNeedingLayout(pdfOf(QStringLiteral("wandsworth-2023-ilacs.pdf")).pageTexts()),
             QList<int>());
    QCOMPARE(reader.pagesNeedingLayout({}), QList<int>());
}

void TestAreaSend::importAndRereadReadTheSameRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("oversight.db"));
    const QList<std::pair<QString, int>> reports = {{kBury, 9}, {kNorthYorkshire, 5}};
    QStringList paths;
    for (const auto &[file, count] : reports)
        paths.append(QStringLiteral(OVERSIGHT_TEST_DATA "/") + file);
    QList<qint64> ids;
    for (const ImportOutcome &o : ImportJob(db, paths).run()) {
        QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.statusText()));
        ids.append(o.documentId);
    }
    QCOMPARE(ids.size(), reports.size());
    {
        Database database(db);
        DocumentStore store(database);
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(store.document(ids.at(i))->facts.recommendations.size(), reports.at(i).second);
    }
    // Re-read reads what import read.
    RereadJob again(db);
    RereadJob::Result result = again.run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.changed, 0);

    // Text stored before import marked the layout's gaps, with what was read from it then:
    // re-read takes the gaps from the stored PDF and reads the rows import reads today, and
    // leaves the stored text as it was.
    QList<QStringList> plainTexts;
    {
        Database database(db);
        DocumentStore store(database);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            plainTexts.append(pdfOf(reports.at(i).first).pageTexts());
            QSqlQuery update(database.connection());
            QVERIFY(update.prepare(QStringLiteral(
                "UPDATE pages SET text = ? WHERE document_id = ? AND number = ?")));
            for (qsizetype page = 0; page < plainTexts.constLast().size(); ++page) {
                update.addBindValue(plainTexts.constLast().at(page));
                update.addBindValue(ids.at(i));
                update.addBindValue(page + 1);
                QVERIFY(update.exec());
            }
            const DocumentFacts older = defaultDocumentReader().read(plainTexts.constLast());
            QCOMPARE(older.recommendations.size(), reports.at(i).second - 1);
            QVERIFY(store.updateFacts(ids.at(i), older, kReaderVersion - 1));
        }
    }
    RereadJob upgrade(db);
    upgrade.setOnlyOutdated(true);
    result = upgrade.run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.changed, 2);
    Database database(db);
    DocumentStore store(database);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(store.document(ids.at(i))->facts.recommendations.size(), reports.at(i).second);
        QCOMPARE(store.pageTexts(ids.at(i)), plainTexts.at(i));
    }
}

void TestAreaSend::notPreviouslyInspected()
{
    QStringList pages = pagesOf(kDudley);
    pages[0].replace(QRegularExpression(QStringLiteral("Dates of previous inspection:[^\\n]*")),
                     QStringLiteral("Not previously inspected"));
    const DocumentFacts facts = defaultDocumentReader().read(pages);
    QCOMPARE(facts.kind, Kind::AreaSend);
    QVERIFY(!facts.previousInspection.isValid());
    QVERIFY2(!facts.warnings.contains(QLatin1String("previous_inspection")),
             "a partnership never inspected before has no previous date to miss");
    QCOMPARE(facts.inspectionStart, QDate(2025, 1, 20));
}

void TestAreaSend::otherReportsAreNotAreaSend()
{
    // An ILACS report that mentions SEND arrangements is not an area SEND report.
    const QStringList pages = {QStringLiteral(
        "Inspection of Bury local authority children's services\n"
        "Inspection dates: 6 to 17 March 2023\nLead inspector: Jane Doe, His Majesty's Inspector\n"
        "The area SEND inspection of Bury Local Area Partnership found ...\n")};
    QVERIFY(!AreaSendReader::recognises(TextCleaner::clean(pages)));
    QVERIFY(defaultDocumentReader().read(pages).kind != Kind::AreaSend);
}

QTEST_GUILESS_MAIN(TestAreaSend)
#include "tst_areasend.moc"
