#include "PostgresServer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oversight::test {

namespace {

constexpr int InitdbTimeoutMs = 180000;
constexpr int StartTimeoutSeconds = 60;
constexpr int StopTimeoutSeconds = 30;
constexpr int StartAttempts = 3;

PostgresServer *g_instance = nullptr;

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A TCP port of 127.0.0.1 that nothing listens on now: the system picks one for port 0.
// Another process may take it before the server binds it; start() then tries again.
int freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// The folder with initdb and pg_ctl: pg_config's, else the newest /usr/lib/postgresql/N/bin
// (Debian keeps each major version there, off PATH), else PATH.
QString findBinDir()
{
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {QStringLiteral("--bindir")});
        if (process.waitForFinished(10000) && process.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
                return dir;
        }
    }
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &name : names) {
        const QString dir = versions.filePath(name + QStringLiteral("/bin"));
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool giveTo(const QString &path, const QString &user, mode_t mode)
{
    const QByteArray name = user.toLocal8Bit();
    const passwd *account = ::getpwnam(name.constData());
    const QByteArray native = QFile::encodeName(path);
    return account && ::chown(native.constData(), account->pw_uid, account->pw_gid) == 0 &&
           ::chmod(native.constData(), mode) == 0;
}

} // namespace

PostgresServer &PostgresServer::instance()
{
    static QMutex creation;
    const QMutexLocker lock(&creation);
    if (!g_instance) {
        g_instance = new PostgresServer;
        // Stopped while the application object still exists (QProcess needs it); the object
        // itself is left for the process's end.
        qAddPostRoutine(&PostgresServer::stopAtExit);
        g_instance->start();
    }
    return *g_instance;
}

PostgresServer::PostgresServer() = default;
PostgresServer::~PostgresServer() = default;

void PostgresServer::stopAtExit()
{
    if (g_instance)
        g_instance->stop();
}

bool PostgresServer::isRunning() const
{
    const QMutexLocker lock(&m_mutex);
    return m_running;
}

QString PostgresServer::error() const
{
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

int PostgresServer::port() const
{
    const QMutexLocker lock(&m_mutex);
    return m_running ? m_port : 0;
}

QString PostgresServer::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresServer::setupLogPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("setup.log")) : QString();
}

QString PostgresServer::serverLogPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("log/postgresql.log")) : QString();
}

QString PostgresServer::location(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host()).arg(port()).arg(database);
}

void PostgresServer::log(const QString &text) const
{
    QFile file(setupLogPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        file.write((QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                    text + QLatin1Char('\n'))
                       .toUtf8());
}

QString PostgresServer::serverLogTail(int lines) const
{
    QFile file(serverLogPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n')).trimmed();
}

bool PostgresServer::findBinaries()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's initdb and pg_ctl were not found (pg_config "
                                 "--bindir, /usr/lib/postgresql/*/bin, PATH): install Debian's "
                                 "postgresql package (packaging/install-build-deps.sh does)");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's PostgreSQL driver QPSQL is not installed (Debian: "
                                 "libqt6sql6-psql); drivers found: ") +
                  QSqlDatabase::drivers().join(QStringLiteral(", "));
        return false;
    }
    return true;
}

