#include "MapData.h"

#include "domain/DocumentFacts.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::MapData", text);
}

// A GeoJSON ring ([[lon, lat], ...]) as a closed polygon in map coordinates.
QPolygonF ring(const QJsonArray &points)
{
    QPolygonF polygon;
    polygon.reserve(points.size() + 1);
    for (const QJsonValue &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() >= 2)
            polygon.append(MapData::project(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    if (!polygon.isEmpty() && polygon.constFirst() != polygon.constLast())
        polygon.append(polygon.constFirst());
    return polygon;
}

// The rings of a Polygon or MultiPolygon, holes included: an odd-even path makes them holes.
QPainterPath pathOf(const QJsonObject &geometry)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    QJsonArray polygons = geometry.value(QLatin1String("coordinates")).toArray();
    if (type == QLatin1String("Polygon"))
        polygons = QJsonArray{polygons};
    else if (type != QLatin1String("MultiPolygon"))
        return {};
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QJsonValue &polygon : std::as_const(polygons)) {
        for (const QJsonValue &r : polygon.toArray()) {
            const QPolygonF points = ring(r.toArray());
            if (points.size() >= 4)
                path.addPolygon(points);
        }
    }
    return path;
}

} // namespace

QPointF MapData::project(double longitude, double latitude)
{
    static const double kx = std::cos(qDegreesToRadians(52.5));
    return {longitude * kx, -latitude};
}

MapData MapData::fromGeoJson(const QByteArray &json, const AuthorityDirectory &directory,
                             QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray features = document.object().value(QLatin1String("features")).toArray();
    if (document.isNull() || features.isEmpty()) {
        if (error)
            *error =
                document.isNull()
                    ? tr("The map's boundaries cannot be read: %1.").arg(parseError.errorString())
                    : tr("The map's boundaries hold no districts.");
        return {};
    }
    MapData map;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        MapDistrict district;
        district.code = properties.value(QLatin1String("code")).toString();
        district.name = properties.value(QLatin1String("name")).toString();
        district.path = pathOf(feature.value(QLatin1String("geometry")).toObject());
        if (district.path.isEmpty())
            continue;
        // The district's upper-tier authority: by its ONS code, else (codes are reissued when
        // boundaries move, as Barnsley's and Sheffield's were in 2024) by its name.
        const QString utla = properties.value(QLatin1String("utla")).toString();
        for (const AuthorityRecord &record : directory.all()) {
            if (!utla.isEmpty() && record.newCode == utla) {
                district.authorityCode = record.code;
                break;
            }
        }
        if (district.authorityCode.isEmpty() && utla == district.code)
            district.authorityCode = directory.codeFor(district.name);
        map.m_bounds |= district.path.boundingRect();
        map.m_districts.append(district);
    }
    map.finish(directory);
    return map;
}

void MapData::finish(const AuthorityDirectory &directory)
{
    QHash<QString, QPainterPath> outlines;
    for (const MapDistrict &d : std::as_const(m_districts)) {
        if (d.authorityCode.isEmpty())
            continue;
        QPainterPath &outline = outlines[d.authorityCode];
        outline = outline.isEmpty() ? d.path : outline.united(d.path);
    }
    for (auto it = outlines.cbegin(); it != outlines.cend(); ++it) {
        m_outlines.insert(it.key(), it.value());
        m_authorities.append(it.key());
    }
    auto byName = [&directory](const QString &a, const QString &b) {
        return directory.canonicalName(a) < directory.canonicalName(b);
    };
    std::sort(m_authorities.begin(), m_authorities.end(), byName);
    // An authority with no district of its own was reorganised away; its successors are the
    // districts named after it ("North Northamptonshire"; Poole in "Bournemouth, Christchurch
    // and Poole").
    for (const AuthorityRecord &record : directory.all()) {
        if (outlines.contains(record.code) || record.name.isEmpty())
            continue;
        bool successor = false;
        for (MapDistrict &d : m_districts) {
            if (d.name.contains(record.name, Qt::CaseInsensitive)) {
                d.formerCodes.append(record.code);
                successor = true;
            }
        }
        if (successor)
            m_former.append(record.code);
    }
}

