#include "FixtureText.h"
#include "TestUnderstanding.h"

#include "understanding/DocumentReader.h"

#include "domain/DocumentFacts.h"

#include <QTest>
#include <QtConcurrent>

using namespace oversight;
using oversight::test::fixturePages;

namespace {

DocumentFacts readFixture(const QString &name)
{
    return defaultDocumentReader().read(fixturePages(name));
}

} // namespace

void TestUnderstanding::kinds_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("kind");
    QTest::newRow("pre-SIF 2013") << QStringLiteral("presif_2013.txt") << Kind::PreSif;
    QTest::newRow("SIF 2016") << QStringLiteral("sif_2016.txt") << Kind::Sif;
    QTest::newRow("SIF re-inspection 2018") << QStringLiteral("sif_reinspection_2018.txt") << Kind::SifReinspection;
    QTest::newRow("ILACS 2019, two weeks") << QStringLiteral("ilacs_2019.txt") << Kind::IlacsStandard;
    QTest::newRow("ILACS 2022, two weeks") << QStringLiteral("ilacs_2022.txt") << Kind::IlacsStandard;
    QTest::newRow("ILACS 2026, one week") << QStringLiteral("ilacs_short_2026.txt") << Kind::IlacsShort;
    QTest::newRow("monitoring visit") << QStringLiteral("monitoring_visit_2018.txt") << Kind::MonitoringVisit;
    QTest::newRow("focused visit") << QStringLiteral("focused_visit_2018.txt") << Kind::FocusedVisit;
}

void TestUnderstanding::kinds()
{
    QFETCH(QString, fixture);
    QFETCH(QString, kind);
    QCOMPARE(readFixture(fixture).kind, kind);
}

void TestUnderstanding::randomTextIsOther()
{
    // A readable PDF that is not an Ofsted document, though it talks about inspections.
    const QStringList pages = {
        QStringLiteral("Annual report 2019\nLondon Borough of Wandsworth\nThe council was inspected "
                       "in 2018 and judged good.\nInspection dates: 2 to 6 July 2018\n"
                       "Children's services in Wandsworth are good\n"),
        QStringLiteral("Recommendations\n1. Read more.\n2. Write less.\n")};
    const DocumentFacts facts = defaultDocumentReader().read(pages);
    QCOMPARE(facts.kind, Kind::Other);
    QVERIFY(facts.authority.isEmpty());
    QVERIFY(facts.authorityCode.isEmpty());
    QVERIFY(facts.judgements.isEmpty());
    QVERIFY(facts.recommendations.isEmpty());
    QVERIFY(!facts.inspectionStart.isValid());
    QCOMPARE(defaultDocumentReader().read({}).kind, Kind::Other);
    QCOMPARE(defaultDocumentReader().read({QString()}).kind, Kind::Other);
}

