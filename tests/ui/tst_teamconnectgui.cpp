// File > Connect to a team database, against the tests' own PostgreSQL server: the dialog is
// filled by keyboard and gives the location; the password goes to this process (and, when a
// keychain is there, to the keychain), never to the settings; a keychain that is not there is
// said and the connection still made; recent team connections show by name and reopen through
// the keychain. Offscreen; set OVERSIGHT_SCREENSHOT_DIR to keep screenshots.
#include "Fixtures.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PostgresServer.h"
#include "Settings.h"
#include "database/PasswordKeychain.h"
#include "database/TeamConnection.h"
#include "dialogs/ConnectDialog.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/DocumentStore.h"
#include "store/Library.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

namespace {

const QString Role = QStringLiteral("alice");
const QString Password = QStringLiteral("correct horse");

// Opens location on the test server as a team member's Oversight would, with the password
// handed to DatabaseLocation for this process: a real QPSQL connection, so that a password that
// was not handed over, or handed over wrong, fails here.
bool openOnServer(const QString &location, QString *error)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    const QString name = QStringLiteral("tst_teamconnectgui");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host);
        db.setPort(parsed.port);
        db.setDatabaseName(parsed.database);
        db.setUserName(parsed.user);
        db.setPassword(DatabaseLocation::passwordFor(location));
        ok = db.open();
        if (!ok && error)
            *error = db.lastError().text();
        if (ok) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("SELECT current_user")) && query.next() &&
                 query.value(0).toString() == parsed.user;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class tst_TeamConnectGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogFilledByKeyboardGivesTheLocation();
    void passwordIsHandedOverAndAMissingKeychainIsSaid();
    void wrongPasswordKeepsTheDialogOpenWithTheServersAnswer();
    void recentTeamConnectionShowsByNameAndAsksWithoutAKeptPassword();
    void settingsNeverKeepAPassword();
    void statusBarAndTitleNameTheOpenLibrary();
    void connectingOpensTheTeamDatabaseAndNamesItsUser();
    void openingAtStartUsesLibpqsPasswordFileOrSaysWhyNot();

private:
    // Types into the dialog's fields, each reached with Tab from the first, as a user does.
    void fillByKeyboard(ConnectDialog *dialog, const QString &database, const QString &password,
                        bool disableTls);

    MainWindowFixture m_gui;
    QString m_database; // a database of the test server, by name
};

void tst_TeamConnectGui::initTestCase()
{
    PostgresServer &server = PostgresServer::instance();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    const QString location = server.newDatabase(QStringLiteral("team"));
    QVERIFY2(!location.isEmpty(), qPrintable(server.error()));
    m_database = DatabaseLocation::parse(location).database;
    QString error;
    QVERIFY2(server.createRole(Role, Password, false, &error), qPrintable(error));
}

void tst_TeamConnectGui::init()
{
    MainWindowFixture::Options options;
    options.activate = true;
    m_gui.setUp(options);
}

void tst_TeamConnectGui::cleanup()
{
    m_gui.tearDown();
}

void tst_TeamConnectGui::fillByKeyboard(ConnectDialog *dialog, const QString &database,
                                        const QString &password, bool disableTls)
{
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("host"));
    QVERIFY(host);
    QTRY_VERIFY(host->hasFocus());
    QWidget *focused = nullptr;
    const auto next = [&focused] {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focused = QApplication::focusWidget();
    };
    QTest::keyClicks(host, PostgresServer::host());
    next(); // port
    QCOMPARE(focused->objectName(), QStringLiteral("port"));
    QTest::keyClick(focused, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused, QString::number(PostgresServer::instance().port()));
    next(); // database
    QCOMPARE(focused->objectName(), QStringLiteral("database"));
    QTest::keyClicks(focused, database);
    next(); // user: filled with the login name; replaced
    QCOMPARE(focused->objectName(), QStringLiteral("user"));
    QTest::keyClick(focused, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused, Role);
    next(); // TLS mode: the test server has no certificate, so "disable" is the honest choice
    QCOMPARE(focused->objectName(), QStringLiteral("tlsMode"));
    if (disableTls)
        QTest::keyClick(focused, Qt::Key_Home); // the first mode: disable
    next();                                     // password
    QCOMPARE(focused->objectName(), QStringLiteral("password"));
    QTest::keyClicks(focused, password);
    next(); // remember in the keychain: left ticked
    QCOMPARE(focused->objectName(), QStringLiteral("rememberPassword"));
}

