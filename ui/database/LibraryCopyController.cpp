#include "LibraryCopyController.h"

#include "dialogs/ConnectDialog.h"
#include "store/DatabaseLocation.h"
#include "store/Library.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace oversight {

QString libraryTableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("authorities"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Authorities")},
        {QStringLiteral("documents"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Documents")},
        {QStringLiteral("document_files"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "PDF files")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Pages")},
        {QStringLiteral("judgements"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Judgements")},
        {QStringLiteral("recommendations"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Recommendations")},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Findings")},
        {QStringLiteral("corrections"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Corrections")},
        {QStringLiteral("checklists"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Checklists")},
        {QStringLiteral("checklist_items"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Checklist items")},
        {QStringLiteral("annotations"), QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Annotations")},
        {QStringLiteral("annotation_items"),
         QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Annotations' links to items")},
        {QStringLiteral("dismissed_suggestions"),
         QT_TRANSLATE_NOOP("oversight::LibraryCopyController", "Dismissed suggestions")},
    };
    const char *label = labels.value(table);
    return label ? QCoreApplication::translate("oversight::LibraryCopyController", label) : table;
}

LibraryCopyController::LibraryCopyController(Library *library, QWidget *dialogParent,
                                             std::function<bool()> busy)
    : QObject(dialogParent), m_library(library), m_dialogParent(dialogParent), m_busy(std::move(busy))
{
    connect(&m_watcher, &QFutureWatcher<LibraryCopy::Result>::finished, this, [this] {
        if (m_progress)
            m_progress->deleteLater();
        LibraryCopy::Result result;
        if (m_watcher.future().resultCount())
            result = m_watcher.result();
        else
            result.error = tr("The copy ended without a result.");
        showResult(m_target, result);
        emit finished(result);
    });
}

LibraryCopyController::~LibraryCopyController()
{
    cancel();
    m_watcher.waitForFinished();
}

QMessageBox *LibraryCopyController::resultBox() const
{
    return m_resultBox;
}

void LibraryCopyController::addToFileMenu(QMenu *file)
{
    QAction *team = file->addAction(tr("Cop&y library to team database…"), this,
                                    &LibraryCopyController::copyToTeamDatabase);
    team->setObjectName(QStringLiteral("copyToTeamDatabaseAction"));
    team->setToolTip(tr("Copy every document, fact, correction, checklist and annotation into "
                        "an empty team database on a PostgreSQL server"));
    QAction *toFile = file->addAction(tr("Copy library to a fi&le…"), this, &LibraryCopyController::copyToFile);
    toFile->setObjectName(QStringLiteral("copyToFileAction"));
    toFile->setToolTip(tr("Copy the whole library into a new database file, to work offline"));
}

bool LibraryCopyController::mayStart(const QString &title)
{
    if (!m_library->isOpen() || isRunning())
        return false;
    if (m_busy && m_busy()) {
        QMessageBox::information(m_dialogParent, title, tr("Wait for the import or re-read to finish first."));
        return false;
    }
    return true;
}

ConnectDialog *LibraryCopyController::teamDialog() const
{
    return m_teamDialog;
}

void LibraryCopyController::copyToTeamDatabase()
{
    const QString title = tr("Copy library to team database");
    if (!mayStart(title))
        return;
    if (m_teamDialog) {
        m_teamDialog->raise();
        m_teamDialog->activateWindow();
        return;
    }
    // The form File > Connect uses; the password is for this copy (and opening the copy) only.
    m_teamDialog = new ConnectDialog(m_dialogParent);
    m_teamDialog->setObjectName(QStringLiteral("copyToTeamDialog"));
    m_teamDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_teamDialog->setWindowTitle(title);
    m_teamDialog->setAcceptText(tr("&Copy"));
    m_teamDialog->setRememberOffered(false);
    m_teamDialog->showMessage(tr("The database must be empty. Everything is copied in one "
                                 "transaction: if anything fails, nothing is left there."));
    connect(m_teamDialog, &ConnectDialog::connectRequested, this, [this] {
        const DatabaseLocation location = m_teamDialog->location();
        if (!location.isValid()) {
            m_teamDialog->showError(location.error());
            return;
        }
        const QString target = location.toString();
        DatabaseLocation::setPassword(target, m_teamDialog->password());
        m_teamDialog->accept();
        start(target);
    });
    m_teamDialog->open();
}

void LibraryCopyController::copyToFile()
{
    const QString title = tr("Copy library to a file");
    if (!mayStart(title))
        return;
    const DatabaseLocation here = DatabaseLocation::parse(m_library->path());
    const QString folder = here.kind == DatabaseLocation::Kind::SqliteFile
                               ? QFileInfo(here.path).absolutePath()
                               : QDir::homePath();
    const QString base = here.kind == DatabaseLocation::Kind::SqliteFile ? QFileInfo(here.path).completeBaseName()
                                                                         : here.database;
    // A new file: copying never replaces one (an existing library that is not empty is refused
    // with a message saying so).
    const QString target = QFileDialog::getSaveFileName(
        m_dialogParent, title, QDir(folder).filePath(base + tr("-copy") + QStringLiteral(".sqlite")),
        tr("Oversight databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        start(target);
}

void LibraryCopyController::start(const QString &target)
{
    if (!m_library->isOpen() || isRunning())
        return;
    if (m_resultBox)
        m_resultBox->close();
    m_target = target;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Copying the library to %1…").arg(DatabaseLocation::parse(target).displayName()),
                                     tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("libraryCopyProgress"));
    m_progress->setWindowTitle(tr("Copy library"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(460);
    connect(m_progress, &QProgressDialog::canceled, this, &LibraryCopyController::cancel);
    connect(&m_watcher, &QFutureWatcher<LibraryCopy::Result>::progressRangeChanged, m_progress,
            &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<LibraryCopy::Result>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<LibraryCopy::Result>::progressTextChanged, m_progress,
            &QProgressDialog::setLabelText);

    const QString source = m_library->path();
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_watcher.setFuture(QtConcurrent::run([source, target, cancelled](QPromise<LibraryCopy::Result> &promise) {
        LibraryCopy::Options options;
        options.progress = [&promise](const LibraryCopy::Progress &p) {
            // QProgressDialog counts in int; a library of more rows is shown to scale.
            const qint64 scale = p.rowsTotal / INT_MAX + 1;
            promise.setProgressRange(0, int(p.rowsTotal / scale));
            const QString what = libraryTableLabel(p.table).toLower();
            promise.setProgressValueAndText(
                int(p.rowsDone / scale),
                p.tableRowsTotal == 0
                    ? QCoreApplication::translate("oversight::LibraryCopyController", "Copying %1…").arg(what)
                    : QCoreApplication::translate("oversight::LibraryCopyController", "Copying %1: %2 of %3…")
                          .arg(what, QLocale().toString(p.tableRowsDone), QLocale().toString(p.tableRowsTotal)));
        };
        options.isCancelled = [cancelled] { return cancelled->load(); };
        promise.addResult(LibraryCopy::copy(source, target, options));
    }));
}

void LibraryCopyController::cancel()
{
    if (!isRunning() || !m_cancelled)
        return;
    m_cancelled->store(true);
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling: undoing what was copied…"));
        m_progress->setCancelButton(nullptr);
    }
}

void LibraryCopyController::showResult(const QString &target, const LibraryCopy::Result &result)
{
    if (!m_dialogParent)
        return;
    const QString name = DatabaseLocation::parse(target).displayName();
    auto *box = new QMessageBox(m_dialogParent);
    box->setObjectName(QStringLiteral("libraryCopyResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Copy library"));
    if (result.ok()) {
        box->setIcon(QMessageBox::Information);
        QString rows;
        for (const LibraryCopy::TableCount &count : result.counts)
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
                        .arg(libraryTableLabel(count.table).toHtmlEscaped(), QLocale().toString(count.target));
        box->setText(tr("<p>The library was copied to <b>%1</b>. Every table holds as many rows in "
                        "the copy as in this library:</p><table>%2</table>")
                         .arg(name.toHtmlEscaped(), rows));
        QPushButton *open = box->addButton(tr("&Open the copy"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("openCopyButton"));
        box->addButton(QMessageBox::Close);
        box->setDefaultButton(open);
        connect(open, &QPushButton::clicked, this, [this, target] { emit openRequested(target); });
    } else {
        const bool cancelled = result.status == LibraryCopy::Result::Status::Cancelled;
        box->setIcon(cancelled ? QMessageBox::Information : QMessageBox::Warning);
        box->setText(cancelled ? tr("The copy was cancelled: nothing was copied to %1.").arg(name)
                               : tr("Nothing was copied to %1.").arg(name));
        if (!cancelled)
            box->setInformativeText(result.error);
        box->addButton(QMessageBox::Close);
    }
    m_resultBox = box;
    box->open();
}

} // namespace oversight
