// The summary dialog offscreen: its choices become SummaryOptions, and the name, organisation
// and page size are remembered under export/... for the next summary.
#include "export/SummaryDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace oversight;

class TestSummaryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void choicesBecomeOptions();
    void nameOrganisationAndPageSizeAreRemembered();
    void scopeIsFixedFromContextMenus();
};

void TestSummaryDialog::choicesBecomeOptions()
{
    SummaryDialog dialog(SummaryDialog::Scope::Document, true);
    dialog.findChild<QCheckBox *>(QStringLiteral("includeChart"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("includeAnnotations"))->setChecked(false);
    auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    pageSize->setCurrentIndex(pageSize->findData(int(QPageSize::Letter)));
    const SummaryOptions options = dialog.options();
    QVERIFY(!options.includeChart);
    QVERIFY(!options.includeAnnotations);
    QVERIFY(!options.includeNotes); // notes go with the annotations they are on
    QVERIFY(options.fullRecommendationText);
    QCOMPARE(options.pageSize, QPageSize::Letter);
}

void TestSummaryDialog::nameOrganisationAndPageSizeAreRemembered()
{
    {
        SummaryDialog dialog(SummaryDialog::Scope::Document, true);
        dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->setText(QStringLiteral("Zoë"));
        dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"))
            ->setText(QStringLiteral("Ofsted"));
        auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
        pageSize->setCurrentIndex(pageSize->findData(int(QPageSize::Letter)));
        dialog.accept();
    }
    QCOMPARE(QSettings().value(QStringLiteral("export/userName")).toString(), QStringLiteral("Zoë"));
    QCOMPARE(QSettings().value(QStringLiteral("export/pageSize")).toString(),
             QStringLiteral("Letter"));
    SummaryDialog again(SummaryDialog::Scope::Authority, false);
    QCOMPARE(again.options().userName, QStringLiteral("Zoë"));
    QCOMPARE(again.options().organisation, QStringLiteral("Ofsted"));
    QCOMPARE(again.options().pageSize, QPageSize::Letter);
}

void TestSummaryDialog::scopeIsFixedFromContextMenus()
{
    SummaryDialog dialog(SummaryDialog::Scope::Authority, false);
    QCOMPARE(dialog.scope(), SummaryDialog::Scope::Authority);
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("scopeCombo"))->isEnabled());
}

QTEST_MAIN(TestSummaryDialog)
#include "tst_summarydialog.moc"