void tst_TeamConnectGui::dialogFilledByKeyboardGivesTheLocation()
{
    auto *action = m_gui.window()->findChild<QAction *>(QStringLiteral("connectTeamAction"));
    QVERIFY(action);
    action->trigger();
    ConnectDialog *dialog = m_gui.window()->teamConnection()->dialog();
    QVERIFY(dialog);
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(!connectButton->isEnabled()); // no server or database yet
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("tlsMode"))->currentData().toString(),
             QStringLiteral("prefer"));

    fillByKeyboard(dialog, m_database, Password, true);
    QVERIFY(connectButton->isEnabled());
    const DatabaseLocation location = dialog->location();
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QCOMPARE(location.kind, DatabaseLocation::Kind::PostgreSql);
    QCOMPARE(location.host, PostgresServer::host());
    QCOMPARE(location.port, PostgresServer::instance().port());
    QCOMPARE(location.database, m_database);
    QCOMPARE(location.user, Role);
    QCOMPARE(location.sslMode, QStringLiteral("disable"));
    QVERIFY(location.password.isEmpty());
    QCOMPARE(location.toString(), QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                      .arg(Role, PostgresServer::host())
                                      .arg(PostgresServer::instance().port())
                                      .arg(m_database));
    QCOMPARE(dialog->password(), Password);
    QVERIFY(dialog->rememberPassword());
    MainWindowFixture::screenshot(dialog, QStringLiteral("connect-dialog"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_gui.window()->teamConnection()->dialog());
}

void tst_TeamConnectGui::passwordIsHandedOverAndAMissingKeychainIsSaid()
{
    QStringList opened;
    TeamConnection team(m_gui.window(), [&opened](const QString &location, bool, QString *error) {
        if (!openOnServer(location, error))
            return false;
        opened << location;
        return true;
    });
    ConnectDialog *dialog = team.showDialog();
    fillByKeyboard(dialog, m_database, Password, true);
    const QString location = dialog->location().toString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(opened, QStringList{location});
    QCOMPARE(DatabaseLocation::passwordFor(location), Password);
    // With a keychain the dialog closes; without one (offscreen, no Secret Service) it says the
    // password could not be kept, and the connection stands.
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("connectMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !team.dialog() || message->text().contains(QLatin1String("could not be kept")), 30000);
    if (team.dialog()) {
        QVERIFY2(message->text().startsWith(QLatin1String("Connected.")),
                 qPrintable(message->text()));
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(close && close->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isVisible());
        MainWindowFixture::screenshot(dialog, QStringLiteral("connect-dialog-no-keychain"));
        QTest::keyClick(close, Qt::Key_Space);
        QTRY_VERIFY(!team.dialog());
    } else {
        QString kept;
        bool done = false;
        PasswordKeychain::read(location, this, [&](const QString &password, const QString &) {
            kept = password;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(kept, Password);
        done = false;
        PasswordKeychain::remove(location, this, [&](const QString &) { done = true; });
        QTRY_VERIFY(done);
    }
}

void tst_TeamConnectGui::wrongPasswordKeepsTheDialogOpenWithTheServersAnswer()
{
    int attempts = 0;
    TeamConnection team(m_gui.window(), [&attempts](const QString &location, bool, QString *error) {
        ++attempts;
        return openOnServer(location, error);
    });
    ConnectDialog *dialog = team.showDialog();
    fillByKeyboard(dialog, m_database, QStringLiteral("wrong"), true);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(attempts, 1);
    QVERIFY(team.dialog());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("connectMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("password authentication failed")),
             qPrintable(message->text()));
    // Everything is there to correct the password and try again.
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(password->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    MainWindowFixture::screenshot(dialog, QStringLiteral("connect-dialog-wrong-password"));
    dialog->reject();
}

void tst_TeamConnectGui::recentTeamConnectionShowsByNameAndAsksWithoutAKeptPassword()
{
    const QString location = PostgresServer::instance().location(m_database, Role);
    m_gui.settings()->addRecentDatabase(location);
    auto *recent = m_gui.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QAction *entry = nullptr;
    for (QAction *a : recent->actions())
        if (a->toolTip() == location)
            entry = a;
    QVERIFY2(entry, "the team connection is not in the recent menu with its URI as tool tip");
    QCOMPARE(entry->text(), QStringLiteral("&1 %1 on %2").arg(m_database, PostgresServer::host()));

    const QString titleBefore = m_gui.window()->windowTitle();
    entry->trigger();
    // Nothing kept in the keychain (or no keychain): asked, the dialog filled from the location.
    QTRY_VERIFY_WITH_TIMEOUT(m_gui.window()->teamConnection()->dialog(), 30000);
    ConnectDialog *dialog = m_gui.window()->teamConnection()->dialog();
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("host"))->text(),
             PostgresServer::host());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("port"))->value(),
             PostgresServer::instance().port());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("database"))->text(), m_database);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("user"))->text(), Role);
    QVERIFY(dialog->password().isEmpty());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("connectMessage"));
    QVERIFY2(message->text().contains(QLatin1String("keychain")), qPrintable(message->text()));
    QCOMPARE(m_gui.window()->windowTitle(), titleBefore); // nothing opened without asking
    dialog->reject();
}

