// oversight-bench-charts: how long opening an authority's timeline and the national picture
// takes with 5,000 documents in the store. Prints the figures; it is not a test.
//
// Usage: oversight-bench-charts [DOCUMENTS]   (default 5000)
#include "analysis/AnalysisQueries.h"
#include "analysis/GradeTimeline.h"
#include "analysis/NationalPicture.h"
#include "charts/GradeDistributionChart.h"
#include "charts/GradeTimelineChart.h"
#include "domain/DocumentFacts.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/AuthorityDirectory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace oversight;

namespace {

// Documents spread over every authority of the reference list and 2009-2026, in the mix the
// real corpus has: most graded inspections, some ungraded visits.
bool fill(Database &database, int count)
{
    const QList<AuthorityRecord> &authorities = AuthorityDirectory::instance().all();
    QRandomGenerator random(20240601); // fixed seed: the same store every run
    const QStringList kinds{Kind::Sif, Kind::IlacsStandard, Kind::IlacsShort,
                            Kind::MonitoringVisit, Kind::FocusedVisit};
    const QStringList grades = Grade::all();
    DocumentStore store(database);
    // Through DocumentStore::add, one transaction per document, as import writes them.
    for (int i = 0; i < count; ++i) {
            NewDocument doc;
            doc.fileName = QStringLiteral("bench-%1.pdf").arg(i);
            doc.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            doc.pdf = QByteArrayLiteral("%PDF-1.4 %%EOF");
            doc.pageTexts = {QStringLiteral("page")};
            const AuthorityRecord &a = authorities.at(random.bounded(int(authorities.size())));
            doc.facts.authorityCode = a.code;
            doc.facts.authority = a.name;
            doc.facts.kind = kinds.at(random.bounded(int(kinds.size())));
            doc.facts.published = QDate(2009, 1, 1).addDays(random.bounded(18 * 365));
            if (doc.facts.kind != Kind::MonitoringVisit && doc.facts.kind != Kind::FocusedVisit) {
                for (const QString &area : Area::all()) {
                    if (area == Area::Overall || random.bounded(3) > 0)
                        doc.facts.judgements.insert(area, grades.at(random.bounded(4)));
                }
            }
            if (store.add(doc) == DocumentStore::AddResult::Failed)
                return false;
    }
    return true;
}

// Median of runs of fn, in milliseconds.
double medianMs(int runs, const std::function<void()> &fn)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;

    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database.isOpen()) {
        out << "cannot open the database: " << database.errorString() << '\n';
        return 1;
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(database, count)) {
        out << "cannot fill the store\n";
        return 1;
    }
    out << count << " documents stored in " << fillTimer.elapsed() << " ms\n\n";

    AnalysisQueries queries(database);
    const qint64 authority = queries.authorityIdFor(QStringLiteral("212"));
    const int runs = 15;

    GradeTimeline timeline;
    const double timelineData = medianMs(runs, [&] {
        timeline = authorityTimeline(QStringLiteral("Wandsworth"),
                                     queries.authorityDocuments(authority));
    });
    GradeTimelineChart timelineChart;
    timelineChart.resize(1000, 600);
    const double timelineChartMs = medianMs(runs, [&] { timelineChart.setTimeline(timeline); });

    QList<GradedDocument> all;
    const double allDocuments = medianMs(runs, [&] { all = queries.allDocuments(); });
    QList<GradeDistribution> byArea, byYear;
    const double distributions = medianMs(runs, [&] {
        byArea = distributionByArea(all, 2009, 2026);
        byYear = distributionByYear(all, Area::Overall, 2009, 2026);
    });
    GradeDistributionChart areaChart, yearChart;
    const double nationalCharts = medianMs(runs, [&] {
        areaChart.setDistribution(QStringLiteral("By area"), byArea);
        yearChart.setDistribution(QStringLiteral("By year"), byYear);
    });

    int points = 0;
    for (const GradeSeries &s : timeline.series)
        points += int(s.points.size());
    out << "Median of " << runs << " runs, milliseconds:\n";
    out << "Authority timeline (Wandsworth, " << points << " points, " << timeline.visits.size()
        << " visits)\n";
    out << "  data (query + series)   " << QString::number(timelineData, 'f', 2) << '\n';
    out << "  chart construction      " << QString::number(timelineChartMs, 'f', 2) << '\n';
    out << "  total                   " << QString::number(timelineData + timelineChartMs, 'f', 2)
        << '\n';
    out << "National picture (" << all.size() << " dated documents, 2009-2026)\n";
    out << "  data: query             " << QString::number(allDocuments, 'f', 2) << '\n';
    out << "  data: distributions     " << QString::number(distributions, 'f', 2) << '\n';
    out << "  chart construction      " << QString::number(nationalCharts, 'f', 2) << '\n';
    out << "  total                   "
        << QString::number(allDocuments + distributions + nationalCharts, 'f', 2) << '\n';
    return 0;
}
