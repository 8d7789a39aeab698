// The window and the database file: it follows another process's import without losing the
// user's place, shows a read-only database with editing turned off and the reason said once,
// and File > Check and repair finds damage and copies what can be read. Offscreen; set
// OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "CliRun.h"
#include "Fixtures.h"
#include "MainWindowFixture.h"
#include "MainWindow.h"
#include "Settings.h"
#include "annotations/ChecklistsPanel.h"
#include "annotations/Checklists.h"
#include "annotations/ProgressDialog.h"
#include "database/CheckRepairDialog.h"
#include "database/EditingControls.h"
#include "itemmodels/ChecklistModel.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "panels/DocumentPane.h"
#include "views/PdfView.h"
#include "database/OpenProblemDialog.h"
#include "import/ImportController.h"
#include "itemmodels/ItemRoles.h"
#include "store/Library.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QTableView>
#include <QPushButton>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace oversight;
using namespace oversight::test;

class tst_DatabaseGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void outsideImportShowsKeepingTheChosenDocument();
    void readOnlyDatabaseTurnsEditingOffWithABanner();
    void readOnlyDatabaseTurnsEveryEditingControlOff();
    void checkAndRepairFindsDamage();
    void damagedDatabaseAtStartIsExplainedNotReplaced();

private:
    void screenshot(QWidget *widget, const QString &name);
    QModelIndex findDocument(QAbstractItemModel *model, qint64 id);
    QString dbPath() const { return m_gui.path(QStringLiteral("gui.sqlite")); }

    MainWindowFixture m_gui;
};

void tst_DatabaseGui::init()
{
    m_gui.setUp({QSize(1400, 900), QString(), false, false});
}

void tst_DatabaseGui::cleanup()
{
    m_gui.tearDown();
}

void tst_DatabaseGui::screenshot(QWidget *widget, const QString &name)
{
    MainWindowFixture::screenshot(widget, name);
}

QModelIndex tst_DatabaseGui::findDocument(QAbstractItemModel *model, qint64 id)
{
    for (int a = 0; a < model->rowCount(); ++a) {
        const QModelIndex authority = model->index(a, 0);
        for (int d = 0; d < model->rowCount(authority); ++d) {
            const QModelIndex doc = model->index(d, 0, authority);
            if (doc.data(DocumentIdRole).toLongLong() == id)
                return doc;
        }
    }
    return {};
}

void tst_DatabaseGui::outsideImportShowsKeepingTheChosenDocument()
{
    const CliRun first = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                                 dataPath(Data::FocusedLetter)});
    QCOMPARE(first.exitCode, 0);
    m_gui.window()->resize(1200, 800);
    QVERIFY(m_gui.window()->openDatabase(dbPath(), false));
    m_gui.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gui.window()));
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const qint64 chosen = m_gui.library()->store()->documents().first().id;
    tree->setCurrentIndex(findDocument(tree->model(), chosen));
    QVERIFY(tree->currentIndex().isValid());

    // Another process imports into the same file while the window is open.
    const CliRun second = runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                                  dataPath(Data::MonitoringLetter)});
    QCOMPARE(second.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 2, 5000); // Wokingham and Wandsworth
    QCOMPARE(tree->currentIndex().data(DocumentIdRole).toLongLong(), chosen);
    screenshot(m_gui.window(), QStringLiteral("outside-import"));

    auto *refresh = m_gui.window()->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
}

void tst_DatabaseGui::readOnlyDatabaseTurnsEditingOffWithABanner()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(), dataPath(Data::FocusedLetter)}).exitCode, 0);
    QString error;
    QVERIFY2(m_gui.library()->open(dbPath(), &error, Database::Create::Never, Database::Access::ReadOnly),
             qPrintable(error));
    m_gui.window()->resize(1200, 800);
    m_gui.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gui.window()));
    auto *banner = m_gui.window()->findChild<QToolBar *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    auto *text = m_gui.window()->findChild<QLabel *>(QStringLiteral("readOnlyBannerText"));
    QVERIFY(text->text().contains(QLatin1String("Read-only")));
    for (const char *name : {"importFilesAction", "importFolderAction", "annotateAction", "rereadAction"}) {
        auto *action = m_gui.window()->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    QVERIFY(!m_gui.window()->acceptDrops());
    // Browsing still works.
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    screenshot(m_gui.window(), QStringLiteral("read-only"));

    // Opening a writable database turns editing back on.
    QVERIFY(m_gui.window()->openDatabase(m_gui.path(QStringLiteral("other.sqlite"))));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(m_gui.window()->findChild<QAction *>(QStringLiteral("importFilesAction"))->isEnabled());
}

