#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace oversight {

class Library;

// File > Restore a backup: lists the backups kept next to the database (newest first, with
// their date and size) and puts the chosen one in its place, keeping the replaced file beside
// it. When library holds that database it is closed for the swap and opened again after.
// Accepted once a backup is restored.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QString &path, Library *library, QWidget *parent = nullptr);

    // Restores the backup at row (0 = newest) without asking; false with a message shown on failure.
    bool restoreRow(int row);

private:
    void restoreChosen();

    QString m_path;
    Library *m_library;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_restore;
};

} // namespace oversight
