#include "CheckRepairDialog.h"

#include "RestoreBackupDialog.h"
#include "store/Library.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace oversight {

CheckRepairDialog::CheckRepairDialog(const QString &path, Library *library, QWidget *parent)
    : QDialog(parent), m_path(path), m_library(library)
{
    setWindowTitle(tr("Check and repair"));
    setObjectName(QStringLiteral("checkRepairDialog"));
    m_message = new QLabel(tr("Checking every page of %1…").arg(QDir::toNativeSeparators(path)), this);
    m_message->setObjectName(QStringLiteral("checkMessage"));
    m_message->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = m_buttons->addButton(tr("Restore a &backup…"), QDialogButtonBox::ActionRole);
    m_salvage = m_buttons->addButton(tr("&Copy what can be read…"), QDialogButtonBox::ActionRole);
    m_salvage->setObjectName(QStringLiteral("salvageButton"));
    m_open = m_buttons->addButton(tr("&Open the new database"), QDialogButtonBox::AcceptRole);
    for (QPushButton *b : {m_restore, m_salvage, m_open})
        b->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &CheckRepairDialog::restore);
    connect(m_salvage, &QPushButton::clicked, this, &CheckRepairDialog::chooseSalvageTarget);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openRequested(m_salvaged);
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(560, 220);

    connect(&m_check, &QFutureWatcher<Repair::CheckResult>::finished, this, &CheckRepairDialog::showCheck);
    m_check.setFuture(QtConcurrent::run([path] { return Repair::check(path); }));
}

CheckRepairDialog::~CheckRepairDialog()
{
    m_check.waitForFinished();
    m_copy.waitForFinished();
}

void CheckRepairDialog::showCheck()
{
    m_result = m_check.result();
    m_checked = true;
    m_busy->hide();
    const QString name = QDir::toNativeSeparators(m_path);
    if (m_result.ok) {
        m_message->setText(tr("No problems: every page of %1 reads correctly.").arg(name));
        return;
    }
    m_message->setText(tr("<b>%1 is damaged.</b> SQLite's integrity check found what is listed "
                          "below. Restore a backup, or copy every document, fact and annotation "
                          "that can still be read into a new database (the damaged file is left "
                          "as it is).")
                           .arg(name.toHtmlEscaped()));
    m_details->setPlainText(m_result.problems.join(QLatin1Char('\n')));
    m_details->show();
    m_restore->show();
    m_salvage->show();
    resize(640, 380);
}

void CheckRepairDialog::chooseSalvageTarget()
{
    const QFileInfo info(m_path);
    const QString suggested = info.absoluteDir().filePath(info.completeBaseName() + tr("-repaired")
                                                          + QStringLiteral(".sqlite"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Copy into a new database"), suggested,
                                                        tr("Oversight databases (*.sqlite *.db)"));
    if (!target.isEmpty())
        salvageInto(target);
}

void CheckRepairDialog::salvageInto(const QString &target)
{
    m_salvage->setEnabled(false);
    m_restore->setEnabled(false);
    m_busy->show();
    m_message->setText(tr("Copying what can be read into %1…").arg(QDir::toNativeSeparators(target)));
    connect(&m_copy, &QFutureWatcher<Repair::SalvageResult>::finished, this,
            [this, target] { showSalvage(target, m_copy.result()); }, Qt::SingleShotConnection);
    const QString source = m_path;
    m_copy.setFuture(QtConcurrent::run([source, target] { return Repair::salvage(source, target); }));
}

void CheckRepairDialog::showSalvage(const QString &target, const Repair::SalvageResult &result)
{
    m_busy->hide();
    m_restore->setEnabled(true);
    if (!result.ok) {
        m_salvage->setEnabled(true);
        m_message->setText(tr("Nothing was copied: %1").arg(result.error.toHtmlEscaped()));
        return;
    }
    m_salvaged = target;
    QString text = tr("%n document(s) copied whole into %1.", nullptr, result.documents)
                       .arg(QDir::toNativeSeparators(target));
    if (result.documentsLost > 0)
        text += QLatin1Char(' ') + tr("%n document(s) could not be read and were left out: import them again.",
                                      nullptr, result.documentsLost);
    if (result.rowsLost > 0)
        text += QLatin1Char(' ') + tr("%n other row(s) (checklists, items) could not be read.", nullptr,
                                      result.rowsLost);
    m_message->setText(text);
    m_open->show();
    m_open->setDefault(true);
}

void CheckRepairDialog::restore()
{
    RestoreBackupDialog dialog(m_path, m_library, this);
    if (dialog.exec() == QDialog::Accepted)
        accept();
}

} // namespace oversight