const MapData &MapData::england()
{
    static const MapData map = [] {
        QFile file(QStringLiteral(":/oversight/map/england_districts.json"));
        return fromGeoJson(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(),
                           AuthorityDirectory::instance());
    }();
    return map;
}

int MapData::mappedCount() const
{
    return int(std::count_if(m_districts.cbegin(), m_districts.cend(),
                             [](const MapDistrict &d) { return !d.authorityCode.isEmpty(); }));
}

int MapData::districtAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_districts.size(); ++i) {
        const QPainterPath &path = m_districts.at(i).path;
        if (path.controlPointRect().contains(point) && path.contains(point))
            return int(i);
    }
    return -1;
}

QList<MapGrade> mapGrades(const MapData &map, const QList<GradedDocument> &documents,
                          const QString &area, const QDate &date)
{
    const QMap<QString, StandingGrade> standing =
        area == kAreaSendOutcomeChoice ? standingOutcomes(documents, {}, date)
                                       : standingGrades(documents, area, {}, date);
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    QHash<QString, QStringList> formerOf;
    for (const MapDistrict &d : map.districts()) {
        for (const QString &former : d.formerCodes) {
            if (!d.authorityCode.isEmpty() && !formerOf[d.authorityCode].contains(former))
                formerOf[d.authorityCode].append(former);
        }
    }
    QList<MapGrade> grades;
    for (const QString &code : map.authorityCodes()) {
        MapGrade g{code, directory.canonicalName(code), standing.value(code), {}};
        if (g.standing.grade.isEmpty()) {
            for (const QString &former : formerOf.value(code)) {
                if (standing.contains(former)) {
                    g.standing = standing.value(former);
                    g.gradedAs = directory.canonicalName(former);
                    break;
                }
            }
        }
        grades.append(g);
    }
    return grades;
}

DataTable mapTable(const QList<MapGrade> &grades, bool outcomes)
{
    DataTable table;
    // A free function: lupdate files tr() calls here under "oversight", so name the context.
    table.headers = {QCoreApplication::translate("oversight::MapData", "Authority"),
                     QCoreApplication::translate("oversight::MapData", "Region"),
                     outcomes ? QCoreApplication::translate("oversight::MapData",
                                                            "Area SEND outcome")
                              : QCoreApplication::translate("oversight::MapData", "Grade"),
                     QCoreApplication::translate("oversight::MapData", "Inspection date")};
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    for (const MapGrade &g : grades) {
        QString grade;
        if (outcomes)
            grade = g.standing.grade.isEmpty()
                        ? QCoreApplication::translate("oversight::MapData",
                                                      "No area SEND inspection yet")
                        : SendOutcome::label(g.standing.grade);
        else
            grade = g.standing.grade.isEmpty()
                        ? QCoreApplication::translate("oversight::MapData", "No grade yet")
                        : Grade::label(g.standing.grade);
        if (!g.gradedAs.isEmpty())
            grade = QCoreApplication::translate("oversight::MapData", "%1 (as %2)")
                        .arg(grade, g.gradedAs);
        table.rows.append(
            {g.name, directory.region(g.code), grade,
             g.standing.date.isValid() ? g.standing.date.toString(Qt::ISODate) : QString()});
        table.documentIds.append(g.standing.documentId);
    }
    return table;
}

std::pair<QDate, QDate> gradedDateRange(const QList<GradedDocument> &documents)
{
    QDate first;
    QDate last;
    for (const GradedDocument &d : documents) {
        const bool graded =
            SendOutcome::all().contains(d.outcome)
            || std::any_of(d.grades.cbegin(), d.grades.cend(),
                           [](const QString &g) { return Grade::rank(g) > 0; });
        if (!graded || d.authorityCode.isEmpty())
            continue;
        if (!first.isValid() || d.date < first)
            first = d.date;
        if (!last.isValid() || d.date > last)
            last = d.date;
    }
    return {first, last};
}

} // namespace oversight
