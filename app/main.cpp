// Oversight, the desktop application: opens the last database (or the default one in the
// user's data folder; a team database with the keychain's password) and imports any PDF files
// or folders named on the command line.
#include "MainWindow.h"
#include "database/OpenProblemDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "Settings.h"
#include "database/TeamConnection.h"
#include "dialogs/ConnectDialog.h"
#include "store/DatabaseLocation.h"
#include "store/Library.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QTimer>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Oversight"));
    QCoreApplication::setApplicationName(QStringLiteral("Oversight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERSIGHT_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ofsted inspections, read and tracked."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database to open."),
                                      QStringLiteral("DB"));
    parser.addOption(dbOption);
    // For package tests: start, show the window, and quit at once with status 0.
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                       QStringLiteral("Start, show the window and quit."));
    parser.addOption(smokeTest);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("PDF files or folders to import."),
                                 QStringLiteral("[PATH...]"));
    // --help, --version and a mistyped option print text and exit: they need no window, so
    // they are answered by a QCoreApplication, and work without a display (over ssh, in a
    // package build). QCommandLineParser's documentation chooses the application class from
    // the arguments in the same way.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (!parser.parse(arguments) || parser.isSet(helpOption) || parser.isSet(versionOption)
            || parser.isSet(QStringLiteral("help-all"))) {
            QCoreApplication textOnly(argc, argv);
            setApplicationNames();
            parser.process(textOnly); // prints the help, the version or the error, and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Oversight"));
    QApplication::setDesktopFileName(QStringLiteral("uk.org.oversight.Oversight"));
    QIcon icon;
    for (int size : {16, 32, 64, 256})
        icon.addFile(QStringLiteral(":/oversight/icons/oversight-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    parser.process(app);

    oversight::Settings settings;
    // The language: the one chosen in Preferences, else the system's. English (UK) is the
    // source; its translator only supplies plural forms, and sits beneath any other.
    const QLocale locale = settings.language().isEmpty() ? QLocale::system()
                                                         : QLocale(settings.language());
    QLocale::setDefault(locale);
    QTranslator sourceTranslator; // English (UK) plurals, under any other translation
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (sourceTranslator.load(QStringLiteral(":/i18n/oversight_en_GB.qm")))
        QApplication::installTranslator(&sourceTranslator);
    if (appTranslator.load(locale, QStringLiteral("oversight"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    oversight::applyTheme(settings.theme());
    oversight::Library library;
    oversight::MainWindow window(&library, &settings);
    // Only the default database is created when missing. A database that cannot be opened
    // (damaged, another program's, gone) is never replaced silently by an empty one: the user
    // is told and chooses (repair, restore a backup, another file, the default, quit).
    const QString defaultPath = oversight::Settings::defaultDatabasePath();
    const QString wanted = parser.isSet(dbOption) ? parser.value(dbOption) : settings.lastDatabase();
    if (parser.isSet(smokeTest)) {
        // Unattended: never wait on a question. A database that cannot be opened as it is
        // (only the default one is created) fails the smoke test with the reason.
        if (!window.openDatabase(wanted, wanted == defaultPath)) {
            QTextStream(stderr) << "cannot open " << wanted << '\n';
            return 1;
        }
    } else if (oversight::DatabaseLocation::isTeamDatabase(wanted)) {
        // A team database: its password from the keychain, as File > Open Recent reads it.
        // When it cannot be opened (server down, no password kept) the local library opens so
        // that work can go on, the connect dialog says why, and the team database stays the
        // one tried first next time.
        QString error;
        if (!window.teamConnection()->openNow(wanted, &error)) {
            const QString path = oversight::OpenProblemDialog::openOrAsk(
                &library, defaultPath, true, defaultPath, &window);
            if (path.isEmpty() || !window.openDatabase(path, true))
                return 1;
            settings.setLastDatabase(wanted);
            window.show();
            window.teamConnection()->showDialog(wanted)->showError(error);
        }
    } else {
        const QString path = oversight::OpenProblemDialog::openOrAsk(
            &library, wanted, wanted == defaultPath, defaultPath, &window);
        if (path.isEmpty() || !window.openDatabase(path, path == defaultPath))
            return 1;
    }
    window.show();
    if (parser.isSet(smokeTest)) {
        QTimer::singleShot(0, &app, [&window] {
            QTextStream(stdout) << "started: " << window.windowTitle() << '\n';
            QApplication::quit();
        });
    }
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return app.exec();
}
