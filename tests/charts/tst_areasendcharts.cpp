// Area SEND inspections in the charts, the map, the national picture, the comparison and the
// library, offscreen, on a store of real reports: Wandsworth's, and the area SEND reports of
// Bury (systemic failings), Bolton (positive) and Dudley (inconsistent) from tests/data, with
// one area SEND inspection of Wandsworth added through DocumentStore (no real one is checked in).
// Set OVERSIGHT_SCREENSHOT_DIR to keep the screenshots they take.
#include "AnalysisFixtures.h"
#include "Fixtures.h"

#include "analysis/AnalysisQueries.h"
#include "analysis/ComparisonModel.h"
#include "analysis/DataTableModel.h"
#include "analysis/MapData.h"
#include "domain/DocumentDate.h"
#include "charts/ChartPanel.h"
#include "charts/ChartStyle.h"
#include "charts/ChartsWindow.h"
#include "charts/EnglandMap.h"
#include "charts/GradeDistributionChart.h"
#include "charts/GradeTimelineChart.h"
#include "charts/MapPanel.h"
#include "charts/NationalPanel.h"
#include "charts/OutcomeCountChart.h"
#include "compare/CompareDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryTreeModel.h"
#include "store/Library.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace oversight;
using namespace oversight::test;

namespace {

const QString kBury = QStringLiteral("bury area send inspection - 07 may 2024.pdf");
const QString kBolton = QStringLiteral("bolton area send inspection - 30 august 2024.pdf");
const QString kDudley = QStringLiteral("dudley area send inspection - 11 march 2025.pdf");
const QString kWandsworthCode = QStringLiteral("212");
const QString kBuryCode = QStringLiteral("351");
const QString kBoltonCode = QStringLiteral("350");
const QString kDudleyCode = QStringLiteral("332");
const QDate kWandsworthSend(2024, 11, 15);

QString sendSeries(const QString &outcome)
{
    return QStringLiteral("Area SEND: %1").arg(SendOutcome::label(outcome));
}

} // namespace

class TestAreaSendCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineShowsAreaSendOnItsOwnRow();
    void everyTimelineMarkHasATooltip();
    void mapColoursAuthoritiesByOutcome();
    void mapOutcomesInTheDarkTheme();
    void nationalPictureCountsOutcomes();
    void twoAreaSendReportsCompareOutcomeAndRecommendations();
    void areaSendBesideIlacsComparesRecommendationsOnly();
    void libraryTitlesAreaSendWithItsOutcome();

private:
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_screenshots;
    Library m_library;
    QMap<QString, qint64> m_ids;
    qint64 m_wandsworthSend = 0;
};

void TestAreaSendCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_screenshots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR", m_dir.path());
    const QString db = m_dir.filePath(QStringLiteral("send.sqlite"));
    m_ids = importData(db, {Data::Wandsworth2016, Data::Wandsworth2018, Data::Wandsworth2023,
                            Data::MonitoringLetter, kBury, kBolton, kDudley});
    QCOMPARE(m_ids.size(), 7);
    {
        Database database(db);
        DocumentStore store(database);
        QCOMPARE(store.add(areaSendDocument(kWandsworthCode, kWandsworthSend,
                                            SendOutcome::Inconsistent, 1),
                           &m_wandsworthSend),
                 DocumentStore::AddResult::Added);
    }
    QVERIFY(m_library.open(db));
}

void TestAreaSendCharts::screenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QDir(m_screenshots).filePath(name)));
}

