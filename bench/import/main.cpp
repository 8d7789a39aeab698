// oversight-bench-import: how much storing, indexing and understanding add to reading.
//
// Imports every PDF under a folder into a fresh database and, in the same run, extracts the
// raw page text of the same files with Poppler alone at the same thread count. Each phase runs
// in a child process of its own so that its peak memory (VmHWM) is its own; phases alternate
// for several rounds and the best time of each counts, so a warm or cold disk cache favours
// neither. Prints pages, seconds, pages per second, the ratio import/raw and peak memory, then
// the CPU time of each stage of import measured on its own, and of re-reading every document.
//
// "Raw" is Poppler-Qt6 extracting each page's text from the original bytes, as a program that
// knows nothing of Oversight would; import reads text from a copy without the output intent
// (pdf/OutputIntents.h), which is where most of its lead comes from.
#include "import/ImportJob.h"
#include "import/RereadJob.h"
#include "import/Sha256.h"
#include "pdf/OutputIntents.h"
#include "pdf/PdfDocument.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <optional>

#include <time.h>

#include <sys/resource.h>

using namespace oversight;

namespace {

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// CPU seconds (user + system, every thread) this process has used: unlike wall time, it does not
// grow when other programs share the cores, so the ratio stays honest on a busy machine.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Child: every stage of import on one thread, one file at a time, each stage timed on its own,
// to show where import's time goes beyond Poppler's (CPU time of the thread, so waiting for the
// disk does not count: import's workers do not wait for the writer).
int runStages(const QString &folder, int rounds, double rawCpu)
{
    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("stages.sqlite"));
    std::optional<Database> database(std::in_place, databasePath);
    std::optional<DocumentStore> store(std::in_place, *database);
    const DocumentReader &reader = defaultDocumentReader();
    // CPU time of this thread, in seconds.
    const auto threadCpu = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    double lapStart = 0;
    double readSeconds = 0, hashSeconds = 0, intentSeconds = 0, popplerSeconds = 0,
           layoutSeconds = 0, understandSeconds = 0, storeSeconds = 0;
    int documents = 0;
    int withIntent = 0; // files whose output intent import removes
    const auto lap = [&](double &total) {
        const double now = threadCpu();
        total += now - lapStart;
        lapStart = now;
    };
    for (const QString &path : ImportJob::expandPaths({folder})) {
        lapStart = threadCpu();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        lap(readSeconds);
        const QString sha = sha256Hex(bytes);
        lap(hashSeconds);
        // What PdfDocument::forText() does, in two laps.
        QByteArray forText = bytes;
        if (PdfDocument::sniff(bytes) == PdfProblem::None) {
            PdfForText copy = withoutOutputIntents(bytes);
            withIntent += copy.removal == OutputIntentRemoval::Removed ? 1 : 0;
            forText = std::move(copy.bytes);
        }
        lap(intentSeconds);
        const PdfDocument pdf = PdfDocument::fromData(forText);
        if (!pdf.isOpen())
            continue;
        QStringList texts = pdf.pageTexts();
        lap(popplerSeconds);
        // As import does (PdfFileReader.cpp): the gaps of the pages whose layout the reader
        // needs, from their word boxes (an area SEND report's tables; no page of most files).
        LayoutGaps::addTo(texts, reader, [&pdf](int page) { return pdf.words(page); });
        lap(layoutSeconds);
        const DocumentFacts facts = reader.read(texts);
        lap(understandSeconds);
        store->add({QFileInfo(path).fileName(), sha, bytes, texts, facts, kReaderVersion});
        lap(storeSeconds);
        ++documents;
    }
    // Re-read every stored document, as Tools > Re-read does (page text and facts from the
    // store and the reader on every core, the facts written back), three ways: as they are,
    // where the reader finds what is stored and writes nothing; as after a reader upgrade that
    // reads the same facts (only the reader version is written); and as after an upgrade that
    // reads every document differently, where every judgement, recommendation and finding is
    // rewritten (and the findings' full-text index with them). Each way is run `rounds` times
    // from the same state and the best wall time counts (with its CPU time), as for import:
    // other programs on the machine lengthen wall times, never shorten them.
    struct Reread
    {
        double cpu = 0;
        double writerCpu = 0; // of the calling thread, which opens, lists and writes
        double wall = 0;
        RereadJob::Result result;
        // The wall time on free cores: the CPU time shared by every core, or the writer's own
        // if longer (other threads cannot do its part). An estimate, for a busy machine.
        double freeWall(int cores) const { return qMax(cpu / cores, writerCpu); }
    };
    const auto reread = [&](const std::function<void()> &prepare) {
        Reread best;
        best.wall = 1e300;
        for (int round = 0; round < rounds; ++round) {
            prepare();
            Reread r;
            const double cpuStart = cpuSeconds();
            const double writerStart = threadCpu();
            QElapsedTimer timer;
            timer.start();
            r.result = RereadJob(databasePath).run();
            r.wall = double(timer.nsecsElapsed()) / 1e9;
            r.cpu = cpuSeconds() - cpuStart;
            r.writerCpu = threadCpu() - writerStart;
            if (r.wall < best.wall)
                best = r;
        }
        return best;
    };
    // The day's backup is made at the first write of the day, whatever it is: made here, so
    // that the first re-read is not charged for copying the database.
    Backups(databasePath).makeDailyIfDue(database->connection());
    const Reread asStored = reread([] {});
    const Reread sameFacts = reread([&] {
        QSqlQuery(database->connection()).exec(QStringLiteral("UPDATE documents SET reader_version = 0"));
    });
    // An older reader's reading of every document: each fact row differs from today's.
    const auto storeOlderReadings = [&] {
        for (const StoredDocument &summary : store->documents()) {
            const std::optional<StoredDocument> stored = store->document(summary.id);
            if (!stored)
                continue;
            DocumentFacts older = stored->facts;
            for (auto it = older.judgements.begin(); it != older.judgements.end(); ++it)
                it.value() += QStringLiteral(" (earlier reading)");
            older.judgements.insert(QStringLiteral("earlier reading"), QStringLiteral("good"));
            for (QList<Recommendation> *list : {&older.recommendations, &older.lscbRecommendations})
                for (Recommendation &r : *list)
                    r.text.prepend(QStringLiteral("Earlier reading: "));
            older.recommendations.append({99, QStringLiteral("Earlier reading only."), 1});
            for (Finding &f : older.findings)
                f.text.prepend(QStringLiteral("Earlier reading: "));
            older.findings.append({99, QStringLiteral("Earlier"), QStringLiteral("Earlier reading only."), 1});
            store->updateFacts(summary.id, older, 0);
        }
    };
    const Reread upgraded = reread(storeOlderReadings);
    store.reset();
    database.reset();
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(3);
    const auto line = [&](const char *name, double seconds) {
        out << "  " << name << seconds << " s  (" << 100.0 * seconds / popplerSeconds
            << "% of Poppler)\n";
    };
    out << "CPU time of each stage of import, on one thread:\n";
    line("read file      ", readSeconds);
    line("SHA-256        ", hashSeconds);
    line("output intent  ", intentSeconds);
    out << "    (removed from " << withIntent << " of " << documents
        << " files: only those cost raw Poppler more than import's Poppler step)\n";
    line("Poppler text   ", popplerSeconds);
    line("layout gaps    ", layoutSeconds);
    line("understanding  ", understandSeconds);
    line("store, index   ", storeSeconds);
    // Import reads the same text with the same Poppler: on a file without an output intent its
    // Poppler step costs what raw Poppler costs, so the step bounds the ratio whatever the rest
    // costs (raw CPU of all threads against this thread's: the same work, on the same files).
    if (rawCpu > 0)
        out << "  ratio import/raw (CPU) if nothing but the output intent and Poppler text steps "
               "cost anything: "
            << rawCpu / qMax(1e-9, intentSeconds + popplerSeconds)
            << "  (the most any import could reach on these files)\n";
    const int cores = QThread::idealThreadCount();
    out << "re-read runs on every core (" << cores << "); its wall time is set against the "
           "understanding step's CPU time on one thread, as is its CPU time shared by the cores "
           "(the wall time if no other program took them; estimated, so for a busy machine)\n";
    const auto rereadLine = [&](const char *name, const Reread &r) {
        out << "re-read " << name << r.result.documents << " of " << documents
            << " documents, " << r.result.changed << " changed: " << r.wall << " s wall, "
            << r.cpu << " s CPU on all threads (" << r.cpu / r.wall << " cores busy); "
            << "speed against import's understanding step (target >= 1.0): "
            << (r.wall > 0 ? understandSeconds / r.wall : 0.0) << " by wall clock, "
            << understandSeconds / r.freeWall(cores) << " by CPU on " << cores
            << " free cores (" << r.freeWall(cores) << " s), "
            << (r.cpu > 0 ? understandSeconds / r.cpu : 0.0) << " by CPU on one\n";
    };
    rereadLine("as stored (nothing to write): ", asStored);
    rereadLine("by a new reader reading the same facts (version written): ", sameFacts);
    rereadLine("by a new reader reading every fact anew (every fact row rewritten): ", upgraded);
    bool ok = true;
    for (const Reread *r : {&asStored, &sameFacts, &upgraded})
        ok = ok && r->result.failed == 0 && r->result.error.isEmpty();
    return ok ? 0 : 1;
}

