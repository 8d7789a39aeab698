#include "TestBackend.h"

#include "PostgresServer.h"

#include <QTemporaryDir>
#include <QTest>

namespace oversight::test {

bool onPostgres()
{
    return qEnvironmentVariable("OVERSIGHT_TEST_BACKEND")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

QString newDatabaseLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    PostgresServer &server = PostgresServer::instance();
    const QString location = server.isRunning() ? server.newDatabase(name) : QString();
    if (location.isEmpty()) {
        const QByteArray message =
            QStringLiteral("no PostgreSQL database for this test: %1").arg(server.error()).toUtf8();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    }
    return location;
}

} // namespace oversight::test