void TestAreaSendCharts::timelineShowsAreaSendOnItsOwnRow()
{
    ChartsWindow window(&m_library);
    window.resize(1000, 640);
    AnalysisQueries queries(*m_library.database());
    window.setAuthority(queries.authorityIdFor(kWandsworthCode));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GradeTimelineChart *chart = window.timelineChart();
    QCOMPARE(chart->timeline().sendInspections.size(), 1);
    const QString name = sendSeries(SendOutcome::Inconsistent);
    QVERIFY2(chart->seriesNames().contains(name), qPrintable(chart->seriesNames().join(", ")));
    // Its own row, below the visits' row and the four-point scale; labelled with its outcome.
    QScatterSeries *marks = nullptr;
    qreal lowestGradeOrVisit = 10;
    for (QAbstractSeries *s : chart->chart()->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (!scatter)
            continue;
        if (s->name() == name) {
            marks = scatter;
            continue;
        }
        for (const QPointF &p : scatter->points())
            lowestGradeOrVisit = qMin(lowestGradeOrVisit, p.y());
    }
    QVERIFY(marks);
    QCOMPARE(marks->count(), 1);
    QVERIFY(marks->at(0).y() < lowestGradeOrVisit);
    QCOMPARE(chart->sendLabels(), QStringList{SendOutcome::label(SendOutcome::Inconsistent)});
    // No grade series holds the area SEND inspection.
    for (const GradeSeries &s : chart->timeline().series) {
        for (const GradePoint &p : s.points)
            QVERIFY(p.documentId != m_wandsworthSend);
    }
    // A click on it opens it.
    QSignalSpy opened(&window, &ChartsWindow::documentActivated);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                      chart->markPosition(name, m_wandsworthSend));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_wandsworthSend);
    screenshot(&window, QStringLiteral("timeline-area-send.png"));
}

void TestAreaSendCharts::everyTimelineMarkHasATooltip()
{
    ChartsWindow window(&m_library);
    window.resize(1000, 640);
    AnalysisQueries queries(*m_library.database());
    window.setAuthority(queries.authorityIdFor(kWandsworthCode));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GradeTimelineChart *chart = window.timelineChart();
    QTRY_VERIFY(chart->chart()->plotArea().width() > 100);
    const QString longDate = DocumentDate::longText(kWandsworthSend);
    // A report is named by the date the Library lists it under (its inspection), and placed
    // on the axis at its publication, which the tooltip names too.
    const DocumentFacts sif =
        m_library.store()->document(m_ids.value(Data::Wandsworth2016))->facts;
    QVERIFY(sif.published.isValid() && sif.published != DocumentDate::of(sif));
    const QString inspected = DocumentDate::longText(DocumentDate::of(sif));
    const QString published =
        QStringLiteral("Placed at its publication, %1").arg(DocumentDate::longText(sif.published));
    struct Expected
    {
        QString series;
        qint64 document;
        QStringList words;
    };
    const QList<Expected> marks{
        {Area::label(Area::Overall), m_ids.value(Data::Wandsworth2016),
         {Kind::label(Kind::Sif), inspected, published, Grade::label(Grade::Inadequate)}},
        {Area::label(Area::Overall), m_ids.value(Data::Wandsworth2023),
         {Grade::label(Grade::Good)}},
        {QStringLiteral("Visits without grades"), m_ids.value(Data::MonitoringLetter),
         {Kind::label(Kind::MonitoringVisit), QStringLiteral("No grades")}},
        {sendSeries(SendOutcome::Inconsistent), m_wandsworthSend,
         {Kind::label(Kind::AreaSend), longDate, SendOutcome::label(SendOutcome::Inconsistent)}},
    };
    for (const Expected &e : marks) {
        const QPoint at = chart->markPosition(e.series, e.document);
        QVERIFY2(at.x() >= 0, qPrintable(e.series));
        const QString tip = chart->toolTipAt(at + QPoint(2, 1));
        for (const QString &word : e.words)
            QVERIFY2(tip.contains(word), qPrintable(QStringLiteral("%1: %2").arg(e.series, tip)));
    }
    // The view shows it when asked for a tooltip there, and none away from every mark.
    const QPoint send = chart->markPosition(sendSeries(SendOutcome::Inconsistent), m_wandsworthSend);
    QHelpEvent help(QEvent::ToolTip, send, chart->viewport()->mapToGlobal(send));
    QCoreApplication::sendEvent(chart->viewport(), &help);
    QTRY_VERIFY(QToolTip::text().contains(SendOutcome::label(SendOutcome::Inconsistent)));
    QVERIFY(chart->toolTipAt(QPoint(2, 2)).isEmpty());
}

