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

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QImageReader>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QScatterSeries>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
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
    void nationalPictureReadsAtTheDefaultSize();
    void exportOffersANameAndAFolder();
    void compareViewShowsBothReports();
    void compareStartsOnTheOpenDocumentAndItsPredecessor();
    void compareShowsAChosenDocumentBeforeTheOther();
    void compareWarnsAcrossAuthoritiesAndNamesWeakMatches();

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
    // The choice in force shows pressed, and the others are named, not only counted.
    auto *regionButton = peers->findChild<QPushButton *>(QStringLiteral("peersRegion"));
    auto *neighboursButton = peers->findChild<QPushButton *>(QStringLiteral("peersNeighbours"));
    QVERIFY(regionButton->isChecked() && !neighboursButton->isChecked());
    neighboursButton->click();
    QVERIFY(neighboursButton->isChecked() && !regionButton->isChecked());
    QCOMPARE(peers->codes().size(), 11);
    auto *without = peers->findChild<QLabel *>(QStringLiteral("peersWithoutInspections"));
    QVERIFY(!without->isHidden());
    QVERIFY2(without->text().count(QStringLiteral(", ")) >= 8, qPrintable(without->text()));
    peers->choosePeers(PeersPanel::Peers::Region);
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

// At the Charts window's own size, no axis of the national picture cuts a label short: the
// numbers of the count axis and the names of the judgement areas read whole.
void TestCharts::nationalPictureReadsAtTheDefaultSize()
{
    ChartsWindow window(&m_library);
    NationalPanel *national = window.nationalPanel();
    national->setYears(2016, 2023);
    window.tabs()->setCurrentWidget(national);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QChartView *view : {static_cast<QChartView *>(national->byAreaChart()),
                             static_cast<QChartView *>(national->byYearChart())}) {
        QTRY_VERIFY(view->chart()->plotArea().height() > 100);
        const auto axes = view->chart()->axes();
        QCOMPARE(axes.size(), 2);
        for (QAbstractAxis *axis : axes) {
            QVERIFY(axis->truncateLabels()); // cut when they do not fit, so this can tell
            QVERIFY2(!axis->labelsTruncated(),
                     qPrintable(QStringLiteral("%1: an axis cuts its labels at %2x%3")
                                    .arg(view->objectName())
                                    .arg(window.width())
                                    .arg(window.height())));
        }
    }
    screenshot(&window, QStringLiteral("national-default-size.png"));

    // As many authorities as a QA lead's library holds (17 here, 152 in England): the count
    // axis takes a step its labels have room for.
    for (const int authorities : {17, 152}) {
        QList<GradeDistribution> bars;
        for (const QString &area : Area::all()) {
            GradeDistribution bar{area, Area::label(area), {}};
            bar.counts.insert(Grade::Good, authorities / 2);
            bar.counts.insert(Grade::RequiresImprovement, authorities - authorities / 2);
            bars.append(bar);
        }
        national->byAreaChart()->setDistribution(QStringLiteral("Many authorities"), bars);
        QCoreApplication::processEvents();
        const auto axes = national->byAreaChart()->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        QTRY_VERIFY2(!axes.first()->labelsTruncated(),
                     qPrintable(QStringLiteral("%1 authorities: count labels cut").arg(authorities)));
    }
    screenshot(&window, QStringLiteral("national-many-authorities.png"));
}

// Export chart offers the chart's title as the file name, in the user's documents (or the last
// export's folder), never the working folder.
void TestCharts::exportOffersANameAndAFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("export/lastFolder"));
    ChartsWindow window(&m_library);
    auto *panel = window.findChild<ChartPanel *>(QStringLiteral("timelinePanel"));
    QVERIFY(panel);
    const QString title = window.timelineChart()->chart()->title();
    QVERIFY(!title.isEmpty());
    const QFileInfo suggested(panel->suggestedPath(QStringLiteral(".png")));
    QVERIFY2(suggested.fileName().startsWith(title.section(QLatin1Char(' '), 0, 0).toLower()),
             qPrintable(suggested.fileName()));
    QVERIFY(suggested.fileName().endsWith(QStringLiteral(".png")));
    QCOMPARE(suggested.absolutePath(),
             QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                 .absoluteFilePath());
    QSettings().setValue(QStringLiteral("export/lastFolder"), m_dir.path());
    QCOMPARE(QFileInfo(panel->suggestedPath(QStringLiteral(".csv"))).absolutePath(),
             QFileInfo(m_dir.path()).absoluteFilePath());
    QSettings().remove(QStringLiteral("export/lastFolder"));
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

void TestCharts::compareStartsOnTheOpenDocumentAndItsPredecessor()
{
    const qint64 open = m_ids.value(Data::Wandsworth2023);
    CompareDialog dialog(&m_library);
    dialog.startOn(open);
    const DocumentComparison &c = dialog.comparison();
    QCOMPARE(c.b.id, open);
    QVERIFY(c.a.id > 0 && c.a.id != open);
    QCOMPARE(c.a.authorityId, c.b.authorityId);
    // The one just before it: no document of the authority lies between the two.
    for (const StoredDocument &d : m_library.store()->documents()) {
        if (d.authorityId == c.b.authorityId && d.id != c.a.id && d.id != c.b.id)
            QVERIFY(!(d.facts.sortDate() > c.a.facts.sortDate() && d.facts.sortDate() < c.b.facts.sortDate()));
    }
    QVERIFY(c.a.facts.sortDate() <= c.b.facts.sortDate());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("compareWarning"))->isHidden());

    // Nothing open: still two documents of one authority, never a document against itself.
    CompareDialog fresh(&m_library);
    fresh.startOn(0);
    QVERIFY(fresh.comparison().a.id > 0);
    QVERIFY(fresh.comparison().a.id != fresh.comparison().b.id);
    QCOMPARE(fresh.comparison().a.authorityId, fresh.comparison().b.authorityId);

    // Typing part of a name filters the list.
    auto *chooseB = fresh.findChild<QComboBox *>(QStringLiteral("compareDocumentB"));
    QVERIFY(chooseB->isEditable());
    chooseB->completer()->setCompletionPrefix(QStringLiteral("okingh"));
    QCOMPARE(chooseB->completer()->completionCount(), 1);
}