// On a database that cannot be written, every control that would change it is off: the main
// window's actions, the checklists' and annotations' panels, the suggestions of the progress
// dialog, the page's "Annotate selection", the checklist tree's editing; and on again on a
// writable database. Found by their mark (EditingControls), and by name so that none is lost.
void tst_DatabaseGui::readOnlyDatabaseTurnsEveryEditingControlOff()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(),
                     dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018)})
                 .exitCode,
             0);
    qint64 sif = 0;
    qint64 checklistId = 0;
    {
        // A checklist of the SIF's recommendations and an annotation, made while writable.
        Library writer;
        QVERIFY(writer.open(dbPath()));
        qint64 later = 0;
        for (const StoredDocument &d : writer.store()->documents())
            (d.facts.kind == Kind::Sif ? sif : later) = d.id;
        QVERIFY(sif > 0 && later > 0);
        checklistId = writer.annotations()->createChecklist(
            Checklists::fromDocument(*writer.store()->document(sif)));
        QVERIFY(checklistId > 0);
        Annotation a;
        a.documentId = later;
        a.page = 1;
        a.quote = QStringLiteral("Wandsworth");
        a.status = Status::Progressing;
        a.itemIds = {writer.annotations()->checklist(checklistId)->items.first().id};
        QVERIFY(writer.annotations()->createAnnotation(a) > 0);
    }
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther)); // mode 444
    // Opened read-only, as the file's mode makes it for a user (root could still write it).
    QString error;
    QVERIFY2(m_gui.library()->open(dbPath(), &error, Database::Create::Never, Database::Access::ReadOnly),
             qPrintable(error));
    QVERIFY(m_gui.library()->isReadOnly());
    m_gui.window()->resize(1366, 768);
    m_gui.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gui.window()));
    m_gui.window()->showDocument(sif);
    QTRY_VERIFY(m_gui.window()->documentPane()->pdfView()->pageCount() > 0);

    emit m_gui.window()->checklistsPanel()->progressRequested(checklistId);
    auto *progress = m_gui.window()->findChild<ProgressDialog *>();
    QVERIFY(progress);
    QVERIFY(QTest::qWaitForWindowExposed(progress));
    progress->view()->setCurrentIndex(progress->model()->index(0, 0));
    progress->suggestions()->setCurrentRow(0);
    // Suggestions need temporary tables a read-only connection cannot hold: it says so.
    QVERIFY(progress->suggestions()->item(0)->text().contains(QLatin1String("read-only")));

    QStringList marked;
    for (QObject *o : m_gui.window()->findChildren<QObject *>()) {
        if (!EditingControls::isMarked(o))
            continue;
        marked.append(o->objectName());
        const auto *action = qobject_cast<QAction *>(o);
        const auto *widget = qobject_cast<QWidget *>(o);
        QVERIFY2(action || widget, qPrintable(o->objectName()));
        QVERIFY2(action ? !action->isEnabled() : !widget->isEnabled(),
                 qPrintable(QStringLiteral("%1 is on in a read-only database").arg(o->objectName())));
    }
    for (const char *name :
         {"importFilesAction", "importFolderAction", "annotateAction", "rereadAction",
          "checklistFromDocumentAction", "restoreBackupAction", "checklistFromDocument",
          "checklistNew", "checklistAddItem", "checklistDelete", "checklistItemUp",
          "checklistItemDown", "deleteAnnotation", "gettingStartedImportFolder",
          "gettingStartedImportFiles", "acceptSuggestion", "dismissSuggestion",
          "restoreSuggestion", "undoDismissSuggestion"})
        QVERIFY2(marked.contains(QLatin1String(name)), name);
    // The checklist tree offers no renaming, editing or dragging.
    ChecklistModel *checklists = m_gui.window()->checklistsPanel()->model();
    const QModelIndex checklist = checklists->indexForChecklist(checklistId);
    for (const QModelIndex &index : {checklist, checklists->index(0, 0, checklist)})
        QVERIFY(!(checklists->flags(index) & (Qt::ItemIsEditable | Qt::ItemIsDragEnabled
                                              | Qt::ItemIsDropEnabled)));
    QVERIFY(!m_gui.window()->documentPane()->pdfView()->isAnnotationAllowed());
    screenshot(progress, QStringLiteral("read-only-progress"));
    progress->close();
    screenshot(m_gui.window(), QStringLiteral("read-only-document"));

    // A writable database turns them on again.
    QVERIFY(m_gui.window()->openDatabase(m_gui.path(QStringLiteral("other.sqlite"))));
    for (const char *name : {"checklistNew", "checklistAddItem", "deleteAnnotation",
                             "checklistFromDocumentAction", "gettingStartedImportFiles"})
        QVERIFY2(m_gui.window()->findChild<QObject *>(QLatin1String(name))->property("enabled").toBool(), name);
    QVERIFY(m_gui.window()->documentPane()->pdfView()->isAnnotationAllowed());
}