void TestAreaSendCharts::mapColoursAuthoritiesByOutcome()
{
    ChartsWindow window(&m_library);
    MapPanel *panel = window.mapPanel();
    panel->setArea(kAreaSendOutcomeChoice);
    QCOMPARE(panel->area(), kAreaSendOutcomeChoice);
    // The slider reaches the latest area SEND inspection (Dudley, January 2025).
    QCOMPARE(panel->date(), QDate(2025, 1, 24));
    EnglandMap *map = panel->map();
    QCOMPARE(map->scale(), EnglandMap::Scale::SendOutcomes);
    const QPalette light = map->palette();
    QCOMPARE(map->gradeOf(kBuryCode)->standing.grade, SendOutcome::SystemicFailings);
    QCOMPARE(map->gradeOf(kBoltonCode)->standing.grade, SendOutcome::Positive);
    QCOMPARE(map->gradeOf(kDudleyCode)->standing.grade, SendOutcome::Inconsistent);
    QCOMPARE(map->gradeOf(kWandsworthCode)->standing.grade, SendOutcome::Inconsistent);
    QCOMPARE(map->fillOf(kBuryCode), ChartStyle::outcomeColour(SendOutcome::SystemicFailings, light));
    QCOMPARE(map->fillOf(kBoltonCode), ChartStyle::outcomeColour(SendOutcome::Positive, light));
    QVERIFY(map->fillOf(kBuryCode) != map->fillOf(kDudleyCode));
    const QStringList legend = map->legendEntries();
    QCOMPARE(legend.at(0), QStringLiteral("%1 (1)").arg(SendOutcome::label(SendOutcome::Positive)));
    QCOMPARE(legend.at(1), QStringLiteral("%1 (2)").arg(SendOutcome::label(SendOutcome::Inconsistent)));
    QCOMPARE(legend.at(2),
             QStringLiteral("%1 (1)").arg(SendOutcome::label(SendOutcome::SystemicFailings)));
    QVERIFY(legend.at(3).startsWith(QStringLiteral("No area SEND inspection yet (")));
    // Before Bury's inspection ended (February 2024), Bury has none yet.
    panel->setDate(QDate(2024, 1, 31));
    QVERIFY(map->gradeOf(kBuryCode)->standing.grade.isEmpty());
    // The table says the same, with the outcome in words.
    panel->setDate(QDate(2025, 1, 24));
    const QAbstractItemModel *table = panel->chartPanel()->tableModel();
    QCOMPARE(table->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Area SEND outcome"));
    bool buryRow = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->index(row, 0).data().toString() == QStringLiteral("Bury")) {
            buryRow = true;
            QCOMPARE(table->index(row, 2).data().toString(),
                     SendOutcome::label(SendOutcome::SystemicFailings));
        }
    }
    QVERIFY(buryRow);
    // Back to a judgement area: grades again.
    panel->setArea(Area::Overall);
    QCOMPARE(map->scale(), EnglandMap::Scale::Grades);
    QVERIFY(map->gradeOf(kBuryCode)->standing.grade.isEmpty());
    panel->setArea(kAreaSendOutcomeChoice);
    window.resize(1000, 760);
    window.tabs()->setCurrentWidget(panel);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screenshot(&window, QStringLiteral("map-area-send.png"));
}

