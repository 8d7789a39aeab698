#include "Library.h"

namespace oversight {

Library::Library(QObject *parent) : QObject(parent) {}

Library::~Library()
{
    m_annotations.reset();
    m_store.reset();
    m_database.reset();
}

bool Library::open(const QString &path, QString *error)
{
    auto database = std::make_unique<Database>(path);
    if (!database->isOpen()) {
        if (error)
            *error = database->errorString();
        return false;
    }
    m_annotations.reset();
    m_store.reset();
    m_database = std::move(database);
    m_store = std::make_unique<DocumentStore>(*m_database);
    m_annotations = std::make_unique<AnnotationStore>(*m_database);
    emit opened(path);
    emit changed();
    emit annotationsChanged();
    return true;
}

QString Library::path() const
{
    return m_database ? m_database->path() : QString();
}

} // namespace oversight
