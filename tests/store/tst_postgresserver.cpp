// The tests' own PostgreSQL server (tests/support/PostgresServer): it starts (as root too, as CI
// runs it), makes separate databases, gives roles with and without write rights, and is gone
// when the process ends.
#include "PostgresServer.h"
#include "TestBackend.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace oversight;
using namespace oversight::test;

namespace {

// One QPSQL connection to a location of the test server, closed and removed at scope exit.
class Connection
{
public:
    Connection(const QString &location, const QString &password = {})
        : m_name(QUuid::createUuid().toString(QUuid::Id128))
    {
        const DatabaseLocation parsed = DatabaseLocation::parse(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(parsed.host);
        db.setPort(parsed.port);
        db.setDatabaseName(parsed.database);
        db.setUserName(parsed.user);
        db.setPassword(password);
        m_open = db.open();
        m_error = db.lastError();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

QString databaseName(const QString &location)
{
    return DatabaseLocation::parse(location).database;
}

} // namespace

class tst_PostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void serverRunsOnItsOwnPortAsAnUnprivilegedUser();
    void newDatabasesAreSeparate();
    void readOnlyRoleCanSelectButNotInsert();
    void writerRoleCanInsert();
    void roleWithWrongPasswordIsRefused();
    void testBackendFollowsTheEnvironment();
    void serverIsStoppedAndRemovedWhenTheProcessEnds_data();
    void serverIsStoppedAndRemovedWhenTheProcessEnds();
};

void tst_PostgresServer::initTestCase()
{
    PostgresServer &server = PostgresServer::instance();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
}

void tst_PostgresServer::serverRunsOnItsOwnPortAsAnUnprivilegedUser()
{
    PostgresServer &server = PostgresServer::instance();
    QVERIFY(server.port() > 0);
    QVERIFY(server.error().isEmpty());
    QVERIFY(QFileInfo::exists(server.serverLogPath()));

    // initdb and the server refuse root: as root they run as another user, who owns the data.
    struct stat info = {};
    const QByteArray pidFile =
        QFile::encodeName(server.folder() + QStringLiteral("/data/postmaster.pid"));
    QCOMPARE(::stat(pidFile.constData(), &info), 0);
    if (::geteuid() == 0)
        QVERIFY(info.st_uid != 0);
    else
        QCOMPARE(info.st_uid, ::geteuid());

    Connection admin(server.location(QStringLiteral("postgres")));
    QVERIFY2(admin.isOpen(), qPrintable(admin.openError().text()));
    QSqlQuery query(admin.db());
    QVERIFY(
        query.exec(QStringLiteral("SELECT current_setting('port'), "
                                  "current_setting('server_version_num')::int, current_user")) &&
        query.next());
    QCOMPARE(query.value(0).toInt(), server.port());
    QVERIFY2(query.value(1).toInt() >= 150000, qPrintable(query.value(1).toString()));
    QCOMPARE(query.value(2).toString(), PostgresServer::superuser());
}

void tst_PostgresServer::newDatabasesAreSeparate()
{
    PostgresServer &server = PostgresServer::instance();
    const QString first = server.newDatabase(QStringLiteral("Separate One!"));
    const QString second = server.newDatabase(QStringLiteral("Separate One!"));
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(server.error()));
    QVERIFY(first != second);

    const DatabaseLocation parsed = DatabaseLocation::parse(first);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
    QCOMPARE(parsed.kind, DatabaseLocation::Kind::PostgreSql);
    QCOMPARE(parsed.host, PostgresServer::host());
    QCOMPARE(parsed.port, server.port());
    QCOMPARE(parsed.user, PostgresServer::superuser());
    QVERIFY2(parsed.database.startsWith(QLatin1String("separate_one_")), qPrintable(first));

    {
        Connection one(first);
        QVERIFY2(one.isOpen(), qPrintable(one.openError().text()));
        QSqlQuery query(one.db());
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TABLE notes (id serial PRIMARY KEY, body text)")),
            qPrintable(query.lastError().text()));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('only in the first')")));
        QVERIFY(query.exec(QStringLiteral("SELECT current_database(), count(*) FROM notes")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), parsed.database);
        QCOMPARE(query.value(1).toInt(), 1);
    }
    Connection two(second);
    QVERIFY2(two.isOpen(), qPrintable(two.openError().text()));
    QSqlQuery query(two.db());
    QVERIFY(query.exec(QStringLiteral("SELECT to_regclass('public.notes') IS NULL")) &&
            query.next());
    QVERIFY2(query.value(0).toBool(), "a table made in one database shows in the other");
}

