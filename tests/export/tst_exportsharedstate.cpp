// Exporting a PDF summary leaves the rest of the application as it was: menus and drop-down
// lists still draw their labels afterwards. (Issue 18: after File > Export summary every menu
// item and combo-box entry drew blank until restart, because the PDF's font engines, made at
// 1200 dpi, were shared with the screen's widgets at the same pixel size.)
// Set OVERSIGHT_SCREENSHOT_DIR to keep the grabs.
#include "ExportFixtures.h"

#include "export/SummaryExport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFontInfo>
#include <QMenu>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

namespace {

// Pixels in the left part of an image (where item labels are, shortcuts being on the right)
// that stand out from the image's background colour, taken at its top-left corner.
int labelInk(const QImage &image, qreal leftFraction)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const int background = qGray(img.pixel(1, 1));
    const int right = int(img.width() * leftFraction);
    int ink = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < right; ++x)
            ink += qAbs(qGray(img.pixel(x, y)) - background) > 60 ? 1 : 0;
    return ink;
}

} // namespace

class TestExportSharedState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusAndDropDownsDrawTheirLabelsAfterAnExport();

private:
    QImage grabMenu();
    QImage grabComboPopup();
    void keep(const QImage &image, const QString &name);

    QTemporaryDir m_dir;
    ExportStore m_store;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QComboBox> m_combo;
};

void TestExportSharedState::initTestCase()
{
    // The application's own style (applyTheme): Fusion draws menu labels at the point size
    // QFontInfo reports, which is what the export upset.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(buildExportStore(m_dir.filePath(QStringLiteral("export.sqlite")), &m_store, &error),
             qPrintable(error));
    m_menu = std::make_unique<QMenu>();
    for (const QString &label : {QStringLiteral("Export summary of this document…"),
                                 QStringLiteral("Import a folder of inspection reports…"),
                                 QStringLiteral("Open the most recent database again")}) {
        m_menu->addAction(label)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    }
    m_combo = std::make_unique<QComboBox>();
    m_combo->addItems({QStringLiteral("Everything in the library"),
                       QStringLiteral("Documents of this authority"),
                       QStringLiteral("This document alone")});
    m_combo->resize(320, m_combo->sizeHint().height());
    m_combo->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_combo.get()));
}

void TestExportSharedState::keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QImage TestExportSharedState::grabMenu()
{
    m_menu->adjustSize();
    return m_menu->grab().toImage();
}

QImage TestExportSharedState::grabComboPopup()
{
    m_combo->showPopup();
    QAbstractItemView *view = m_combo->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return {};
    const QImage image = view->viewport()->grab().toImage();
    m_combo->hidePopup();
    return image;
}

void TestExportSharedState::menusAndDropDownsDrawTheirLabelsAfterAnExport()
{
    const qreal pointSize = QFontInfo(m_menu->font()).pointSizeF();
    const int menuInk = labelInk(grabMenu(), 0.6);
    const QImage comboBefore = grabComboPopup();
    QVERIFY(!comboBefore.isNull());
    const int comboInk = labelInk(comboBefore, 0.9);
    QVERIFY2(menuInk > 200 && comboInk > 200, "the labels draw before any export");

    // Both summaries, with the timeline chart (its labels are the fonts most like the UI's).
    SummaryOptions options;
    options.userName = QStringLiteral("Jo Bloggs");
    SummaryExport exporter(*m_store.database);
    QString error;
    QVERIFY2(!exporter.documentSummary(m_store.sif2016, options, &error).isEmpty(),
             qPrintable(error));
    QVERIFY2(!exporter.authoritySummary(m_store.authorityId, options, &error).isEmpty(),
             qPrintable(error));

    const QImage menuAfter = grabMenu();
    const QImage comboAfter = grabComboPopup();
    keep(menuAfter, QStringLiteral("menu-after-export"));
    keep(comboAfter, QStringLiteral("combo-after-export"));
    // The same labels in the same font: the same ink, give or take antialiasing.
    QVERIFY2(labelInk(menuAfter, 0.6) > menuInk * 0.9,
             qPrintable(QStringLiteral("menu labels: %1 ink pixels before the export, %2 after")
                            .arg(menuInk)
                            .arg(labelInk(menuAfter, 0.6))));
    QVERIFY2(labelInk(comboAfter, 0.9) > comboInk * 0.9,
             qPrintable(QStringLiteral("drop-down labels: %1 ink pixels before, %2 after")
                            .arg(comboInk)
                            .arg(labelInk(comboAfter, 0.9))));
    // The cause: the screen's fonts reported the PDF's point size (0.7 pt for 9 pt).
    QCOMPARE(QFontInfo(m_menu->font()).pointSizeF(), pointSize);
}

QTEST_MAIN(TestExportSharedState)
#include "tst_exportsharedstate.moc"