void tst_TeamConnectGui::settingsNeverKeepAPassword()
{
    const QString withPassword = QStringLiteral("postgresql://bob:hunter2@db.example.org:6543/"
                                                "inspections?sslmode=require");
    m_gui.settings()->addRecentDatabase(withPassword);
    m_gui.settings()->setLastDatabase(withPassword);
    const QString bare =
        QStringLiteral("postgresql://bob@db.example.org:6543/inspections?sslmode=require");
    QCOMPARE(m_gui.settings()->recentDatabases().constFirst(), bare);
    QCOMPARE(m_gui.settings()->lastDatabase(), bare);
    // Files are still kept by their absolute path.
    m_gui.settings()->addRecentDatabase(m_gui.path(QStringLiteral("other.sqlite")));
    QCOMPARE(m_gui.settings()->recentDatabases().constFirst(),
             m_gui.path(QStringLiteral("other.sqlite")));

    // QSettings writes its file from the event loop soon after a change.
    const auto written = [this] {
        QFile ini(m_gui.path(QStringLiteral("settings.ini")));
        return ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray();
    };
    QTRY_VERIFY2(written().contains("db.example.org"), written().constData());
    QVERIFY2(!written().contains("hunter2"), written().constData());
}

void tst_TeamConnectGui::statusBarAndTitleNameTheOpenLibrary()
{
    auto *label = m_gui.window()->statusBar()->findChild<QLabel *>(QStringLiteral("libraryLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Library: gui.sqlite"));
    QCOMPARE(label->toolTip(), m_gui.path(QStringLiteral("gui.sqlite")));
    QCOMPARE(m_gui.window()->windowTitle(), QStringLiteral("gui.sqlite — Oversight"));
}

