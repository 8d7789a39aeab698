#include "TestUnderstanding.h"

#include "understanding/AuthorityDirectory.h"
#include "understanding/CleanText.h"
#include "understanding/DateParser.h"
#include "understanding/InspectorReader.h"
#include "understanding/JudgementReader.h"
#include "understanding/TextCleaner.h"

#include "domain/DocumentFacts.h"

#include <QTest>

using namespace oversight;

void TestUnderstanding::dateRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("month boundary, hyphen")
        << QStringLiteral("Inspection date: 24 November - 17 December 2015")
        << QDate(2015, 11, 24) << QDate(2015, 12, 17);
    QTest::newRow("to, one month") << QStringLiteral("Inspection dates: 23 to 27 February 2026")
                                   << QDate(2026, 2, 23) << QDate(2026, 2, 27);
    QTest::newRow("and, wrapped") << QStringLiteral("on 17 and 18 October\n2018.")
                                  << QDate(2018, 10, 17) << QDate(2018, 10, 18);
    QTest::newRow("en dash without spaces") << QStringLiteral("visited on 21\u201322 March 2018")
                                            << QDate(2018, 3, 21) << QDate(2018, 3, 22);
    QTest::newRow("en dash, pre-SIF") << QStringLiteral("Inspection dates:    8 \u2013 12 July 2013")
                                      << QDate(2013, 7, 8) << QDate(2013, 7, 12);
    QTest::newRow("full dates both ends")
        << QStringLiteral("Inspection date: 30 April 2014 \u2013 21 May 2014") << QDate(2014, 4, 30)
        << QDate(2014, 5, 21);
    QTest::newRow("year boundary") << QStringLiteral("from 29 December to 9 January 2015")
                                   << QDate(2014, 12, 29) << QDate(2015, 1, 9);
    QTest::newRow("single day") << QStringLiteral("Report published: 16 February 2016")
                                << QDate(2016, 2, 16) << QDate(2016, 2, 16);
}

void TestUnderstanding::dateRanges()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const DateRange range = DateParser::findRange(text);
    QCOMPARE(range.start, start);
    QCOMPARE(range.end, end);
}

void TestUnderstanding::dateRangeAbsent()
{
    QVERIFY(!DateParser::findRange(QStringLiteral("No dates here, only 2015 and 12 cases.")).isValid());
    QVERIFY(!DateParser::findRange(QStringLiteral("31 February 2016")).isValid());
}

void TestUnderstanding::authorityNames_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code");
    QTest::newRow("London Borough of") << QStringLiteral("London Borough of Wandsworth") << QStringLiteral("212");
    QTest::newRow("the Royal Borough of") << QStringLiteral("the Royal Borough of Kensington and Chelsea") << QStringLiteral("207");
    QTest::newRow("X Council") << QStringLiteral("Norfolk Council") << QStringLiteral("926");
    QTest::newRow("X County Council") << QStringLiteral("North Yorkshire County Council") << QStringLiteral("815");
    QTest::newRow("City of X") << QStringLiteral("City of Wolverhampton") << QStringLiteral("336");
    QTest::newRow("City of X council") << QStringLiteral("City of Wolverhampton Council") << QStringLiteral("336");
    QTest::newRow("St. with stop") << QStringLiteral("St. Helens Metropolitan Borough Council") << QStringLiteral("342");
    QTest::newRow("St without stop") << QStringLiteral("St Helens Metropolitan Borough\nCouncil") << QStringLiteral("342");
    QTest::newRow("lower-case city council") << QStringLiteral("Southend-on-Sea city council") << QStringLiteral("882");
    QTest::newRow("Borough Council") << QStringLiteral("Wokingham Borough Council") << QStringLiteral("872");
    QTest::newRow("new authority") << QStringLiteral("North Northamptonshire") << QStringLiteral("940");
    QTest::newRow("merged authority") << QStringLiteral("Cumberland Council") << QStringLiteral("942");
    QTest::newRow("also known as") << QStringLiteral("Hull City Council") << QStringLiteral("810");
    QTest::newRow("also known as, abbreviation") << QStringLiteral("BCP Council") << QStringLiteral("839");
    QTest::newRow("inverted City of") << QStringLiteral("Bristol City Council") << QStringLiteral("801");
    QTest::newRow("City of London is not London") << QStringLiteral("City of London") << QStringLiteral("201");
    QTest::newRow("County Durham") << QStringLiteral("Durham County Council") << QStringLiteral("840");
    QTest::newRow("ampersand") << QStringLiteral("Hammersmith & Fulham") << QStringLiteral("205");
    QTest::newRow("unknown") << QStringLiteral("Borsetshire County Council") << QString();
    QTest::newRow("a region alone") << QStringLiteral("London") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestUnderstanding::authorityNames()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    QCOMPARE(AuthorityDirectory::instance().codeFor(written), code);
}

