// The map of England: its boundaries, how districts are matched to authorities, the grade each
// authority stood at on a date (on Wandsworth's real reports), hit-testing, hover and click,
// the slider and play button, the table, export and the palette.
// Set OVERSIGHT_SCREENSHOT_DIR to keep the screenshots; set OVERSIGHT_MAP_DB to a library with
// many authorities (oversight-cli import) to take screenshots of the whole country too.
#include "AnalysisFixtures.h"
#include "Fixtures.h"

#include "analysis/AnalysisQueries.h"
#include "analysis/DataTableModel.h"
#include "analysis/MapData.h"
#include "domain/DocumentDate.h"
#include "itemmodels/ItemRoles.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/ChartStyle.h"
#include "charts/ChartsWindow.h"
#include "charts/EnglandMap.h"
#include "charts/MapPanel.h"
#include "dialogs/PreferencesDialog.h"
#include "domain/DocumentFacts.h"
#include "store/Database.h"
#include "store/Library.h"
#include "understanding/AuthorityDirectory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>

using namespace oversight;
using namespace oversight::test;

namespace {

const QString kWandsworth = QStringLiteral("212");
const QString kCambridgeshire = QStringLiteral("873");
const QString kNorthamptonshire = QStringLiteral("928");
const QString kNorthNorthamptonshire = QStringLiteral("940");
// Points well inside two districts, longitude then latitude.
const QPointF kWandsworthTown(-0.19, 51.455);
const QPointF kCambridgeCity(0.12, 52.205);

QString gradeOn(const QList<MapGrade> &grades, const QString &code)
{
    for (const MapGrade &g : grades) {
        if (g.code == code)
            return g.standing.grade;
    }
    return QStringLiteral("(not on the map)");
}

GradedDocument graded(const QString &code, const QDate &date, const QString &grade)
{
    GradedDocument d;
    d.id = date.toJulianDay();
    d.authorityCode = code;
    d.date = date;
    d.grades.insert(Area::Overall, grade);
    return d;
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void boundariesLoadFromTheResource();
    void districtsAreMatchedToAuthorities();
    void latestGradeOnADate_data();
    void latestGradeOnADate();
    void formerAuthorityGradeStandsUntilTheNewOneIsInspected();
    void hitTestingFindsTheAuthority();
    void hoverNamesAndClickSelects();
    void sliderAndPlayReplayTheHistory();
    void tableOfTheSameNumbers();
    void exportsPngAndSvg();
    void followsADarkPalette();
    void clickShowsTheTimelineInTheChartsWindow();
    void screenshotsOfTheWholeCountry();

private:
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_screenshots;
    QString m_db;
    QList<GradedDocument> m_documents;
};

void TestMap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_screenshots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR", m_dir.path());
    m_db = m_dir.filePath(QStringLiteral("map.sqlite"));
    const auto ids = importData(m_db, {Data::Wandsworth2016, Data::Wandsworth2018,
                                       Data::Wandsworth2023, Data::MonitoringLetter});
    QCOMPARE(ids.size(), 4);
    Database database(m_db);
    QVERIFY(database.isOpen());
    m_documents = AnalysisQueries(database).allDocuments();
    QCOMPARE(m_documents.size(), 4);
}

void TestMap::screenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QDir(m_screenshots).filePath(name)));
}

