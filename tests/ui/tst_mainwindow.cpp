// The main window driven as a user would, offscreen: open a database, import a file, find it
// in the tree, open it, search for a phrase and land on its page. Set
// OVERSIGHT_SCREENSHOT_DIR to keep screenshots of each step.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "panels/DocumentPane.h"
#include "panels/LibraryPanel.h"
#include "panels/SearchPanel.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace oversight;
using namespace oversight::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAFileAndShowsItInTheTree();
    void documentsShowWhileABatchIsImporting();
    void searchOpensThePageHoldingThePhrase();
    void searchHitSelectsItsDocumentInTheLibrary();
    void rememberedDatabasesAreListed();
    void gettingStartedOffersImportOnAnEmptyDatabase();

private:
    void importAndWait(const QStringList &paths);
    void screenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_library = std::make_unique<Library>();
    m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
    m_window->importController()->setShowReport(false);
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("gui.sqlite"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_library.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestMainWindow::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QVERIFY(m_window->importPaths(paths));
    QVERIFY(m_window->importController()->isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!m_window->importController()->isRunning());
}

void TestMainWindow::importsAFileAndShowsItInTheTree()
{
    importAndWait({dataPath(Data::Wandsworth2016)});
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex authority = model->index(0, 0);
    QCOMPARE(model->rowCount(authority), 1);
    const QModelIndex document = model->index(0, 0, authority);
    // The id, not the index: the tree may reload while the page renders, and an index does
    // not outlive a reset.
    const qint64 documentId = document.data(DocumentIdRole).toLongLong();
    QVERIFY(documentId > 0);

    // Choosing it in the tree opens the PDF.
    tree->setCurrentIndex(document);
    auto *view = m_window->findChild<PdfView *>(QStringLiteral("pdfView"));
    QVERIFY(view);
    QTRY_VERIFY(view->pageCount() > 10);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 20000);
    QCOMPARE(m_window->documentPane()->documentId(), documentId);
    screenshot(QStringLiteral("mainwindow-document"));
}

// A batch shows the first document it stores at once (later ones every couple of seconds),
// and the tree keeps the document the user chose (without opening it again) when it reloads.
// The check runs when the library is told of added documents: the first file's progress is
// delivered before the batch's end, so this holds however fast the machine reads.
void TestMainWindow::documentsShowWhileABatchIsImporting()
{
    importAndWait({dataPath(Data::FocusedLetter)});
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const QModelIndex letter = tree->model()->index(0, 0, tree->model()->index(0, 0));
    const qint64 letterId = letter.data(DocumentIdRole).toLongLong();
    QVERIFY(letterId > 0);
    tree->setCurrentIndex(letter);
    QTRY_COMPARE(m_window->documentPane()->documentId(), letterId);

    QSignalSpy reopened(m_window->libraryPanel(), &LibraryPanel::documentSelected);
    bool shownWhileRunning = false;
    QMetaObject::Connection onAdded =
        connect(m_library.get(), &Library::documentsAdded, this, [&] {
            shownWhileRunning = shownWhileRunning
                || (m_window->importController()->isRunning() && tree->model()->rowCount() == 2);
        });
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018),
                   dataPath(Data::Wandsworth2023), dataPath(Data::MonitoringLetter)});
    disconnect(onAdded);
    QVERIFY2(shownWhileRunning, "no document showed before the batch ended");
    QTRY_COMPARE(tree->model()->rowCount(), 2);
    QCOMPARE(m_window->libraryPanel()->currentDocumentId(), letterId);
    QCOMPARE(reopened.count(), 0);
    QCOMPARE(m_window->documentPane()->documentId(), letterId);
}

void TestMainWindow::searchOpensThePageHoldingThePhrase()
{
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::MonitoringLetter)});
    const QString phrase = QStringLiteral("strategy discussions take place solely with the police");
    const int page = onlyPageHolding(dataPath(Data::Wandsworth2016), phrase);
    QVERIFY(page > 0);

    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    box->setFocus();
    QTest::keyClicks(box, QLatin1Char('"') + phrase + QLatin1Char('"'));
    QTest::keyClick(box, Qt::Key_Return);
    auto *results = m_window->findChild<QTableView *>(QStringLiteral("searchResults"));
    QVERIFY(results);
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QModelIndex hit = results->model()->index(0, 0);
    QCOMPARE(hit.data(PageRole).toInt(), page);

    // Choosing the hit opens that page of that document.
    emit results->activated(hit);
    auto *view = m_window->findChild<PdfView *>(QStringLiteral("pdfView"));
    QTRY_COMPARE(m_window->documentPane()->documentId(), hit.data(DocumentIdRole).toLongLong());
    QTRY_COMPARE(view->currentPage(), page - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 20000);
    screenshot(QStringLiteral("mainwindow-search"));
}

// A hit in the document already open still shows it chosen in the library, where the user
// had meanwhile gone to another authority; and the search box says how to write a query.
void TestMainWindow::searchHitSelectsItsDocumentInTheLibrary()
{
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::FocusedLetter)});
    const QList<StoredDocument> documents = m_library->store()->documents();
    QCOMPARE(documents.size(), 2);
    qint64 wandsworth = 0;
    for (const StoredDocument &d : documents)
        if (d.authorityName == QStringLiteral("Wandsworth"))
            wandsworth = d.id;
    QVERIFY(wandsworth > 0);
    m_window->showDocument(wandsworth);
    QCOMPARE(m_window->libraryPanel()->currentDocumentId(), wandsworth);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex authority = tree->model()->index(row, 0);
        if (!authority.data().toString().contains(QStringLiteral("Wandsworth")))
            tree->setCurrentIndex(authority); // the other authority, chosen by the user
    }
    QCOMPARE(m_window->libraryPanel()->currentDocumentId(), 0);
    m_window->searchPanel()->search(QStringLiteral("\"Staying Put\""));
    auto *results = m_window->findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_COMPARE(results->model()->rowCount(), 1);
    emit results->activated(results->model()->index(0, 0));
    QCOMPARE(m_window->documentPane()->documentId(), wandsworth);
    QCOMPARE(m_window->libraryPanel()->currentDocumentId(), wandsworth);
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box->placeholderText().contains(QLatin1Char('"')));
    QVERIFY(box->placeholderText().contains(QLatin1Char('*')));
}

void TestMainWindow::rememberedDatabasesAreListed()
{
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    QVERIFY(m_window->openDatabase(second));
    const QStringList recent = m_settings->recentDatabases();
    QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
    QVERIFY(recent.contains(QFileInfo(m_dir->filePath(QStringLiteral("gui.sqlite"))).absoluteFilePath()));
    QCOMPARE(m_settings->lastDatabase(), second);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("second.sqlite")));
}

void TestMainWindow::gettingStartedOffersImportOnAnEmptyDatabase()
{
    auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("gettingStarted"));
    auto *importFolder = m_window->findChild<QPushButton *>(QStringLiteral("gettingStartedImportFolder"));
    QVERIFY(welcome && importFolder);
    QVERIFY(welcome->isVisible());
    QVERIFY(importFolder->isVisible());
    screenshot(QStringLiteral("getting-started"));

    // With documents but none open it says how many there are, and no longer offers import.
    importAndWait({dataPath(Data::MonitoringLetter)});
    QTRY_VERIFY(!importFolder->isVisible());
    QVERIFY(welcome->isVisible());
    // Opening a document replaces it with the document.
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QTRY_VERIFY(!welcome->isVisible());
    QVERIFY(m_window->documentPane()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

