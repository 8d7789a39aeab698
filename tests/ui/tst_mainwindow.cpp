// The main window driven as a user would, offscreen: open a database, import a file, find it
// in the tree, open it, search for a phrase and land on its page. Set
// OVERSIGHT_SCREENSHOT_DIR to keep screenshots of each step.
#include "Fixtures.h"
#include "MainWindowFixture.h"
#include "MainWindow.h"
#include "Settings.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "panels/DocumentPane.h"
#include "panels/LibraryPanel.h"
#include "panels/SearchPanel.h"
#include "store/Library.h"
#include "pdf/PdfDocument.h"
#include "views/PdfTextMatch.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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
    void phraseSearchHighlightsOnlyThePhrase_data();
    void phraseSearchHighlightsOnlyThePhrase();
    void rememberedDatabasesAreListed();
    void gettingStartedOffersImportOnAnEmptyDatabase();

private:
    void importAndWait(const QStringList &paths);
    void screenshot(const QString &name);

    MainWindowFixture m_gui;
};

void TestMainWindow::init()
{
    m_gui.setUp({QSize(1400, 900), QStringLiteral("gui.sqlite"), true, false});
}

void TestMainWindow::cleanup()
{
    m_gui.tearDown();
}

void TestMainWindow::screenshot(const QString &name)
{
    MainWindowFixture::screenshot(m_gui.window(), name);
}

void TestMainWindow::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_gui.window()->importController(), &ImportController::finished);
    QVERIFY(m_gui.window()->importPaths(paths));
    QVERIFY(m_gui.window()->importController()->isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!m_gui.window()->importController()->isRunning());
}

void TestMainWindow::importsAFileAndShowsItInTheTree()
{
    importAndWait({dataPath(Data::Wandsworth2016)});
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
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
    auto *view = m_gui.window()->findChild<PdfView *>(QStringLiteral("pdfView"));
    QVERIFY(view);
    QTRY_VERIFY(view->pageCount() > 10);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 20000);
    QCOMPARE(m_gui.window()->documentPane()->documentId(), documentId);
    screenshot(QStringLiteral("mainwindow-document"));
}

// A batch shows the first document it stores at once (later ones every couple of seconds),
// and the tree keeps the document the user chose (without opening it again) when it reloads.
// The check runs when the library is told of added documents: the first file's progress is
// delivered before the batch's end, so this holds however fast the machine reads.
void TestMainWindow::documentsShowWhileABatchIsImporting()
{
    importAndWait({dataPath(Data::FocusedLetter)});
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const QModelIndex letter = tree->model()->index(0, 0, tree->model()->index(0, 0));
    const qint64 letterId = letter.data(DocumentIdRole).toLongLong();
    QVERIFY(letterId > 0);
    tree->setCurrentIndex(letter);
    QTRY_COMPARE(m_gui.window()->documentPane()->documentId(), letterId);

    QSignalSpy reopened(m_gui.window()->libraryPanel(), &LibraryPanel::documentSelected);
    bool shownWhileRunning = false;
    QMetaObject::Connection onAdded =
        connect(m_gui.library(), &Library::documentsAdded, this, [&] {
            shownWhileRunning = shownWhileRunning
                || (m_gui.window()->importController()->isRunning() && tree->model()->rowCount() == 2);
        });
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018),
                   dataPath(Data::Wandsworth2023), dataPath(Data::MonitoringLetter)});
    disconnect(onAdded);
    QVERIFY2(shownWhileRunning, "no document showed before the batch ended");
    QTRY_COMPARE(tree->model()->rowCount(), 2);
    QCOMPARE(m_gui.window()->libraryPanel()->currentDocumentId(), letterId);
    QCOMPARE(reopened.count(), 0);
    QCOMPARE(m_gui.window()->documentPane()->documentId(), letterId);
}

void TestMainWindow::searchOpensThePageHoldingThePhrase()
{
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::MonitoringLetter)});
    const QString phrase = QStringLiteral("strategy discussions take place solely with the police");
    const int page = onlyPageHolding(dataPath(Data::Wandsworth2016), phrase);
    QVERIFY(page > 0);

    auto *box = m_gui.window()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    box->setFocus();
    QTest::keyClicks(box, QLatin1Char('"') + phrase + QLatin1Char('"'));
    QTest::keyClick(box, Qt::Key_Return);
    auto *results = m_gui.window()->findChild<QTableView *>(QStringLiteral("searchResults"));
    QVERIFY(results);
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QModelIndex hit = results->model()->index(0, 0);
    QCOMPARE(hit.data(PageRole).toInt(), page);

    // Choosing the hit opens that page of that document.
    emit results->activated(hit);
    auto *view = m_gui.window()->findChild<PdfView *>(QStringLiteral("pdfView"));
    QTRY_COMPARE(m_gui.window()->documentPane()->documentId(), hit.data(DocumentIdRole).toLongLong());
    QTRY_COMPARE(view->currentPage(), page - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 20000);
    screenshot(QStringLiteral("mainwindow-search"));
}

