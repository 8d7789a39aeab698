// The window as a new user first sees it, at the two commonest laptop and desktop sizes: every
// panel's content reads without dragging a dock's edge. The library's dates are whole and on
// screen, the facts show their values beside their names, the search results show more than a
// few rows. Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryTreeModel.h"
#include "panels/DocumentPane.h"
#include "panels/SearchPanel.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace oversight;
using namespace oversight::test;

class TestDefaultLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyPanelReadsAtTheDefaultLayout_data();
    void everyPanelReadsAtTheDefaultLayout();
};

void TestDefaultLayout::everyPanelReadsAtTheDefaultLayout_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestDefaultLayout::everyPanelReadsAtTheDefaultLayout()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini"))); // nothing saved: a first start
    Library library;
    MainWindow window(&library, &settings);
    window.importController()->setShowReport(false);
    window.resize(size);
    QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("layout.sqlite"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.importController(), &ImportController::finished);
    QVERIFY(window.importPaths({dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023),
                                dataPath(Data::MonitoringLetter)}));
    QVERIFY(finished.wait(60000));
    const QList<StoredDocument> documents = library.store()->documents();
    QCOMPARE(documents.size(), 3);
    window.showDocument(documents.first().id);
    window.searchPanel()->search(QStringLiteral("children"));

    // Library: every document's date whole, and inside the visible part of the tree.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    tree->expandAll();
    QCoreApplication::processEvents();
    const QModelIndex authority = tree->model()->index(0, 0);
    QCOMPARE(tree->model()->rowCount(authority), 3);
    const int dateColumn = LibraryTreeModel::DateColumn;
    const int dateRight = tree->header()->sectionViewportPosition(dateColumn)
                          + tree->header()->sectionSize(dateColumn);
    QVERIFY2(dateRight <= tree->viewport()->width(),
             qPrintable(QStringLiteral("the Date column ends at %1 px, the tree shows %2 px")
                            .arg(dateRight)
                            .arg(tree->viewport()->width())));
    for (int row = 0; row < 3; ++row) {
        const QModelIndex date = tree->model()->index(row, dateColumn, authority);
        const QString text = date.data().toString();
        QVERIFY(!text.isEmpty());
        const int needed = tree->fontMetrics().horizontalAdvance(text);
        QVERIFY2(tree->visualRect(date).width() >= needed + 6,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                .arg(text)
                                .arg(needed)
                                .arg(tree->visualRect(date).width())));
    }

    // Facts: the values have a column as wide as the names' at least, and 180 px or more.
    auto *facts = window.findChild<QTreeView *>(QStringLiteral("factsView"));
    QVERIFY(facts);
    QTRY_VERIFY(facts->model()->rowCount() > 0);
    const int labels = facts->header()->sectionSize(0);
    const int values = facts->viewport()->width() - labels;
    QVERIFY2(values >= 180 && values >= labels,
             qPrintable(QStringLiteral("facts: names %1 px, values %2 px").arg(labels).arg(values)));

    // Search results: six rows or more in view.
    auto *results = window.findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->model()->rowCount() > 6);
    const int rowHeight = results->verticalHeader()->defaultSectionSize();
    QVERIFY2(results->viewport()->height() >= 4 * rowHeight,
             qPrintable(QStringLiteral("results show %1 px").arg(results->viewport()->height())));

    // The page keeps about half the width.
    QVERIFY2(window.documentPane()->width() >= size.width() * 2 / 5,
             qPrintable(QStringLiteral("page %1 px, library %2 px, facts %3 px of %4")
                            .arg(window.documentPane()->width())
                            .arg(window.findChild<QDockWidget *>(QStringLiteral("libraryDock"))->width())
                            .arg(window.findChild<QDockWidget *>(QStringLiteral("factsDock"))->width())
                            .arg(size.width())));

    const QString shots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(!window.documentPane()->pdfView()->isRendering(), 20000);
        window.grab().save(shots + QStringLiteral("/layout-%1x%2.png")
                                       .arg(size.width())
                                       .arg(size.height()));
    }
}

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"
