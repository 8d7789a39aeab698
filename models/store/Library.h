#pragma once

#include "Database.h"
#include "DocumentStore.h"
#include "annotations/AnnotationStore.h"

#include <QObject>

#include <memory>

namespace oversight {

// The database the user has open, for the GUI thread: its connection, its store, and a signal
// when its contents change so that models can reload. Workers open their own connections to
// path() instead of using this one.
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // Closes the current database and opens path; on failure keeps the old one open.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_database != nullptr; }
    QString path() const;
    DocumentStore *store() const { return m_store.get(); }
    AnnotationStore *annotations() const { return m_annotations.get(); }
    Database *database() const { return m_database.get(); }

    // Tell the views that the contents changed (after an import, a re-read, a delete).
    void notifyChanged() { emit changed(); }
    // Documents were added by an import that is still running: lists of documents may show
    // them now; everything else waits for changed() at its end.
    void notifyDocumentsAdded() { emit documentsAdded(); }
    // Tell the views that checklists or annotations changed.
    void notifyAnnotationsChanged() { emit annotationsChanged(); }
    // A write failed; the message is for the user.
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void opened(const QString &path);
    void changed();
    void documentsAdded();
    void annotationsChanged();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnnotationStore> m_annotations;
};

} // namespace oversight