void tst_TeamConnectGui::connectingOpensTheTeamDatabaseAndNamesItsUser()
{
    // The team's library, made by its administrator (the superuser) before alice connects:
    // alice may read and write its tables but not create them.
    PostgresServer &server = PostgresServer::instance();
    const QString adminLocation = server.newDatabase(QStringLiteral("library"));
    QVERIFY2(!adminLocation.isEmpty(), qPrintable(server.error()));
    const QString database = DatabaseLocation::parse(adminLocation).database;
    {
        Database admin(adminLocation);
        QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
    }

    m_gui.window()->findChild<QAction *>(QStringLiteral("connectTeamAction"))->trigger();
    ConnectDialog *dialog = m_gui.window()->teamConnection()->dialog();
    QVERIFY(dialog);
    fillByKeyboard(dialog, database, Password, true);
    const QString location = dialog->location().toString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(m_gui.library()->isOpen() && m_gui.library()->path() == location,
                             30000);
    QVERIFY(m_gui.library()->database()->isTeamDatabase());
    QCOMPARE(m_gui.library()->database()->userName(), Role);
    const QString name = QStringLiteral("%1 on %2").arg(database, PostgresServer::host());
    QCOMPARE(m_gui.window()->windowTitle(), QStringLiteral("%1 as %2 — Oversight").arg(name, Role));
    auto *label = m_gui.window()->statusBar()->findChild<QLabel *>(QStringLiteral("libraryLabel"));
    QCOMPARE(label->text(), QStringLiteral("Team database: %1 · user %2").arg(name, Role));
    QCOMPARE(label->toolTip(), location);
    QCOMPARE(m_gui.settings()->recentDatabases().constFirst(), location);
    QCOMPARE(m_gui.settings()->lastDatabase(), location);
    // With a keychain the dialog closes; without one it says so and waits to be closed.
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.window()->teamConnection()->dialog() ||
                                 dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                             30000);
    if (ConnectDialog *open = m_gui.window()->teamConnection()->dialog()) {
        QTest::keyClick(open->findChild<QPushButton *>(QStringLiteral("closeButton")),
                        Qt::Key_Space);
        QTRY_VERIFY(!m_gui.window()->teamConnection()->dialog());
    }

    // alice imports into the team's library through the window, as with a file.
    m_gui.importAndWait({dataPath(Data::Wandsworth2016)});
    {
        Database admin(adminLocation);
        QCOMPARE(DocumentStore(admin).documentCount(), 1);
    }
    MainWindowFixture::screenshot(m_gui.window(), QStringLiteral("mainwindow-team-database"));
}

// The start of the application with a team database last open (TeamConnection::openNow): no
// password kept in the keychain (none offscreen), it still connects as every PostgreSQL client
// does when libpq finds the password (here a password file, PGPASSFILE); without one it
// opens nothing and says both that no password is kept and what the server answered.
void tst_TeamConnectGui::openingAtStartUsesLibpqsPasswordFileOrSaysWhyNot()
{
    PostgresServer &server = PostgresServer::instance();
    const QString adminLocation = server.newDatabase(QStringLiteral("start"));
    QVERIFY2(!adminLocation.isEmpty(), qPrintable(server.error()));
    const QString database = DatabaseLocation::parse(adminLocation).database;
    {
        Database admin(adminLocation);
        QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
    }
    const QString location = server.location(database, Role);
    DatabaseLocation::setPassword(location, QString()); // nothing handed over in this process
    const QString passFile = m_gui.path(QStringLiteral("pgpass"));
    const QByteArray oldPassFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(passFile)); // not there yet: no password at all

    const QString titleBefore = m_gui.window()->windowTitle();
    QString error;
    QVERIFY(!m_gui.window()->teamConnection()->openNow(location, &error));
    QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    QCOMPARE(m_gui.window()->windowTitle(), titleBefore);

    // libpq's password file: host:port:database:user:password, readable by its owner only.
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                   .arg(PostgresServer::host()).arg(server.port()).arg(database, Role, Password)
                   .toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    error.clear();
    const bool opened = m_gui.window()->teamConnection()->openNow(location, &error);
    if (oldPassFile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", oldPassFile);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(m_gui.library()->path(), location);
    QCOMPARE(m_gui.library()->database()->userName(), Role);
}

QTEST_MAIN(tst_TeamConnectGui)
#include "tst_teamconnectgui.moc"
