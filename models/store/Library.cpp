#include "Library.h"

#include "PostgresDialect.h"

#include <QSqlDriver>
#include <QTimer>

namespace oversight {

Library::Library(QObject *parent) : QObject(parent), m_watch(new QTimer(this))
{
    // data_version is one read of a counter in shared memory: cheap enough every second.
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &Library::checkForOutsideChanges);
}

Library::~Library()
{
    m_annotations.reset();
    m_store.reset();
    m_database.reset();
}

bool Library::open(const QString &path, QString *error, Database::Create create,
                   Database::Access access)
{
    Database::Options options;
    options.create = create;
    options.access = access;
    auto database = std::make_unique<Database>(path, options);
    if (!database->isOpen()) {
        m_lastProblem = database->problem();
        if (error)
            *error = database->errorString();
        return false;
    }
    m_lastProblem = Database::Problem::None;
    m_annotations.reset();
    m_store.reset();
    m_database = std::move(database);
    m_store = std::make_unique<DocumentStore>(*m_database);
    m_annotations = std::make_unique<AnnotationStore>(*m_database);
    m_dataVersion = m_database->dataVersion();
    if (m_database->isTeamDatabase()) {
        // Another member's commit arrives as a notification (schema 7's triggers); the
        // driver tells this connection's own apart (QSqlDriver::SelfSource) by backend pid.
        QSqlDriver *driver = m_database->connection().driver();
        const QString channel = QLatin1String(PostgresDialect::kChangeChannel);
        driver->subscribeToNotification(channel);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::OtherSource)
                        refresh();
                });
    } else {
        m_watch->start();
    }
    emit opened(path);
    emit changed();
    emit annotationsChanged();
    return true;
}

void Library::close()
{
    m_watch->stop();
    m_annotations.reset();
    m_store.reset();
    m_database.reset();
}

QString Library::path() const
{
    return m_database ? m_database->path() : QString();
}

void Library::reportError(const QString &message)
{
    if (isReadOnly())
        emit readOnlyWriteAttempted();
    else
        emit errorOccurred(message);
}

void Library::refresh()
{
    if (!m_database)
        return;
    m_dataVersion = m_database->dataVersion();
    emit changed();
    emit annotationsChanged();
}

void Library::checkForOutsideChanges()
{
    if (!m_database)
        return;
    const qint64 version = m_database->dataVersion();
    if (version >= 0 && version != m_dataVersion)
        refresh();
}

} // namespace oversight
