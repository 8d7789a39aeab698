// The chart widgets and the comparison view, offscreen, on a store of real reports: what they
// draw, what their tables hold, their export files, palette changes and clicks.
// Set OVERSIGHT_SCREENSHOT_DIR to keep the screenshots they take.
#include "AnalysisFixtures.h"
#include "Fixtures.h"

#include "analysis/ComparisonModel.h"
#include "analysis/DataTableModel.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/ChartsWindow.h"
#include "charts/GradeDistributionChart.h"
#include "charts/GradeTimelineChart.h"
#include "charts/NationalPanel.h"
#include "dialogs/PreferencesDialog.h"
#include "charts/PeersPanel.h"
#include "compare/CompareDialog.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImageReader>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineDrawsWandsworth();
    void legendTogglesASeries();
    void clickOnAMarkerOpensTheDocument();
    void tableBesideTheChart();
    void exportsPngAtPrintResolutionAndSvg();
    void followsADarkPalette();
    void peersOneClickChoices();
    void nationalPicture();
    void compareViewShowsBothReports();

private:
    QString screenshotPath(const QString &name) const;
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_screenshots;
    Library m_library;
    QMap<QString, qint64> m_ids;
};

void TestCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_screenshots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR", m_dir.path());
    const QString db = m_dir.filePath(QStringLiteral("charts.sqlite"));
    m_ids = importData(db, {Data::Wandsworth2016, Data::Wandsworth2018, Data::Wandsworth2023,
                            Data::MonitoringLetter, Data::FocusedLetter});
    QCOMPARE(m_ids.size(), 5);
    QVERIFY(m_library.open(db));
}

QString TestCharts::screenshotPath(const QString &name) const
{
    return QDir(m_screenshots).filePath(name);
}

void TestCharts::screenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(screenshotPath(name)));
}

void TestCharts::timelineDrawsWandsworth()
{
    ChartsWindow window(&m_library);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GradeTimelineChart *chart = window.timelineChart();
    QCOMPARE(chart->timeline().title, QStringLiteral("Wandsworth"));
    QCOMPARE(chart->seriesNames().first(), Area::label(Area::Overall));
    QVERIFY(chart->seriesNames().contains(tr("Visits without grades")));
    // Markers sit on the grade scale: overall inadequate, then requires improvement, then good.
    QScatterSeries *overall = nullptr;
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (s->name() == Area::label(Area::Overall) && qobject_cast<QScatterSeries *>(s))
            overall = static_cast<QScatterSeries *>(s);
    }
    QVERIFY(overall);
    QCOMPARE(overall->count(), 3);
    QCOMPARE(qRound(overall->at(0).y()), 1);
    QCOMPARE(qRound(overall->at(1).y()), 2);
    QCOMPARE(qRound(overall->at(2).y()), 3);
    screenshot(&window, QStringLiteral("timeline-window.png"));
}

void TestCharts::legendTogglesASeries()
{
    ChartsWindow window(&m_library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GradeTimelineChart *chart = window.timelineChart();
    const QString leaders = Area::label(Area::Leaders);
    QVERIFY(chart->isSeriesVisible(leaders));
    const auto markers = chart->chart()->legend()->markers();
    QLegendMarker *leadersMarker = nullptr;
    for (QLegendMarker *m : markers) {
        if (m->label() == leaders && m->isVisible())
            leadersMarker = m;
    }
    QVERIFY(leadersMarker);
    emit leadersMarker->clicked();
    QVERIFY(!chart->isSeriesVisible(leaders));
    QVERIFY(leadersMarker->isVisible()); // still there to click again
    emit leadersMarker->clicked();
    QVERIFY(chart->isSeriesVisible(leaders));
}

void TestCharts::clickOnAMarkerOpensTheDocument()
{
    ChartsWindow window(&m_library);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GradeTimelineChart *chart = window.timelineChart();
    QSignalSpy opened(&window, &ChartsWindow::documentActivated);
    QScatterSeries *visits = nullptr;
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (s->name() == tr("Visits without grades"))
            visits = qobject_cast<QScatterSeries *>(s);
    }
    QVERIFY(visits);
    const QPointF scene = chart->chart()->mapToPosition(visits->at(0), visits);
    const QPoint pos = chart->mapFromScene(chart->chart()->mapToScene(scene));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, pos);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_ids.value(Data::MonitoringLetter));
}

void TestCharts::tableBesideTheChart()
{
    ChartsWindow window(&m_library);
    auto *panel = window.findChild<ChartPanel *>(QStringLiteral("timelinePanel"));
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->tableModel()->rowCount(), 4);
    QCOMPARE(panel->tableModel()->index(0, 2).data().toString(), Grade::label(Grade::Inadequate));
    panel->showTable(true);
    QVERIFY(panel->isShowingTable());
    QSignalSpy opened(panel, &ChartPanel::documentActivated);
    auto *table = window.findChild<QTableView *>(QStringLiteral("timelinePanelTable"));
    QVERIFY(table);
    emit table->activated(panel->tableModel()->index(1, 0));
    QCOMPARE(opened.size(), 1);
}

