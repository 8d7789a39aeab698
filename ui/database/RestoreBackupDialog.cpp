#include "RestoreBackupDialog.h"

#include "store/Backups.h"
#include "store/Library.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

RestoreBackupDialog::RestoreBackupDialog(const QString &path, Library *library, QWidget *parent)
    : QDialog(parent), m_path(path), m_library(library)
{
    setWindowTitle(tr("Restore a backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    const QList<Backups::Entry> entries = Backups(path).list();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setText(entries.isEmpty()
                           ? tr("There is no backup of %1 yet. Oversight makes one before each "
                                "upgrade of the database and once a day when it is changed.")
                                 .arg(QDir::toNativeSeparators(path))
                           : tr("Backups of %1, newest first. The one you restore takes the "
                                "database's place; the current file is kept beside it.")
                                 .arg(QDir::toNativeSeparators(path)));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    const QLocale locale;
    for (const Backups::Entry &e : entries) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(locale.toString(e.made, QLocale::LongFormat), locale.formattedDataSize(e.bytes)),
            m_list);
        item->setData(Qt::UserRole, e.path);
        item->setToolTip(QDir::toNativeSeparators(e.path));
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(!entries.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreChosen);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RestoreBackupDialog::restoreChosen);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

void RestoreBackupDialog::restoreChosen()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Put the backup of %1 in place of %2? Changes made since then are not in it; the "
           "current file is kept beside it.")
            .arg(m_list->currentItem()->text().section(QStringLiteral(" — "), 0, 0),
                 QDir::toNativeSeparators(m_path)));
    if (answer == QMessageBox::Yes && restoreRow(row))
        accept();
}

bool RestoreBackupDialog::restoreRow(int row)
{
    const QString backup = m_list->item(row)->data(Qt::UserRole).toString();
    const bool wasOpen = m_library && m_library->isOpen() && m_library->path() == m_path;
    if (wasOpen)
        m_library->close();
    QString error;
    const bool restored = Backups(m_path).restore(backup, &error);
    if (wasOpen) {
        QString reopenError;
        if (!m_library->open(m_path, &reopenError, Database::Create::Never) && restored)
            error = reopenError;
    }
    if (!restored || !error.isEmpty()) {
        QMessageBox::warning(this, tr("Restore a backup"), error);
        return false;
    }
    return true;
}

} // namespace oversight
