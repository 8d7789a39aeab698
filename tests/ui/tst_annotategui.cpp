// Annotating as a user does, offscreen: open an inspection, make a checklist of its
// recommendations, drag the mouse over a sentence, link it to an item with a status and a note,
// see it marked on the page, undo and redo it with the keyboard, and find it on the same words
// after closing and reopening the database. Deleting an annotated document asks first.
// Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots of each step.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "annotations/AnnotateDialog.h"
#include "annotations/AnnotationCommands.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/ChecklistsPanel.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "panels/DocumentPane.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {
// A sentence of the 2016 report that sits on one page only, wrapped over two lines.
const QString kSentence = QStringLiteral("strategy discussions take place solely with the police");
const QString kNote = QStringLiteral("Strategy discussions now include health and education.");
} // namespace

class TestAnnotateGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void annotateSelectionUndoRedoAndReopen();
    void deletingAnnotatedDocumentAsksFirst_data();
    void deletingAnnotatedDocumentAsksFirst();

private:
    void openWindow();
    void closeWindow();
    qint64 importAndOpen();
    PdfView *view() const { return m_window->documentPane()->pdfView(); }
    QRect boxInViewport(int page, const QRectF &box) const;
    void scrollIntoView(int page, const QRectF &box);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_databasePath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnnotateGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_databasePath = m_dir->filePath(QStringLiteral("annotate.sqlite"));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    openWindow();
}

void TestAnnotateGui::cleanup()
{
    closeWindow();
    m_settings.reset();
    m_dir.reset();
}

void TestAnnotateGui::openWindow()
{
    m_library = std::make_unique<Library>();
    m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
    m_window->importController()->setShowReport(false);
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDatabase(m_databasePath));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAnnotateGui::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_library.reset();
}

void TestAnnotateGui::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

qint64 TestAnnotateGui::importAndOpen()
{
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    if (!m_window->importPaths({dataPath(Data::Wandsworth2016)}) || !finished.wait(60000))
        return 0;
    const QList<StoredDocument> documents = m_library->store()->documents();
    if (documents.size() != 1)
        return 0;
    m_window->showDocument(documents.first().id);
    return documents.first().id;
}

// Where a word box (page points) is drawn: from the page's corner, at the view's zoom.
QRect TestAnnotateGui::boxInViewport(int page, const QRectF &box) const
{
    const double scale = view()->zoom() * view()->logicalDpiX() / 72.0;
    const QPointF origin = view()->pageRectInViewport(page).topLeft();
    return QRectF(origin + box.topLeft() * scale, box.size() * scale).toRect();
}

void TestAnnotateGui::scrollIntoView(int page, const QRectF &box)
{
    QScrollBar *bar = view()->verticalScrollBar();
    bar->setValue(bar->value() + boxInViewport(page, box).top() - view()->viewport()->height() / 3);
    QVERIFY(view()->viewport()->rect().contains(boxInViewport(page, box)));
}

