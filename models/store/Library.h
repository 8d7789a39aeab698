#pragma once

#include "Database.h"
#include "DocumentStore.h"
#include "annotations/AnnotationStore.h"

#include <QObject>

#include <memory>

class QTimer;

namespace oversight {

// The database the user has open, for the GUI thread: its connection, its store, and a signal
// when its contents change so that models can reload. Workers open their own connections to
// path() instead of using this one.
//
// Other processes (oversight-cli, a second window) may write to the same file: the library
// looks at SQLite's PRAGMA data_version every second and emits changed() when another
// connection has committed, so the views follow without a restart; refresh() does it at once.
// On a team database other members' commits arrive through PostgreSQL's LISTEN/NOTIFY
// instead (channel PostgresDialect::kChangeChannel), as soon as they commit.
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // Closes the current database and opens path; on failure keeps the old one open, sets
    // *error to a sentence naming the file, and lastProblem() to why (for a caller offering
    // choices). Creates a missing file unless create is Database::Create::Never (which the
    // GUI passes for recent files, File > Open and --db). A file that cannot be written opens
    // read-only.
    bool open(const QString &path, QString *error = nullptr,
              Database::Create create = Database::Create::IfMissing,
              Database::Access access = Database::Access::Automatic);
    // Closes the database (before a restore replaces its file); isOpen() is then false.
    void close();
    bool isOpen() const { return m_database != nullptr; }
    QString path() const;
    DocumentStore *store() const { return m_store.get(); }
    AnnotationStore *annotations() const { return m_annotations.get(); }
    Database *database() const { return m_database.get(); }
    Database::Problem lastProblem() const { return m_lastProblem; }
    // Whether the open database is read-only, and why (a sentence naming the file).
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }
    QString readOnlyReason() const { return m_database ? m_database->readOnlyReason() : QString(); }

    // Tell the views that the contents changed (after an import, a re-read, a delete).
    void notifyChanged() { emit changed(); }
    // Documents were added by an import that is still running: lists of documents may show
    // them now; everything else waits for changed() at its end.
    void notifyDocumentsAdded() { emit documentsAdded(); }
    // Tell the views that checklists or annotations changed.
    void notifyAnnotationsChanged() { emit annotationsChanged(); }
    // A write failed; the message is for the user. In a read-only database the banner already
    // says why nothing can be changed: readOnlyWriteAttempted() is emitted instead.
    void reportError(const QString &message);

    // View > Refresh: reload every view from the file now.
    void refresh();
    // Looks for commits by other connections and refreshes when there were (the timer calls it).
    void checkForOutsideChanges();

signals:
    void opened(const QString &path);
    void changed();
    void documentsAdded();
    void annotationsChanged();
    void errorOccurred(const QString &message);
    void readOnlyWriteAttempted();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnnotationStore> m_annotations;
    Database::Problem m_lastProblem = Database::Problem::None;
    qint64 m_dataVersion = -1;
    QTimer *m_watch;
};

} // namespace oversight