void TestUnderstanding::sifReport()
{
    const DocumentFacts facts = readFixture(QStringLiteral("sif_2016.txt"));
    QCOMPARE(facts.authority, QStringLiteral("London Borough of Wandsworth"));
    QCOMPARE(facts.authorityCode, QStringLiteral("212"));
    QVERIFY(facts.title.startsWith(QStringLiteral("Inspection of services for children in need")));
    QVERIFY(facts.title.endsWith(QStringLiteral("Local Safeguarding Children Board"))); // marker gone
    QCOMPARE(facts.inspectionStart, QDate(2015, 11, 24));
    QCOMPARE(facts.inspectionEnd, QDate(2015, 12, 17));
    QCOMPARE(facts.published, QDate(2016, 2, 16));
    QCOMPARE(facts.leadInspector, QStringLiteral("Carolyn Spray"));
    QCOMPARE(facts.inspectors.first(), QStringLiteral("Carolyn Spray"));
    QVERIFY(facts.inspectors.contains(QStringLiteral("Pietro Battista"))); // wrapped team line
    QVERIFY(facts.inspectors.contains(QStringLiteral("Tracey Zimmerman")));

    // The cover table: grades beside labels, and one below its label's first line.
    QCOMPARE(facts.judgements.value(Area::Overall), Grade::Inadequate);
    QCOMPARE(facts.judgements.value(Area::HelpProtection), Grade::Inadequate);
    QCOMPARE(facts.judgements.value(Area::InCare), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::Adoption), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::CareLeavers), Grade::Inadequate);
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::Inadequate);
    QCOMPARE(facts.judgements.value(Area::Lscb), Grade::RequiresImprovement);

    // 17 recommendations over two pages, then the LSCB's own five, numbered as printed.
    QCOMPARE(facts.recommendations.size(), 17);
    QCOMPARE(facts.recommendations.first().number, 1);
    QCOMPARE(facts.recommendations.first().text,
             QStringLiteral("Strengthen management oversight so that thresholds and child protection "
                            "procedures are applied appropriately and robustly, ensuring that all "
                            "children in need of help and protection are seen promptly and given the "
                            "right service at the right time."));
    QCOMPARE(facts.recommendations.at(11).number, 12);
    QCOMPARE(facts.recommendations.at(11).page, facts.recommendations.at(10).page + 1);
    QCOMPARE(facts.recommendations.last().text,
             QStringLiteral("Ensure that the electronic social care recording system promotes good "
                            "social work practice, supports effective managerial oversight and "
                            "provides accurate performance information."));
    QCOMPARE(facts.lscbRecommendations.size(), 5);
    QCOMPARE(facts.lscbRecommendations.first().number, 116);
    QCOMPARE(facts.lscbRecommendations.last().number, 120);

    // Numbered findings continue after the recommendations, with their section.
    const auto eighteen = std::find_if(facts.findings.cbegin(), facts.findings.cend(),
                                       [](const Finding &f) { return f.number == 18; });
    QVERIFY(eighteen != facts.findings.cend());
    QVERIFY(eighteen->section.startsWith(QStringLiteral("The experiences and progress of children who need help and protection")));
    QVERIFY(eighteen->text.startsWith(QStringLiteral("The experiences and progress of children who need help")));
    QVERIFY(eighteen->text.endsWith(QStringLiteral("including the MASH service.")));
    for (const Finding &f : facts.findings) {
        QVERIFY2(!f.text.contains(QStringLiteral("Ofsted produces this report")), "footnote kept");
        QVERIFY2(f.number < 1 || f.number > 17, "a recommendation was read as a finding");
    }
}

void TestUnderstanding::sifReinspectionSubBullets()
{
    const DocumentFacts facts = readFixture(QStringLiteral("sif_reinspection_2018.txt"));
    QCOMPARE(facts.authority, QStringLiteral("Norfolk Council"));
    QCOMPARE(facts.authorityCode, QStringLiteral("926"));
    QCOMPARE(facts.leadInspector, QStringLiteral("Donna Marriott"));
    QVERIFY(!facts.judgements.contains(Area::Lscb));
    // "2.2 Experiences and progress of care leavers Requires improvement": one space only.
    QCOMPARE(facts.judgements.value(Area::CareLeavers), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::Adoption), Grade::Outstanding);
    // Item 4 ends "by ensuring that:" and its three bullets belong to it.
    QCOMPARE(facts.recommendations.size(), 7);
    const Recommendation &four = facts.recommendations.at(3);
    QCOMPARE(four.number, 4);
    QCOMPARE(four.text.count(QStringLiteral("\n\u2022 ")), 3);
    QVERIFY(four.text.endsWith(QStringLiteral("informs risk management for children.")));
    QCOMPARE(facts.recommendations.at(4).number, 5);
}

void TestUnderstanding::judgementGradeOnItsOwnLine()
{
    // 2019 layout: the grade sits on a line of its own between the label's two lines.
    const DocumentFacts facts = readFixture(QStringLiteral("ilacs_2019.txt"));
    QCOMPARE(facts.authority, QStringLiteral("London Borough of Barnet"));
    QCOMPARE(facts.leadInspector, QStringLiteral("Andy Whippey"));
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::HelpProtection), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::InCare), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::Overall), Grade::Good);
    // Before 2023 the children-in-care grade covers care leavers: no separate judgement.
    QVERIFY(!facts.judgements.contains(Area::CareLeavers));
    QCOMPARE(facts.judgements.size(), 4);
}

