#pragma once

#include "ImportJob.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace oversight {

// Runs an ImportJob on its own thread and reports through queued signals, so the GUI stays
// responsive. Lives in the thread that created it (normally the GUI thread).
class ImportTask : public QObject
{
    Q_OBJECT
public:
    ImportTask(const QString &databasePath, const QStringList &paths, QObject *parent = nullptr);
    ~ImportTask() override; // cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const;
    QList<ImportOutcome> outcomes() const { return m_outcomes; }

signals:
    void progressed(const oversight::ImportProgress &progress);
    void fileFinished(const oversight::ImportOutcome &outcome);
    void finished(const QList<oversight::ImportOutcome> &outcomes);

private:
    ImportJob m_job;
    std::unique_ptr<QThread> m_thread;
    QList<ImportOutcome> m_outcomes;
};

} // namespace oversight
