#include "ChartRendering.h"

#include "ChartExport.h"
#include "GradeTimelineChart.h"

#include "analysis/AnalysisQueries.h"
#include "analysis/GradeTimeline.h"
#include "analysis/PeerSelection.h"
#include "domain/DocumentFacts.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>

namespace oversight::ChartRendering {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls in this file.
    return QCoreApplication::translate("oversight::ChartRendering", text);
}

} // namespace

bool renderAuthorityChart(Database &database, const QString &authority, const QString &area,
                          const QString &path, QString *error, QSize size)
{
    AnalysisQueries queries(database);
    const qint64 id = queries.authorityIdFor(authority);
    if (id <= 0) {
        if (error)
            *error = tr("No authority called %1 in this database.").arg(authority);
        return false;
    }
    if (!area.isEmpty() && !Area::all().contains(area)) {
        if (error)
            *error = tr("Unknown area %1; one of: %2.").arg(area, Area::all().join(QLatin1String(", ")));
        return false;
    }
    const QList<GradedDocument> own = queries.authorityDocuments(id);
    const QString name = own.isEmpty() ? authority : own.first().authorityName;
    GradeTimeline timeline;
    if (area.isEmpty()) {
        timeline = authorityTimeline(name, own);
    } else {
        const QString code = own.isEmpty() ? QString() : own.first().authorityCode;
        const QStringList codes =
            PeerSelection::statisticalNeighbours(AuthorityDirectory::instance(), code);
        timeline = peersTimeline(area, codes, queries.allDocuments());
        timeline.series.removeIf([](const GradeSeries &s) { return s.points.isEmpty(); });
        timeline.title = tr("%1: %2 and its statistical neighbours").arg(Area::label(area), name);
    }
    GradeTimelineChart chart;
    chart.resize(size);
    chart.setTimeline(timeline);
    // Lay the scene out at the final size before drawing it (no event loop runs in the CLI).
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    return ChartExport::exportWidget(&chart, path, error);
}

} // namespace oversight::ChartRendering