void TestAnnotateGui::annotateSelectionUndoRedoAndReopen()
{
    const qint64 documentId = importAndOpen();
    QVERIFY(documentId > 0);
    QTRY_VERIFY(view()->pageCount() > 10);
    QTRY_COMPARE(m_window->documentPane()->documentId(), documentId);

    // A checklist of the report's recommendations, made from the open document.
    m_window->checklistsPanel()->createFromCurrentDocument();
    const QList<Checklist> checklists = m_library->annotations()->checklists();
    QCOMPARE(checklists.size(), 1);
    QCOMPARE(checklists.first().items.size(), 22);
    const qint64 firstItem = checklists.first().items.first().id;
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Drag over the sentence with the mouse, from its first word to its last.
    const int page = onlyPageHolding(dataPath(Data::Wandsworth2016), kSentence) - 1;
    QVERIFY(page >= 0);
    view()->goToPage(page);
    QTRY_COMPARE(view()->currentPage(), page);
    const PdfSelection found = view()->findPassage(page, kSentence);
    QCOMPARE(found.page, page);
    QCOMPARE(found.boxes.size(), 8);
    scrollIntoView(page, found.boxes.first());
    const QPoint from = boxInViewport(page, found.boxes.first()).center();
    const QPoint to = boxInViewport(page, found.boxes.last()).center();
    QWidget *viewport = view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    const PdfSelection selected = view()->selection();
    QCOMPARE(selected.page, page);
    QCOMPARE(selected.boxes, found.boxes);
    QCOMPARE(selected.text.simplified(), found.text.simplified());
    QVERIFY(selected.text.simplified().contains(kSentence, Qt::CaseInsensitive));
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isRendering(), 20000);
    screenshot(m_window.get(), QStringLiteral("annotate-1-selected"));

    // Annotate it: tick item 1, "progressing", a note.
    bool dialogShown = false;
    m_window->annotationController()->setDialogRunner([&](AnnotateDialog &dialog) {
        dialogShown = true;
        auto *items = dialog.findChild<QTreeWidget *>(QStringLiteral("annotationItems"));
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("annotationStatus"));
        auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("annotationNote"));
        if (!items || !status || !note || items->topLevelItemCount() != 1
            || items->topLevelItem(0)->childCount() != 22)
            return false;
        items->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
        status->setCurrentIndex(status->findData(Status::Progressing));
        note->setPlainText(kNote);
        screenshot(&dialog, QStringLiteral("annotate-2-dialog"));
        return true;
    });
    m_window->annotationController()->annotateSelection();
    QVERIFY(dialogShown);
    QCOMPARE(m_window->undoStack()->count(), 2);
    const QList<Annotation> stored = m_library->annotations()->annotations(documentId);
    QCOMPARE(stored.size(), 1);
    const Annotation annotation = stored.first();
    QCOMPARE(annotation.page, page + 1);
    QCOMPARE(annotation.boxes, found.boxes);
    QCOMPARE(annotation.quote.simplified(), found.text.simplified());
    QCOMPARE(annotation.itemIds, QList<qint64>{firstItem});
    QCOMPARE(annotation.status, Status::Progressing);
    QCOMPARE(annotation.note, kNote);

    // Marked on those words; a point beside the sentence is not.
    const QPoint onFirstWord = boxInViewport(page, found.boxes.first()).center();
    QCOMPARE(view()->markAt(onFirstWord), annotation.id);
    QCOMPARE(view()->markAt(boxInViewport(page, found.boxes.last()).center()), annotation.id);
    QCOMPARE(view()->markAt(view()->pageRectInViewport(page).topLeft() + QPoint(5, 5)), 0);
    view()->clearSelection(); // so the screenshot shows the mark's own colour
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isRendering(), 20000);
    screenshot(m_window.get(), QStringLiteral("annotate-3-marked"));

    // Ctrl+Z takes it away, Ctrl+Shift+Z brings it back with the same id.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view()->markAt(onFirstWord), 0);
    QVERIFY(m_library->annotations()->annotations(documentId).isEmpty());
    screenshot(m_window.get(), QStringLiteral("annotate-4-undone"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(view()->markAt(onFirstWord), annotation.id);
    QCOMPARE(m_library->annotations()->annotation(annotation.id)->boxes, found.boxes);

    // Closed and opened again: the mark is on the same words of the same page.
    closeWindow();
    openWindow();
    m_window->showDocument(documentId);
    QTRY_VERIFY(view()->pageCount() > 10);
    const std::optional<Annotation> reopened = m_library->annotations()->annotation(annotation.id);
    QVERIFY(reopened);
    QCOMPARE(reopened->page, page + 1);
    QCOMPARE(reopened->boxes, found.boxes);
    QCOMPARE(reopened->itemIds, QList<qint64>{firstItem});
    view()->goToPage(page);
    QTRY_COMPARE(view()->currentPage(), page);
    scrollIntoView(page, found.boxes.first());
    QCOMPARE(view()->findPassage(page, kSentence).boxes, found.boxes);
    QCOMPARE(view()->markAt(boxInViewport(page, found.boxes.first()).center()), annotation.id);
    QCOMPARE(view()->markAt(boxInViewport(page, found.boxes.last()).center()), annotation.id);

    auto *table = m_window->findChild<QTableView *>(QStringLiteral("annotationsTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QModelIndex row = table->model()->index(0, 0);
    QCOMPARE(row.data(AnnotationIdRole).toLongLong(), annotation.id);
    QCOMPARE(row.data(PassageRole).toString().simplified(), found.text.simplified());
    QCOMPARE(row.data(StatusRole).toString(), Status::Progressing);
    if (auto *dock = qobject_cast<QDockWidget *>(m_window->annotationsPanel()->parentWidget()))
        dock->raise(); // tabbed behind the search results: show it in the screenshot
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isRendering(), 20000);
    screenshot(m_window.get(), QStringLiteral("annotate-5-reopened"));
}

void TestAnnotateGui::deletingAnnotatedDocumentAsksFirst_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::newRow("answered No: document and annotation stay") << QMessageBox::No;
    QTest::newRow("answered Yes: both go") << QMessageBox::Yes;
}

void TestAnnotateGui::deletingAnnotatedDocumentAsksFirst()
{
    QFETCH(QMessageBox::StandardButton, answer);
    const qint64 documentId = importAndOpen();
    QVERIFY(documentId > 0);
    m_window->checklistsPanel()->createFromCurrentDocument();
    const Checklist checklist = m_library->annotations()->checklists().value(0);
    QCOMPARE(checklist.items.size(), 22);
    Annotation a;
    a.documentId = documentId;
    a.page = 8;
    a.quote = checklist.items.first().title;
    a.status = Status::NotMet;
    a.itemIds = {checklist.items.first().id};
    auto *create = new CreateAnnotationCommand(m_library.get(), a);
    m_window->undoStack()->push(create);
    const qint64 annotationId = create->annotationId();
    QVERIFY(annotationId > 0);

    // Answer the question as soon as it shows, as a user would.
    QString question;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answerer.stop();
        question = box->text();
        screenshot(box, QStringLiteral("delete-question"));
        box->button(answer)->click();
    });
    answerer.start();
    const bool deleted = m_window->deleteDocument(documentId, true);
    answerer.stop();

    QVERIFY2(question.contains(QStringLiteral("1 annotation")), qPrintable(question));
    QCOMPARE(deleted, answer == QMessageBox::Yes);
    QCOMPARE(m_library->store()->summary(documentId).has_value(), !deleted);
    QCOMPARE(m_library->annotations()->annotation(annotationId).has_value(), !deleted);
    // The checklist is the team's: it stays either way.
    QCOMPARE(m_library->annotations()->checklist(checklist.id)->items, checklist.items);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("annotationsTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), deleted ? 0 : 1);
    QCOMPARE(m_window->documentPane()->documentId(), deleted ? 0 : documentId);
    // Nothing left to undo that would speak of the deleted rows.
    QCOMPARE(m_window->undoStack()->count(), deleted ? 0 : 2);
}

QTEST_MAIN(TestAnnotateGui)
#include "tst_annotategui.moc"
