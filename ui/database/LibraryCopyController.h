#pragma once

#include "store/LibraryCopy.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QMenu;
class QMessageBox;
class QProgressDialog;
class QWidget;

namespace oversight {

class ConnectDialog;
class Library;

// File > Copy library to team database… and File > Copy library to a file… (issue 15): asks
// where to (the team database in the form File > Connect uses, or a new file), copies every row of the
// open library there off the GUI thread (LibraryCopy, on connections of the worker's own) with
// a progress dialog whose Cancel undoes the copy, then shows every table's rows, counted in
// both, and offers to open the copy. The open library is only read: the actions work on a
// read-only library too.
class LibraryCopyController : public QObject
{
    Q_OBJECT
public:
    // busy() tells whether an import or re-read is running (a copy waits for it to end).
    LibraryCopyController(Library *library, QWidget *dialogParent, std::function<bool()> busy);
    ~LibraryCopyController() override; // waits for a copy still running (after cancelling it)

    void addToFileMenu(QMenu *file);
    bool isRunning() const { return m_watcher.isRunning(); }

    void copyToTeamDatabase();
    void copyToFile();
    // Copies the open library into target (a file path or a postgresql:// location) without
    // asking: what both actions end in, and what tests call.
    void start(const QString &target);
    void cancel();

    // The message shown when the last copy ended (null before, and once closed).
    QMessageBox *resultBox() const;
    // The form asking which team database to copy into, while it is shown, else nullptr.
    ConnectDialog *teamDialog() const;

signals:
    // The user chose to open the copy (a file path or a postgresql:// location).
    void openRequested(const QString &location);
    void finished(const oversight::LibraryCopy::Result &result);

private:
    bool mayStart(const QString &title);
    void showResult(const QString &target, const LibraryCopy::Result &result);

    Library *m_library;
    QPointer<QWidget> m_dialogParent;
    std::function<bool()> m_busy;
    QFutureWatcher<LibraryCopy::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_resultBox;
    QPointer<ConnectDialog> m_teamDialog;
    QString m_target;
};

// A table's name as the user knows what it holds ("Checklist items" for checklist_items).
QString libraryTableLabel(const QString &table);

} // namespace oversight