void TestUnderstanding::authorityByCode()
{
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    QVERIFY(!directory.isEmpty());
    QCOMPARE(directory.canonicalName(QStringLiteral("212")), QStringLiteral("Wandsworth"));
    QCOMPARE(directory.region(QStringLiteral("212")), QStringLiteral("London"));
    const QStringList neighbours = directory.statisticalNeighbours(QStringLiteral("212"));
    QCOMPARE(neighbours.size(), 10);
    QCOMPARE(neighbours.first(), QStringLiteral("205"));
    QCOMPARE(directory.canonicalName(QStringLiteral("342")), QStringLiteral("St. Helens"));
    QVERIFY(directory.byCode(QStringLiteral("999")) == nullptr);

    // A directory built from other CSV text, as tests of other modules may need.
    const AuthorityDirectory small(QByteArrayLiteral(
        "urn,la_code,local_authority_ons_name,also_known_as,region_name,stat_neighbours\n"
        "1,100,Borsetshire,\"[Borset, Felpersham]\",Midlands,\"101, 102\"\n"));
    QCOMPARE(small.codeFor(QStringLiteral("Borsetshire County Council")), QStringLiteral("100"));
    QCOMPARE(small.codeFor(QStringLiteral("Felpersham")), QStringLiteral("100"));
    QCOMPARE(small.statisticalNeighbours(QStringLiteral("100")),
             QStringList({QStringLiteral("101"), QStringLiteral("102")}));
}

void TestUnderstanding::cleanerRemovesPageFurniture()
{
    // ILACS pages carry a two-line footer (title and dates with the page number); the cover's
    // own title line is the same text and must stay. Footnote 1 and its marker go.
    QStringList pages;
    pages << QStringLiteral("Inspection of Norfolk local authority\nchildren\u2019s services\n"
                            "Inspection dates: 23 to 27 February 2026\n");
    for (int p = 2; p <= 5; ++p) {
        QString page = QStringLiteral("Paragraph text on page %1.\n").arg(p);
        if (p == 2)
            page += QStringLiteral("What needs to improve?1\n\u25fc Something.\n1\n"
                                   "  The areas for improvement have been cross-referenced.\n");
        page += QStringLiteral("Inspection of Norfolk local authority children\u2019s services\n"
                               "23 to 27 February 2026                                  %1\n")
                    .arg(p);
        pages << page;
    }
    const CleanText text = TextCleaner::clean(pages);
    QCOMPARE(text.pageCount, 5);
    QCOMPARE(text.at(0).text, QStringLiteral("Inspection of Norfolk local authority"));
    QStringList all;
    for (const TextLine &line : text.lines)
        all << line.text;
    QVERIFY(!all.contains(QStringLiteral("Inspection of Norfolk local authority children\u2019s services")));
    QVERIFY(all.contains(QStringLiteral("What needs to improve?")));
    QVERIFY(!all.join(QLatin1Char(' ')).contains(QStringLiteral("cross-referenced")));
    QVERIFY(!all.join(QLatin1Char(' ')).contains(QStringLiteral("February 2026      ")));
    const qsizetype bullet = all.indexOf(QStringLiteral("Something."));
    QVERIFY(bullet > 0);
    QVERIFY(text.at(bullet).bullet);
}

