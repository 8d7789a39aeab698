// The window as a new user first sees it, at the two commonest laptop and desktop sizes: every
// panel's content reads without dragging a dock's edge. The library's dates are whole and on
// screen, the facts show their values beside their names, the search results show more than a
// few rows. Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "Fixtures.h"
#include "MainWindowFixture.h"
#include "DefaultLayout.h"
#include "MainWindow.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryTreeModel.h"
#include "panels/DocumentPane.h"
#include "panels/LibraryRowDelegate.h"
#include "panels/SearchPanel.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace oversight;
using namespace oversight::test;

namespace {

// What the Library's delegate draws in a cell (its text after initStyleOption).
class DrawnText : public LibraryRowDelegate
{
public:
    QString of(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option.text;
    }
};

} // namespace

class TestDefaultLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyPanelReadsAtTheDefaultLayout_data();
    void everyPanelReadsAtTheDefaultLayout();
    void libraryShowsDateAndTitleWithoutScrolling_data();
    void libraryShowsDateAndTitleWithoutScrolling();
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
    MainWindowFixture fixture;
    MainWindowFixture::Options options;
    options.size = size; // a first start: the fixture's settings are new
    fixture.setUp(options);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *fixture.window();
    fixture.importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023),
                           dataPath(Data::MonitoringLetter)});
    if (QTest::currentTestFailed())
        return;
    const QList<StoredDocument> documents = fixture.library()->store()->documents();
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

    if (!qEnvironmentVariableIsEmpty("OVERSIGHT_SCREENSHOT_DIR")) {
        QTRY_VERIFY_WITH_TIMEOUT(!window.documentPane()->pdfView()->isRendering(), 20000);
        MainWindowFixture::screenshot(
            &window, QStringLiteral("layout-%1x%2").arg(size.width()).arg(size.height()));
    }
}

void TestDefaultLayout::libraryShowsDateAndTitleWithoutScrolling_data()
{
    // The window the app opens on a first start, for the screen's available area.
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768 screen") << QSize(1366, 768);
    QTest::newRow("1400x900 screen") << QSize(1400, 900);
    QTest::newRow("1920x1080 screen") << QSize(1920, 1080);
}

// Several authorities, the longest kinds and an area SEND title: the library's three columns
// share its width. The date is whole, the title has a column on screen (elided, whole in its
// tooltip), and nothing needs a horizontal scroll.
void TestDefaultLayout::libraryShowsDateAndTitleWithoutScrolling()
{
    QFETCH(QSize, screen);
    MainWindowFixture fixture;
    MainWindowFixture::Options options;
    options.size = DefaultLayout::windowSize(screen);
    fixture.setUp(options);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *fixture.window();
    fixture.importAndWait(
        {dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023),
         dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter),
         dataPath(QStringLiteral("north yorkshire area send inspection - 25 september 2024.pdf"))});
    if (QTest::currentTestFailed())
        return;
    QHash<qint64, StoredDocument> stored;
    for (const StoredDocument &d : fixture.library()->store()->documents())
        stored.insert(d.id, d);
    QCOMPARE(stored.size(), 5);

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 3);
    tree->expandAll();
    QCoreApplication::processEvents();
    QHeaderView *header = tree->header();
    const int viewport = tree->viewport()->width();
    const auto columns = QStringLiteral("columns %1 + %2 + %3 px, the tree shows %4 px")
                             .arg(header->sectionSize(LibraryTreeModel::NameColumn))
                             .arg(header->sectionSize(LibraryTreeModel::DateColumn))
                             .arg(header->sectionSize(LibraryTreeModel::TitleColumn))
                             .arg(viewport);
    QVERIFY2(header->length() <= viewport, qPrintable(columns));
    QVERIFY2(tree->horizontalScrollBar()->maximum() == 0, qPrintable(columns));

    // The date column as wide as its widest date and its header.
    const int date = LibraryTreeModel::DateColumn;
    const int dateHint = static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(date);
    QVERIFY2(header->sectionSize(date) >= tree->header()->sectionSizeHint(date)
                 && header->sectionSize(date) >= dateHint,
             qPrintable(QStringLiteral("date %1 px, its dates need %2 px, its header %3 px")
                            .arg(header->sectionSize(date))
                            .arg(dateHint)
                            .arg(header->sectionSizeHint(date))));

    // The title column on screen, wide enough for its header at least.
    const int title = LibraryTreeModel::TitleColumn;
    QVERIFY2(header->sectionViewportPosition(title) + header->sectionSize(title) <= viewport,
             qPrintable(columns));
    QVERIFY2(header->sectionSize(title) >= header->sectionSizeHint(title), qPrintable(columns));
    QCOMPARE(tree->textElideMode(), Qt::ElideRight);

    // Each document's whole title in its tooltip, however much of it the column shows.
    int documents = 0;
    for (int g = 0; g < tree->model()->rowCount(); ++g) {
        const QModelIndex group = tree->model()->index(g, 0);
        for (int row = 0; row < tree->model()->rowCount(group); ++row, ++documents) {
            const QModelIndex cell = tree->model()->index(row, title, group);
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            const StoredDocument doc = stored.value(cell.data(DocumentIdRole).toLongLong());
            QVERIFY(doc.id > 0);
            QVERIFY(!doc.facts.title.isEmpty());
            QVERIFY2(tip.contains(doc.displayTitle()) && tip.contains(doc.facts.title),
                     qPrintable(tip));
        }
    }
    QCOMPARE(documents, 5);

    // Each authority's name whole: its row spans the columns, also after a filter brought it
    // back.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("Wokingham"));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    filter->clear();
    QTRY_COMPARE(tree->model()->rowCount(), 3);
    for (int g = 0; g < tree->model()->rowCount(); ++g) {
        const QModelIndex group = tree->model()->index(g, 0);
        const QString name = group.data().toString();
        QVERIFY2(tree->isFirstColumnSpanned(g, {}), qPrintable(name));
        const int needed = tree->fontMetrics().horizontalAdvance(name);
        QVERIFY2(tree->visualRect(group).width() >= needed,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                .arg(name)
                                .arg(needed)
                                .arg(tree->visualRect(group).width())));
    }

    // Each authority's row ends with how many of its documents the filters list.
    QVERIFY(qobject_cast<LibraryRowDelegate *>(tree->itemDelegate()));
    const DrawnText drawn;
    const auto drawnNames = [&] {
        QStringList names;
        for (int g = 0; g < tree->model()->rowCount(); ++g)
            names.append(drawn.of(tree->model()->index(g, 0)));
        return names;
    };
    QCOMPARE(drawnNames(), (QStringList{QStringLiteral("North Yorkshire (1)"),
                                        QStringLiteral("Wandsworth (3)"),
                                        QStringLiteral("Wokingham (1)")}));
    const QModelIndex firstDocument = tree->model()->index(0, 0, tree->model()->index(1, 0));
    QCOMPARE(drawn.of(firstDocument), firstDocument.data().toString());
    auto *kinds = window.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    QVERIFY(kinds);
    kinds->setCurrentIndex(kinds->findData(Kind::MonitoringVisit));
    QTRY_COMPARE(drawnNames(), QStringList{QStringLiteral("Wandsworth (1)")});
    kinds->setCurrentIndex(0);
    QTRY_COMPARE(tree->model()->rowCount(), 3);

    MainWindowFixture::screenshot(&window, QStringLiteral("library-%1x%2")
                                               .arg(screen.width())
                                               .arg(screen.height()));
}

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"
