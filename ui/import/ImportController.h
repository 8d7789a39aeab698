#pragma once

#include "import/ImportJob.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QTimer;
class QWidget;

namespace oversight {

class ImportTask;
class Library;

// Runs imports for the main window: one batch at a time, progress and Cancel in the status
// bar, the report at the end. While a batch runs, the first document it stores appears in the
// library at once and later ones every couple of seconds; the library is told to reload
// everything after the batch.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Library *library, QStatusBar *statusBar, QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const;
    // Starts importing; returns false (and says why in the status bar) if a batch is running.
    bool start(const QStringList &paths);
    void cancel();
    // Whether to show the report dialog at the end (tests turn it off).
    void setShowReport(bool show) { m_showReport = show; }

signals:
    void started();
    void finished(const QList<oversight::ImportOutcome> &outcomes);

private:
    void showProgress(const ImportProgress &progress);
    void onFinished(const QList<ImportOutcome> &outcomes);

    Library *m_library;
    QStatusBar *m_statusBar;
    QPointer<QWidget> m_dialogParent;
    ImportTask *m_task = nullptr;
    QWidget *m_progressBox;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    QTimer *m_showAddedTimer;
    bool m_documentsAdded = false; // files were stored since the library last showed them
    bool m_anyShown = false;       // the library has shown a document of this batch
    bool m_showReport = true;
};

} // namespace oversight
