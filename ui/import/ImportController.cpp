#include "ImportController.h"

#include "dialogs/ImportReportDialog.h"
#include "import/ImportTask.h"
#include "store/DocumentStore.h"
#include "store/Library.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace oversight {

ImportController::ImportController(Library *library, QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent),
      m_library(library),
      m_statusBar(statusBar),
      m_dialogParent(dialogParent),
      m_progressBox(new QWidget(statusBar)),
      m_progressLabel(new QLabel(m_progressBox)),
      m_progressBar(new QProgressBar(m_progressBox)),
      m_cancelButton(new QPushButton(tr("Cancel import"), m_progressBox)),
      m_showAddedTimer(new QTimer(this))
{
    // Not after every file: a reload per file of a large batch would make the tree flicker.
    m_showAddedTimer->setInterval(2000);
    connect(m_showAddedTimer, &QTimer::timeout, this, [this] {
        if (m_documentsAdded)
            m_library->notifyDocumentsAdded();
        m_documentsAdded = false;
    });
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setMaximumWidth(220);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportController::cancel);
    auto *layout = new QHBoxLayout(m_progressBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_progressBox);
    m_progressBox->hide();
}

ImportController::~ImportController()
{
    delete m_task; // cancels and waits: no worker outlives the window
}

bool ImportController::isRunning() const
{
    return m_task != nullptr;
}

bool ImportController::start(const QStringList &paths)
{
    if (m_task) {
        m_statusBar->showMessage(tr("An import is already running; wait for it or cancel it."),
                                 5000);
        return false;
    }
    if (paths.isEmpty() || !m_library->isOpen())
        return false;
    m_task = new ImportTask(m_library->path(), paths, this);
    connect(m_task, &ImportTask::progressed, this, &ImportController::showProgress);
    connect(m_task, &ImportTask::finished, this, &ImportController::onFinished);
    // Files are stored as they finish, reported in list order later: progress says first.
    // The first document stored shows at once, so the user sees the batch working; later
    // ones every interval.
    connect(m_task, &ImportTask::progressed, this, [this](const ImportProgress &progress) {
        if (progress.filesDone == 0)
            return;
        if (!m_anyShown) {
            m_anyShown = true;
            m_library->notifyDocumentsAdded();
        } else {
            m_documentsAdded = true;
        }
    });
    m_documentsAdded = false;
    m_anyShown = false;
    m_showAddedTimer->start();
    m_progressBar->setRange(0, 0);
    m_progressLabel->setText(tr("Looking for PDF files…"));
    m_cancelButton->setEnabled(true);
    m_progressBox->show();
    m_task->start();
    emit started();
    return true;
}

void ImportController::cancel()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling: finishing the file being stored…"));
}

void ImportController::showProgress(const ImportProgress &progress)
{
    m_progressBar->setRange(0, qMax(1, progress.filesTotal));
    m_progressBar->setValue(progress.filesDone);
    m_progressBar->setFormat(tr("%1 of %2 files").arg(progress.filesDone).arg(progress.filesTotal));
    if (!m_cancelButton->isEnabled())
        return; // keep saying that we are cancelling
    const QString current = QFileInfo(progress.currentFile).fileName();
    m_progressLabel->setText(
        current.isEmpty()
            ? tr("%n page(s) read", nullptr, progress.pagesDone)
            : tr("%n page(s) read · %1", nullptr, progress.pagesDone).arg(current));
}

void ImportController::onFinished(const QList<ImportOutcome> &outcomes)
{
    m_task->deleteLater();
    m_task = nullptr;
    m_showAddedTimer->stop();
    m_progressBox->hide();
    m_library->notifyChanged();

    int imported = 0, rejected = 0, cancelled = 0;
    for (const ImportOutcome &o : outcomes) {
        imported += o.status == ImportOutcome::Status::Imported;
        rejected += o.status == ImportOutcome::Status::Rejected;
        cancelled += o.status == ImportOutcome::Status::Cancelled;
    }
    QString message = tr("Import finished: %n imported", nullptr, imported);
    if (rejected)
        message += tr(", %n rejected", nullptr, rejected);
    if (cancelled)
        message += tr(", %n cancelled", nullptr, cancelled);
    m_statusBar->showMessage(message, 10000);
    if (m_showReport && m_dialogParent) {
        // Each file found again is named by the document it duplicates, as the Library lists it.
        QHash<qint64, QString> storedTitles;
        for (const ImportOutcome &o : outcomes) {
            if (o.status != ImportOutcome::Status::Duplicate || storedTitles.contains(o.documentId))
                continue;
            if (const auto doc = m_library->store()->summary(o.documentId))
                storedTitles.insert(o.documentId,
                                    doc->authorityName.isEmpty()
                                        ? doc->displayTitle()
                                        : tr("%1: %2").arg(doc->authorityName, doc->displayTitle()));
        }
        auto *dialog = new ImportReportDialog(outcomes, storedTitles, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    emit finished(outcomes);
}

} // namespace oversight
