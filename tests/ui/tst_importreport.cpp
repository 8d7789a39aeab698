// The import report, offscreen: Ofsted's files share names ("children's services inspection -
// 20 july 2018.pdf"), so each row gives the file's folder too; rejected files come first, and
// every column sorts. Set OVERSIGHT_SCREENSHOT_DIR to keep a screenshot.
#include "dialogs/ImportReportDialog.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

using namespace oversight;

class TestImportReport : public QObject
{
    Q_OBJECT

private slots:
    void rejectedFirstWithTheirFolders();
};

void TestImportReport::rejectedFirstWithTheirFolders()
{
    const QString name = QStringLiteral("children's services inspection - 20 july 2018.pdf");
    QList<ImportOutcome> outcomes;
    for (const QString &folder : {QStringLiteral("/data/ofsted/80518_wandsworth"),
                                  QStringLiteral("/data/ofsted/80449_barnet"),
                                  QStringLiteral("/data/ofsted/80531_wokingham")}) {
        ImportOutcome o;
        o.path = folder + QLatin1Char('/') + name;
        o.status = ImportOutcome::Status::Imported;
        o.kind = QStringLiteral("sif");
        o.authority = folder.section(QLatin1Char('_'), 1);
        o.pages = 40;
        outcomes.append(o);
    }
    outcomes[1].status = ImportOutcome::Status::Rejected;
    outcomes[1].reason = QStringLiteral("The file is damaged");
    // A file found again names the document it duplicates, as the Library lists it.
    ImportOutcome again;
    again.path = QStringLiteral("/data/ofsted/80600_copies/") + name;
    again.status = ImportOutcome::Status::Duplicate;
    again.documentId = 7;
    outcomes.append(again);
    const QString stored = QStringLiteral("Wandsworth: SIF inspection, 17 December 2015");

    ImportReportDialog dialog(outcomes, {{7, stored}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importReportTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, ImportReportDialog::ResultColumn)->text(), QStringLiteral("Already present"));
    QVERIFY2(table->item(1, ImportReportDialog::DetailsColumn)->text().endsWith(stored),
             qPrintable(table->item(1, ImportReportDialog::DetailsColumn)->text()));
    // The rejected one first, and it can be traced: its folder is shown beside its name.
    QCOMPARE(table->item(0, ImportReportDialog::ResultColumn)->text(), QStringLiteral("Rejected"));
    QCOMPARE(table->item(0, ImportReportDialog::FileColumn)->text(), name);
    QVERIFY(table->item(0, ImportReportDialog::FolderColumn)->text().endsWith(
        QStringLiteral("80449_barnet")));
    QVERIFY(table->item(0, ImportReportDialog::FileColumn)->toolTip().contains(
        QStringLiteral("80449_barnet")));
    QVERIFY(table->columnWidth(ImportReportDialog::FolderColumn) > 100);
    // Every column sorts: by folder, Barnet, Wandsworth, Wokingham.
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(ImportReportDialog::FolderColumn, Qt::AscendingOrder);
    QVERIFY(table->item(0, ImportReportDialog::FolderColumn)->text().endsWith(
        QStringLiteral("80449_barnet")));
    QVERIFY(table->item(2, ImportReportDialog::FolderColumn)->text().endsWith(
        QStringLiteral("80531_wokingham")));
    const QString shots = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/import-report.png"));
}

QTEST_MAIN(TestImportReport)
#include "tst_importreport.moc"