void TestUnderstanding::judgementGradeWrappedAboveLabel()
{
    // "Requires improvement / to be good" wraps in its cell, and the overall grade starts on
    // the line above its label.
    const DocumentFacts facts = readFixture(QStringLiteral("ilacs_2019_wrapped_grades.txt"));
    QCOMPARE(facts.judgements.value(Area::Overall), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::InCare), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.size(), 4);
    QVERIFY(facts.otherJudgements.isEmpty());
}

void TestUnderstanding::ilacsWithoutOverall()
{
    const DocumentFacts facts = readFixture(QStringLiteral("ilacs_2026_no_overall.txt"));
    QCOMPARE(facts.kind, Kind::IlacsStandard);
    QCOMPARE(facts.authority, QStringLiteral("North Northamptonshire"));
    QCOMPARE(facts.authorityCode, QStringLiteral("940"));
    QVERIFY(!facts.judgements.contains(Area::Overall)); // never guessed
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::Outstanding);
    QCOMPARE(facts.judgements.value(Area::InCare), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::CareLeavers), Grade::Good);
    QVERIFY(!facts.published.isValid()); // ILACS reports do not state it
    QCOMPARE(facts.recommendations.size(), 2);
    QVERIFY(facts.recommendations.first().text.endsWith(QStringLiteral("(outcome 1, national framework)")));
}

void TestUnderstanding::ilacsShortByDates()
{
    const DocumentFacts facts = readFixture(QStringLiteral("ilacs_short_2026.txt"));
    QCOMPARE(facts.title, QStringLiteral("Inspection of Norfolk local authority children\u2019s services"));
    QCOMPARE(facts.inspectionStart, QDate(2026, 2, 23));
    QCOMPARE(facts.inspectionEnd, QDate(2026, 2, 27));
    QCOMPARE(facts.leadInspector, QStringLiteral("Rodica Cobarzan"));
    QCOMPARE(facts.judgements.value(Area::CareLeavers), Grade::Outstanding);
    QCOMPARE(facts.recommendations.size(), 1);

    // The same report with two weeks on site is a standard inspection.
    QStringList pages = fixturePages(QStringLiteral("ilacs_short_2026.txt"));
    pages.first().replace(QStringLiteral("23 to 27 February 2026"), QStringLiteral("16 to 27 February 2026"));
    QCOMPARE(defaultDocumentReader().read(pages).kind, Kind::IlacsStandard);
}

void TestUnderstanding::preSifGradesOutsideTheFour()
{
    const DocumentFacts facts = readFixture(QStringLiteral("presif_2013.txt"));
    QCOMPARE(facts.authority, QStringLiteral("Norfolk County Council"));
    QCOMPARE(facts.title, QStringLiteral("Inspection of looked after children services"));
    QCOMPARE(facts.leadInspector, QStringLiteral("Gary Lamb"));
    QCOMPARE(facts.published, QDate(2013, 8, 16));
    QCOMPARE(facts.judgements.value(Area::Overall), Grade::Inadequate);
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::Inadequate);
    QCOMPARE(facts.judgements.size(), 2);
    QCOMPARE(facts.otherJudgements.value(QStringLiteral("Capacity to improve")), QStringLiteral("Inadequate"));
    // 17 bullets under "Immediately:", "Within three months:" and "Within six months:"; the
    // numbered paragraph that introduces them is not one.
    QCOMPARE(facts.recommendations.size(), 17);
    QVERIFY(facts.recommendations.first().text.startsWith(QStringLiteral("ensure all elected members")));
    QCOMPARE(facts.recommendations.last().number, 17);

    // "Adequate" is not one of the four grades: it is kept as written, never mapped.
    QStringList pages = fixturePages(QStringLiteral("presif_2013.txt"));
    pages.last().replace(QStringLiteral(" Overall effectiveness                                              Inadequate"),
                         QStringLiteral(" Overall effectiveness                                              Adequate"));
    const DocumentFacts adequate = defaultDocumentReader().read(pages);
    QVERIFY(!adequate.judgements.contains(Area::Overall));
    QCOMPARE(adequate.otherJudgements.value(QStringLiteral("Overall effectiveness")), QStringLiteral("Adequate"));
}

