// Series built from a real store: Wandsworth's reports imported from tests/data, and documents
// with chosen grades added through DocumentStore for the cases real files do not cover.
#include "AnalysisFixtures.h"
#include "TestBackend.h"
#include "Fixtures.h"

#include "analysis/AnalysisQueries.h"
#include "analysis/DataTableModel.h"
#include "analysis/GradeTimeline.h"
#include "analysis/NationalPicture.h"
#include "analysis/PeerSelection.h"
#include "itemmodels/ItemRoles.h"
#include "understanding/AuthorityDirectory.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class TestGradeTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wandsworthAreasInOrder();
    void overallValuesOldestFirst();
    void monitoringVisitIsAnUngradedMark();
    void areaSendInspectionsHaveTheirOwnRow();
    void gapWhereAnInspectionGivesNoGrade();
    void authorityFoundByCodeOrName_data();
    void authorityFoundByCodeOrName();
    void neighboursAreTheDfeList();
    void regionHoldsLondonBoroughs();
    void peersSeriesFollowTheCodes();
    void nationalLatestGradePerAuthority();
    void nationalYearByYear();
    void tableModel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QMap<QString, qint64> m_ids;
    qint64 m_wandsworth = 0;
};

void TestGradeTimeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = newDatabaseLocation(m_dir, QStringLiteral("timeline"));
    m_ids = importData(db, {Data::Wandsworth2016, Data::Wandsworth2018, Data::Wandsworth2023,
                            Data::MonitoringLetter, Data::FocusedLetter});
    QCOMPARE(m_ids.size(), 5);
    m_database = std::make_unique<Database>(db);
    DocumentStore store(*m_database);
    // Two authorities the files do not cover: Merton (a Wandsworth neighbour, code 315) and
    // Kingston (314), whose 2019 inspection gives no care leavers grade between two that do.
    const QList<NewDocument> extra{
        documentWithGrades(QStringLiteral("315"), QDate(2017, 3, 1), Kind::Sif,
                           {{Area::Overall, Grade::Good}, {Area::CareLeavers, Grade::Good}}, 1),
        documentWithGrades(QStringLiteral("314"), QDate(2016, 5, 1), Kind::Sif,
                           {{Area::Overall, Grade::Inadequate},
                            {Area::CareLeavers, Grade::RequiresImprovement}}, 2),
        documentWithGrades(QStringLiteral("314"), QDate(2019, 6, 1), Kind::IlacsStandard,
                           {{Area::Overall, Grade::Good}, {Area::InCare, Grade::Good}}, 3),
        documentWithGrades(QStringLiteral("314"), QDate(2022, 6, 1), Kind::IlacsStandard,
                           {{Area::Overall, Grade::Outstanding},
                            {Area::CareLeavers, Grade::Outstanding}}, 4),
        // Merton's area SEND inspections: outcomes, not grades.
        areaSendDocument(QStringLiteral("315"), QDate(2023, 10, 13), SendOutcome::Inconsistent, 5),
        areaSendDocument(QStringLiteral("315"), QDate(2025, 2, 7), SendOutcome::Positive, 6),
    };
    for (const NewDocument &doc : extra)
        QCOMPARE(store.add(doc), DocumentStore::AddResult::Added);
    m_wandsworth = AnalysisQueries(*m_database).authorityIdFor(QStringLiteral("212"));
    QVERIFY(m_wandsworth > 0);
}

void TestGradeTimeline::wandsworthAreasInOrder()
{
    const GradeTimeline t = authorityTimeline(
        QStringLiteral("Wandsworth"), AnalysisQueries(*m_database).authorityDocuments(m_wandsworth));
    QStringList keys;
    for (const GradeSeries &s : t.series)
        keys.append(s.key);
    QCOMPARE(keys, (QStringList{Area::Overall, Area::Leaders, Area::HelpProtection, Area::InCare,
                                Area::CareLeavers, Area::Adoption, Area::Lscb}));
}

void TestGradeTimeline::overallValuesOldestFirst()
{
    const GradeTimeline t = authorityTimeline(
        QStringLiteral("Wandsworth"), AnalysisQueries(*m_database).authorityDocuments(m_wandsworth));
    const GradeSeries &overall = t.series.first();
    QCOMPARE(overall.points.size(), 3);
    QCOMPARE(overall.points.at(0).grade, Grade::Inadequate);
    QCOMPARE(overall.points.at(0).documentId, m_ids.value(Data::Wandsworth2016));
    QCOMPARE(overall.points.at(0).date, QDate(2016, 2, 16));
    // Placed at its publication, listed (as in the Library, and in the chart's table) under the
    // last day of its inspection.
    QCOMPARE(overall.points.at(0).listDate, QDate(2015, 12, 17));
    const DataTable table = timelineTable(t);
    QCOMPARE(table.documentIds.first(), m_ids.value(Data::Wandsworth2016));
    QCOMPARE(table.rows.first().first(), QStringLiteral("2015-12-17"));
    QCOMPARE(overall.points.at(1).grade, Grade::RequiresImprovement);
    QCOMPARE(overall.points.at(1).documentId, m_ids.value(Data::Wandsworth2018));
    QCOMPARE(overall.points.at(2).grade, Grade::Good);
    QCOMPARE(overall.points.at(2).documentId, m_ids.value(Data::Wandsworth2023));
    QVERIFY(overall.points.at(0).date < overall.points.at(1).date);
    QVERIFY(overall.points.at(1).date < overall.points.at(2).date);
    // The LSCB was judged in 2016 only: one point, no trailing gaps.
    const GradeSeries &lscb = t.series.last();
    QCOMPARE(lscb.points.size(), 1);
    QCOMPARE(lscb.points.first().grade, Grade::RequiresImprovement);
}