void tst_DatabaseGui::checkAndRepairFindsDamage()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(), dataPath(Data::FocusedLetter),
                     dataPath(Data::MonitoringLetter)})
                 .exitCode,
             0);
    {
        CheckRepairDialog healthy(dbPath(), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(healthy.finished(), 10000);
        QVERIFY(!healthy.damaged());
    }
    // Noise over the page that holds the documents table.
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2));
    QVERIFY(file.write(QByteArray(16384, '\x5a')) == 16384);
    file.close();
    CheckRepairDialog dialog(dbPath(), nullptr);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.finished(), 10000);
    QVERIFY(dialog.damaged());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("salvageButton"))->isVisible());
    screenshot(&dialog, QStringLiteral("check-and-repair"));
    const QString target = m_gui.path(QStringLiteral("repaired.sqlite"));
    dialog.salvageInto(target);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("checkMessage"))->text().contains(QLatin1String("copied")), 20000);
    screenshot(&dialog, QStringLiteral("check-and-repair-salvaged"));
    QVERIFY(QFileInfo::exists(target));
}

void tst_DatabaseGui::damagedDatabaseAtStartIsExplainedNotReplaced()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath(), dataPath(Data::FocusedLetter)}).exitCode, 0);
    QByteArray bytes = readBytes(dbPath());
    bytes.truncate(bytes.size() / 2);
    QVERIFY(writeBytes(dbPath(), bytes));
    const QString defaultPath = m_gui.path(QStringLiteral("default.sqlite"));
    // The user reads what happened, sees the choices, and quits.
    QString informative;
    QStringList buttons;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("openProblemBox"))
            return;
        answer.stop();
        informative = box->informativeText();
        for (QAbstractButton *b : box->buttons())
            buttons.append(b->text().remove(QLatin1Char('&')));
        screenshot(box, QStringLiteral("open-problem"));
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Quit"))
                b->click();
    });
    answer.start();
    const QString opened = OpenProblemDialog::openOrAsk(m_gui.library(), dbPath(), false, defaultPath);
    QVERIFY(opened.isEmpty());
    QVERIFY(!m_gui.library()->isOpen());
    QVERIFY2(informative.contains(QLatin1String("is damaged: run File > Check and repair")), qPrintable(informative));
    QVERIFY2(buttons.contains(QStringLiteral("Check and repair…")), qPrintable(buttons.join(QLatin1Char(','))));
    QVERIFY(buttons.contains(QStringLiteral("Use the default database")));
    // No empty database was opened or made in its place, and the damaged file is as it was.
    QVERIFY(!QFileInfo::exists(defaultPath));
    QCOMPARE(readBytes(dbPath()), bytes);
}

QTEST_MAIN(tst_DatabaseGui)
#include "tst_databasegui.moc"
