#include "RereadController.h"

#include "store/Library.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace oversight {

RereadController::RereadController(Library *library, QWidget *dialogParent)
    : QObject(dialogParent), m_library(library), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<RereadJob::Result>::finished, this, [this] {
        if (m_dialog)
            m_dialog->deleteLater();
        const RereadJob::Result result =
            m_watcher.future().resultCount() ? m_watcher.result() : RereadJob::Result{};
        m_library->notifyChanged();
        if (m_dialogParent && result.failed)
            QMessageBox::warning(m_dialogParent, tr("Re-read"),
                                 tr("%n document(s) could not be re-read: %1", nullptr,
                                    result.failed)
                                     .arg(result.error));
        emit finished(result);
    });
}

RereadController::~RereadController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void RereadController::start(bool onlyOutdated)
{
    if (isRunning() || !m_library->isOpen())
        return;
    m_dialog = new QProgressDialog(tr("Reading the documents again…"), tr("Cancel"), 0, 0,
                                   m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("rereadProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    connect(m_dialog, &QProgressDialog::canceled, &m_watcher,
            &QFutureWatcher<RereadJob::Result>::cancel);
    connect(&m_watcher, &QFutureWatcher<RereadJob::Result>::progressRangeChanged, m_dialog,
            &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<RereadJob::Result>::progressValueChanged, m_dialog,
            &QProgressDialog::setValue);
    const QString path = m_library->path();
    m_watcher.setFuture(QtConcurrent::run(
        [path, onlyOutdated](QPromise<RereadJob::Result> &promise) {
            RereadJob job(path);
            job.setOnlyOutdated(onlyOutdated);
            job.onProgress([&promise, &job](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                if (promise.isCanceled())
                    job.cancel();
            });
            promise.addResult(job.run());
        }));
}

} // namespace oversight
