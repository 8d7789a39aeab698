// The progress dialog as a user meets it, offscreen: its headers read whole, a click on an
// item's label chooses the item, Show brings the main window with the passage to the front,
// and a dismissed suggestion can be brought back. Set OVERSIGHT_SCREENSHOT_DIR to keep one.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "annotations/ChecklistsPanel.h"
#include "annotations/ProgressDialog.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "store/Library.h"

#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class TestProgressDialog : public QObject
{
    Q_OBJECT

private slots:
    void labelsClickShowAndUndoDismiss();
};

void TestProgressDialog::labelsClickShowAndUndoDismiss()
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

    // Dismiss a suggestion, then bring it back.
    QListWidget *suggestions = dialog->suggestions();
    int withSuggestions = -1;
    for (int r = 0; r < dialog->model()->rowCount() && withSuggestions < 0; ++r) {
        matrix->setCurrentIndex(dialog->model()->index(r, 0));
        if (suggestions->count() > 0 && suggestions->item(0)->data(Qt::UserRole + 3).isValid())
            withSuggestions = r;
    }
    QVERIFY(withSuggestions >= 0);
    const int before = suggestions->count();
    const QString dismissedText = suggestions->item(0)->text();
    suggestions->setCurrentRow(0);
    auto *dismiss = dialog->findChild<QPushButton *>(QStringLiteral("dismissSuggestion"));
    auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("undoDismissSuggestion"));
    QVERIFY(dismiss && undo);
    QVERIFY(!undo->isEnabled());
    dismiss->click();
    QCOMPARE(suggestions->count(), before - 1);
    QVERIFY(undo->isEnabled());
    undo->click();
    QCOMPARE(suggestions->count(), before);
    QCOMPARE(suggestions->currentItem()->text(), dismissedText);
    QVERIFY(!undo->isEnabled());

    // Show: the main window, with the passage, comes in front of the dialog.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->findChild<QPushButton *>(QStringLiteral("showSuggestion"))->click();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&window));

    const QString shots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog->grab().save(shots + QStringLiteral("/progress-dialog.png"));
        matrix->scrollToBottom();
        dialog->grab().save(shots + QStringLiteral("/progress-dialog-lscb.png"));
    }
    dialog->close();
}

QTEST_MAIN(TestProgressDialog)
#include "tst_progressdialog.moc"
