// The desktop application's command line, run as a user runs it: `oversight --help` and
// `oversight --version` print and exit with status 0 on a machine without a display (over ssh,
// in a package build), and a mistyped option says which one, instead of failing to find a
// windowing system first.
#include "CliRun.h"

#include <QProcessEnvironment>
#include <QTest>

using oversight::test::CliRun;

class TestAppCommandLine : public QObject
{
    Q_OBJECT

private:
    // The app with no display at all: no X11 or Wayland socket named, no platform chosen.
    static CliRun runWithoutDisplay(const QStringList &args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        return oversight::test::runProgram(QStringLiteral(OVERSIGHT_APP), args, {}, environment);
    }

private slots:
    void helpNeedsNoDisplay()
    {
        const CliRun run = runWithoutDisplay({QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Usage:")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("--db <DB>")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("PDF files or folders to import")), qPrintable(run.out));
    }

    void versionNeedsNoDisplay()
    {
        const CliRun run = runWithoutDisplay({QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("Oversight " OVERSIGHT_VERSION));
    }

    void mistypedOptionIsNamed()
    {
        const CliRun run = runWithoutDisplay({QStringLiteral("--databse"), QStringLiteral("x.sqlite")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Unknown option 'databse'")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("platform plugin")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
