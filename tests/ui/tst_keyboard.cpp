// The reading task with the keyboard alone, offscreen: into the library with Alt+1, open an
// inspection, Ctrl+L to page 10, move the caret to a sentence, select it with Shift+Right,
// annotate it with Ctrl+E and answer the dialog with keys. Not one mouse event. And Tab goes
// round the window's parts without being caught cell by cell in a table.
// Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "Fixtures.h"
#include "MainWindowFixture.h"
#include "MainWindow.h"
#include "Settings.h"
#include "annotations/AnnotateDialog.h"
#include "annotations/AnnotationController.h"
#include "annotations/ChecklistsPanel.h"
#include "import/ImportController.h"
#include "panels/DocumentPane.h"
#include "panels/SearchPanel.h"
#include "store/Library.h"
#include "views/PdfTextMatch.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace oversight;
using namespace oversight::test;

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readSelectAndAnnotateWithoutAMouse();
    void tabGoesRoundWithoutBeingCaughtInATable();
    void shiftClickSelectsFromTheCaret();
    void copiedTextJoinsTheLinesOfAParagraph();

private:
    qint64 import();
    void key(Qt::Key k, Qt::KeyboardModifiers mods = {});
    PdfView *view() const { return m_gui.window()->documentPane()->pdfView(); }
    void screenshot(QWidget *widget, const QString &name);

    MainWindowFixture m_gui;
};

void TestKeyboard::init()
{
    m_gui.setUp({QSize(1366, 768), QStringLiteral("keys.sqlite"), true, true});
}

void TestKeyboard::cleanup()
{
    m_gui.tearDown();
}

void TestKeyboard::screenshot(QWidget *widget, const QString &name)
{
    MainWindowFixture::screenshot(widget, name);
}

qint64 TestKeyboard::import()
{
    QSignalSpy finished(m_gui.window()->importController(), &ImportController::finished);
    if (!m_gui.window()->importPaths({dataPath(Data::Wandsworth2016)}) || !finished.wait(60000))
        return 0;
    const QList<StoredDocument> documents = m_gui.library()->store()->documents();
    return documents.size() == 1 ? documents.first().id : 0;
}

// A key pressed where the focus is, as the keyboard sends it.
void TestKeyboard::key(Qt::Key k, Qt::KeyboardModifiers mods)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "something has the focus");
    QTest::keyClick(target, k, mods);
}

void TestKeyboard::readSelectAndAnnotateWithoutAMouse()
{
    const qint64 documentId = import();
    QVERIFY(documentId > 0);
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 1);

    // Alt+1: into the library; Home, Right to open the authority, Down to its document.
    key(Qt::Key_1, Qt::AltModifier);
    QTRY_VERIFY(tree->hasFocus());
    key(Qt::Key_Home);
    key(Qt::Key_Right);
    key(Qt::Key_Down);
    QTRY_COMPARE(m_gui.window()->documentPane()->documentId(), documentId);
    QTRY_VERIFY(view()->pageCount() > 10);

    // Ctrl+L: the page box, its number selected; 10 and Enter, and back to reading there.
    key(Qt::Key_L, Qt::ControlModifier);
    auto *pageBox = m_gui.window()->findChild<QSpinBox *>(QStringLiteral("pageSpin"));
    QVERIFY(pageBox);
    QTRY_VERIFY(pageBox->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
    key(Qt::Key_Return);
    QTRY_COMPARE(view()->currentPage(), 9);
    QTRY_VERIFY(view()->hasFocus());
    QCOMPARE(view()->caretPage(), 9);
    QCOMPARE(view()->caretWord(), 0);

    // The checklist to annotate against (made from the open document, as its panel does).
    m_gui.window()->checklistsPanel()->createFromCurrentDocument();
    QCOMPARE(m_gui.library()->annotations()->checklists().size(), 1);
    view()->setFocus(); // creating the checklist raised its panel

    // Right until the word before the caret ends a sentence and the word after it begins one
    // (peeking with Shift+Left and Shift+Right, and back).
    bool atSentenceStart = false;
    for (int i = 0; i < 300 && !atSentenceStart; ++i) {
        key(Qt::Key_Right);
        key(Qt::Key_Left, Qt::ShiftModifier);
        const QString before = view()->selectedText();
        key(Qt::Key_Right, Qt::ShiftModifier); // back where it was, nothing selected
        QVERIFY(!view()->hasSelection());
        key(Qt::Key_Right, Qt::ShiftModifier);
        const QString after = view()->selectedText();
        key(Qt::Key_Left, Qt::ShiftModifier);
        QVERIFY(!view()->hasSelection());
        atSentenceStart = i > 0 && before.endsWith(QLatin1Char('.')) && !after.isEmpty()
                          && after.at(0).isUpper();
    }
    QVERIFY2(atSentenceStart, "a sentence starts on page 10");
    QCOMPARE(view()->caretPage(), 9);

    // Shift+Right word by word to the sentence's full stop.
    for (int i = 0; i < 80 && !view()->selectedText().endsWith(QLatin1Char('.')); ++i)
        key(Qt::Key_Right, Qt::ShiftModifier);
    const PdfSelection selection = view()->selection();
    const QString sentence = selection.text.simplified();
    QCOMPARE(selection.page, 9);
    QVERIFY2(sentence.size() > 20 && sentence.at(0).isUpper() && sentence.endsWith(QLatin1Char('.'))
                 && sentence.count(QLatin1Char(' ')) >= 3,
             qPrintable(sentence));
    QVERIFY(simplifiedPageTexts(dataPath(Data::Wandsworth2016)).at(9).contains(sentence));
    QCOMPARE(selection.boxes.size(), sentence.count(QLatin1Char(' ')) + 1);
    screenshot(m_gui.window(), QStringLiteral("keyboard-1-selected"));

    // Ctrl+E, and the dialog answered with keys: Down to item 1, Space ticks it, Enter.
    bool answered = false;
    m_gui.window()->annotationController()->setDialogRunner([&](AnnotateDialog &dialog) {
        dialog.show();
        if (!QTest::qWaitForWindowActive(&dialog))
            return false;
        auto *items = dialog.findChild<QTreeWidget *>(QStringLiteral("annotationItems"));
        items->setFocus(Qt::TabFocusReason); // the first stop of the dialog's Tab chain
        QTest::keyClick(items, Qt::Key_Down);
        QTest::keyClick(items, Qt::Key_Down);
        QTest::keyClick(items, Qt::Key_Space);
        screenshot(&dialog, QStringLiteral("keyboard-2-dialog"));
        QTest::keyClick(items, Qt::Key_Return);
        answered = true;
        return dialog.result() == QDialog::Accepted;
    });
    key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(answered);
    const QList<Annotation> stored = m_gui.library()->annotations()->annotations(documentId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().page, 10);
    QCOMPARE(stored.first().quote.simplified(), sentence);
    QCOMPARE(stored.first().itemIds.size(), 1);
    QCOMPARE(stored.first().boxes, selection.boxes);
}

