#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QToolBar;

namespace oversight {

class Library;

// What the GUI offers about the database itself, apart from its contents: a banner when it is
// read-only (editing actions off, the reason said once, no dialog per refused edit),
// View > Refresh (F5), File > Check and repair, File > Restore a backup. MainWindow only
// places the menus' entries and names its editing actions.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    // busy() tells whether an import or re-read is running (nothing is closed under it).
    DatabaseActions(Library *library, QMainWindow *window, std::function<bool()> busy);

    void addToFileMenu(QMenu *file);
    void addToViewMenu(QMenu *view);
    // Actions that change the database: marked (EditingControls) and so disabled, with every
    // other marked control of the window, while it is read-only.
    void setEditingActions(const QList<QAction *> &actions);

    QAction *refreshAction() const { return m_refresh; }
    QToolBar *banner() const { return m_banner; }

    void checkAndRepair();
    void restoreBackup();

signals:
    // A new database (salvaged from a damaged one) should be opened.
    void openRequested(const QString &path);

private:
    void updateForAccess();

    Library *m_library;
    QMainWindow *m_window;
    std::function<bool()> m_busy;
    QAction *m_refresh;
    QToolBar *m_banner;
    QLabel *m_bannerText;
};

} // namespace oversight