void TestMap::boundariesLoadFromTheResource()
{
    const MapData &map = MapData::england();
    QCOMPARE(map.districts().size(), 296); // England's districts, 2023
    // England: about 6.4W to 1.8E, 49.9N to 55.8N.
    const QRectF bounds = map.bounds();
    QVERIFY(bounds.contains(MapData::project(-1.5, 52.5)));
    QVERIFY(bounds.width() > 4 && bounds.width() < 7);
    QVERIFY(bounds.height() > 5 && bounds.height() < 7);
    for (const MapDistrict &d : map.districts()) {
        QVERIFY2(!d.path.isEmpty() && d.path.boundingRect().width() > 0, qPrintable(d.name));
        QVERIFY(d.code.startsWith(QLatin1Char('E')));
    }
    QString error;
    QVERIFY(MapData::fromGeoJson("{oops", AuthorityDirectory::instance(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestMap::districtsAreMatchedToAuthorities()
{
    const MapData &map = MapData::england();
    // Every district, the 164 shire districts to their 21 counties included.
    QCOMPARE(map.mappedCount(), map.districts().size());
    QCOMPARE(map.authorityCodes().size(), 153); // 132 unitary, metropolitan, London; 21 counties
    int cambridgeshire = 0;
    for (const MapDistrict &d : map.districts())
        cambridgeshire += d.authorityCode == kCambridgeshire;
    QCOMPARE(cambridgeshire, 5);
    // Reorganised away, their grades stand on their successors' districts until those are
    // inspected; Cumbria's successors are not named after it, so it is not on the map.
    QVERIFY(map.formerAuthorityCodes().contains(kNorthamptonshire));
    QVERIFY(map.formerAuthorityCodes().contains(QStringLiteral("836"))); // Poole
    QVERIFY(!map.authorityPath(kCambridgeshire).isEmpty());
}

void TestMap::latestGradeOnADate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("grade");
    QTest::newRow("before the first inspection")
        << QDate(2016, 2, 15) << Area::Overall << QString();
    QTest::newRow("on the day the 2016 report was published")
        << QDate(2016, 2, 16) << Area::Overall << Grade::Inadequate;
    QTest::newRow("between the reports")
        << QDate(2018, 7, 19) << Area::Overall << Grade::Inadequate;
    QTest::newRow("after the 2018 report")
        << QDate(2018, 7, 20) << Area::Overall << Grade::RequiresImprovement;
    QTest::newRow("in care in 2017")
        << QDate(2017, 1, 1) << Area::InCare << Grade::RequiresImprovement;
    QTest::newRow("after the ILACS report of November 2022")
        << QDate(2024, 1, 1) << Area::Overall << Grade::Good;
}

void TestMap::latestGradeOnADate()
{
    QFETCH(QDate, date);
    QFETCH(QString, area);
    QFETCH(QString, grade);
    const QList<MapGrade> grades = mapGrades(MapData::england(), m_documents, area, date);
    QCOMPARE(grades.size(), MapData::england().authorityCodes().size());
    QCOMPARE(gradeOn(grades, kWandsworth), grade);
    // Nobody else was inspected in this library.
    QCOMPARE(gradeOn(grades, kCambridgeshire), QString());
}

void TestMap::formerAuthorityGradeStandsUntilTheNewOneIsInspected()
{
    const QList<GradedDocument> documents{
        graded(kNorthamptonshire, QDate(2019, 6, 1), Grade::Inadequate),
        graded(kNorthNorthamptonshire, QDate(2023, 3, 1), Grade::Good)};
    const MapData &map = MapData::england();
    QList<MapGrade> grades = mapGrades(map, documents, Area::Overall, QDate(2020, 1, 1));
    auto north = std::find_if(grades.cbegin(), grades.cend(),
                              [](const MapGrade &g) { return g.code == kNorthNorthamptonshire; });
    QVERIFY(north != grades.cend());
    QCOMPARE(north->standing.grade, Grade::Inadequate);
    QCOMPARE(north->gradedAs, QStringLiteral("Northamptonshire"));
    grades = mapGrades(map, documents, Area::Overall, QDate(2024, 1, 1));
    QCOMPARE(gradeOn(grades, kNorthNorthamptonshire), Grade::Good);
}

void TestMap::hitTestingFindsTheAuthority()
{
    const MapData &map = MapData::england();
    const auto at = [&map](const QPointF &lonLat) {
        const int i = map.districtAt(MapData::project(lonLat.x(), lonLat.y()));
        return i < 0 ? QString() : map.districts().at(i).authorityCode;
    };
    QCOMPARE(at(kWandsworthTown), kWandsworth);
    QCOMPARE(at(kCambridgeCity), kCambridgeshire);
    QCOMPARE(at(QPointF(-3.0, 50.0)), QString()); // the Channel

    EnglandMap widget(&map);
    widget.resize(600, 700);
    const QPoint inside = widget.positionOf(kWandsworth);
    QVERIFY(widget.rect().contains(inside));
    QCOMPARE(widget.authorityAt(inside), kWandsworth);
    QCOMPARE(widget.authorityAt(QPoint(2, 2)), QString());
}

void TestMap::hoverNamesAndClickSelects()
{
    MapPanel panel;
    panel.setDocuments(m_documents);
    panel.setArea(Area::Overall);
    panel.resize(700, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    EnglandMap *map = panel.map();
    const QPoint wandsworth = map->positionOf(kWandsworth);
    QTest::mouseMove(map, wandsworth);
    QTRY_COMPARE(map->hoveredAuthority(), kWandsworth);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Wandsworth")));
    QVERIFY(QToolTip::text().contains(Grade::label(Grade::Good)));

    QSignalSpy activated(&panel, &MapPanel::authorityActivated);
    const QPoint cambridgeshire = map->positionOf(kCambridgeshire);
    QTest::mouseClick(map, Qt::LeftButton, {}, cambridgeshire);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), kCambridgeshire);
    QCOMPARE(map->selectedAuthority(), kCambridgeshire);
}

void TestMap::sliderAndPlayReplayTheHistory()
{
    MapPanel panel;
    panel.setDocuments(m_documents);
    panel.setArea(Area::Overall);
    // The slider spans the graded documents, 2016 to 2022, and starts at the last.
    const QDate first = panel.date().addDays(-panel.slider()->value());
    QCOMPARE(first, QDate(2016, 2, 16));
    QCOMPARE(panel.date(), QDate(2022, 11, 18));
    QCOMPARE(panel.map()->gradeOf(kWandsworth)->standing.grade, Grade::Good);
    panel.slider()->setValue(first.daysTo(QDate(2017, 1, 1)));
    QCOMPARE(panel.date(), QDate(2017, 1, 1));
    QCOMPARE(panel.map()->gradeOf(kWandsworth)->standing.grade, Grade::Inadequate);
    // Play from a few months before the end: it steps to the last date and stops.
    panel.slider()->setValue(panel.slider()->maximum() - 100);
    panel.play();
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY(!panel.isPlaying());
    QCOMPARE(panel.slider()->value(), panel.slider()->maximum());
    QCOMPARE(panel.map()->gradeOf(kWandsworth)->standing.grade, Grade::Good);
}

void TestMap::tableOfTheSameNumbers()
{
    MapPanel panel;
    panel.setDocuments(m_documents);
    panel.setArea(Area::Overall);
    panel.setDate(QDate(2018, 8, 1));
    DataTableModel *model = panel.chartPanel()->tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), MapData::england().authorityCodes().size());
    QCOMPARE(model->columnCount(), 4);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data().toString() == QLatin1String("Wandsworth"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, 1).data().toString(), QStringLiteral("London"));
    QCOMPARE(model->index(row, 2).data().toString(), Grade::label(Grade::RequiresImprovement));
    // As every list writes a date; the table keeps ISO for its CSV and for sorting.
    QCOMPARE(model->index(row, 3).data().toString(), DocumentDate::shortText(QDate(2018, 7, 20)));
    QCOMPARE(model->index(row, 3).data(oversight::SortRole).toString(), QStringLiteral("2018-07-20"));
    const QString shots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        panel.findChild<QToolButton *>(QStringLiteral("mapChartPanelTableToggle"))->setChecked(true);
        panel.resize(900, 600);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("mapChartPanelTable"));
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        panel.grab().save(shots + QStringLiteral("/map-table.png"));
    }
    panel.setDate(QDate(2024, 1, 1));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->index(row, 2).data().toString(), Grade::label(Grade::Good));
}

