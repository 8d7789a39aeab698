// The progress dialog as a user meets it, offscreen: its headers read whole, a click on an
// item's label chooses the item, Show brings the main window with the passage to the front,
// and a dismissed suggestion can be undone, and later seen and restored (undoably too).
// Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "annotations/ChecklistsPanel.h"
#include "annotations/ProgressDialog.h"
#include "annotations/SuggestionsView.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "store/Library.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oversight;
using namespace oversight::test;

class TestProgressDialog : public QObject
{
    Q_OBJECT

private slots:
    void labelsClickShowAndDismissals();
};

void TestProgressDialog::labelsClickShowAndDismissals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Library library;
    MainWindow window(&library, &settings);
    window.importController()->setShowReport(false);
    window.resize(1366, 768);
    QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("progress.sqlite"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.importController(), &ImportController::finished);
    QVERIFY(window.importPaths({dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018),
                                dataPath(Data::MonitoringLetter)}));
    QVERIFY(finished.wait(60000));
    qint64 sif = 0;
    for (const StoredDocument &d : library.store()->documents())
        if (library.store()->document(d.id)->facts.recommendations.size() == 17)
            sif = d.id;
    QVERIFY(sif > 0);
    window.showDocument(sif);
    window.checklistsPanel()->createFromCurrentDocument();
    const QList<Checklist> checklists = library.annotations()->checklists();
    QCOMPARE(checklists.size(), 1);

    emit window.checklistsPanel()->progressRequested(checklists.first().id);
    auto *dialog = window.findChild<ProgressDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTableView *matrix = dialog->view();
    QVERIFY(dialog->model()->columnCount() >= 2);

    // Column headers (kind and date of each later document) are as wide as their text.
    QHeaderView *columns = matrix->horizontalHeader();
    for (int c = 0; c < dialog->model()->columnCount(); ++c)
        QVERIFY2(columns->sectionSize(c) >= columns->sectionSizeHint(c),
                 qPrintable(QStringLiteral("column %1: %2 px for %3")
                                .arg(c)
                                .arg(columns->sectionSize(c))
                                .arg(columns->sectionSizeHint(c))));
    // Item labels are whole or end in an ellipsis, within the header's width.
    QHeaderView *rows = matrix->verticalHeader();
    for (int r = 0; r < dialog->model()->rowCount(); ++r) {
        const QString label = dialog->model()->headerData(r, Qt::Vertical).toString();
        QVERIFY(!label.contains(QLatin1Char('\n')));
        QVERIFY2(rows->fontMetrics().horizontalAdvance(label) + 12 <= rows->width(),
                 qPrintable(label));
    }

    // The LSCB's five recommendations (paragraphs 116 to 120 of the SIF) follow the
    // authority's 17 as a group of their own, numbered 1 to 5 as in the facts panel.
    QCOMPARE(dialog->model()->rowCount(), 22);
    QVERIFY(dialog->model()->headerData(16, Qt::Vertical).toString().startsWith(QStringLiteral("17. ")));
    for (int k = 0; k < 5; ++k)
        QVERIFY2(dialog->model()->headerData(17 + k, Qt::Vertical).toString().startsWith(
                     QStringLiteral("LSCB %1. ").arg(k + 1)),
                 qPrintable(dialog->model()->headerData(17 + k, Qt::Vertical).toString()));

    // A click on the label of item 3 chooses item 3.
    const int row = 2;
    QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
                      QPoint(rows->width() / 2, rows->sectionViewportPosition(row)
                                                    + rows->sectionSize(row) / 2));
    QCOMPARE(matrix->currentIndex().row(), row);

    // Dismiss a suggestion, then bring it back with Undo: a command on the app's undo stack.
    QListWidget *suggestions = dialog->suggestions();
    int withSuggestions = -1;
    for (int r = 0; r < dialog->model()->rowCount() && withSuggestions < 0; ++r) {
        matrix->setCurrentIndex(dialog->model()->index(r, 0));
        if (suggestions->count() > 0
            && suggestions->item(0)->data(SuggestionsView::FindingIdRole).isValid())
            withSuggestions = r;
    }
    QVERIFY(withSuggestions >= 0);
    const auto rowOf = [&](qint64 id) {
        for (int i = 0; i < suggestions->count(); ++i)
            if (suggestions->item(i)->data(SuggestionsView::FindingIdRole).toLongLong() == id)
                return i;
        return -1;
    };
    const QString dismissedText = suggestions->item(0)->text();
    const qint64 finding = suggestions->item(0)->data(SuggestionsView::FindingIdRole).toLongLong();
    suggestions->setCurrentRow(0);
    auto *dismiss = dialog->findChild<QPushButton *>(QStringLiteral("dismissSuggestion"));
    auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("undoDismissSuggestion"));
    QVERIFY(dismiss && undo);
    dismiss->click();
    QCOMPARE(rowOf(finding), -1);
    QCOMPARE(matrix->currentIndex().row(), withSuggestions); // the item stays chosen
    QVERIFY(undo->isEnabled());
    QVERIFY(window.undoStack()->canUndo());
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Dismiss suggestion"));
    undo->click();
    QCOMPARE(rowOf(finding), 0);
    QCOMPARE(suggestions->currentItem()->text(), dismissedText);
    QCOMPARE(matrix->currentIndex().row(), withSuggestions);

    // Dismissed again, it can still be seen, and restored, after the dialog was closed.
    dismiss->click();
    QCOMPARE(rowOf(finding), -1);
    dialog->close();
    QTRY_VERIFY(!window.findChild<ProgressDialog *>());
    emit window.checklistsPanel()->progressRequested(checklists.first().id);
    dialog = window.findChild<ProgressDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    matrix = dialog->view();
    suggestions = dialog->suggestions();
    matrix->setCurrentIndex(dialog->model()->index(withSuggestions, 0));
    QCOMPARE(rowOf(finding), -1);
    auto *showDismissed = dialog->findChild<QCheckBox *>(QStringLiteral("showDismissedSuggestions"));
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreSuggestion"));
    QVERIFY(showDismissed && restore);
    QVERIFY(!restore->isVisible());
    showDismissed->click();
    QVERIFY(restore->isVisible());
    const int dismissedRow = rowOf(finding);
    QVERIFY(dismissedRow >= 0);
    QVERIFY(suggestions->item(dismissedRow)->data(SuggestionsView::DismissedRole).toBool());
    QVERIFY(suggestions->item(dismissedRow)->text().contains(dismissedText.section(QLatin1Char('\n'), 1)));
    suggestions->setCurrentRow(0);
    QVERIFY(!restore->isEnabled()); // a live suggestion is not dismissed
    suggestions->setCurrentRow(dismissedRow);
    QVERIFY(restore->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("dismissSuggestion"))->isEnabled());
    restore->click();
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Restore suggestion"));
    QVERIFY(rowOf(finding) >= 0);
    QVERIFY(!suggestions->item(rowOf(finding))->data(SuggestionsView::DismissedRole).toBool());
    QCOMPARE(suggestions->currentRow(), rowOf(finding));
    const QString shots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/progress-dialog-restored.png"));
    // The main window's Undo takes the restore back.
    window.undoStack()->undo();
    QVERIFY(suggestions->item(rowOf(finding))->data(SuggestionsView::DismissedRole).toBool());
    showDismissed->click();
    QCOMPARE(rowOf(finding), -1);

    // Show: the main window, with the passage, comes in front of the dialog.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->findChild<QPushButton *>(QStringLiteral("showSuggestion"))->click();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&window));

    if (!shots.isEmpty()) {
        dialog->grab().save(shots + QStringLiteral("/progress-dialog.png"));
        matrix->scrollToBottom();
        dialog->grab().save(shots + QStringLiteral("/progress-dialog-lscb.png"));
    }
    dialog->close();
}

QTEST_MAIN(TestProgressDialog)
#include "tst_progressdialog.moc"
