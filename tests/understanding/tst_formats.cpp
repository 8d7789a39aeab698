// The formats that the first corpus did not show and the second did: one test per kind of
// failure, each on real page text (tests/understanding/data, see its README) and each failing
// on the reader as it was before the format was understood.

#include "FixtureText.h"
#include "TestUnderstanding.h"

#include "understanding/DateParser.h"
#include "understanding/DocumentReader.h"
#include "understanding/TextCleaner.h"

#include "domain/DocumentFacts.h"

#include <QTest>

using namespace oversight;
using oversight::test::fixturePages;

namespace {

DocumentFacts read(const QString &fixture)
{
    return defaultDocumentReader().read(fixturePages(fixture));
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

void TestUnderstanding::titleOverTwoLines()
{
    // "Inspection of Kent County Council" / "children’s services": no "local authority".
    const DocumentFacts facts = read(QStringLiteral("ilacs_2022_title_two_lines.txt"));
    QCOMPARE(facts.kind, Kind::IlacsStandard);
    QCOMPARE(facts.authority, QStringLiteral("Kent County Council"));
    QCOMPARE(facts.inspectionStart, day(2022, 5, 9));
    QCOMPARE(facts.inspectionEnd, day(2022, 5, 20));
    QCOMPARE(facts.leadInspector, QStringLiteral("Margaret Burke"));
    QCOMPARE(facts.judgements.value(Area::Overall), Grade::Outstanding);
    QCOMPARE(facts.judgements.value(Area::HelpProtection), Grade::Good);
    QCOMPARE(facts.recommendations.size(), 3);
    QVERIFY2(facts.warnings.isEmpty(), qPrintable(facts.warnings.join(u' ')));
}

void TestUnderstanding::gradesOverTwoLines()
{
    // 2014 SIF cover: "Requires" above the row, "improvement" beside its label.
    const DocumentFacts facts = read(QStringLiteral("sif_2014_grades_two_lines.txt"));
    QCOMPARE(facts.kind, Kind::Sif);
    QCOMPARE(facts.judgements.value(Area::HelpProtection), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::InCare), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::Adoption), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::CareLeavers), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::Lscb), Grade::RequiresImprovement);
    // "Priority and immediate action" / "The inspection did not find any ..." / "Areas for
    // improvement" / "10. ...": the empty first part does not end the list.
    QCOMPARE(facts.recommendations.size(), 25);
    QCOMPARE(facts.recommendations.first().number, 10);
}

void TestUnderstanding::gradesOverThreeLinesInUntitledReinspection()
{
    // "Requires" / "improvement to be" / "good" around the label, and a SIF title with no LSCB
    // review whose summary looks back at the inadequate judgement: a re-inspection.
    const DocumentFacts facts = read(QStringLiteral("sif_reinspection_2018_untitled.txt"));
    QCOMPARE(facts.kind, Kind::SifReinspection);
    QCOMPARE(facts.judgements.value(Area::Overall), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::HelpProtection), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::InCare), Grade::RequiresImprovement);
    QCOMPARE(facts.judgements.value(Area::Adoption), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::CareLeavers), Grade::Good);
    QCOMPARE(facts.judgements.value(Area::Leaders), Grade::RequiresImprovement);
    QVERIFY(!facts.judgements.contains(Area::Lscb));
}

void TestUnderstanding::improvementPointsAfterColonWithGlyphBullets()
{
    const DocumentFacts facts = read(QStringLiteral("ilacs_2019_improve_colon_bullets.txt"));
    QCOMPARE(facts.kind, Kind::IlacsStandard);
    QCOMPARE(facts.recommendations.size(), 15);
    QVERIFY(facts.recommendations.first().text.startsWith(QStringLiteral("The development and implementation")));
}

void TestUnderstanding::numericDates()
{
    const DocumentFacts facts = read(QStringLiteral("sif_2015_numeric_dates.txt"));
    QCOMPARE(facts.inspectionStart, day(2015, 6, 1));
    QCOMPARE(facts.inspectionEnd, day(2015, 6, 25));
    QCOMPARE(facts.published, day(2015, 8, 10));
    QCOMPARE(DateParser::spellNumericDates(QStringLiteral("1/06/2015 – 25/06/2015")),
             QStringLiteral("1 June 2015 – 25 June 2015"));
    QCOMPARE(DateParser::spellNumericDates(QStringLiteral("and/or 3/13/2015")),
             QStringLiteral("and/or 3/13/2015")); // no 13th month: left alone
}

void TestUnderstanding::twoLeadInspectors()
{
    const DocumentFacts facts = read(QStringLiteral("ilacs_2022_two_leads.txt"));
    QCOMPARE(facts.leadInspector, QStringLiteral("Rebecca Quested and Matthew Reed"));
    QCOMPARE(facts.inspectors.mid(0, 2),
             (QStringList{QStringLiteral("Rebecca Quested"), QStringLiteral("Matthew Reed")}));
}

void TestUnderstanding::inspectionInTwoPeriods()
{
    // "8 July 2019 to 12 July 2019 and 7 August 2019 to" / "8 August 2019": the last day ends
    // it, and the first week on site makes it a short inspection.
    const DocumentFacts facts = read(QStringLiteral("ilacs_2019_two_periods.txt"));
    QCOMPARE(facts.inspectionStart, day(2019, 7, 8));
    QCOMPARE(facts.inspectionEnd, day(2019, 8, 8));
    QCOMPARE(facts.kind, Kind::IlacsShort);
    // Days listed: the first to the last.
    const DateRange days = DateParser::findRange(QStringLiteral("on 15, 16 and 21 July 2025."));
    QCOMPARE(days.start, day(2025, 7, 15));
    QCOMPARE(days.end, day(2025, 7, 21));
}

