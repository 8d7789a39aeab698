#pragma once

#include "store/Repair.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace oversight {

class Library;

// File > Check and repair: runs SQLite's integrity check over the database at path (off the
// GUI thread, with a busy bar) and, when it finds damage, offers to restore a backup or to copy
// every document, fact and annotation that can still be read into a new database.
// library may be null (the database could not be opened at all) or hold another file.
class CheckRepairDialog : public QDialog
{
    Q_OBJECT
public:
    CheckRepairDialog(const QString &path, Library *library, QWidget *parent = nullptr);
    ~CheckRepairDialog() override;

    // The check's result once it has finished (for tests).
    bool finished() const { return m_checked; }
    bool damaged() const { return m_checked && !m_result.ok; }
    // Copies what can be read into target (no file dialog); the result is shown in the dialog.
    void salvageInto(const QString &target);

signals:
    void openRequested(const QString &path);

private:
    void showCheck();
    void chooseSalvageTarget();
    void showSalvage(const QString &target, const Repair::SalvageResult &result);
    void restore();

    QString m_path;
    Library *m_library;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
    QPushButton *m_salvage;
    QPushButton *m_open;
    QFutureWatcher<Repair::CheckResult> m_check;
    QFutureWatcher<Repair::SalvageResult> m_copy;
    Repair::CheckResult m_result;
    bool m_checked = false;
    QString m_salvaged;
};

} // namespace oversight