// --per-file: for each file, on one thread (CPU time of the thread, best of `rounds`), what raw
// Poppler spends on its text and what import's Poppler step spends (output intent removal,
// opening the copy, its text and the word boxes of any page that needs layout), then both
// summed over the files with an output intent removed and over the others: where the ratio
// import/raw comes from, file by file.
int runPerFile(const QString &folder, int rounds)
{
    const auto threadCpu = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const DocumentReader &reader = defaultDocumentReader();
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(4);
    out << "pages  intent  raw s  import s  raw/import  file\n";
    double raw[2] = {0, 0}, imported[2] = {0, 0}; // [0]: no output intent removed, [1]: removed
    int files[2] = {0, 0};
    for (const QString &path : ImportJob::expandPaths({folder})) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (PdfDocument::sniff(bytes) != PdfProblem::None)
            continue;
        double rawBest = 1e300, importBest = 1e300;
        int pages = 0;
        bool removed = false;
        for (int round = 0; round < rounds; ++round) {
            double start = threadCpu();
            pages = int(PdfDocument::fromData(bytes).pageTexts().size());
            rawBest = qMin(rawBest, threadCpu() - start);
            start = threadCpu();
            const PdfForText copy = withoutOutputIntents(bytes);
            removed = copy.removal == OutputIntentRemoval::Removed;
            const PdfDocument pdf = PdfDocument::fromData(copy.bytes);
            QStringList texts = pdf.pageTexts();
            LayoutGaps::addTo(texts, reader, [&pdf](int page) { return pdf.words(page); });
            importBest = qMin(importBest, threadCpu() - start);
        }
        if (pages == 0)
            continue;
        raw[removed] += rawBest;
        imported[removed] += importBest;
        ++files[removed];
        out << qSetFieldWidth(5) << pages << qSetFieldWidth(0) << "  " << (removed ? "yes" : "no ")
            << "     " << rawBest << "  " << importBest << "    " << rawBest / importBest << "  "
            << QFileInfo(path).fileName() << '\n';
    }
    out.setRealNumberPrecision(3);
    for (const int removed : {1, 0})
        out << files[removed] << " files " << (removed ? "with" : "without")
            << " an output intent removed: raw " << raw[removed] << " s, import's Poppler step "
            << imported[removed] << " s, raw/import "
            << (imported[removed] > 0 ? raw[removed] / imported[removed] : 0.0) << '\n';
    out << "all: raw " << raw[0] + raw[1] << " s, import's Poppler step "
        << imported[0] + imported[1] << " s, raw/import "
        << (raw[0] + raw[1]) / qMax(1e-9, imported[0] + imported[1])
        << "; files with an output intent take " << 100 * raw[1] / qMax(1e-9, raw[0] + raw[1])
        << "% of raw Poppler's time\n";
    return 0;
}