void tst_PostgresServer::readOnlyRoleCanSelectButNotInsert()
{
    PostgresServer &server = PostgresServer::instance();
    const QString location = server.newDatabase(QStringLiteral("readonly"));
    QVERIFY2(!location.isEmpty(), qPrintable(server.error()));
    const QString name = databaseName(location);
    QString error;
    QVERIFY2(server.exec(name,
                         QStringLiteral("CREATE TABLE documents (id serial PRIMARY KEY, "
                                        "title text NOT NULL)"),
                         &error),
             qPrintable(error));
    QVERIFY2(server.exec(name,
                         QStringLiteral("INSERT INTO documents (title) VALUES ('Wandsworth')"),
                         &error),
             qPrintable(error));
    QVERIFY2(
        server.createRole(QStringLiteral("reader"), QStringLiteral("it's a secret"), true, &error),
        qPrintable(error));
    QVERIFY2(server.grantReadOnly(name, QStringLiteral("reader"), &error), qPrintable(error));

    Connection reader(server.location(name, QStringLiteral("reader")),
                      QStringLiteral("it's a secret"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.openError().text()));
    QSqlQuery query(reader.db());
    QVERIFY2(query.exec(QStringLiteral("SELECT title FROM documents")) && query.next(),
             qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), QStringLiteral("Wandsworth"));

    // The id given, so that it is the table that refuses, not its sequence.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO documents (id, title) VALUES (2, 'Bromley')")));
    // SQLSTATE 42501 insufficient_privilege
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY2(
        query.lastError().text().contains(QLatin1String("permission denied for table documents")),
        qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("UPDATE documents SET title = 'Bromley'")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE mine (id int)")));
    QVERIFY(server.exec(name, QStringLiteral("SELECT 1 FROM documents HAVING count(*) = 1")));

    QVERIFY(!server.createRole(QStringLiteral("reader"), QStringLiteral("again"), true, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
}

void tst_PostgresServer::writerRoleCanInsert()
{
    PostgresServer &server = PostgresServer::instance();
    const QString location = server.newDatabase(QStringLiteral("writer"));
    QVERIFY2(!location.isEmpty(), qPrintable(server.error()));
    const QString name = databaseName(location);
    QString error;
    QVERIFY2(server.exec(name,
                         QStringLiteral("CREATE TABLE notes (id serial PRIMARY KEY, "
                                        "body text)"),
                         &error),
             qPrintable(error));
    QVERIFY2(server.createRole(QStringLiteral("writer"), QStringLiteral("pen"), false, &error),
             qPrintable(error));
    Connection writer(server.location(name, QStringLiteral("writer")), QStringLiteral("pen"));
    QVERIFY2(writer.isOpen(), qPrintable(writer.openError().text()));
    QSqlQuery query(writer.db());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('written')")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM notes")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_PostgresServer::roleWithWrongPasswordIsRefused()
{
    PostgresServer &server = PostgresServer::instance();
    QString error;
    QVERIFY2(server.createRole(QStringLiteral("guarded"), QStringLiteral("right"), false, &error),
             qPrintable(error));
    const QString location = server.location(QStringLiteral("postgres"), QStringLiteral("guarded"));
    {
        Connection wrong(location, QStringLiteral("wrong"));
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.openError().text().contains(QLatin1String("password authentication failed")),
                 qPrintable(wrong.openError().text()));
    }
    Connection right(location, QStringLiteral("right"));
    QVERIFY2(right.isOpen(), qPrintable(right.openError().text()));
}

void tst_PostgresServer::testBackendFollowsTheEnvironment()
{
    const QByteArray saved = qgetenv("OVERSIGHT_TEST_BACKEND");
    QTemporaryDir dir;
    qunsetenv("OVERSIGHT_TEST_BACKEND");
    QVERIFY(!onPostgres());
    QCOMPARE(newDatabaseLocation(dir, QStringLiteral("library")),
             dir.filePath(QStringLiteral("library.sqlite")));

    qputenv("OVERSIGHT_TEST_BACKEND", "postgresql");
    QVERIFY(onPostgres());
    const QString location = newDatabaseLocation(dir, QStringLiteral("library"));
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    QCOMPARE(parsed.kind, DatabaseLocation::Kind::PostgreSql);
    QCOMPARE(parsed.port, PostgresServer::instance().port());
    QVERIFY2(parsed.database.startsWith(QLatin1String("library_")), qPrintable(location));
    Connection connection(location);
    QVERIFY2(connection.isOpen(), qPrintable(connection.openError().text()));

    if (saved.isNull())
        qunsetenv("OVERSIGHT_TEST_BACKEND");
    else
        qputenv("OVERSIGHT_TEST_BACKEND", saved);
}

void tst_PostgresServer::serverIsStoppedAndRemovedWhenTheProcessEnds_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("normal end") << QStringLiteral("exit");
    QTest::newRow("crash, no clean-up in the process") << QStringLiteral("crash");
}

void tst_PostgresServer::serverIsStoppedAndRemovedWhenTheProcessEnds()
{
    QFETCH(QString, ending);
    // This program again, asked only to start a server and say where it is, then end.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OVERSIGHT_PGSERVER_CHILD"), ending);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(180000), "the child process did not end");
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(child.exitCode() == (ending == QLatin1String("crash") ? 3 : 0) && lines.size() == 2,
             qPrintable(QString::fromUtf8(child.readAllStandardError()) +
                        lines.join(QLatin1Char('\n'))));
    const QString folder = lines.at(0);
    const int port = lines.at(1).toInt();
    QVERIFY(port > 0);
    QVERIFY(port != PostgresServer::instance().port());

    // At once after a normal end; within a few seconds of a crash (the watchdog polls).
    QTRY_VERIFY2_WITH_TIMEOUT(!QFileInfo::exists(folder),
                              qPrintable(folder + QStringLiteral(" is still there")), 20000);
    QTcpSocket socket;
    socket.connectToHost(PostgresServer::host(), static_cast<quint16>(port));
    QVERIFY2(!socket.waitForConnected(3000), "the child's server still accepts connections");
}

// With OVERSIGHT_PGSERVER_CHILD set ("exit" or "crash"), the program starts a server, prints its
// folder and port and ends so (for serverIsStoppedAndRemovedWhenTheProcessEnds); otherwise it
// runs the tests.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OVERSIGHT_PGSERVER_CHILD")) {
        PostgresServer &server = PostgresServer::instance();
        if (!server.isRunning()) {
            std::fprintf(stderr, "%s\n", qPrintable(server.error()));
            return 1;
        }
        std::printf("%s\n%d\n", qPrintable(server.folder()), server.port());
        std::fflush(stdout);
        if (qEnvironmentVariable("OVERSIGHT_PGSERVER_CHILD") == QLatin1String("crash"))
            ::_exit(3); // as a crash or a kill ends it: no destructors, no post routines
        return 0;
    }
    tst_PostgresServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postgresserver.moc"