// A hit in the document already open still shows it chosen in the library, where the user
// had meanwhile gone to another authority; and the search box says how to write a query.
void TestMainWindow::searchHitSelectsItsDocumentInTheLibrary()
{
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::FocusedLetter)});
    const QList<StoredDocument> documents = m_gui.library()->store()->documents();
    QCOMPARE(documents.size(), 2);
    qint64 wandsworth = 0;
    for (const StoredDocument &d : documents)
        if (d.authorityName == QStringLiteral("Wandsworth"))
            wandsworth = d.id;
    QVERIFY(wandsworth > 0);
    m_gui.window()->showDocument(wandsworth);
    QCOMPARE(m_gui.window()->libraryPanel()->currentDocumentId(), wandsworth);
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex authority = tree->model()->index(row, 0);
        if (!authority.data().toString().contains(QStringLiteral("Wandsworth")))
            tree->setCurrentIndex(authority); // the other authority, chosen by the user
    }
    QCOMPARE(m_gui.window()->libraryPanel()->currentDocumentId(), 0);
    m_gui.window()->searchPanel()->search(QStringLiteral("\"Staying Put\""));
    auto *results = m_gui.window()->findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_COMPARE(results->model()->rowCount(), 1);
    emit results->activated(results->model()->index(0, 0));
    QCOMPARE(m_gui.window()->documentPane()->documentId(), wandsworth);
    QCOMPARE(m_gui.window()->libraryPanel()->currentDocumentId(), wandsworth);
    auto *box = m_gui.window()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box->placeholderText().contains(QLatin1Char('"')));
    QVERIFY(box->placeholderText().contains(QLatin1Char('*')));
}

// A phrase search highlights the phrase, every time it stands on a page, and nothing else: not
// one of its words where it stands apart, on the hit's page or any other (a page where both
// words occur, but not together). Quotes typed as a word processor types them quote too.
void TestMainWindow::phraseSearchHighlightsOnlyThePhrase_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("straight quotes") << QStringLiteral("\"child protection\"");
    QTest::newRow("typographic quotes") << QStringLiteral("\u201cchild protection\u201d");
}

void TestMainWindow::phraseSearchHighlightsOnlyThePhrase()
{
    QFETCH(QString, query);
    importAndWait({dataPath(Data::Wandsworth2016)});
    const QString phrase = QStringLiteral("child protection");
    const QStringList texts = simplifiedPageTexts(dataPath(Data::Wandsworth2016));
    const QRegularExpression together(QStringLiteral("\\bchild protection\\b"),
                                      QRegularExpression::CaseInsensitiveOption);
    int apart = 0; // pages with both words but never together
    for (const QString &text : texts)
        apart += !text.contains(together) && text.contains(QStringLiteral("child"), Qt::CaseInsensitive)
                 && text.contains(QStringLiteral("protection"), Qt::CaseInsensitive);
    QVERIFY2(apart > 0, "the document no longer tests words standing apart");

    m_gui.window()->searchPanel()->search(query);
    auto *results = m_gui.window()->findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->model()->rowCount() > 0);
    // Every page the search finds holds the phrase.
    for (int r = 0; r < results->model()->rowCount(); ++r)
        QVERIFY(texts.value(results->model()->index(r, 0).data(PageRole).toInt() - 1).contains(together));
    const QModelIndex hit = results->model()->index(0, 0);
    emit results->activated(hit);
    auto *view = m_gui.window()->findChild<PdfView *>(QStringLiteral("pdfView"));
    QTRY_COMPARE(view->currentPage(), hit.data(PageRole).toInt() - 1);
    QCOMPARE(view->pageCount(), texts.size());

    const PdfDocument pdf = PdfDocument::fromData(readBytes(dataPath(Data::Wandsworth2016)));
    for (int page = 0; page < view->pageCount(); ++page) {
        const QList<PdfWord> words = pdf.words(page);
        const QList<int> lit = view->highlightedWords(page);
        // Split into runs of neighbouring words; each run must read as the phrase.
        int runs = 0;
        for (int i = 0; i < lit.size();) {
            int j = i;
            while (j + 1 < lit.size() && lit.at(j + 1) == lit.at(j) + 1)
                ++j;
            const QString run = PdfTextMatch::joinWords(words, lit.at(i), lit.at(j));
            QVERIFY2(PdfTextMatch::normalise(run) == PdfTextMatch::normalise(phrase)
                         || PdfTextMatch::normalise(run) == PdfTextMatch::normalise(phrase + phrase),
                     qPrintable(QStringLiteral("page %1 highlights \u201c%2\u201d").arg(page + 1).arg(run)));
            runs += PdfTextMatch::normalise(run) == PdfTextMatch::normalise(phrase) ? 1 : 2;
            i = j + 1;
        }
        QCOMPARE(runs, int(texts.at(page).count(together)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 20000);
    screenshot(QStringLiteral("phrase-search-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
}

void TestMainWindow::rememberedDatabasesAreListed()
{
    const QString second = m_gui.path(QStringLiteral("second.sqlite"));
    QVERIFY(m_gui.window()->openDatabase(second));
    const QStringList recent = m_gui.settings()->recentDatabases();
    QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
    QVERIFY(recent.contains(QFileInfo(m_gui.path(QStringLiteral("gui.sqlite"))).absoluteFilePath()));
    QCOMPARE(m_gui.settings()->lastDatabase(), second);
    QVERIFY(m_gui.window()->windowTitle().contains(QStringLiteral("second.sqlite")));
}

void TestMainWindow::gettingStartedOffersImportOnAnEmptyDatabase()
{
    auto *welcome = m_gui.window()->findChild<QWidget *>(QStringLiteral("gettingStarted"));
    auto *importFolder = m_gui.window()->findChild<QPushButton *>(QStringLiteral("gettingStartedImportFolder"));
    QVERIFY(welcome && importFolder);
    QVERIFY(welcome->isVisible());
    QVERIFY(importFolder->isVisible());
    screenshot(QStringLiteral("getting-started"));

    // With documents but none open it says how many there are, and no longer offers import.
    importAndWait({dataPath(Data::MonitoringLetter)});
    QTRY_VERIFY(!importFolder->isVisible());
    QVERIFY(welcome->isVisible());
    // Opening a document replaces it with the document.
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QTRY_VERIFY(!welcome->isVisible());
    QVERIFY(m_gui.window()->documentPane()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