bool PostgresServer::prepareFolders()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/oversight-postgresql-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder for the PostgreSQL server: ") +
                  m_dir->errorString();
        return false;
    }
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    m_socketDir = m_dir->filePath(QStringLiteral("socket"));
    const QString logDir = m_dir->filePath(QStringLiteral("log"));
    QDir base(m_dir->path());
    if (!base.mkdir(QStringLiteral("data")) || !base.mkdir(QStringLiteral("socket")) ||
        !base.mkdir(QStringLiteral("log"))) {
        m_error = QStringLiteral("could not make the server's folders in ") + m_dir->path();
        return false;
    }
    log(QStringLiteral("PostgreSQL test server in %1, binaries from %2")
            .arg(m_dir->path(), m_binDir));
    if (::geteuid() != 0)
        return true;

    // initdb and the server refuse to run as root: they run as postgres (Debian's package
    // makes that user), else nobody, in folders that user owns under one it can enter.
    m_runAs = ::getpwnam("postgres") ? QStringLiteral("postgres") : QStringLiteral("nobody");
    if (::chmod(QFile::encodeName(m_dir->path()).constData(), 0711) != 0 ||
        !giveTo(m_dataDir, m_runAs, 0700) || !giveTo(m_socketDir, m_runAs, 0700) ||
        !giveTo(logDir, m_runAs, 0700)) {
        m_error = QStringLiteral("running as root, could not give the server's folders in %1 "
                                 "to the user %2")
                      .arg(m_dir->path(), m_runAs);
        return false;
    }
    QString output;
    if (!run(QStringLiteral("test"), {QStringLiteral("-w"), m_dataDir}, 10000, &output)) {
        m_error = QStringLiteral("running as root, the server runs as the user %1, who cannot "
                                 "reach %2 (a folder on the way is closed to other users?); set "
                                 "TMPDIR to a folder every user can enter, such as /tmp")
                      .arg(m_runAs, m_dataDir);
        return false;
    }
    log(QStringLiteral("running as root: initdb and pg_ctl run as %1 through runuser")
            .arg(m_runAs));
    return true;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, int timeoutMs,
                         QString *output)
{
    const QString path = program.contains(QLatin1Char('/')) || program == QLatin1String("test")
                             ? program
                             : m_binDir + QLatin1Char('/') + program;
    QString command = path;
    QStringList commandArguments = arguments;
    if (!m_runAs.isEmpty()) {
        command = QStringLiteral("runuser");
        commandArguments =
            QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), path} + arguments;
    }
    log(QStringLiteral("$ %1 %2").arg(command, commandArguments.join(QLatin1Char(' '))));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A folder the server's user can enter, whatever the test's own working folder is.
    process.setWorkingDirectory(m_dir->path());
    process.start(command, commandArguments);
    bool finished = process.waitForFinished(timeoutMs);
    if (!finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.error() == QProcess::FailedToStart)
        *output = QStringLiteral("%1 could not be started: %2").arg(command, process.errorString());
    else if (!finished)
        *output +=
            QStringLiteral("\n%1 did not finish within %2 s").arg(path).arg(timeoutMs / 1000);
    log(*output);
    const bool ok =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    log(ok ? QStringLiteral("-> ok")
           : QStringLiteral("-> failed (exit %1)").arg(process.exitCode()));
    return ok;
}

bool PostgresServer::writeHbaConf()
{
    // The superuser needs no password (the tests' own connections); every other role gives
    // its password over TCP, as a team member does.
    QFile file(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_error = QStringLiteral("could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write("# Written by Oversight's tests/support/PostgresServer\n"
               "local all all trust\n"
               "host all oversight 127.0.0.1/32 trust\n"
               "host all all 127.0.0.1/32 scram-sha-256\n");
    return true;
}

bool PostgresServer::start()
{
    const QMutexLocker lock(&m_mutex);
    if (!findBinaries() || !prepareFolders())
        return false;
    QString output;
    const QStringList initdb{QStringLiteral("--pgdata=") + m_dataDir,
                             QStringLiteral("--username=") + superuser(),
                             QStringLiteral("--auth-local=trust"),
                             QStringLiteral("--auth-host=scram-sha-256"),
                             QStringLiteral("--encoding=UTF8"),
                             QStringLiteral("--locale=C.UTF-8"),
                             QStringLiteral("--no-sync")};
    if (!run(QStringLiteral("initdb"), initdb, InitdbTimeoutMs, &output)) {
        m_error = QStringLiteral("initdb failed:\n") + output;
        return false;
    }
    if (!writeHbaConf())
        return false;
    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        if (startOnce(attempt))
            return true;
    }
    return false;
}

bool PostgresServer::startOnce(int attempt)
{
    m_port = freeLocalPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free TCP port on 127.0.0.1 for the PostgreSQL server");
        return false;
    }
    // A test server: durability is not wanted, speed is (fsync and friends off).
    const QString options = QStringLiteral("-p %1 -k '%2' -c listen_addresses=127.0.0.1 "
                                           "-c fsync=off -c synchronous_commit=off "
                                           "-c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_socketDir);
    QString output;
    const bool started =
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--log=") + serverLogPath(),
             QStringLiteral("--wait"), QStringLiteral("--timeout=%1").arg(StartTimeoutSeconds),
             QStringLiteral("-o"), options, QStringLiteral("start")},
            (StartTimeoutSeconds + 30) * 1000, &output);
    const QString serverLog = serverLogTail(30);
    if (!started) {
        m_error = QStringLiteral("pg_ctl could not start the PostgreSQL server on port %1 "
                                 "(attempt %2):\n%3\nserver log %4:\n%5")
                      .arg(m_port)
                      .arg(attempt)
                      .arg(output, serverLogPath(), serverLog);
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--mode=immediate"),
             QStringLiteral("stop")},
            10000, &ignored);
        return false;
    }
    m_running = true;
    QString error;
    if (!execAsSuperuser(QStringLiteral("postgres"), {QStringLiteral("SELECT 1")}, &error)) {
        m_running = false;
        m_error = QStringLiteral("the PostgreSQL server started on port %1 but refuses Qt's "
                                 "QPSQL connection: %2\nserver log %3:\n%4")
                      .arg(m_port)
                      .arg(error, serverLogPath(), serverLogTail(30));
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--mode=immediate"),
             QStringLiteral("stop")},
            10000, &ignored);
        return false;
    }
    m_error.clear();
    log(QStringLiteral("server running on 127.0.0.1:%1").arg(m_port));
    startWatchdog();
    return true;
}

