// ImportTask: an ImportJob on its own thread, reporting through signals to the thread that
// made it. Waits are QSignalSpy::wait, never sleeps.
#include "Fixtures.h"
#include "StoreSnapshot.h"

#include "import/ImportTask.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

using Status = ImportOutcome::Status;

namespace {
constexpr int kTimeoutMs = 60000;
}

class tst_ImportTask : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signalsReportEveryFileAndFinish();
    void cancelLeavesOnlyWholeDocuments();
    void destroyingARunningTaskWaitsForIt();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("oversight.db")); }
    QStringList copiesOfReports(int count) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ImportTask::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ImportTask::cleanup()
{
    m_dir.reset();
}

// count files with distinct bytes: real reports, then generated ones.
QStringList tst_ImportTask::copiesOfReports(int count) const
{
    const QStringList real{Data::Wandsworth2016, Data::Wandsworth2018, Data::Wandsworth2023,
                           Data::MonitoringLetter, Data::FocusedLetter};
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("in/%1.pdf").arg(i, 2, 10, QLatin1Char('0')));
        const bool ok = i < real.size()
                            ? !copyData(real.at(i), path).isEmpty()
                            : writeBytes(path, makeTextPdf({{QStringLiteral("Generated %1").arg(i)}}));
        if (!ok)
            return {};
        paths.append(path);
    }
    return paths;
}

void tst_ImportTask::signalsReportEveryFileAndFinish()
{
    const QString bad = m_dir->filePath(QStringLiteral("page.pdf"));
    QVERIFY(writeBadInput(BadInput::HtmlPage, bad));
    const QStringList files{dataPath(Data::MonitoringLetter), bad, dataPath(Data::FocusedLetter)};
    int goodPages = 0;
    for (const QString &good : {files.at(0), files.at(2)})
        goodPages += PdfDocument::fromData(readBytes(good)).pageCount();

    ImportTask task(dbPath(), files);
    QSignalSpy progressed(&task, &ImportTask::progressed);
    QSignalSpy fileFinished(&task, &ImportTask::fileFinished);
    QSignalSpy finished(&task, &ImportTask::finished);
    QVERIFY(progressed.isValid() && fileFinished.isValid() && finished.isValid());
    int filesReportedBeforeFinish = -1;
    connect(&task, &ImportTask::finished, this,
            [&] { filesReportedBeforeFinish = int(fileFinished.count()); });

    task.start();
    QVERIFY(task.isRunning());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!task.isRunning());

    // One fileFinished per file, in order, all delivered before finished.
    QCOMPARE(filesReportedBeforeFinish, 3);
    QCOMPARE(fileFinished.count(), 3);
    QList<ImportOutcome> reported;
    for (const QList<QVariant> &args : std::as_const(fileFinished))
        reported.append(args.at(0).value<ImportOutcome>());
    for (int i = 0; i < files.size(); ++i)
        QCOMPARE(reported.at(i).path, files.at(i));
    QCOMPARE(reported.at(0).status, Status::Imported);
    QCOMPARE(reported.at(1).status, Status::Rejected);
    QCOMPARE(reported.at(1).reason, describe(PdfProblem::HtmlPage));
    QCOMPARE(reported.at(2).status, Status::Imported);

    const auto outcomes = finished.first().at(0).value<QList<ImportOutcome>>();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(task.outcomes().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(outcomes.at(i).status, reported.at(i).status);
        QCOMPARE(outcomes.at(i).documentId, reported.at(i).documentId);
        QCOMPARE(task.outcomes().at(i).path, files.at(i));
    }

    // Progress only grows and ends with every file and every good page counted.
    QVERIFY(progressed.count() >= 2);
    int lastDone = -1;
    for (const QList<QVariant> &args : std::as_const(progressed)) {
        const auto p = args.at(0).value<ImportProgress>();
        QCOMPARE(p.filesTotal, 3);
        QVERIFY(p.filesDone >= lastDone);
        lastDone = p.filesDone;
    }
    const auto last = progressed.last().at(0).value<ImportProgress>();
    QCOMPARE(last.filesDone, last.filesTotal);
    QCOMPARE(last.pagesDone, goodPages);
    QVERIFY(last.currentFile.isEmpty());

    Database db(dbPath());
    QCOMPARE(DocumentStore(db).documentCount(), 2);
}

void tst_ImportTask::cancelLeavesOnlyWholeDocuments()
{
    const QStringList files = copiesOfReports(8);
    QCOMPARE(files.size(), 8);
    ImportTask task(dbPath(), {m_dir->filePath(QStringLiteral("in"))});
    QSignalSpy finished(&task, &ImportTask::finished);
    // Cancel as soon as the first file is reported; the worker may have gone on meanwhile,
    // so the test asserts what must hold whatever the timing.
    connect(&task, &ImportTask::fileFinished, &task, &ImportTask::cancel);
    task.start();
    QVERIFY(finished.wait(kTimeoutMs));

    const QList<ImportOutcome> outcomes = task.outcomes();
    QCOMPARE(outcomes.size(), 8);
    int imported = 0;
    for (const ImportOutcome &o : outcomes) {
        QVERIFY2(o.status == Status::Imported || o.status == Status::Cancelled,
                 qPrintable(o.path + QLatin1String(": ") + o.statusText()));
        imported += o.status == Status::Imported;
    }
    // Which files got in depends on timing: files start largest first and are stored as they
    // finish, so a small file later in the list may be stored before a large one earlier in it
    // is cancelled. What must hold whatever the timing: whole documents only, as counted.

    Database db(dbPath());
    QCOMPARE(DocumentStore(db).documentCount(), imported);
    const QStringList incomplete = incompleteDocuments(dbPath());
    QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QLatin1Char('\n'))));
}

void tst_ImportTask::destroyingARunningTaskWaitsForIt()
{
    const QStringList files = copiesOfReports(5);
    QCOMPARE(files.size(), 5);
    {
        ImportTask task(dbPath(), files);
        task.start();
        QVERIFY(task.isRunning());
    } // the destructor cancels and joins the worker: no crash, no thread left writing
    const QStringList incomplete = incompleteDocuments(dbPath());
    QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QLatin1Char('\n'))));
    Database db(dbPath());
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
}

QTEST_MAIN(tst_ImportTask)
#include "tst_importtask.moc"