void TestKeyboard::tabGoesRoundWithoutBeingCaughtInATable()
{
    const qint64 documentId = import();
    QVERIFY(documentId > 0);
    m_gui.window()->showDocument(documentId);
    QTRY_VERIFY(view()->pageCount() > 10);
    // Results in the table, so that there are cells to be caught in.
    m_gui.window()->searchPanel()->search(QStringLiteral("children"));
    auto *results = m_gui.window()->findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->model()->rowCount() > 3);
    results->setCurrentIndex(results->model()->index(0, 0));

    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    tree->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QList<QWidget *> visited;
    int sameInARow = 0;
    for (int i = 0; i < 40; ++i) {
        key(Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        sameInARow = !visited.isEmpty() && visited.constLast() == now ? sameInARow + 1 : 0;
        QVERIFY2(sameInARow == 0, qPrintable(QStringLiteral("Tab stayed in %1")
                                                 .arg(now ? now->objectName() : QString())));
        visited.append(now);
        if (now == tree)
            break;
    }
    QCOMPARE(visited.constLast(), static_cast<QWidget *>(tree)); // round the window and back
    QVERIFY(visited.contains(results));
    QVERIFY(visited.contains(view()));
    QVERIFY(visited.contains(m_gui.window()->findChild<QSpinBox *>(QStringLiteral("pageSpin"))));
}

void TestKeyboard::shiftClickSelectsFromTheCaret()
{
    const qint64 documentId = import();
    QVERIFY(documentId > 0);
    m_gui.window()->showDocument(documentId);
    QTRY_VERIFY(view()->pageCount() > 10);
    view()->setFocus();
    view()->goToPage(1);
    QTRY_COMPARE(view()->currentPage(), 1);
    // The page's first word, as Shift+Right from the caret selects it.
    key(Qt::Key_Right, Qt::ShiftModifier);
    const QString firstWord = view()->selectedText();
    QVERIFY(!firstWord.isEmpty());
    key(Qt::Key_Escape);
    QVERIFY(!view()->hasSelection());
    view()->goToPage(1); // the caret on that word again
    // Shift+click on a word further down the page selects from the caret to there.
    const QRect page = view()->pageRectInViewport(1);
    const QPoint further(page.center().x(), page.top() + page.height() / 3);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, further);
    QVERIFY(view()->hasSelection());
    const PdfSelection selection = view()->selection();
    QCOMPARE(selection.page, 1);
    QVERIFY(selection.boxes.size() > 5);
    QVERIFY2(selection.text.startsWith(firstWord), qPrintable(selection.text.left(80)));
}

// Copy gives a sentence that the PDF wraps over two lines as one line of text, and keeps the
// breaks between paragraphs and list items.
void TestKeyboard::copiedTextJoinsTheLinesOfAParagraph()
{
    const QString path = dataPath(Data::Wandsworth2016);
    // A sentence of the 2016 report that sits on one page only, wrapped over two lines.
    const QString sentence = QStringLiteral("strategy discussions take place solely with the police");
    const int page = onlyPageHolding(path, sentence) - 1;
    QVERIFY(page >= 0);
    const PdfDocument pdf = PdfDocument::fromData(readBytes(path));
    QVERIFY(pdf.isOpen());
    const QList<PdfWord> words = pdf.words(page);
    const PdfWordRange range = PdfTextMatch::findPassage(words, sentence);
    QVERIFY(range.isValid());
    bool wraps = false;
    for (int i = range.first + 1; i <= range.last; ++i)
        wraps = wraps || !PdfTextMatch::sameLine(words.at(i - 1).box, words.at(i).box);
    QVERIFY2(wraps, "the sentence is wrapped in the PDF");
    const QString joined = PdfTextMatch::joinWords(words, range.first, range.last);
    QVERIFY2(!joined.contains(QLatin1Char('\n')), qPrintable(joined));
    QVERIFY2(joined.toLower().contains(sentence), qPrintable(joined));
    // The whole page still has its paragraphs, each on a line of its own.
    const QString all = PdfTextMatch::joinWords(words, 0, int(words.size()) - 1);
    QVERIFY(all.count(QLatin1Char('\n')) >= 2);
    for (const QString &line : all.split(QLatin1Char('\n')))
        QVERIFY2(line.size() > 0, qPrintable(all));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
