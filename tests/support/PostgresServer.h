#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace oversight::test {

// A real PostgreSQL server of the test process's own, for the suites that run on a team
// database: Debian's `initdb` and `pg_ctl` (postgresql package, found with `pg_config --bindir`,
// else under /usr/lib/postgresql/*/bin, else on PATH) make a cluster in a temporary folder and
// start it on a free TCP port of 127.0.0.1. Nothing is mocked and nothing outside the folder is
// touched: the machine's own server, if any, is never used.
//
// One server per process, started by the first instance() call (which needs a QCoreApplication)
// and stopped (`pg_ctl stop -m fast`) and removed when the application object is destroyed; a
// watchdog shell stops and removes it when the process ends any other way (a crash, a kill).
// initdb refuses to run as root, so as root (CI runs the tests as root in a chroot) initdb and
// pg_ctl run as the `postgres` user through `runuser` (as `nobody` when there is none) in
// folders given to that user.
//
// Authentication (pg_hba.conf): the superuser `oversight` connects without a password over TCP
// and the local socket; every other role needs its password over TCP (scram-sha-256), so that
// a test of a password hand-off tests something.
//
// Errors are never thrown, skipped or failed here: isRunning() is false and error() says what
// went wrong, with pg_ctl's or initdb's own output and the server log's last lines; a suite fails
// with that text. Thread-safe; blocking (starting takes a few seconds).
class PostgresServer
{
public:
    static PostgresServer &instance();

    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool isRunning() const;
    QString error() const; // '' while running; what failed otherwise
    int port() const;      // the server's TCP port on 127.0.0.1; 0 when not running
    static QString superuser() { return QStringLiteral("oversight"); }
    static QString host() { return QStringLiteral("127.0.0.1"); }

    // The location of database name on this server as `user` (libpq URI, no password):
    // postgresql://USER@127.0.0.1:PORT/NAME.
    QString location(const QString &database, const QString &user = superuser()) const;

    // Runs CREATE DATABASE with a name made unique in this process from hint (lower-case letters,
    // digits and '_' kept, "db" when empty) and returns its location as the superuser; '' when
    // the server is not running or the statement failed (error() says why).
    QString newDatabase(const QString &hint = {});
    // CREATE ROLE name LOGIN PASSWORD password. A readOnly role gets CONNECT on every database
    // and nothing else yet: once a database's tables exist, grantReadOnly() lets it SELECT them.
    // False with *error set when the statement failed (a role of that name exists, ...).
    bool createRole(const QString &name, const QString &password, bool readOnly,
                    QString *error = nullptr);
    // In database (a name, not a location): USAGE on schema public and SELECT on every table in
    // it, for role; no INSERT, UPDATE or DELETE.
    bool grantReadOnly(const QString &database, const QString &role, QString *error = nullptr);
    // Runs one statement as the superuser in database (a name); for tests that look from outside.
    bool exec(const QString &database, const QString &sql, QString *error = nullptr);

    // The folder everything lives in (data, socket, logs); kept until the process ends.
    QString folder() const;
    // This process's log of the commands run to set up the server, and their output.
    QString setupLogPath() const;
    QString serverLogPath() const;

private:
    PostgresServer();
    ~PostgresServer();
    static void stopAtExit();

    bool start();
    bool startOnce(int attempt);
    void stop();
    void stopLocked(); // m_mutex held
    bool findBinaries();
    bool prepareFolders();
    bool writeHbaConf();
    void startWatchdog();
    static QString shellQuoted(const QString &text);
    // Runs program (initdb, pg_ctl...) as the server's user; output and status logged.
    bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output);
    bool execAsSuperuser(const QString &database, const QStringList &statements, QString *error);
    void log(const QString &text) const;
    QString serverLogTail(int lines) const;

    mutable QMutex m_mutex;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_runAs; // '' : this process's own user; else the user runuser switches to
    QString m_dataDir;
    QString m_socketDir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace oversight::test