// Physical-layout text puts a table's columns on one line, three or more spaces apart.
void TestUnderstanding::cellsSplitAtWideGaps_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("judgement row")
        << QStringLiteral("  Overall effectiveness      Requires improvement to be good  ")
        << QStringList{QStringLiteral("Overall effectiveness"),
                       QStringLiteral("Requires improvement to be good")};
    QTest::newRow("two spaces are not a gap")
        << QStringLiteral("Leaders know  their services well")
        << QStringList{QStringLiteral("Leaders know  their services well")};
    QTest::newRow("exactly three, tabs and no-break spaces")
        << QStringLiteral("Contents   3\t\t\tfour\u00a0\u00a0\u00a0five")
        << QStringList{QStringLiteral("Contents"), QStringLiteral("3"), QStringLiteral("four"),
                       QStringLiteral("five")};
    QTest::newRow("narrow gaps inside the last cell")
        << QStringLiteral("Help and protection      Requires  improvement  to be good")
        << QStringList{QStringLiteral("Help and protection"),
                       QStringLiteral("Requires  improvement  to be good")};
    QTest::newRow("contents entry") << QStringLiteral("Recommendations    4")
                                    << QStringList{QStringLiteral("Recommendations"), QStringLiteral("4")};
    QTest::newRow("blank") << QStringLiteral("     ") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestUnderstanding::cellsSplitAtWideGaps()
{
    QFETCH(QString, line);
    QFETCH(QStringList, cells);
    QCOMPARE(TextTools::cells(line), cells);
    // lastCell() is the same answer without the list.
    bool hasOthers = false;
    QCOMPARE(TextTools::lastCell(line, &hasOthers).toString(), cells.value(cells.size() - 1));
    QCOMPARE(hasOthers, cells.size() > 1);
}

void TestUnderstanding::containsIgnoringAsciiCase()
{
    QVERIFY(TextTools::containsIgnoringAsciiCase(u"The Local Safeguarding Children BOARD", "board"));
    QVERIFY(TextTools::containsIgnoringAsciiCase(u"(LSCB)", "lscb"));
    QVERIFY(TextTools::containsIgnoringAsciiCase(u"board", "board"));
    QVERIFY(!TextTools::containsIgnoringAsciiCase(u"boar", "board"));
    QVERIFY(!TextTools::containsIgnoringAsciiCase(u"", "board"));
    QVERIFY(!TextTools::containsIgnoringAsciiCase(u"Children in care", "board"));
}

void TestUnderstanding::cleanerRepairsLigaturesAndHyphens()
{
    const CleanText text = TextCleaner::clean(
        {QStringLiteral("This letter summarises the \ufb01ndings and sta\ufb00 super\ufb02uous multi-\n"
                        "agency e\ufb03cient work.\n")});
    QCOMPARE(text.join(0, text.size()),
             QStringLiteral("This letter summarises the findings and staff superfluous "
                            "multi-agency efficient work."));
}

void TestUnderstanding::gradesAsWritten_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("grade");
    QTest::newRow("outstanding") << QStringLiteral("Outstanding") << Grade::Outstanding;
    QTest::newRow("requires improvement to be good")
        << QStringLiteral("Requires improvement to be good") << Grade::RequiresImprovement;
    QTest::newRow("capitalised") << QStringLiteral("Requires Improvement") << Grade::RequiresImprovement;
    QTest::newRow("adequate is not one of the four") << QStringLiteral("Adequate") << QString();
    QTest::newRow("not judged") << QStringLiteral("Not judged") << QString();
}