void TestUnderstanding::recommendationSplitOverPages()
{
    // Item 16 runs over the page break, with the page number and a running header between.
    QStringList pages = fixturePages(QStringLiteral("sif_2016.txt"));
    const qsizetype p9 = 3; // fixture page holding recommendations 12-17
    QVERIFY(pages.at(p9).contains(QStringLiteral("16. Ensure that the care leaving service")));
    const QString before = QStringLiteral("16. Ensure that the care leaving service provides a high-quality support for care\n"
                                          "    leavers, in particular with regard to pathway planning and provision of a range\n");
    const qsizetype cut = pages.at(p9).indexOf(before) + before.size();
    QVERIFY(cut > before.size());
    const QString head = pages.at(p9).left(cut);
    const QString tail = pages.at(p9).mid(cut);
    pages[p9] = head + QStringLiteral("                                                                        9\n");
    pages.insert(p9 + 1, tail);
    const DocumentFacts facts = defaultDocumentReader().read(pages);
    QCOMPARE(facts.recommendations.size(), 17);
    const Recommendation &sixteen = facts.recommendations.at(15);
    QCOMPARE(sixteen.number, 16);
    QCOMPARE(sixteen.text,
             QStringLiteral("Ensure that the care leaving service provides a high-quality support for care "
                            "leavers, in particular with regard to pathway planning and provision of a range "
                            "of suitable accommodation and employment and training opportunities."));
    QCOMPARE(facts.recommendations.at(16).page, sixteen.page + 1);
}

void TestUnderstanding::recommendationNumbersLost()
{
    // A recommendations list whose numbers did not survive in the PDF text: items are told
    // apart by sentence ends, and numbered by position.
    const QStringList pages = fixturePages(QStringLiteral("sif_reinspection_2018.txt"));
    QStringList stripped = pages;
    for (QString &page : stripped) {
        static const QRegularExpression number(QStringLiteral("(?m)^([1-7])\\.  "));
        page.replace(number, QStringLiteral("    "));
    }
    const DocumentFacts facts = defaultDocumentReader().read(stripped);
    QVERIFY(facts.recommendations.size() >= 7);
    QCOMPARE(facts.recommendations.first().number, 1);
    QVERIFY(facts.recommendations.first().text.startsWith(QStringLiteral("Ensure that children are able")));
    QVERIFY(facts.recommendations.first().text.endsWith(QStringLiteral("manageable caseloads, provides.")));
    QCOMPARE(facts.recommendations.at(1).number, 2);
    QVERIFY(facts.recommendations.at(1).text.startsWith(QStringLiteral("Ensure sufficient capacity")));
    QVERIFY(facts.recommendations.last().text.endsWith(QStringLiteral("clearly recorded.")));
}

void TestUnderstanding::bulletListAcrossPages()
{
    // Twelve "What needs to improve" bullets, seven on one page and five on the next.
    const DocumentFacts facts = readFixture(QStringLiteral("ilacs_2019_split_list.txt"));
    QCOMPARE(facts.authorityCode, QStringLiteral("938"));
    QCOMPARE(facts.recommendations.size(), 12);
    QCOMPARE(facts.recommendations.at(7).number, 8);
    QCOMPARE(facts.recommendations.at(7).page, facts.recommendations.at(6).page + 1);
    QCOMPARE(facts.recommendations.at(7).text,
             QStringLiteral("The quality and regularity of supervision, management oversight, direction "
                            "and challenge, at all levels."));
}

