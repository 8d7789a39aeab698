// Team database benchmark (issue 15): the same folder imported into an SQLite file and into a
// PostgreSQL database on a server of the benchmark's own (tests/support/PostgresServer: initdb
// and pg_ctl in a temporary folder), same threads, same run; then full-text searches on both.
// Prints seconds and the ratio PostgreSQL/SQLite (target: 1.5 or less) of each round (the two
// imports alternate which goes first) and of all rounds together, and each query's
// median time over several runs with the number of documents searched (target: under 100 ms
// with 800 documents: make such a folder with `bench/import/folders.sh copies DEST 800`).
//
//   oversight-bench-team [FOLDER] [--threads N] [--import-rounds N] [--rounds N]
//                                                   (default ../shared/corpus, 2 import rounds)
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

// ---- Search (the search panel's questions: the first page of results with their snippets,
// and how many pages match)

struct SearchTimes
{
    double resultsMs = 0; // first page of 50 results with snippets
    double countMs = 0;   // the number of matching pages
    double totalMs = 0;   // both, as the panel asks them
    int hits = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Medians over rounds runs of one search, after one run that warms the caches.
SearchTimes searchTimes(DocumentStore &store, const QString &query, int rounds)
{
    QList<double> results, counts, totals;
    SearchTimes times;
    for (int i = 0; i <= rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> found = store.search(query, SearchScope(), 50, 0);
        const qint64 page = timer.nsecsElapsed();
        times.hits = store.searchCount(query, SearchScope());
        const qint64 both = timer.nsecsElapsed();
        if (i > 0) {
            results.append(double(page) / 1e6);
            counts.append(double(both - page) / 1e6);
            totals.append(double(both) / 1e6);
        }
        Q_UNUSED(found);
    }
    times.resultsMs = median(results);
    times.countMs = median(counts);
    times.totalMs = median(totals);
    return times;
}

// Prints each query's median times on the library at location, and the slowest.
void printSearchFigures(QTextStream &out, const QString &location, const QStringList &queries,
                        int rounds)
{
    Database db(location);
    DocumentStore store(db);
    out << (db.isTeamDatabase() ? "search on PostgreSQL" : "search on SQLite") << " ("
        << store.documentCount() << " documents), median of " << rounds
        << " runs (target < 100 ms):\n";
    double slowest = 0;
    for (const QString &q : queries) {
        const SearchTimes t = searchTimes(store, q, rounds);
        slowest = qMax(slowest, t.totalMs);
        out << "  " << q << ": " << qRound(t.totalMs * 10) / 10.0 << " ms (results "
            << qRound(t.resultsMs * 10) / 10.0 << " + count " << qRound(t.countMs * 10) / 10.0
            << "), " << t.hits << " pages\n";
    }
    out << "  slowest: " << qRound(slowest * 10) / 10.0 << " ms\n";
    out.flush();
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
    parser.addOption({QStringLiteral("import-rounds"),
                      QStringLiteral("Imports into each database, alternating which goes first."),
                      QStringLiteral("N"), QStringLiteral("2")});
    parser.addHelpOption();
    parser.process(app);
    const QString folder = parser.positionalArguments().value(
        0, QStringLiteral(OVERSIGHT_SOURCE_DIR "/../shared/corpus"));
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int importRounds = qMax(1, parser.value(QStringLiteral("import-rounds")).toInt());
    QTextStream out(stdout);

    test::PostgresServer &server = test::PostgresServer::instance();
    if (!server.isRunning()) {
        out << "cannot start a PostgreSQL server: " << server.error() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    QString file, team; // the last round's, searched below
    // Each round imports into a new file and a new database; the import going first in one
    // round goes second in the next, so that neither gains by the disk cache or by a quieter
    // moment of a shared machine.
    out << "Folder: " << folder << ", " << threads << " threads\n";
    double onFile = 0, onServer = 0;
    for (int round = 1; round <= importRounds; ++round) {
        file = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(round));
        team = server.newDatabase(QStringLiteral("bench"));
        Imported a, b;
        if (round % 2 == 1) {
            a = import(file, folder, threads);
            b = import(team, folder, threads);
        } else {
            b = import(team, folder, threads);
            a = import(file, folder, threads);
        }
        out << "round " << round << ": SQLite " << a.documents << " documents, " << a.pages
            << " pages, " << a.seconds << " s; PostgreSQL " << b.documents << " documents, "
            << b.pages << " pages, " << b.seconds << " s; ratio " << b.seconds / a.seconds << '\n';
        onFile += a.seconds;
        onServer += b.seconds;
    }
    out << "import into SQLite:      " << onFile << " s in " << importRounds << " rounds\n";
    out << "import into PostgreSQL:  " << onServer << " s in " << importRounds << " rounds\n";
    out << "ratio PostgreSQL/SQLite: " << onServer / onFile << "  (target <= 1.5)\n";

    const QStringList queries{QStringLiteral("children in care"), QStringLiteral("\"care leavers\""),
                              QStringLiteral("supervision"), QStringLiteral("placement*"),
                              QStringLiteral("multi-agency safeguarding hub"),
                              QStringLiteral("private fostering")};
    for (const QString &location : {file, team})
        printSearchFigures(out, location, queries, rounds);
    return 0;
}