void TestUnderstanding::gradesAsWritten()
{
    QFETCH(QString, written);
    QFETCH(QString, grade);
    QCOMPARE(JudgementReader::gradeFor(written), grade);
    QVERIFY(JudgementReader::isGradeCell(written));
}

void TestUnderstanding::inspectorNames_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("His Majesty's Inspector")
        << QStringLiteral("Rodica Cobarzan, His Majesty\u2019s Inspector")
        << QStringList{QStringLiteral("Rodica Cobarzan")};
    QTest::newRow("HMI after each") << QStringLiteral("Emmy Tomsett, HMI, and Marcie Taylor, HMI")
                                    << QStringList{QStringLiteral("Emmy Tomsett"), QStringLiteral("Marcie Taylor")};
    QTest::newRow("two of Her Majesty's Inspectors")
        << QStringLiteral("Tracey Scott and Tracey Metcalfe, two of Her Majesty's Inspectors")
        << QStringList{QStringLiteral("Tracey Scott"), QStringLiteral("Tracey Metcalfe")};
    QTest::newRow("HMI before, OI after")
        << QStringLiteral("HMI Susan Myers, Fiona Millns, Mary Candlin (OI)")
        << QStringList{QStringLiteral("Susan Myers"), QStringLiteral("Fiona Millns"), QStringLiteral("Mary Candlin")};
    QTest::newRow("full stop between names") << QStringLiteral("Tony Theodoulou. Tracey Zimmerman")
                                             << QStringList{QStringLiteral("Tony Theodoulou"), QStringLiteral("Tracey Zimmerman")};
    // A role after a comma is no name, and one after the name is no part of it (SIF reports'
    // team lists: "Ty Yousaf, Associate Inspector", "Rachel Holden HMI Designate").
    QTest::newRow("role after a comma")
        << QStringLiteral("Pam Blackman HMI, Ty Yousaf, Associate Inspector")
        << QStringList{QStringLiteral("Pam Blackman"), QStringLiteral("Ty Yousaf")};
    QTest::newRow("roles after names")
        << QStringLiteral("Dr Kenneth Jones HMI, Rachel Holden HMI Designate, Fiona Parker "
                          "Associate Inspector.")
        << QStringList{QStringLiteral("Kenneth Jones"), QStringLiteral("Rachel Holden"),
                       QStringLiteral("Fiona Parker")};
    QTest::newRow("senior and deputy roles")
        << QStringLiteral("Helen Cawston Senior HMI, Simone White, Senior Her Majesty's Inspector")
        << QStringList{QStringLiteral("Helen Cawston"), QStringLiteral("Simone White")};
}

void TestUnderstanding::inspectorNames()
{
    QFETCH(QString, written);
    QFETCH(QStringList, names);
    QCOMPARE(InspectorReader::splitNames(written), names);
}

void TestUnderstanding::twoColumnTeamBlock()
{
    // The team block laid out in two columns: labels left, names right, names wrapping.
    const CleanText text = TextCleaner::clean({QStringLiteral(
        "The inspection team\n"
        "Lead inspector:                     Anne Waterman\n"
        "Deputy lead inspector:              Linda Steele\n"
        "Team inspectors:                    Mandy Nightingale, Brenda McLaughlin, Jan\n"
        "                                    Edwards\n"
        "Senior data analyst:                Patrick Thomson\n")});
    const InspectorFacts facts = InspectorReader::read(text, false);
    QCOMPARE(facts.lead, QStringLiteral("Anne Waterman"));
    QCOMPARE(facts.all,
             QStringList({QStringLiteral("Anne Waterman"), QStringLiteral("Linda Steele"),
                          QStringLiteral("Mandy Nightingale"), QStringLiteral("Brenda McLaughlin"),
                          QStringLiteral("Jan Edwards")}));
}

QTEST_GUILESS_MAIN(TestUnderstanding)