void TestGradeTimeline::monitoringVisitIsAnUngradedMark()
{
    const GradeTimeline t = authorityTimeline(
        QStringLiteral("Wandsworth"), AnalysisQueries(*m_database).authorityDocuments(m_wandsworth));
    QCOMPARE(t.visits.size(), 1);
    QCOMPARE(t.visits.first().documentId, m_ids.value(Data::MonitoringLetter));
    QCOMPARE(t.visits.first().kind, Kind::MonitoringVisit);
    for (const GradeSeries &s : t.series) {
        for (const GradePoint &p : s.points)
            QVERIFY(p.documentId != m_ids.value(Data::MonitoringLetter));
    }
}

void TestGradeTimeline::gapWhereAnInspectionGivesNoGrade()
{
    AnalysisQueries q(*m_database);
    const GradeTimeline t =
        authorityTimeline(QStringLiteral("Kingston"), q.authorityDocuments(q.authorityIdFor(QStringLiteral("314"))));
    const GradeSeries *leavers = nullptr;
    const GradeSeries *inCare = nullptr;
    for (const GradeSeries &s : t.series) {
        if (s.key == Area::CareLeavers)
            leavers = &s;
        if (s.key == Area::InCare)
            inCare = &s;
    }
    QVERIFY(leavers && inCare);
    QCOMPARE(leavers->points.size(), 3);
    QCOMPARE(leavers->points.at(0).grade, Grade::RequiresImprovement);
    QVERIFY(leavers->points.at(1).isGap());
    QCOMPARE(leavers->points.at(1).date, QDate(2019, 6, 1));
    QCOMPARE(leavers->points.at(2).grade, Grade::Outstanding);
    // A series graded once keeps no leading or trailing gaps.
    QCOMPARE(inCare->points.size(), 1);

    const DataTable table = timelineTable(t);
    QCOMPARE(table.rows.size(), 3);
    const qsizetype leaversColumn = table.headers.indexOf(leavers->name);
    QCOMPARE(table.rows.at(1).at(leaversColumn), QString());
    QCOMPARE(table.rows.at(2).at(leaversColumn), Grade::label(Grade::Outstanding));
}

void TestGradeTimeline::authorityFoundByCodeOrName_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("DfE code") << QStringLiteral("212");
    QTest::newRow("canonical name") << QStringLiteral("Wandsworth");
    QTest::newRow("lower case") << QStringLiteral("wandsworth");
    QTest::newRow("as documents write it") << QStringLiteral("London Borough of Wandsworth");
}

void TestGradeTimeline::authorityFoundByCodeOrName()
{
    QFETCH(QString, query);
    QCOMPARE(AnalysisQueries(*m_database).authorityIdFor(query), m_wandsworth);
}

void TestGradeTimeline::neighboursAreTheDfeList()
{
    // resources/local_authorities.csv: Wandsworth's stat_neighbours column.
    const QStringList codes =
        PeerSelection::statisticalNeighbours(AuthorityDirectory::instance(), QStringLiteral("212"));
    QCOMPARE(codes, (QStringList{QStringLiteral("212"), QStringLiteral("205"),
                                 QStringLiteral("314"), QStringLiteral("315"),
                                 QStringLiteral("208"), QStringLiteral("209"),
                                 QStringLiteral("302"), QStringLiteral("870"),
                                 QStringLiteral("801"), QStringLiteral("846"),
                                 QStringLiteral("305")}));
}

void TestGradeTimeline::regionHoldsLondonBoroughs()
{
    const QStringList codes =
        PeerSelection::region(AuthorityDirectory::instance(), QStringLiteral("212"));
    QCOMPARE(codes.first(), QStringLiteral("212"));
    QCOMPARE(codes.size(), 33); // the 32 London boroughs and the City of London
    QVERIFY(codes.contains(QStringLiteral("305"))); // Bromley
    QVERIFY(!codes.contains(QStringLiteral("870"))); // Reading: a neighbour, not in London
}

