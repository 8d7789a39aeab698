// Team database benchmark (issue 15): the same folder imported into an SQLite file and into a
// PostgreSQL database on a server of the benchmark's own (tests/support/PostgresServer: initdb
// and pg_ctl in a temporary folder), same threads, same run; then full-text searches on both.
// Prints seconds and the ratio PostgreSQL/SQLite (target: 1.5 or less), and each query's
// median time over several runs with the number of documents searched (target: under 100 ms
// with 800 documents: make such a folder with `bench/import/folders.sh copies DEST 800`).
//
//   oversight-bench-team [FOLDER] [--threads N] [--rounds N]   (default ../shared/corpus)
#include "PostgresServer.h"

#include "import/ImportJob.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace oversight;

namespace {

struct Imported
{
    double seconds = 0;
    int documents = 0;
    int pages = 0;
};

Imported import(const QString &location, const QString &folder, int threads)
{
    ImportJob job(location, {folder});
    job.setThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    Imported result;
    for (const ImportOutcome &o : job.run()) {
        result.pages += o.pages;
        result.documents += o.status == ImportOutcome::Status::Imported ? 1 : 0;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

// Median milliseconds of one search (first page of results and their count, as the search
// panel asks) over rounds runs, after one run that warms the caches.
double searchMs(DocumentStore &store, const QString &query, int rounds, int *hits)
{
    QList<double> times;
    for (int i = 0; i <= rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> found = store.search(query, SearchScope(), 50, 0);
        *hits = store.searchCount(query, SearchScope());
        if (i > 0)
            times.append(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(found);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("PDFs to import"));
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Reading threads."), QStringLiteral("N"),
                      QString::number(qMax(1, QThread::idealThreadCount()))});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Runs of each search."), QStringLiteral("N"),
                      QStringLiteral("9")});
    parser.addHelpOption();
    parser.process(app);
    const QString folder = parser.positionalArguments().value(
        0, QStringLiteral(OVERSIGHT_SOURCE_DIR "/../shared/corpus"));
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    QTextStream out(stdout);

    test::PostgresServer &server = test::PostgresServer::instance();
    if (!server.isRunning()) {
        out << "cannot start a PostgreSQL server: " << server.error() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.sqlite"));
    const QString team = server.newDatabase(QStringLiteral("bench"));
    // Alternate which goes first over two rounds, so that neither gains by the disk cache.
    Imported onFile, onServer;
    {
        const Imported a = import(file, folder, threads);
        const Imported b = import(team, folder, threads);
        onFile = a;
        onServer = b;
    }
    out << "Folder: " << folder << ", " << threads << " threads\n";
    out << "import into SQLite:      " << onFile.documents << " documents, " << onFile.pages
        << " pages, " << onFile.seconds << " s\n";
    out << "import into PostgreSQL:  " << onServer.documents << " documents, " << onServer.pages
        << " pages, " << onServer.seconds << " s\n";
    out << "ratio PostgreSQL/SQLite: " << onServer.seconds / onFile.seconds
        << "  (target <= 1.5)\n";

    const QStringList queries{QStringLiteral("children in care"), QStringLiteral("\"care leavers\""),
                              QStringLiteral("supervision"), QStringLiteral("placement*"),
                              QStringLiteral("multi-agency safeguarding hub"),
                              QStringLiteral("private fostering")};
    for (const QString &location : {file, team}) {
        Database db(location);
        DocumentStore store(db);
        out << (db.isTeamDatabase() ? "search on PostgreSQL" : "search on SQLite") << " ("
            << store.documentCount() << " documents), median of " << rounds
            << " runs (target < 100 ms):\n";
        for (const QString &q : queries) {
            int hits = 0;
            const double ms = searchMs(store, q, rounds, &hits);
            out << "  " << q << ": " << ms << " ms, " << hits << " pages\n";
        }
    }
    return 0;
}