// Wokingham has one document here: opened on it, the dialog has A and no B. A's pane shows it at
// once; only a pane with nothing chosen is empty, and it says what to do.
void TestCharts::compareShowsAChosenDocumentBeforeTheOther()
{
    const qint64 open = m_ids.value(Data::FocusedLetter);
    const std::optional<StoredDocument> doc = m_library.store()->summary(open);
    QVERIFY(doc);
    CompareDialog dialog(&m_library);
    dialog.startOn(open);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *chooseA = dialog.findChild<QComboBox *>(QStringLiteral("compareDocumentA"));
    auto *chooseB = dialog.findChild<QComboBox *>(QStringLiteral("compareDocumentB"));
    QCOMPARE(chooseA->currentData().toLongLong(), open);
    QVERIFY2(chooseA->currentText().contains(doc->displayTitle()), qPrintable(chooseA->currentText()));
    QCOMPARE(chooseB->currentIndex(), -1);
    QVERIFY(dialog.pdfA()->hasDocument());
    QCOMPARE(dialog.pdfA()->pageCount(), doc->pageCount);
    QVERIFY(dialog.pdfA()->message().isEmpty());
    QTRY_VERIFY(!dialog.pdfA()->isRendering());
    QVERIFY(!dialog.pdfB()->hasDocument());
    QVERIFY2(dialog.pdfB()->message().startsWith(QStringLiteral("Choose the later document")),
             qPrintable(dialog.pdfB()->message()));
    screenshot(&dialog, QStringLiteral("compare-a-only.png"));

    // Choosing B shows it and the comparison; A stays on the page it was scrolled to.
    dialog.pdfA()->goToPage(1);
    chooseB->setCurrentIndex(chooseB->findData(m_ids.value(Data::Wandsworth2016)));
    QVERIFY(dialog.pdfB()->hasDocument());
    QCOMPARE(dialog.comparison().a.id, open);
    QCOMPARE(dialog.comparison().b.id, m_ids.value(Data::Wandsworth2016));
    QCOMPARE(dialog.pdfA()->currentPage(), 1);

    // Opened with nothing chosen: neither box pretends to a choice, both panes say what to do.
    CompareDialog fresh(&m_library);
    QCOMPARE(fresh.findChild<QComboBox *>(QStringLiteral("compareDocumentA"))->currentIndex(), -1);
    QCOMPARE(fresh.findChild<QComboBox *>(QStringLiteral("compareDocumentB"))->currentIndex(), -1);
    QVERIFY(!fresh.pdfA()->hasDocument());
    QVERIFY2(fresh.pdfA()->message().startsWith(QStringLiteral("Choose the earlier document")),
             qPrintable(fresh.pdfA()->message()));
    QVERIFY(fresh.pdfB()->message().startsWith(QStringLiteral("Choose the later document")));
    // The comparison's columns say A and B until there are two documents to name.
    const QAbstractItemModel *judgements = fresh.view(0)->model();
    QCOMPARE(judgements->headerData(ComparisonModel::AColumn, Qt::Horizontal).toString(),
             QStringLiteral("A"));
    QCOMPARE(judgements->headerData(ComparisonModel::BColumn, Qt::Horizontal).toString(),
             QStringLiteral("B"));
}

void TestCharts::compareWarnsAcrossAuthoritiesAndNamesWeakMatches()
{
    CompareDialog dialog(&m_library);
    dialog.setDocuments(m_ids.value(Data::Wandsworth2016), m_ids.value(Data::FocusedLetter));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("compareWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(dialog.comparison().a.authorityName));
    QVERIFY(warning->text().contains(dialog.comparison().b.authorityName));

    // A pair under the threshold is a possible match in words, not "carried forward"; one that
    // B does not repeat does not read as met.
    RecommendationMatch weak{0, 0, kCertainMatchThreshold - 0.08};
    RecommendationMatch sure{0, 0, kCertainMatchThreshold + 0.2};
    RecommendationMatch gone{0, -1, 0};
    QCOMPARE(matchLabel(weak), QStringLiteral("Possible match"));
    QCOMPARE(matchLabel(sure), QStringLiteral("Carried forward"));
    QVERIFY(!matchLabel(gone).contains(QStringLiteral("no longer"), Qt::CaseInsensitive));
    dialog.setDocuments(m_ids.value(Data::Wandsworth2016), m_ids.value(Data::Wandsworth2018));
    QVERIFY(warning->isHidden());
    const auto *model = dialog.view(int(ComparisonModel::Part::Recommendations))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const double score = model->index(row, 0).data(ComparisonModel::ScoreRole).toDouble();
        const QString label = model->index(row, ComparisonModel::ChangeColumn).data().toString();
        if (score > 0 && score < kCertainMatchThreshold)
            QCOMPARE(label, QStringLiteral("Possible match"));
        if (score >= kCertainMatchThreshold)
            QCOMPARE(label, QStringLiteral("Carried forward"));
    }
    screenshot(&dialog, QStringLiteral("compare-weak-matches.png"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
