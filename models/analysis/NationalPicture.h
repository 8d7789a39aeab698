#pragma once

#include "AnalysisQueries.h"
#include "DataTable.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace oversight {

// An authority's standing grade on one area at some date: the grade of its latest inspection
// that judged the area.
struct StandingGrade
{
    QString grade;
    QDate date;
    qint64 documentId = 0;
};

// How many authorities stand at each grade: one bar of a stacked bar chart.
struct GradeDistribution
{
    QString key;   // the Area, or the year as text
    QString label; // for the axis
    QMap<QString, int> counts; // Grade -> number of authorities
    int total() const;
};

// DfE code -> standing grade on area, counting only inspections dated from..to (both
// inclusive; an invalid from means since the beginning). documents: AnalysisQueries::allDocuments.
QMap<QString, StandingGrade> standingGrades(const QList<GradedDocument> &documents,
                                            const QString &area, const QDate &from,
                                            const QDate &to);

// DfE code -> latest area SEND outcome, counting only inspections dated from..to (both
// inclusive; invalid means open): StandingGrade::grade holds the outcome (a SendOutcome value).
// Inspections whose outcome was not read are left out. documents: AnalysisQueries::allDocuments.
QMap<QString, StandingGrade> standingOutcomes(const QList<GradedDocument> &documents,
                                              const QDate &from, const QDate &to);

// How many authorities had each outcome at their latest area SEND inspection in the years
// fromYear..toYear: one bar, key Kind::AreaSend, counts by SendOutcome value.
GradeDistribution outcomeDistribution(const QList<GradedDocument> &documents, int fromYear,
                                      int toYear);

// A row per outcome (best first) with its number of authorities, then the total.
DataTable outcomeTable(const GradeDistribution &outcomes);

// For each judgement area (Area::all() order, areas nobody was graded on left out): the
// authorities' latest grade among inspections in the years fromYear..toYear.
QList<GradeDistribution> distributionByArea(const QList<GradedDocument> &documents,
                                            int fromYear, int toYear);

// For one area, each year fromYear..toYear: the grade every authority stood at on 31 December
// of that year (its latest grade from any earlier inspection), to show how the picture moved.
QList<GradeDistribution> distributionByYear(const QList<GradedDocument> &documents,
                                            const QString &area, int fromYear, int toYear);

// A row per bar, a column per grade (best first), then the total.
DataTable distributionTable(const QString &firstHeader, const QList<GradeDistribution> &bars);

} // namespace oversight