void TestGradeTimeline::peersSeriesFollowTheCodes()
{
    const QStringList codes{QStringLiteral("212"), QStringLiteral("315"), QStringLiteral("314")};
    const GradeTimeline t =
        peersTimeline(Area::Overall, codes, AnalysisQueries(*m_database).allDocuments());
    QCOMPARE(t.series.size(), 3);
    QCOMPARE(t.series.at(0).name, QStringLiteral("Wandsworth"));
    QCOMPARE(t.series.at(0).points.size(), 3);
    QCOMPARE(t.series.at(1).key, QStringLiteral("315"));
    QCOMPARE(t.series.at(1).points.size(), 1);
    QCOMPARE(t.series.at(1).points.first().grade, Grade::Good);
    QCOMPARE(t.series.at(2).points.last().grade, Grade::Outstanding);
    QVERIFY(t.visits.isEmpty());
}

void TestGradeTimeline::nationalLatestGradePerAuthority()
{
    const QList<GradedDocument> all = AnalysisQueries(*m_database).allDocuments();
    // 2016-2019: Wandsworth requires improvement (2018), Merton good (2017), Kingston good (2019).
    const QList<GradeDistribution> bars = distributionByArea(all, 2016, 2019);
    QCOMPARE(bars.first().key, Area::Overall);
    QCOMPARE(bars.first().counts.value(Grade::RequiresImprovement), 1);
    QCOMPARE(bars.first().counts.value(Grade::Good), 2);
    QCOMPARE(bars.first().counts.value(Grade::Inadequate), 0);
    QCOMPARE(bars.first().total(), 3);
    // Wokingham's focused visit gives no grade: nobody else is counted.
    const auto standing = standingGrades(all, Area::Overall, {}, QDate(2030, 1, 1));
    QCOMPARE(standing.size(), 3);
    QCOMPARE(standing.value(QStringLiteral("314")).grade, Grade::Outstanding);
}

void TestGradeTimeline::nationalYearByYear()
{
    const QList<GradeDistribution> years =
        distributionByYear(AnalysisQueries(*m_database).allDocuments(), Area::Overall, 2015, 2017);
    QCOMPARE(years.size(), 3);
    QCOMPARE(years.at(0).total(), 0);
    // End of 2016: Wandsworth and Kingston inadequate.
    QCOMPARE(years.at(1).counts.value(Grade::Inadequate), 2);
    // End of 2017: Merton good joins them.
    QCOMPARE(years.at(2).counts.value(Grade::Good), 1);
    QCOMPARE(years.at(2).total(), 3);
    const DataTable table = distributionTable(QStringLiteral("Year"), years);
    QCOMPARE(table.rows.at(2).first(), QStringLiteral("2017"));
    QCOMPARE(table.rows.at(2).last(), QStringLiteral("3"));
}

void TestGradeTimeline::areaSendInspectionsHaveTheirOwnRow()
{
    AnalysisQueries q(*m_database);
    const QList<GradedDocument> documents =
        q.authorityDocuments(q.authorityIdFor(QStringLiteral("315")));
    const GradeTimeline t = authorityTimeline(QStringLiteral("Merton"), documents);
    QCOMPARE(t.sendInspections.size(), 2);
    QCOMPARE(t.sendInspections.at(0).date, QDate(2023, 10, 13));
    QCOMPARE(t.sendInspections.at(0).outcome, SendOutcome::Inconsistent);
    QCOMPARE(t.sendInspections.at(1).outcome, SendOutcome::Positive);
    QCOMPARE(t.lastDate(), QDate(2025, 2, 7));
    // Neither a point on a grade series nor an ungraded visit.
    QVERIFY(t.visits.isEmpty());
    for (const GradeSeries &s : t.series) {
        for (const GradePoint &p : s.points)
            QVERIFY(p.kind != Kind::AreaSend);
    }
    const DataTable table = timelineTable(t);
    QCOMPARE(table.headers.last(), QStringLiteral("Area SEND outcome"));
    QCOMPARE(table.rows.size(), 3); // the 2017 inspection, two area SEND inspections
    QCOMPARE(table.rows.last().at(1), Kind::label(Kind::AreaSend));
    QCOMPARE(table.rows.last().last(), SendOutcome::label(SendOutcome::Positive));
    QCOMPARE(table.rows.first().last(), QString()); // a graded inspection has no outcome
    // An authority without one has no such column.
    const GradeTimeline wandsworth =
        authorityTimeline(QStringLiteral("Wandsworth"), q.authorityDocuments(m_wandsworth));
    QVERIFY(!timelineTable(wandsworth).headers.contains(QStringLiteral("Area SEND outcome")));
}

void TestGradeTimeline::tableModel()
{
    DataTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const GradeTimeline t = authorityTimeline(
        QStringLiteral("Wandsworth"), AnalysisQueries(*m_database).authorityDocuments(m_wandsworth));
    model.setTable(timelineTable(t));
    QCOMPARE(model.rowCount(), 4); // three inspections and the monitoring visit
    QCOMPARE(model.columnCount(), 2 + int(t.series.size()));
    QCOMPARE(model.index(0, 2).data().toString(), Grade::label(Grade::Inadequate));
    QCOMPARE(model.index(0, 0).data(DocumentIdRole).toLongLong(), m_ids.value(Data::Wandsworth2016));
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestGradeTimeline)
#include "tst_gradetimeline.moc"
