#include "MainWindowFixture.h"

#include "MainWindow.h"
#include "Settings.h"
#include "import/ImportController.h"
#include "store/Library.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace oversight::test {

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    tearDown();
}

void MainWindowFixture::setUp(const Options &options)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("settings.ini")));
    m_library = std::make_unique<Library>();
    m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
    m_window->importController()->setShowReport(false);
    m_window->resize(options.size);
    if (!options.database.isEmpty())
        QVERIFY(m_window->openDatabase(path(options.database)));
    if (!options.show)
        return;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (options.activate) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
}

void MainWindowFixture::tearDown()
{
    if (m_window) {
        if (m_window->importController()->isRunning()) {
            QSignalSpy finished(m_window->importController(), &ImportController::finished);
            m_window->importController()->cancel();
            finished.wait(30000);
        }
        m_window->close();
    }
    m_window.reset();
    m_library.reset();
    m_settings.reset();
    m_dir.reset();
}

QString MainWindowFixture::path(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

void MainWindowFixture::importAndWait(const QStringList &paths, int timeoutMs)
{
    QVERIFY(m_window);
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QVERIFY(m_window->importPaths(paths));
    QVERIFY(finished.wait(timeoutMs));
    QVERIFY(!m_window->importController()->isRunning());
}

void MainWindowFixture::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace oversight::test