QString PostgresServer::shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void PostgresServer::startWatchdog()
{
    // A test that crashes or is killed (a CTest timeout) never reaches stopAtExit(): a small
    // shell of its own waits for this process to end, then stops the server at once and removes
    // the folder. After a normal end it finds both gone already.
    QString stop = shellQuoted(m_binDir + QStringLiteral("/pg_ctl")) +
                   QStringLiteral(" --pgdata=%1 --mode=immediate stop").arg(shellQuoted(m_dataDir));
    if (!m_runAs.isEmpty())
        stop = QStringLiteral("runuser -u %1 -- %2").arg(shellQuoted(m_runAs), stop);
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "if [ -f %2/postmaster.pid ]; then %3; fi; rm -rf %4")
                               .arg(QString::number(QCoreApplication::applicationPid()),
                                    shellQuoted(m_dataDir), stop, shellQuoted(m_dir->path()));
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script});
    // Not holding the test's output open (CTest would wait for it).
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    const bool started = watchdog.startDetached(&pid);
    log(started ? QStringLiteral("watchdog %1: %2").arg(pid).arg(script)
                : QStringLiteral("no watchdog (/bin/sh could not be started): a crash would "
                                 "leave the server running"));
}

void PostgresServer::stop()
{
    const QMutexLocker lock(&m_mutex);
    stopLocked();
}

void PostgresServer::stopLocked()
{
    if (!m_dir)
        return;
    if (QFileInfo::exists(m_dataDir + QStringLiteral("/postmaster.pid"))) {
        QString output;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--mode=fast"),
             QStringLiteral("--wait"), QStringLiteral("--timeout=%1").arg(StopTimeoutSeconds),
             QStringLiteral("stop")},
            (StopTimeoutSeconds + 10) * 1000, &output);
    }
    m_running = false;
    m_dir.reset();
}

bool PostgresServer::execAsSuperuser(const QString &database, const QStringList &statements,
                                     QString *error)
{
    const QString connection =
        QStringLiteral("oversight-test-postgresql-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(superuser());
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (int i = 0; ok && i < statements.size(); ++i) {
            QSqlQuery query(db);
            if (!query.exec(statements.at(i))) {
                ok = false;
                if (error)
                    *error =
                        QStringLiteral("%1: %2").arg(statements.at(i), query.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    log(QStringLiteral("%1 in %2: %3")
            .arg(statements.join(QStringLiteral("; ")), database,
                 ok ? QStringLiteral("ok") : (error ? *error : QStringLiteral("failed"))));
    return ok;
}

bool PostgresServer::exec(const QString &database, const QString &sql, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_running) {
        if (error)
            *error = m_error;
        return false;
    }
    return execAsSuperuser(database, {sql}, error);
}

QString PostgresServer::newDatabase(const QString &hint)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_running)
        return {};
    QString stem = hint.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    if (stem.isEmpty())
        stem = QStringLiteral("db");
    const QString name = QStringLiteral("%1_%2").arg(stem.left(50)).arg(++m_databases);
    QString error;
    if (!execAsSuperuser(QStringLiteral("postgres"),
                         {QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name)}, &error)) {
        m_error = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, error);
        return {};
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(superuser(), host())
        .arg(m_port)
        .arg(name);
}

bool PostgresServer::createRole(const QString &name, const QString &password, bool readOnly,
                                QString *error)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_running) {
        if (error)
            *error = m_error;
        return false;
    }
    QStringList statements{QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                               .arg(quoteIdentifier(name), quoteLiteral(password))};
    // A team member who writes reads and writes every table (PostgreSQL 14's predefined
    // roles); one who only reads gets CONNECT (every role has it by default) until
    // grantReadOnly() gives SELECT on a database's tables.
    if (!readOnly)
        statements << QStringLiteral("GRANT pg_read_all_data, pg_write_all_data TO %1")
                          .arg(quoteIdentifier(name));
    return execAsSuperuser(QStringLiteral("postgres"), statements, error);
}

bool PostgresServer::grantReadOnly(const QString &database, const QString &role, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_running) {
        if (error)
            *error = m_error;
        return false;
    }
    const QString quotedRole = quoteIdentifier(role);
    return execAsSuperuser(
        database,
        {QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
             .arg(quoteIdentifier(database), quotedRole),
         QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(quotedRole),
         QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(quotedRole)},
        error);
}

} // namespace oversight::test