void TestUnderstanding::letterInspectorsInASentence_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("inspectors");
    QTest::newRow("Her Majesty's Inspectors for this visit were A and B")
        << QStringLiteral("focused_visit_2021_inspectors_sentence.txt")
        << QStringList{QStringLiteral("Tom Anthony"), QStringLiteral("Margaret Burke")};
    QTest::newRow("The visit was carried out by Her Majesty's Inspectors A, B, ... and E")
        << QStringLiteral("focused_visit_2021_carried_out_by.txt")
        << QStringList{QStringLiteral("John Roughton"), QStringLiteral("Rachel Griffiths"),
                       QStringLiteral("Tara Geere"), QStringLiteral("Alex Dignan"),
                       QStringLiteral("Stephen Bentham")};
}

void TestUnderstanding::letterInspectorsInASentence()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, inspectors);
    const DocumentFacts facts = read(fixture);
    QCOMPARE(facts.kind, Kind::FocusedVisit);
    QStringList got = facts.inspectors;
    got.sort();
    inspectors.sort();
    QCOMPARE(got, inspectors);
    QVERIFY2(facts.warnings.isEmpty(), qPrintable(facts.warnings.join(u' ')));
}

void TestUnderstanding::letterImprovementSections_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("count");
    QTest::newRow("areas for priority action, then what needs to improve")
        << QStringLiteral("focused_visit_2023_priority_action.txt") << 7;
    QTest::newRow("heading ending in a colon, items in lower case")
        << QStringLiteral("focused_visit_2020_improve_colon.txt") << 4;
}

void TestUnderstanding::letterImprovementSections()
{
    QFETCH(QString, fixture);
    QFETCH(int, count);
    QCOMPARE(read(fixture).recommendations.size(), count);
}

void TestUnderstanding::reSavedApostrophes()
{
    // A Ghostscript PDF/A re-save turns every ’ into 9: the same report must read the same.
    // (A report whose title the reader knew before, so that only the re-save is tested.)
    QStringList pages = fixturePages(QStringLiteral("ilacs_2022.txt"));
    for (QString &page : pages)
        page.replace(QChar(0x2019), QLatin1Char('9'));
    QVERIFY(pages.first().contains(QStringLiteral("children9s services")));
    const DocumentFacts resaved = defaultDocumentReader().read(pages);
    const DocumentFacts original = read(QStringLiteral("ilacs_2022.txt"));
    QCOMPARE(resaved.kind, Kind::IlacsStandard);
    QCOMPARE(resaved.leadInspector, original.leadInspector);
    QCOMPARE(resaved.judgements, original.judgements);
    QCOMPARE(resaved.recommendations.size(), original.recommendations.size());
    QCOMPARE(TextCleaner::repairApostrophes(QStringLiteral("His Majesty9s Inspector, don9t")),
             QStringLiteral("His Majesty\u2019s Inspector, don\u2019t"));
    QCOMPARE(TextCleaner::repairApostrophes(QStringLiteral("B9 Section 19 of 1989s")),
             QStringLiteral("B9 Section 19 of 1989s"));
}

void TestUnderstanding::warningsNameWhatWasMissed()
{
    // Fully read: no warning.
    QVERIFY(read(QStringLiteral("ilacs_2022_title_two_lines.txt")).warnings.isEmpty());
    QVERIFY(read(QStringLiteral("focused_visit_2021_inspectors_sentence.txt")).warnings.isEmpty());
    // The judgement table gone (the cover drawn as an image, say): the judgements are named.
    QStringList pages = fixturePages(QStringLiteral("ilacs_2022_title_two_lines.txt"));
    QStringList kept;
    for (const QString &line : pages.first().split(u'\n')) {
        if (!line.contains(QStringLiteral("Outstanding")) && !line.contains(QStringLiteral("Good"))
            && !line.contains(QStringLiteral("Grade")))
            kept.append(line);
    }
    pages.first() = kept.join(u'\n');
    const DocumentFacts noTable = defaultDocumentReader().read(pages);
    QVERIFY(noTable.judgements.isEmpty());
    QCOMPARE(noTable.warnings, QStringList{QStringLiteral("judgements")});
    // A letter whose team sentence is lost names the inspectors.
    QStringList letter = fixturePages(QStringLiteral("focused_visit_2021_inspectors_sentence.txt"));
    QVERIFY(letter.first().contains(QStringLiteral("were Tom Anthony and Margaret Burke.")));
    letter.first().replace(QStringLiteral("were Tom Anthony and Margaret Burke."), QStringLiteral("were on site."));
    QVERIFY(defaultDocumentReader().read(letter).warnings.contains(QStringLiteral("inspectors")));
    // A SIF report with no LSCB grade says so.
    QStringList sif = fixturePages(QStringLiteral("sif_2015_numeric_dates.txt"));
    sif.first().replace(QStringLiteral("Local Safeguarding Children Board"), QStringLiteral("partnership"));
    QVERIFY(defaultDocumentReader().read(sif).warnings.contains(QStringLiteral("judgements.lscb")));
}
