#include "OpenProblemDialog.h"

#include "CheckRepairDialog.h"
#include "RestoreBackupDialog.h"
#include "store/Backups.h"
#include "store/Library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace oversight::OpenProblemDialog {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::OpenProblemDialog", text);
}
} // namespace

QString openOrAsk(Library *library, QString path, bool mayCreate, const QString &defaultPath, QWidget *parent)
{
    for (;;) {
        QString error;
        if (library->open(path, &error, mayCreate ? Database::Create::WithFolders : Database::Create::Never))
            return path;
        const Database::Problem problem = library->lastProblem();
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
                        tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                        parent);
        box.setObjectName(QStringLiteral("openProblemBox"));
        box.setInformativeText(error);
        QPushButton *repair = nullptr;
        QPushButton *restore = nullptr;
        if (problem == Database::Problem::Damaged)
            repair = box.addButton(tr("Check and &repair…"), QMessageBox::AcceptRole);
        if (!Backups(path).list().isEmpty())
            restore = box.addButton(tr("Restore a &backup…"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(tr("&Open another database…"), QMessageBox::AcceptRole);
        QPushButton *fallback = path == defaultPath
                                    ? nullptr
                                    : box.addButton(tr("Use the &default database"), QMessageBox::AcceptRole);
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(repair ? repair : other);
        box.exec();
        QAbstractButton *chosen = box.clickedButton();
        if (!chosen || chosen == quit)
            return {};
        if (chosen == repair) {
            CheckRepairDialog dialog(path, library, parent);
            QObject::connect(&dialog, &CheckRepairDialog::openRequested, &dialog,
                             [&path, &mayCreate](const QString &salvaged) {
                                 path = salvaged;
                                 mayCreate = false;
                             });
            dialog.exec();
        } else if (chosen == restore) {
            RestoreBackupDialog(path, nullptr, parent).exec();
        } else if (chosen == other) {
            const QString chosenPath = QFileDialog::getOpenFileName(
                parent, tr("Open database"), QFileInfo(path).absolutePath(),
                tr("Oversight databases (*.sqlite *.db);;All files (*)"));
            if (!chosenPath.isEmpty()) {
                path = chosenPath;
                mayCreate = false;
            }
        } else if (chosen == fallback) {
            path = defaultPath;
            mayCreate = true;
        }
    }
}

} // namespace oversight::OpenProblemDialog
