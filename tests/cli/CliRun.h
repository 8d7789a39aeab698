#pragma once

// Running oversight-cli from the CLI suites: the program the user runs, as a child process.
// OVERSIGHT_CLI (its path) is defined by tests/CMakeLists.txt for each suite.

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace oversight::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs program with args to its end (3 minutes at most) and keeps what it printed; exitCode
// stays -1, and err says why, when it could not start, crashed or did not finish.
// environment: the child's whole environment when given (PGPASSWORD, HOME...), else this one's.
inline CliRun runProgram(const QString &program, const QStringList &args,
                         const QString &workingDirectory = {},
                         const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, args);
    CliRun run;
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = program + QStringLiteral(" did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#ifdef OVERSIGHT_CLI
inline CliRun runCli(const QStringList &args, const QString &workingDirectory = {},
                     const QProcessEnvironment &environment = {})
{
    return runProgram(QStringLiteral(OVERSIGHT_CLI), args, workingDirectory, environment);
}
#endif

// The command line and what it printed, for a failure message.
inline QString describeRun(const QStringList &args, const CliRun &run)
{
    return QStringLiteral("oversight-cli %1\nexit %2\nstdout: %3\nstderr: %4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(run.exitCode)
        .arg(run.out.left(600), run.err.left(600));
}

// The JSON in text; error says what is wrong with it (and shows its start) when it is not JSON.
inline QJsonDocument parseJson(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString() + QStringLiteral(" in: ") + QString::fromUtf8(text.left(400));
    return json;
}

} // namespace oversight::test
