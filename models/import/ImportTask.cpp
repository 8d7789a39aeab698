#include "ImportTask.h"

namespace oversight {

ImportTask::ImportTask(const QString &databasePath, const QStringList &paths, QObject *parent)
    : QObject(parent), m_job(databasePath, paths)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportOutcome>();
    // The job calls these on the worker thread; queued invocations carry them to ours.
    m_job.onProgress([this](const ImportProgress &p) {
        QMetaObject::invokeMethod(this, [this, p] { emit progressed(p); }, Qt::QueuedConnection);
    });
    m_job.onOutcome([this](const ImportOutcome &o) {
        QMetaObject::invokeMethod(this, [this, o] { emit fileFinished(o); }, Qt::QueuedConnection);
    });
}

ImportTask::~ImportTask()
{
    if (m_thread) {
        m_job.cancel();
        m_thread->wait();
    }
}

void ImportTask::start()
{
    m_thread.reset(QThread::create([this] {
        QList<ImportOutcome> outcomes = m_job.run();
        QMetaObject::invokeMethod(
            this,
            [this, outcomes] {
                m_outcomes = outcomes;
                m_thread->wait();
                emit finished(m_outcomes);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void ImportTask::cancel()
{
    m_job.cancel();
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace oversight