void TestCharts::exportsPngAtPrintResolutionAndSvg()
{
    GradeTimelineChart chart;
    chart.resize(800, 450);
    ChartsWindow window(&m_library);
    chart.setTimeline(window.timelineChart()->timeline());
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
    const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
    QString error;
    QVERIFY2(ChartExport::exportWidget(&chart, png, &error), qPrintable(error));
    QVERIFY2(ChartExport::exportWidget(&chart, svg, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.width(), qRound(800 * ChartExport::kPrintDpi / 96.0));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), ChartExport::kPrintDpi);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray xml = svgFile.readAll();
    QVERIFY(xml.contains("<svg"));
    QVERIFY(xml.contains("Wandsworth")); // text stays text: a vector drawing
    QVERIFY(!ChartExport::exportWidget(&chart, m_dir.filePath(QStringLiteral("x.gif")), &error));
}

void TestCharts::followsADarkPalette()
{
    GradeTimelineChart chart;
    const QPalette dark = darkPalette(); // the application's dark theme
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(chart.chart()->titleBrush().color(), dark.color(QPalette::WindowText));
}

void TestCharts::peersOneClickChoices()
{
    ChartsWindow window(&m_library);
    PeersPanel *peers = window.peersPanel();
    peers->choosePeers(PeersPanel::Peers::StatisticalNeighbours);
    QCOMPARE(peers->codes().size(), 11);
    QCOMPARE(peers->codes().first(), QStringLiteral("212"));
    peers->choosePeers(PeersPanel::Peers::Region);
    QCOMPARE(peers->codes().size(), 33);
    // Only Wandsworth has inspections in this library: one line.
    QCOMPARE(peers->chart()->timeline().series.size(), 1);
    window.resize(1000, 640);
    window.tabs()->setCurrentWidget(peers);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screenshot(&window, QStringLiteral("peers-window.png"));
}

void TestCharts::nationalPicture()
{
    ChartsWindow window(&m_library);
    NationalPanel *national = window.nationalPanel();
    national->setYears(2016, 2023);
    const QList<GradeDistribution> &bars = national->byAreaChart()->bars();
    QVERIFY(!bars.isEmpty());
    QCOMPARE(bars.first().key, Area::Overall);
    QCOMPARE(bars.first().counts.value(Grade::Good), 1); // Wandsworth's latest, 2023
    QCOMPARE(national->byYearChart()->bars().size(), 8);
    window.resize(1000, 760);
    window.tabs()->setCurrentWidget(national);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screenshot(&window, QStringLiteral("national-window.png"));
}

void TestCharts::compareViewShowsBothReports()
{
    CompareDialog dialog(&m_library);
    dialog.setDocuments(m_ids.value(Data::Wandsworth2016), m_ids.value(Data::Wandsworth2018));
    QCOMPARE(dialog.comparison().a.facts.recommendations.size(), 17);
    QCOMPARE(dialog.comparison().b.facts.recommendations.size(), 9);
    for (int part = 0; part < 3; ++part) {
        auto *model = qobject_cast<ComparisonModel *>(dialog.view(part)->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
    }
    QTableView *recommendations = dialog.view(int(ComparisonModel::Part::Recommendations));
    QCOMPARE(recommendations->model()->rowCount(), 17 + 9 - dialog.comparison().carriedForwardCount());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentWidget(recommendations);
    // Choosing a carried-forward row scrolls both PDFs to the pages of its two texts.
    int carried = -1;
    for (int row = 0; row < recommendations->model()->rowCount() && carried < 0; ++row) {
        if (recommendations->model()->index(row, 0).data(ComparisonModel::ScoreRole).toDouble() > 0)
            carried = row;
    }
    QVERIFY(carried >= 0);
    const QModelIndex pair = recommendations->model()->index(carried, 0);
    QCOMPARE(pair.data(ComparisonModel::PageARole).toInt(), 8);
    QCOMPARE(pair.data(ComparisonModel::PageBRole).toInt(), 8);
    recommendations->setCurrentIndex(pair);
    QTRY_COMPARE(dialog.pdfA()->currentPage(), 7);
    QTRY_COMPARE(dialog.pdfB()->currentPage(), 7);
    QTRY_VERIFY(!dialog.pdfA()->isRendering() && !dialog.pdfB()->isRendering());
    const QString csv = m_dir.filePath(QStringLiteral("comparison.csv"));
    QVERIFY(dialog.exportCsv(csv));
    QVERIFY(QFileInfo(csv).size() > 1000);
    screenshot(&dialog, QStringLiteral("compare-dialog.png"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