// Child: run one phase, print "pages seconds peakKiB cpuSeconds".
int runPhase(const QString &phase, const QString &folder, int threads)
{
    const QStringList files = ImportJob::expandPaths({folder});
    QElapsedTimer timer;
    int pages = 0;
    const double cpuAtStart = cpuSeconds();
    if (phase == QLatin1String("raw")) {
        // The same order as import (largest first), so neither phase gains by its scheduling.
        QStringList ordered;
        for (const int index : ImportJob::largestFirst(files))
            ordered.append(files.at(index));
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        std::atomic_int count{0};
        timer.start();
        QtConcurrent::blockingMap(&pool, ordered, [&count](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return;
            const PdfDocument pdf = PdfDocument::fromData(file.readAll());
            if (pdf.isOpen()) {
                const QStringList texts = pdf.pageTexts();
                count += int(texts.size());
            }
        });
        pages = count;
    } else {
        QTemporaryDir dir;
        ImportJob job(dir.filePath(QStringLiteral("bench.sqlite")), {folder});
        job.setThreadCount(threads);
        timer.start();
        for (const ImportOutcome &o : job.run())
            pages += o.pages;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << pages << ' ' << seconds << ' ' << peakRssKiB() << ' '
                        << cpuSeconds() - cpuAtStart << '\n';
    return 0;
}

struct Figures
{
    int pages = 0;
    double seconds = 1e300;
    long peakKiB = 0;
    double cpu = 1e300;
};

bool runChild(const QString &phase, const QString &folder, int threads, Figures &best)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--phase"), phase, QStringLiteral("--threads"),
                 QString::number(threads), folder});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return false;
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 4)
        return false;
    best.pages = parts.at(0).toInt();
    best.seconds = qMin(best.seconds, parts.at(1).toDouble());
    best.peakKiB = qMax(best.peakKiB, parts.at(2).toLong());
    best.cpu = qMin(best.cpu, parts.at(3).toDouble());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString phase;
    int threads = QThread::idealThreadCount();
    int rounds = 3;
    double rawCpu = 0; // for the stages child: raw Poppler's CPU seconds, measured by the parent
    bool perFile = false;
    QString folder;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--phase") && !args.isEmpty())
            phase = args.takeFirst();
        else if (a == QLatin1String("--threads") && !args.isEmpty())
            threads = args.takeFirst().toInt();
        else if (a == QLatin1String("--per-file"))
            perFile = true;
        else if (a == QLatin1String("--rounds") && !args.isEmpty())
            rounds = qMax(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--raw-cpu") && !args.isEmpty())
            rawCpu = args.takeFirst().toDouble();
        else
            folder = a;
    }
    QTextStream out(stdout);
    if (folder.isEmpty()) {
        for (const QString &candidate :
             {QStringLiteral(OVERSIGHT_SOURCE_DIR "/../shared/corpus"),
              QStringLiteral("../shared/corpus"), QStringLiteral("shared/corpus")})
            if (QFileInfo(candidate).isDir()) {
                folder = QFileInfo(candidate).canonicalFilePath();
                break;
            }
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        out << "No corpus folder: pass one, or put the shared corpus at ../shared/corpus. "
               "Nothing measured.\n";
        return 0;
    }
    if (perFile)
        return runPerFile(folder, rounds);
    if (phase == QLatin1String("stages"))
        return runStages(folder, rounds, rawCpu);
    if (!phase.isEmpty())
        return runPhase(phase, folder, threads);

    out << "Corpus: " << folder << " (" << ImportJob::expandPaths({folder}).size()
        << " files), " << threads << " threads, best of " << rounds << " rounds\n";
    // How busy the machine was already: wall times are only as good as this.
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        out << "load average at the start (1, 5, 15 minutes): "
            << load.readAll().split(' ').mid(0, 3).join(", ") << " (" << QThread::idealThreadCount()
            << " cores)\n";
    Figures raw, imported;
    for (int round = 0; round < rounds; ++round) {
        if (!runChild(QStringLiteral("raw"), folder, threads, raw)
            || !runChild(QStringLiteral("import"), folder, threads, imported)) {
            out << "A phase failed.\n";
            return 1;
        }
    }
    const double rawRate = raw.pages / raw.seconds;
    const double importRate = imported.pages / imported.seconds;
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(3);
    out << "raw Poppler text:  " << raw.pages << " pages, " << raw.seconds << " s, " << rawRate
        << " pages/s, peak " << raw.peakKiB / 1024 << " MiB\n";
    out << "Oversight import:  " << imported.pages << " pages, " << imported.seconds << " s, "
        << importRate << " pages/s, peak " << imported.peakKiB / 1024 << " MiB\n";
    out << "ratio import/raw (pages per second): " << importRate / rawRate
        << "  (target >= 3.0)\n";
    out << "CPU: raw " << raw.cpu << " s, import " << imported.cpu
        << " s; ratio import/raw (pages per CPU second): " << raw.cpu / imported.cpu
        << "  (the same ratio, unaffected by other work on the machine)\n";
    // CPU seconds per second of wall clock: how many cores each phase kept busy on average
    // (from the best round of each; other programs on the machine lower both).
    out << "cores busy on average: raw " << raw.cpu / raw.seconds << ", import "
        << imported.cpu / imported.seconds << " (of " << threads << " threads)\n";
    out << "import peak memory: " << imported.peakKiB / 1024 << " MiB  (target <= 400 MiB)\n";
    out.flush();
    QProcess stages;
    stages.setProcessChannelMode(QProcess::ForwardedChannels);
    stages.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--phase"), QStringLiteral("stages"), QStringLiteral("--rounds"),
                  QString::number(rounds), QStringLiteral("--raw-cpu"),
                  QString::number(raw.cpu, 'f', 6), folder});
    stages.waitForFinished(-1);
    return 0;
}
