#pragma once

#include "import/RereadJob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace oversight {

class Library;

// Re-reads every document of the open database off the GUI thread, with a progress dialog
// that can cancel; the library reloads when it ends.
class RereadController : public QObject
{
    Q_OBJECT
public:
    RereadController(Library *library, QWidget *dialogParent);
    ~RereadController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    void start(bool onlyOutdated = false);

signals:
    void finished(const oversight::RereadJob::Result &result);

private:
    Library *m_library;
    QPointer<QWidget> m_dialogParent;
    QFutureWatcher<RereadJob::Result> m_watcher;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace oversight
