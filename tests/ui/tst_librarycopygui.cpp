// File > Copy library to team database / to a file, in the real window (offscreen): the copy
// runs off the GUI thread with a progress dialog, ends with every table's rows and an offer to
// open the copy, which opens it; a target that is not empty is refused with the reason. Set
// OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "Fixtures.h"
#include "MainWindowFixture.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "database/LibraryCopyController.h"
#include "dialogs/ConnectDialog.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/DocumentStore.h"
#include "store/Library.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class tst_LibraryCopyGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copiesToFileAndOpensTheCopy();
    void copiesToTeamDatabase();
    void refusesTargetThatIsNotEmpty();

private:
    LibraryCopyController *controller() const
    {
        return m_gui.window()->findChild<LibraryCopyController *>();
    }
    // Starts a copy to target and waits for its message; returns it (null on timeout).
    QMessageBox *copyAndWait(const QString &target);

    MainWindowFixture m_gui;
};

void tst_LibraryCopyGui::init()
{
    m_gui.setUp();
    m_gui.importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::FocusedLetter)});
    QCOMPARE(m_gui.library()->store()->documentCount(), 2);
}

void tst_LibraryCopyGui::cleanup()
{
    m_gui.tearDown();
}

QMessageBox *tst_LibraryCopyGui::copyAndWait(const QString &target)
{
    LibraryCopyController *copy = controller();
    if (!copy)
        return nullptr;
    QSignalSpy finished(copy, &LibraryCopyController::finished);
    copy->start(target);
    // The GUI thread is free while the worker copies: the progress dialog is there to show.
    auto *progress = m_gui.window()->findChild<QProgressDialog *>(QStringLiteral("libraryCopyProgress"));
    if (progress && copy->isRunning()) {
        progress->show();
        MainWindowFixture::screenshot(progress, QStringLiteral("library-copy-progress"));
    }
    if (!finished.wait(60000))
        return nullptr;
    return copy->resultBox();
}

void tst_LibraryCopyGui::copiesToFileAndOpensTheCopy()
{
    // Both entries are in the File menu.
    for (const char *name : {"copyToTeamDatabaseAction", "copyToFileAction"}) {
        QAction *action = m_gui.window()->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && action->isEnabled(), name);
    }
    auto *fileMenu = qobject_cast<QMenu *>(m_gui.window()->findChild<QAction *>(QStringLiteral("copyToFileAction"))
                                               ->associatedObjects()
                                               .value(0));
    QVERIFY(fileMenu);
    fileMenu->popup(m_gui.window()->mapToGlobal(QPoint(0, 0)));
    QTRY_VERIFY(fileMenu->isVisible());
    MainWindowFixture::screenshot(fileMenu, QStringLiteral("library-copy-menu"));
    fileMenu->close();
    const QString target = m_gui.path(QStringLiteral("copy.sqlite"));
    QMessageBox *box = copyAndWait(target);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("Documents</td><td align=\"right\">&nbsp;&nbsp;2<")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("Pages")), qPrintable(box->text()));
    MainWindowFixture::screenshot(box, QStringLiteral("library-copy-result"));
    auto *open = box->findChild<QPushButton *>(QStringLiteral("openCopyButton"));
    QVERIFY(open);
    open->click();
    QTRY_COMPARE(m_gui.library()->path(), target);
    QCOMPARE(m_gui.library()->store()->documentCount(), 2);
}

void tst_LibraryCopyGui::copiesToTeamDatabase()
{
    const QString team = PostgresServer::instance().newDatabase(QStringLiteral("gui_copy"));
    QVERIFY2(!team.isEmpty(), qPrintable(PostgresServer::instance().error()));
    // Asked in the form File > Connect uses, without the offer to keep the password.
    LibraryCopyController *copy = controller();
    QVERIFY(copy);
    QSignalSpy finished(copy, &LibraryCopyController::finished);
    m_gui.window()->findChild<QAction *>(QStringLiteral("copyToTeamDatabaseAction"))->trigger();
    ConnectDialog *dialog = copy->teamDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Copy library to team database"));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isVisible());
    dialog->setLocation(DatabaseLocation::parse(team));
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QCOMPARE(accept->text(), QStringLiteral("&Copy"));
    MainWindowFixture::screenshot(dialog, QStringLiteral("library-copy-team-dialog"));
    accept->click();
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(!copy->teamDialog());
    QMessageBox *box = copy->resultBox();
    QVERIFY(box);
    QVERIFY2(box->icon() == QMessageBox::Information, qPrintable(box->text() + box->informativeText()));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("openCopyButton")));
    box->close();
    Database copied(team);
    QCOMPARE(DocumentStore(copied).documentCount(), 2);
}

void tst_LibraryCopyGui::refusesTargetThatIsNotEmpty()
{
    const QString target = m_gui.path(QStringLiteral("twice.sqlite"));
    QMessageBox *first = copyAndWait(target);
    QVERIFY(first);
    first->close();
    const QByteArray before = readBytes(target);
    QMessageBox *box = copyAndWait(target);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->informativeText().contains(QLatin1String("not empty")), qPrintable(box->informativeText()));
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("openCopyButton")));
    MainWindowFixture::screenshot(box, QStringLiteral("library-copy-refused"));
    QCOMPARE(readBytes(target), before);
}

QTEST_MAIN(tst_LibraryCopyGui)
#include "tst_librarycopygui.moc"
