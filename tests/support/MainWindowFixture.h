#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace oversight {
class Library;
class MainWindow;
class Settings;
} // namespace oversight

namespace oversight::test {

// The main window as the GUI suites meet it: a temporary folder, settings kept in it (never the
// user's), a Library and a MainWindow over them, with import reports not shown as dialogs;
// optionally a new database in the folder, and the window shown (offscreen) and active.
// setUp() in a suite's init(), tearDown() in its cleanup(); failures are QTest failures.
class MainWindowFixture
{
public:
    struct Options
    {
        QSize size{1400, 900};
        QString database = QStringLiteral("gui.sqlite"); // in dir(); empty: none opened
        bool show = true;
        bool activate = false; // also wait until the window is the active one (keyboard tests)
    };

    MainWindowFixture();
    ~MainWindowFixture();

    void setUp(const Options &options);
    void setUp() { setUp(Options{}); }
    // Cancels an import still running, closes the window and deletes it, then the library, the
    // settings and the folder, in that order.
    void tearDown();

    MainWindow *window() const { return m_window.get(); }
    Library *library() const { return m_library.get(); }
    Settings *settings() const { return m_settings.get(); }
    QTemporaryDir *dir() const { return m_dir.get(); }
    QString path(const QString &name) const; // a file in dir()

    // Imports through the window, as File > Import does, and waits for the batch to finish.
    void importAndWait(const QStringList &paths, int timeoutMs = 60000);
    // Saves widget as NAME.png in $OVERSIGHT_SCREENSHOT_DIR, when that is set.
    static void screenshot(QWidget *widget, const QString &name);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace oversight::test
