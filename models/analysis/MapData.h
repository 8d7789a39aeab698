#pragma once

#include "DataTable.h"
#include "NationalPicture.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace oversight {

class AuthorityDirectory;

// One district (lower-tier local authority) of the map: the unit its boundaries come in. An
// upper-tier authority (a county, a unitary, a London borough) covers one or more districts.
struct MapDistrict
{
    QString code;          // ONS district code, e.g. "E07000008"
    QString name;          // e.g. "Cambridge"
    QString authorityCode; // DfE code of the authority over it; empty when none matched
    // DfE codes of authorities it belonged to before a reorganisation (Northamptonshire for
    // North Northamptonshire): their grades stand until the new authority is inspected.
    QStringList formerCodes;
    QPainterPath path; // in map coordinates (see MapData::project), odd-even fill
};

// England's districts as the map draws them, each matched to the authority over it, from the
// boundaries compiled in as :/oversight/map/england_districts.json and the DfE reference list.
// A plain value once built; england() builds the shared one on first use (thread-safe).
class MapData
{
public:
    // Parses a FeatureCollection of (Multi)Polygons with properties code, name and utla (the
    // ONS code of the upper-tier authority) and matches each district to directory: by the
    // authority's ONS code, else by name. On error, returns an empty map and sets *error.
    static MapData fromGeoJson(const QByteArray &json, const AuthorityDirectory &directory,
                               QString *error = nullptr);
    static const MapData &england();

    // Map coordinates: longitude scaled by cos(52.5 deg) so that England keeps its shape,
    // latitude downwards so that north is up on a screen.
    static QPointF project(double longitude, double latitude);

    const QList<MapDistrict> &districts() const { return m_districts; }
    bool isEmpty() const { return m_districts.isEmpty(); }
    QRectF bounds() const { return m_bounds; }
    int mappedCount() const;
    // DfE codes of the authorities on the map, by name; former ones (see MapDistrict) after.
    QStringList authorityCodes() const { return m_authorities; }
    QStringList formerAuthorityCodes() const { return m_former; }
    // The outline of all the districts of an authority (empty for an unknown code).
    QPainterPath authorityPath(const QString &code) const { return m_outlines.value(code); }
    // Index of the district at a point in map coordinates, or -1.
    int districtAt(const QPointF &point) const;

private:
    void finish(const AuthorityDirectory &directory);

    QList<MapDistrict> m_districts;
    QRectF m_bounds;
    QStringList m_authorities;
    QStringList m_former;
    QMap<QString, QPainterPath> m_outlines;
};

// What the map shows for one authority on a date.
struct MapGrade
{
    QString code; // DfE code of the authority on the map
    QString name;
    StandingGrade standing; // empty grade: no grade yet
    QString gradedAs;       // name of the former authority whose grade stands, else empty
};

// What the map can show besides a judgement area (Area): each authority's latest area SEND
// outcome. Not an area of the four-point scale.
inline const QString kAreaSendOutcomeChoice = QStringLiteral("area_send_outcome");

// For each authority on the map (authorityCodes() order): its latest grade on area from an
// inspection dated on or before date, else that of a former authority of its districts. With
// area kAreaSendOutcomeChoice, its latest area SEND outcome instead (in standing.grade, a
// SendOutcome value). documents: AnalysisQueries::allDocuments.
QList<MapGrade> mapGrades(const MapData &map, const QList<GradedDocument> &documents,
                          const QString &area, const QDate &date);

// The table beside the map: authority, region, grade (or outcome), date; a row per authority.
DataTable mapTable(const QList<MapGrade> &grades, bool outcomes = false);

// The first and last dates of the documents that give any grade or area SEND outcome (invalid
// when none do).
std::pair<QDate, QDate> gradedDateRange(const QList<GradedDocument> &documents);

} // namespace oversight