void TestAreaSendCharts::mapOutcomesInTheDarkTheme()
{
    MapPanel panel;
    Database database(m_library.database()->path());
    panel.setDocuments(AnalysisQueries(database).allDocuments());
    panel.setArea(kAreaSendOutcomeChoice);
    const QPalette dark = darkPalette();
    panel.setPalette(dark);
    EnglandMap *map = panel.map();
    QCOMPARE(map->fillOf(kBuryCode), ChartStyle::outcomeColour(SendOutcome::SystemicFailings, dark));
    QVERIFY(map->fillOf(kBuryCode) != ChartStyle::outcomeColour(SendOutcome::SystemicFailings,
                                                               QPalette(Qt::white)));
    panel.resize(760, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    screenshot(&panel, QStringLiteral("map-area-send-dark.png"));
}

void TestAreaSendCharts::nationalPictureCountsOutcomes()
{
    ChartsWindow window(&m_library);
    NationalPanel *national = window.nationalPanel();
    national->setYears(2016, 2025);
    const GradeDistribution &outcomes = national->outcomeChart()->outcomes();
    QCOMPARE(outcomes.counts.value(SendOutcome::Positive), 1);
    QCOMPARE(outcomes.counts.value(SendOutcome::Inconsistent), 2);
    QCOMPARE(outcomes.counts.value(SendOutcome::SystemicFailings), 1);
    // Not on the grade charts: their counts are grades only.
    for (const GradeDistribution &bar : national->byAreaChart()->bars()) {
        for (const QString &outcome : SendOutcome::all())
            QVERIFY(!bar.counts.contains(outcome));
    }
    QAbstractItemModelTester tester(national->outcomePanel()->tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *table = national->outcomePanel()->tableModel();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->index(2, 0).data().toString(), SendOutcome::label(SendOutcome::SystemicFailings));
    QCOMPARE(table->index(3, 1).data().toString(), QStringLiteral("4"));
    // Only the years chosen: 2025 alone holds Dudley's inspection.
    national->setYears(2025, 2025);
    QCOMPARE(national->outcomeChart()->outcomes().total(), 1);
    national->setYears(2016, 2025);
    // At the window's own size the outcomes' names read whole.
    window.tabs()->setCurrentWidget(national);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(national->outcomeChart()->chart()->plotArea().height() > 60);
    const auto axes = national->outcomeChart()->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    QVERIFY(axes.first()->truncateLabels());
    screenshot(&window, QStringLiteral("national-area-send.png"));
    QVERIFY2(!axes.first()->labelsTruncated(),
             qPrintable(QStringLiteral("outcome names cut at %1x%2").arg(window.width()).arg(window.height())));
    screenshot(&window, QStringLiteral("national-area-send.png"));
}

void TestAreaSendCharts::twoAreaSendReportsCompareOutcomeAndRecommendations()
{
    CompareDialog dialog(&m_library);
    dialog.resize(1100, 800);
    dialog.setDocuments(m_ids.value(kBury), m_ids.value(kDudley));
    const DocumentComparison &c = dialog.comparison();
    QCOMPARE(c.basis, DocumentComparison::Basis::SendOutcomes);
    QCOMPARE(c.judgements.size(), 1);
    QCOMPARE(c.judgements.first().from, SendOutcome::SystemicFailings);
    QCOMPARE(c.judgements.first().to, SendOutcome::Inconsistent);
    QCOMPARE(c.judgements.first().change, GradeChange::Up);
    auto *judgements = dialog.findChild<QTableView *>(QStringLiteral("compareJudgements"));
    QVERIFY(judgements);
    QAbstractItemModelTester tester(judgements->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(judgements->model()->rowCount(), 1);
    QCOMPARE(judgements->model()->index(0, ComparisonModel::ItemColumn).data().toString(),
             QStringLiteral("Area SEND outcome"));
    QCOMPARE(judgements->model()->index(0, ComparisonModel::AColumn).data().toString(),
             SendOutcome::label(SendOutcome::SystemicFailings));
    QVERIFY(dialog.tabs()->isTabEnabled(0));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("compareBasis"))->isHidden());
    // Priority actions and areas for improvement, both sides, named as such.
    auto *recommendations = dialog.findChild<QTableView *>(QStringLiteral("compareRecommendations"));
    QAbstractItemModel *model = recommendations->model();
    QAbstractItemModelTester recommendationsTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int priorityA = 0;
    int improvementB = 0;
    int rowsWithA = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString item = model->index(row, ComparisonModel::ItemColumn).data().toString();
        priorityA += item.startsWith(QStringLiteral("A ")) && item.contains(QStringLiteral("(priority action)"));
        improvementB += item.contains(QRegularExpression(QStringLiteral("B \\d+ \\(area for improvement\\)")));
        rowsWithA += !model->index(row, ComparisonModel::AColumn).data().toString().isEmpty();
    }
    QCOMPARE(rowsWithA, int(c.a.facts.recommendations.size()));
    QVERIFY(priorityA > 0);
    QVERIFY(improvementB > 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("compare-two-area-send.png"));
}

