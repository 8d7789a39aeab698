#include "GradeTimeline.h"

#include "domain/DocumentFacts.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace oversight {

namespace {

// The date a table row is listed under: the list date, or the filing date for a mark made
// without one.
QDate listed(const QDate &listDate, const QDate &filingDate)
{
    return listDate.isValid() ? listDate : filingDate;
}

bool isGraded(const GradedDocument &d)
{
    for (const QString &grade : d.grades) {
        if (Grade::rank(grade) > 0)
            return true;
    }
    return false;
}

GradePoint pointFor(const GradedDocument &d, const QString &area)
{
    const QString grade = d.grades.value(area);
    return {d.id, d.date, d.kind, Grade::rank(grade) > 0 ? grade : QString(), d.listDate};
}

// Leading and trailing gaps say nothing (the area was not graded yet, or any more): only the
// gaps between two grades break a line.
void trimGaps(QList<GradePoint> &points)
{
    while (!points.isEmpty() && points.constFirst().isGap())
        points.removeFirst();
    while (!points.isEmpty() && points.constLast().isGap())
        points.removeLast();
}

} // namespace

QDate GradeTimeline::firstDate() const
{
    QDate first;
    auto consider = [&first](const QDate &d) {
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    };
    for (const GradeSeries &s : series) {
        for (const GradePoint &p : s.points)
            consider(p.date);
    }
    for (const UngradedVisit &v : visits)
        consider(v.date);
    for (const SendInspection &i : sendInspections)
        consider(i.date);
    return first;
}

QDate GradeTimeline::lastDate() const
{
    QDate last;
    auto consider = [&last](const QDate &d) {
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    };
    for (const GradeSeries &s : series) {
        for (const GradePoint &p : s.points)
            consider(p.date);
    }
    for (const UngradedVisit &v : visits)
        consider(v.date);
    for (const SendInspection &i : sendInspections)
        consider(i.date);
    return last;
}

GradeTimeline authorityTimeline(const QString &authorityName,
                                const QList<GradedDocument> &documents)
{
    GradeTimeline timeline;
    timeline.title = authorityName;
    QList<GradedDocument> graded;
    for (const GradedDocument &d : documents) {
        if (d.kind == Kind::AreaSend)
            timeline.sendInspections.append({d.id, d.date, d.outcome, d.listDate});
        else if (isGraded(d))
            graded.append(d);
        else
            timeline.visits.append({d.id, d.date, d.kind, d.authorityName, d.listDate});
    }
    for (const QString &area : Area::all()) {
        GradeSeries series{area, Area::label(area), {}};
        for (const GradedDocument &d : graded)
            series.points.append(pointFor(d, area));
        trimGaps(series.points);
        if (!series.points.isEmpty())
            timeline.series.append(series);
    }
    return timeline;
}

GradeTimeline peersTimeline(const QString &area, const QStringList &codes,
                            const QList<GradedDocument> &documents)
{
    GradeTimeline timeline;
    timeline.title = Area::label(area);
    QMap<QString, QList<GradePoint>> byCode;
    for (const GradedDocument &d : documents) {
        if (!d.authorityCode.isEmpty() && isGraded(d))
            byCode[d.authorityCode].append(pointFor(d, area));
    }
    for (const QString &code : codes) {
        QList<GradePoint> points = byCode.value(code);
        trimGaps(points);
        QString name = AuthorityDirectory::instance().canonicalName(code);
        timeline.series.append({code, name.isEmpty() ? code : name, points});
    }
    return timeline;
}

DataTable timelineTable(const GradeTimeline &timeline)
{
    DataTable table;
    table.headers << QCoreApplication::translate("GradeTimeline", "Date")
                  << QCoreApplication::translate("GradeTimeline", "Document");
    for (const GradeSeries &s : timeline.series)
        table.headers << s.name;

    struct Row
    {
        QDate date;
        qint64 id;
        QString kind;
        QString outcome;
    };
    QList<Row> rows;
    QSet<qint64> seen;
    for (const GradeSeries &s : timeline.series) {
        for (const GradePoint &p : s.points) {
            if (!seen.contains(p.documentId)) {
                seen.insert(p.documentId);
                rows.append({listed(p.listDate, p.date), p.documentId, p.kind, {}});
            }
        }
    }
    for (const UngradedVisit &v : timeline.visits)
        rows.append({listed(v.listDate, v.date), v.documentId, v.kind, {}});
    for (const SendInspection &i : timeline.sendInspections)
        rows.append({listed(i.listDate, i.date), i.documentId, Kind::AreaSend,
                     SendOutcome::label(i.outcome)});
    const bool sendColumn = !timeline.sendInspections.isEmpty();
    if (sendColumn)
        table.headers << QCoreApplication::translate("GradeTimeline", "Area SEND outcome");
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.date < b.date; });

    for (const Row &r : rows) {
        QStringList cells{r.date.toString(Qt::ISODate), Kind::label(r.kind)};
        for (const GradeSeries &s : timeline.series) {
            QString grade;
            for (const GradePoint &p : s.points) {
                if (p.documentId == r.id)
                    grade = Grade::label(p.grade);
            }
            cells << grade;
        }
        if (sendColumn)
            cells << r.outcome;
        table.rows.append(cells);
        table.documentIds.append(r.id);
    }
    return table;
}

} // namespace oversight
