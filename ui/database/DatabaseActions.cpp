#include "DatabaseActions.h"

#include "CheckRepairDialog.h"
#include "EditingControls.h"
#include "RestoreBackupDialog.h"
#include "store/Library.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace oversight {

DatabaseActions::DatabaseActions(Library *library, QMainWindow *window, std::function<bool()> busy)
    : QObject(window), m_library(library), m_window(window), m_busy(std::move(busy))
{
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh); // F5 (Ctrl+R on macOS)
    m_refresh->setToolTip(tr("Show what other programs have changed in the database"));
    connect(m_refresh, &QAction::triggered, m_library, &Library::refresh);

    m_banner = new QToolBar(tr("Read-only"), window);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->toggleViewAction()->setVisible(false);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_bannerText->setWordWrap(false); // a toolbar lays out no height-for-width: one line
    m_bannerText->setContentsMargins(8, 4, 8, 4);
    m_banner->addWidget(m_bannerText);
    // Amber at low opacity reads as a warning on the light and the dark theme alike.
    m_banner->setStyleSheet(QStringLiteral("QToolBar#readOnlyBanner { background: rgba(255, 176, 0, 70); "
                                           "border: none; border-bottom: 1px solid rgba(255, 176, 0, 160); }"));
    m_bannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // On a line of its own, above the window's toolbar (added after it).
    window->addToolBar(Qt::TopToolBarArea, m_banner);
    window->addToolBarBreak(Qt::TopToolBarArea);
    m_banner->hide();

    connect(m_library, &Library::opened, this, &DatabaseActions::updateForAccess);
    connect(m_library, &Library::readOnlyWriteAttempted, this, [this] {
        // Said once in the banner; a refused edit only points at it.
        m_window->statusBar()->showMessage(tr("Not saved: the database is read-only"), 5000);
    });
}

void DatabaseActions::addToFileMenu(QMenu *file)
{
    QAction *check = file->addAction(tr("&Check and repair…"), this, &DatabaseActions::checkAndRepair);
    check->setObjectName(QStringLiteral("checkRepairAction"));
    QAction *restore = file->addAction(tr("Restore a &backup…"), this, &DatabaseActions::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    EditingControls::mark(restore);
    updateForAccess();
}

void DatabaseActions::addToViewMenu(QMenu *view)
{
    view->addAction(m_refresh);
}

void DatabaseActions::setEditingActions(const QList<QAction *> &actions)
{
    for (QAction *a : actions)
        EditingControls::mark(a);
    updateForAccess();
}

void DatabaseActions::updateForAccess()
{
    const bool readOnly = m_library->isReadOnly();
    // Every control marked as editing, in the window and its panels and dialogs.
    EditingControls::apply(m_window, !readOnly);
    m_window->setAcceptDrops(!readOnly);
    if (readOnly) {
        m_bannerText->setText(tr("<b>Read-only:</b> %1. Importing, re-reading, annotating, "
                                 "checklists, suggestions and filing are turned off; browsing, "
                                 "search, charts, compare and export work.")
                                  .arg(m_library->readOnlyReason().toHtmlEscaped()));
        m_bannerText->setToolTip(m_library->readOnlyReason());
    }
    m_banner->setVisible(readOnly);
}

void DatabaseActions::checkAndRepair()
{
    if (!m_library->isOpen())
        return;
    if (m_busy && m_busy()) {
        QMessageBox::information(m_window, tr("Check and repair"),
                                 tr("Wait for the import or re-read to finish first."));
        return;
    }
    CheckRepairDialog dialog(m_library->path(), m_library, m_window);
    connect(&dialog, &CheckRepairDialog::openRequested, this, &DatabaseActions::openRequested);
    dialog.exec();
}

void DatabaseActions::restoreBackup()
{
    if (!m_library->isOpen())
        return;
    if (m_busy && m_busy()) {
        QMessageBox::information(m_window, tr("Restore a backup"),
                                 tr("Wait for the import or re-read to finish first."));
        return;
    }
    RestoreBackupDialog dialog(m_library->path(), m_library, m_window);
    dialog.exec();
}

} // namespace oversight