void TestAreaSendCharts::areaSendBesideIlacsComparesRecommendationsOnly()
{
    CompareDialog dialog(&m_library);
    dialog.resize(1100, 800);
    dialog.setDocuments(m_ids.value(Data::Wandsworth2023), m_ids.value(kBury));
    const DocumentComparison &c = dialog.comparison();
    QCOMPARE(c.basis, DocumentComparison::Basis::RecommendationsOnly);
    QVERIFY(c.judgements.isEmpty());
    auto *basis = dialog.findChild<QLabel *>(QStringLiteral("compareBasis"));
    QVERIFY(basis && !basis->isHidden());
    QVERIFY2(basis->text().contains(QStringLiteral("judgements are not compared")),
             qPrintable(basis->text()));
    QVERIFY(basis->text().startsWith(QStringLiteral("B is an area SEND inspection")));
    QVERIFY(!dialog.tabs()->isTabEnabled(0));
    auto *recommendations = dialog.findChild<QTableView *>(QStringLiteral("compareRecommendations"));
    QCOMPARE(dialog.tabs()->currentWidget(), recommendations);
    // Side by side: every recommendation of both, ILACS ones numbered plainly.
    QAbstractItemModel *model = recommendations->model();
    int a = 0;
    int b = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        a += !model->index(row, ComparisonModel::AColumn).data().toString().isEmpty();
        b += !model->index(row, ComparisonModel::BColumn).data().toString().isEmpty();
    }
    QCOMPARE(a, int(c.a.facts.recommendations.size()));
    QCOMPARE(b, int(c.b.facts.recommendations.size()));
    QVERIFY(a > 0 && b > 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("compare-ilacs-area-send.png"));
    // Two children's services reports: judgements again, no sentence.
    dialog.setDocuments(m_ids.value(Data::Wandsworth2016), m_ids.value(Data::Wandsworth2023));
    QVERIFY(basis->isHidden());
    QVERIFY(dialog.tabs()->isTabEnabled(0));
    QVERIFY(!dialog.comparison().judgements.isEmpty());
}

void TestAreaSendCharts::libraryTitlesAreaSendWithItsOutcome()
{
    LibraryTreeModel model(&m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex bury = model.indexForDocument(m_ids.value(kBury));
    QVERIFY(bury.isValid());
    const auto stored = m_library.store()->summary(m_ids.value(kBury));
    QVERIFY(stored);
    const QString title =
        model.index(bury.row(), LibraryTreeModel::TitleColumn, bury.parent()).data().toString();
    QCOMPARE(title, QStringLiteral("%1: %2").arg(
                        stored->displayTitle(), SendOutcome::label(SendOutcome::SystemicFailings)));
    QVERIFY(title.startsWith(QStringLiteral("Area SEND inspection, ")));
    QVERIFY(bury.data(Qt::ToolTipRole).toString().contains(
        SendOutcome::label(SendOutcome::SystemicFailings)));
    // Filed under Bury, not "Authority not recognised".
    QCOMPARE(bury.parent().data().toString(), QStringLiteral("Bury"));
    // Other documents keep their own titles.
    const QModelIndex ilacs = model.indexForDocument(m_ids.value(Data::Wandsworth2023));
    const QString ilacsTitle =
        model.index(ilacs.row(), LibraryTreeModel::TitleColumn, ilacs.parent()).data().toString();
    QVERIFY(!ilacsTitle.contains(QStringLiteral(": ") + SendOutcome::label(SendOutcome::Positive)));
    QCOMPARE(ilacsTitle, m_library.store()->document(m_ids.value(Data::Wandsworth2023))->facts.title);
}

QTEST_MAIN(TestAreaSendCharts)
#include "tst_areasendcharts.moc"