void TestUnderstanding::focusedVisitLetter()
{
    const DocumentFacts facts = readFixture(QStringLiteral("focused_visit_2018.txt"));
    QCOMPARE(facts.authority, QStringLiteral("Wokingham Borough Council"));
    QCOMPARE(facts.authorityCode, QStringLiteral("872"));
    QCOMPARE(facts.published, QDate(2018, 11, 9));
    QCOMPARE(facts.inspectionStart, QDate(2018, 10, 17));
    QCOMPARE(facts.inspectionEnd, QDate(2018, 10, 18));
    QCOMPARE(facts.leadInspector, QStringLiteral("Tracey Scott"));
    QCOMPARE(facts.inspectors, QStringList({QStringLiteral("Tracey Scott"), QStringLiteral("Tracey Metcalfe")}));
    QVERIFY(facts.judgements.isEmpty());
    // Bullet glyphs were lost in the PDF text: five items all the same.
    QCOMPARE(facts.recommendations.size(), 5);
    QCOMPARE(facts.recommendations.at(3).text,
             QStringLiteral("Child protection strategy discussions, including: timeliness; the engagement "
                            "of multi-agency professionals and the quality of information-sharing; "
                            "threshold decision-making; and planning."));
    // Findings: ligatures repaired, the list not repeated, the signature left out.
    QVERIFY(!facts.findings.isEmpty());
    for (const Finding &f : facts.findings) {
        QVERIFY(!f.text.contains(QChar(0xFB01)));
        QVERIFY(!f.text.startsWith(QStringLiteral("The sustainability of arrangements")));
        QVERIFY(!f.text.contains(QStringLiteral("Yours sincerely")));
    }
    QVERIFY(std::any_of(facts.findings.cbegin(), facts.findings.cend(), [](const Finding &f) {
        return f.section == QStringLiteral("Findings")
            && f.text.startsWith(QStringLiteral("Rising turnover of staff"));
    }));
}

void TestUnderstanding::monitoringVisitLetter()
{
    const DocumentFacts facts = readFixture(QStringLiteral("monitoring_visit_2018.txt"));
    QCOMPARE(facts.authority, QStringLiteral("London Borough of Wandsworth"));
    QCOMPARE(facts.authorityCode, QStringLiteral("212"));
    QCOMPARE(facts.published, QDate(2018, 5, 9));
    QCOMPARE(facts.inspectionStart, QDate(2018, 3, 21));
    QCOMPARE(facts.inspectionEnd, QDate(2018, 3, 22));
    QCOMPARE(facts.leadInspector, QStringLiteral("Emmy Tomsett"));
    QCOMPARE(facts.inspectors, QStringList({QStringLiteral("Emmy Tomsett"), QStringLiteral("Marcie Taylor")}));
    QVERIFY(facts.recommendations.isEmpty());
    QVERIFY(facts.judgements.isEmpty());
}

void TestUnderstanding::findingsOfIlacsReport()
{
    const DocumentFacts facts = readFixture(QStringLiteral("ilacs_2022.txt"));
    const auto one = std::find_if(facts.findings.cbegin(), facts.findings.cend(),
                                  [](const Finding &f) { return f.number == 1; });
    QVERIFY(one != facts.findings.cend());
    QCOMPARE(one->section, QStringLiteral("The experiences and progress of children who need help and protection: requires improvement to be good"));
    QCOMPARE(one->page, 2);
    // Numbered paragraphs follow in order, none swallowed by its neighbour.
    int expected = 1;
    for (const Finding &f : facts.findings) {
        if (f.number == 0)
            continue;
        QCOMPARE(f.number, expected++);
        QVERIFY(!f.text.contains(QRegularExpression(QStringLiteral("\\s\\d{1,2}\\.\\s{2,}"))));
    }
    QVERIFY(expected > 5);
    // The "What needs to improve?" items are recommendations, not findings.
    for (const Finding &f : facts.findings)
        QVERIFY(!facts.recommendations.isEmpty() && f.text != facts.recommendations.first().text);
}

void TestUnderstanding::concurrentReads()
{
    const QStringList names = {QStringLiteral("sif_2016.txt"), QStringLiteral("ilacs_2022.txt"),
                               QStringLiteral("presif_2013.txt"), QStringLiteral("focused_visit_2018.txt")};
    QList<QStringList> inputs;
    QList<DocumentFacts> expected;
    for (int round = 0; round < 6; ++round) {
        for (const QString &name : names) {
            inputs.append(fixturePages(name));
            if (round == 0)
                expected.append(defaultDocumentReader().read(inputs.last()));
        }
    }
    const QList<DocumentFacts> results = QtConcurrent::blockingMapped(
        inputs, [](const QStringList &pages) { return defaultDocumentReader().read(pages); });
    QCOMPARE(results.size(), inputs.size());
    for (qsizetype i = 0; i < results.size(); ++i)
        QVERIFY(results.at(i) == expected.at(i % names.size()));
}
