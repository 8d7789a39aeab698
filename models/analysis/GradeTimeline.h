#pragma once

#include "AnalysisQueries.h"
#include "DataTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// One graded inspection on a series. An empty grade is a gap: the inspection took place but
// gave no judgement for this series' area, so the line must break there.
struct GradePoint
{
    qint64 documentId = 0;
    QDate date;
    QString kind;
    QString grade;
    QDate listDate; // the date lists show it under (GradedDocument::listDate)
    bool isGap() const { return grade.isEmpty(); }
};

// One line of a timeline: a judgement area of one authority, or one authority on one area.
struct GradeSeries
{
    QString key;  // the Area, or the authority's DfE code
    QString name; // for the legend
    QList<GradePoint> points; // oldest first
};

// A document that gives no grades (monitoring and focused visits): a mark on the time axis.
struct UngradedVisit
{
    qint64 documentId = 0;
    QDate date;
    QString kind;
    QString authorityName;
    QDate listDate; // as GradePoint's
};

// An area SEND inspection: a mark on a row of its own, labelled with its outcome (one of three
// SendOutcome values, not a grade: it has no place on the four-point scale).
struct SendInspection
{
    qint64 documentId = 0;
    QDate date;
    QString outcome; // SendOutcome; empty when the outcome was not read
    QDate listDate;  // as GradePoint's
};

struct GradeTimeline
{
    QString title;
    QList<GradeSeries> series;
    QList<UngradedVisit> visits;
    QList<SendInspection> sendInspections; // oldest first
    bool isEmpty() const
    {
        return series.isEmpty() && visits.isEmpty() && sendInspections.isEmpty();
    }
    QDate firstDate() const;
    QDate lastDate() const;
};

// An authority's history: one series per judgement area it was ever graded on (in
// Area::all() order), with a point for each of its graded inspections, its ungraded
// visits and its area SEND inspections (with their outcomes). documents are one authority's, oldest first (AnalysisQueries::authorityDocuments).
GradeTimeline authorityTimeline(const QString &authorityName,
                                const QList<GradedDocument> &documents);

// One area across several authorities: one series per code, in the order given, each with a
// point for each of that authority's graded inspections. documents may hold any authorities.
GradeTimeline peersTimeline(const QString &area, const QStringList &codes,
                            const QList<GradedDocument> &documents);

// Rows by date (one per inspection or visit), a column per series, grades as labels; when the
// timeline holds area SEND inspections, a last column with their outcomes. The Date column is
// each document's list date (the date the Library shows), and rows are in its order.
DataTable timelineTable(const GradeTimeline &timeline);

} // namespace oversight