void TestMap::exportsPngAndSvg()
{
    MapPanel panel;
    panel.setDocuments(m_documents);
    EnglandMap *map = panel.map();
    map->resize(600, 700);
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
    QString error;
    QVERIFY2(ChartExport::exportWidget(map, png, &error), qPrintable(error));
    QVERIFY2(ChartExport::exportWidget(map, svg, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.width(), qRound(600 * ChartExport::kPrintDpi / 96.0));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), ChartExport::kPrintDpi);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<path"));
    QVERIFY(xml.contains("No grade yet")); // the legend stays text
}

void TestMap::followsADarkPalette()
{
    EnglandMap map(&MapData::england());
    const QList<GradedDocument> documents{
        graded(kCambridgeshire, QDate(2019, 6, 1), Grade::Inadequate)};
    map.setGrades(QStringLiteral("Overall"),
                  mapGrades(MapData::england(), documents, Area::Overall, QDate(2020, 1, 1)));
    map.resize(600, 700);
    const QPalette dark = darkPalette(); // the application's dark theme
    map.setPalette(dark);
    const QImage image = map.grab().toImage();
    QCOMPARE(image.pixelColor(2, 2), dark.color(QPalette::Base));
    const QColor inadequate = ChartStyle::gradeColour(Grade::Inadequate, dark);
    QCOMPARE(image.pixelColor(map.positionOf(kCambridgeshire)), inadequate);
}

void TestMap::clickShowsTheTimelineInTheChartsWindow()
{
    Library library;
    QVERIFY(library.open(m_db));
    ChartsWindow window(&library);
    window.resize(1000, 760);
    window.tabs()->setCurrentWidget(window.mapPanel());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EnglandMap *map = window.mapPanel()->map();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf(kWandsworth));
    QCOMPARE(window.tabs()->currentIndex(), 0);
    Database database(m_db);
    QCOMPARE(window.authority(), AnalysisQueries(database).authorityIdFor(kWandsworth));
}

void TestMap::screenshotsOfTheWholeCountry()
{
    const QString db = qEnvironmentVariable("OVERSIGHT_MAP_DB");
    if (db.isEmpty())
        QSKIP("Set OVERSIGHT_MAP_DB to a library of many authorities for these screenshots.");
    Library library;
    QVERIFY(library.open(db));
    ChartsWindow window(&library);
    window.resize(1000, 860);
    window.tabs()->setCurrentWidget(window.mapPanel());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MapPanel *panel = window.mapPanel();
    panel->setArea(Area::Overall);
    panel->setDate(QDate(2016, 12, 31));
    screenshot(&window, QStringLiteral("map-2016.png"));
    panel->setDate(panel->date().addDays(panel->slider()->maximum() - panel->slider()->value()));
    screenshot(&window, QStringLiteral("map-latest.png"));
    window.setPalette(darkPalette()); // the application's dark theme
    screenshot(&window, QStringLiteral("map-dark.png"));
    QString error;
    QVERIFY2(
        ChartExport::exportWidget(
            panel->map(), QDir(m_screenshots).filePath(QStringLiteral("map-export.svg")), &error),
        qPrintable(error));
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
