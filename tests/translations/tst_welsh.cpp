// Oversight in Welsh: the main window built with the Welsh translation compiled into the
// application (:/i18n/oversight_cy.qm) and the Welsh locale, as main() sets them up for a user
// who chose Cymraeg; and the same window in English (United Kingdom), the source language.
// Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots of both.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "dialogs/PreferencesDialog.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryTreeModel.h"
#include "panels/DocumentPane.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>

using namespace oversight;
using namespace oversight::test;

namespace {

// The letter an accelerator marks ("&Ffeil" -> 'f'), or a null QChar when there is none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every text in the model's column 0 and 1, walking the whole tree.
QStringList allTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < qMin(2, model->columnCount(parent)); ++column)
            texts << model->index(row, column, parent).data().toString();
        texts << allTexts(model, model->index(row, 0, parent));
    }
    return texts;
}

} // namespace

class TestWelsh : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menusAreWelshWithUniqueAccelerators();
    void panelsAndPlaceholdersAreWelsh();
    void datesAreWelsh();
    void aDocumentReadsInWelsh();
    void startsInEnglish();

private:
    // Sets the default locale and installs the application's translation for it, then builds
    // and shows the window on a new database.
    void start(const QLocale &locale);
    // Imports the 2016 Wandsworth report and opens it.
    void openWandsworth();
    void screenshot(QWidget *widget, const QString &name);
    QStringList menuTitles() const;

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestWelsh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestWelsh::cleanup()
{
    m_window.reset();
    m_library.reset();
    m_settings.reset();
    m_dir.reset();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestWelsh::start(const QLocale &locale)
{
    // As main() does: the default locale, then the application's translation for it (English
    // (United Kingdom) has one too, for its plurals).
    const bool welsh = locale.language() == QLocale::Welsh;
    QLocale::setDefault(locale);
    m_translator = std::make_unique<QTranslator>();
    if (welsh)
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/oversight_cy.qm")));
    else
        QVERIFY(m_translator->load(locale, QStringLiteral("oversight"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n")));
    QCOMPARE(m_translator->language(), welsh ? QStringLiteral("cy") : QStringLiteral("en_GB"));
    // main() finds the Welsh file by the locale.
    QTranslator byLocale;
    QVERIFY(byLocale.load(locale, QStringLiteral("oversight"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")));
    QCOMPARE(byLocale.language(), m_translator->language());
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    m_library = std::make_unique<Library>();
    m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
    m_window->importController()->setShowReport(false);
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("i18n.sqlite"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWelsh::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QStringList TestWelsh::menuTitles() const
{
    QStringList titles;
    for (QAction *a : m_window->menuBar()->actions())
        titles << a->text();
    return titles;
}

void TestWelsh::menusAreWelshWithUniqueAccelerators()
{
    start(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Ffeil"), QStringLiteral("&Golygu"),
                                        QStringLiteral("G&weld"), QStringLiteral("&Offer"),
                                        QStringLiteral("&Cymorth")}));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("importFolderAction"))->text(),
             QStringLiteral("Mewnforio &ffolder…"));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("chartsAction"))->text(),
             QStringLiteral("&Siartiau…"));

    // Alt+letter must reach one item: in the menu bar, and within each menu.
    QSet<QChar> bar;
    for (const QString &title : menuTitles()) {
        const QChar key = accelerator(title);
        QVERIFY2(!key.isNull() && !bar.contains(key), qPrintable(title));
        bar.insert(key);
    }
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QSet<QChar> keys;
        for (QAction *a : menuAction->menu()->actions()) {
            const QChar key = accelerator(a->text());
            if (key.isNull())
                continue;
            QVERIFY2(!keys.contains(key), qPrintable(menuAction->text() + QStringLiteral(": ")
                                                     + a->text()));
            keys.insert(key);
        }
    }

    QMenu *file = m_window->menuBar()->actions().value(0)->menu();
    file->popup(m_window->mapToGlobal(QPoint(10, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    screenshot(file, QStringLiteral("welsh-file-menu"));
    file->hide();
}

void TestWelsh::panelsAndPlaceholdersAreWelsh()
{
    start(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    const QList<std::pair<QString, QString>> docks = {
        {QStringLiteral("libraryDock"), QStringLiteral("Llyfrgell")},
        {QStringLiteral("factsDock"), QStringLiteral("Ffeithiau")},
        {QStringLiteral("searchDock"), QStringLiteral("Canlyniadau chwilio")},
        {QStringLiteral("annotationsDock"), QStringLiteral("Anodiadau")},
        {QStringLiteral("checklistsDock"), QStringLiteral("Rhestrau gwirio")},
    };
    for (const auto &[name, title] : docks) {
        auto *dock = m_window->findChild<QDockWidget *>(name);
        QVERIFY2(dock, qPrintable(name));
        QCOMPARE(dock->windowTitle(), title);
    }
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(search);
    QCOMPARE(search->placeholderText(),
             QStringLiteral("Chwilio pob tudalen: geiriau, \"ymadrodd\", gofal* am eiriau sy'n "
                            "dechrau felly"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Hidlo awdurdodau"));
    auto *importFolder =
        m_window->findChild<QPushButton *>(QStringLiteral("gettingStartedImportFolder"));
    QVERIFY(importFolder && importFolder->isVisible());
    QCOMPARE(importFolder->text(), QStringLiteral("Mewnforio ffolder o &adroddiadau…"));
    screenshot(m_window.get(), QStringLiteral("welsh-getting-started"));

    PreferencesDialog preferences(m_settings.get(), m_window.get());
    QCOMPARE(preferences.windowTitle(), QStringLiteral("Dewisiadau"));
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    // Qt's standard buttons too: Qt has no Welsh of its own, ours supplies them.
    auto *buttons = preferences.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(buttons->button(QDialogButtonBox::Ok) && buttons->button(QDialogButtonBox::Cancel));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Canslo"));
    screenshot(&preferences, QStringLiteral("welsh-preferences"));
}

void TestWelsh::datesAreWelsh()
{
    start(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    QCOMPARE(QLocale().toString(QDate(2016, 2, 16), QStringLiteral("d MMMM yyyy")),
             QStringLiteral("16 Chwefror 2016"));
    // Plurals follow Qt's Welsh forms.
    QCOMPARE(QCoreApplication::translate("oversight::LibraryTreeModel", "%n document(s)",
                                         nullptr, 1),
             QStringLiteral("1 dogfen"));
    QCOMPARE(QCoreApplication::translate("oversight::LibraryTreeModel", "%n document(s)",
                                         nullptr, 12),
             QStringLiteral("12 o ddogfennau"));
}

void TestWelsh::openWandsworth()
{
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QVERIFY(m_window->importPaths({dataPath(Data::Wandsworth2016)}));
    QVERIFY(finished.wait(60000));

    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const QModelIndex authority = tree->model()->index(0, 0);
    tree->expandAll();
    tree->setCurrentIndex(tree->model()->index(0, 0, authority));
    auto *view = m_window->findChild<PdfView *>(QStringLiteral("pdfView"));
    QVERIFY(view);
    QTRY_VERIFY(view->pageCount() > 10);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 20000);
}

void TestWelsh::aDocumentReadsInWelsh()
{
    start(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    openWandsworth();
    if (QTest::currentTestFailed())
        return;
    const QAbstractItemModel *library =
        m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"))->model();
    QCOMPARE(library->index(0, LibraryTreeModel::TitleColumn).data().toString(),
             QStringLiteral("1 dogfen"));

    // The facts of the report: Welsh headings and grades, no English grade left.
    auto *facts = m_window->findChild<QTreeView *>(QStringLiteral("factsView"));
    QVERIFY(facts);
    QTRY_VERIFY(facts->model()->rowCount() > 0);
    const QStringList texts = allTexts(facts->model());
    QVERIFY2(texts.contains(QStringLiteral("Effeithiolrwydd cyffredinol")),
             qPrintable(texts.join(QLatin1Char('|'))));
    const QStringList welshGrades = {QStringLiteral("Rhagorol"), QStringLiteral("Da"),
                                     QStringLiteral("Angen gwella"), QStringLiteral("Annigonol")};
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(),
                        [&](const QString &t) { return welshGrades.contains(t); }));
    for (const char *english : {"Outstanding", "Good", "Requires improvement", "Inadequate"})
        QVERIFY2(!texts.contains(QLatin1String(english)), english);
    screenshot(m_window.get(), QStringLiteral("welsh-document"));
    // The checklists panel's tool bar is the widest row of Welsh words in a dock.
    auto *checklists = m_window->findChild<QDockWidget *>(QStringLiteral("checklistsDock"));
    QVERIFY(checklists);
    checklists->raise();
    QTRY_VERIFY(checklists->widget()->isVisible());
    // Nothing on its tool bars is pushed behind the » extension button.
    for (const char *name : {"checklistToolBar", "checklistItemToolBar"}) {
        auto *bar = checklists->findChild<QToolBar *>(QLatin1String(name));
        QVERIFY2(bar, name);
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
        }
    }
    screenshot(m_window.get(), QStringLiteral("welsh-checklists"));
}

void TestWelsh::startsInEnglish()
{
    start(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(menuTitles().value(0), QStringLiteral("&File"));
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                        QStringLiteral("&View"), QStringLiteral("&Tools"),
                                        QStringLiteral("&Help")}));
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock"))->windowTitle(),
             QStringLiteral("Library"));
    QCOMPARE(QLocale().toString(QDate(2016, 2, 16), QStringLiteral("d MMMM yyyy")),
             QStringLiteral("16 February 2016"));
    screenshot(m_window.get(), QStringLiteral("english-getting-started"));
    openWandsworth();
    if (QTest::currentTestFailed())
        return;
    const QAbstractItemModel *library =
        m_window->findChild<QTreeView *>(QStringLiteral("libraryTree"))->model();
    QCOMPARE(library->index(0, LibraryTreeModel::TitleColumn).data().toString(),
             QStringLiteral("1 document"));
    screenshot(m_window.get(), QStringLiteral("english-document"));
    auto *checklists = m_window->findChild<QDockWidget *>(QStringLiteral("checklistsDock"));
    QVERIFY(checklists);
    checklists->raise();
    QTRY_VERIFY(checklists->widget()->isVisible());
    screenshot(m_window.get(), QStringLiteral("english-checklists"));
}

QTEST_MAIN(TestWelsh)
#include "tst_welsh.moc"
