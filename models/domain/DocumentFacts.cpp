#include "DocumentFacts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight {

QStringList Kind::all()
{
    return {PreSif, Sif, SifReinspection, IlacsStandard, IlacsShort,
            LscbReview, MonitoringVisit, FocusedVisit, AreaSend, Other};
}

QString Kind::label(const QString &kind)
{
    static const QMap<QString, const char *> labels = {
        {PreSif, QT_TRANSLATE_NOOP("Kind", "Inspection (pre-SIF)")},
        {Sif, QT_TRANSLATE_NOOP("Kind", "SIF inspection")},
        {SifReinspection, QT_TRANSLATE_NOOP("Kind", "SIF re-inspection")},
        {IlacsStandard, QT_TRANSLATE_NOOP("Kind", "ILACS standard inspection")},
        {IlacsShort, QT_TRANSLATE_NOOP("Kind", "ILACS short inspection")},
        {LscbReview, QT_TRANSLATE_NOOP("Kind", "LSCB review")},
        {MonitoringVisit, QT_TRANSLATE_NOOP("Kind", "Monitoring visit")},
        {FocusedVisit, QT_TRANSLATE_NOOP("Kind", "Focused visit")},
        {AreaSend, QT_TRANSLATE_NOOP("Kind", "Area SEND inspection")},
        {Other, QT_TRANSLATE_NOOP("Kind", "Other document")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : QCoreApplication::translate("Kind", *it);
}

bool Kind::isUngraded(const QString &kind)
{
    return kind == MonitoringVisit || kind == FocusedVisit || kind == AreaSend;
}

QStringList Area::all()
{
    return {Overall, Leaders, HelpProtection, InCare, CareLeavers, Adoption, Lscb};
}

QString Area::label(const QString &area)
{
    static const QMap<QString, const char *> labels = {
        {Overall, QT_TRANSLATE_NOOP("Area", "Overall effectiveness")},
        {Leaders, QT_TRANSLATE_NOOP("Area", "Impact of leaders")},
        {HelpProtection, QT_TRANSLATE_NOOP("Area", "Help and protection")},
        {InCare, QT_TRANSLATE_NOOP("Area", "Children in care")},
        {CareLeavers, QT_TRANSLATE_NOOP("Area", "Care leavers")},
        {Adoption, QT_TRANSLATE_NOOP("Area", "Adoption")},
        {Lscb, QT_TRANSLATE_NOOP("Area", "LSCB")},
    };
    const auto it = labels.constFind(area);
    return it == labels.constEnd() ? area : QCoreApplication::translate("Area", *it);
}

QStringList Grade::all()
{
    return {Outstanding, Good, RequiresImprovement, Inadequate};
}

QString Grade::label(const QString &grade)
{
    static const QMap<QString, const char *> labels = {
        {Outstanding, QT_TRANSLATE_NOOP("Grade", "Outstanding")},
        {Good, QT_TRANSLATE_NOOP("Grade", "Good")},
        {RequiresImprovement, QT_TRANSLATE_NOOP("Grade", "Requires improvement")},
        {Inadequate, QT_TRANSLATE_NOOP("Grade", "Inadequate")},
    };
    const auto it = labels.constFind(grade);
    return it == labels.constEnd() ? grade : QCoreApplication::translate("Grade", *it);
}

int Grade::rank(const QString &grade)
{
    if (grade == Outstanding)
        return 4;
    if (grade == Good)
        return 3;
    if (grade == RequiresImprovement)
        return 2;
    if (grade == Inadequate)
        return 1;
    return 0;
}

QStringList SendOutcome::all()
{
    return {Positive, Inconsistent, SystemicFailings};
}

QString SendOutcome::label(const QString &outcome)
{
    static const QMap<QString, const char *> labels = {
        {Positive, QT_TRANSLATE_NOOP("SendOutcome", "Positive experiences and outcomes")},
        {Inconsistent, QT_TRANSLATE_NOOP("SendOutcome", "Inconsistent experiences and outcomes")},
        {SystemicFailings, QT_TRANSLATE_NOOP("SendOutcome", "Widespread or systemic failings")},
    };
    const auto it = labels.constFind(outcome);
    return it == labels.constEnd() ? outcome : QCoreApplication::translate("SendOutcome", *it);
}

QDate DocumentFacts::sortDate() const
{
    if (published.isValid())
        return published;
    if (inspectionEnd.isValid())
        return inspectionEnd;
    return inspectionStart;
}

namespace {

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QJsonArray recommendationsToJson(const QList<Recommendation> &items)
{
    QJsonArray array;
    for (const Recommendation &r : items) {
        QJsonObject o{{QStringLiteral("number"), r.number},
                      {QStringLiteral("text"), r.text},
                      {QStringLiteral("page"), r.page}};
        if (r.priorityAction)
            o.insert(QStringLiteral("priority_action"), true);
        if (!r.responsibleBody.isEmpty())
            o.insert(QStringLiteral("responsible_body"), r.responsibleBody);
        array.append(o);
    }
    return array;
}

QList<Recommendation> recommendationsFromJson(const QJsonArray &array)
{
    QList<Recommendation> items;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        items.append({o.value(QStringLiteral("number")).toInt(),
                      o.value(QStringLiteral("text")).toString(),
                      o.value(QStringLiteral("page")).toInt(),
                      o.value(QStringLiteral("priority_action")).toBool(),
                      o.value(QStringLiteral("responsible_body")).toString()});
    }
    return items;
}

QJsonObject DocumentFacts::toJson() const
{
    QJsonArray findingsJson;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("section"), f.section},
                      {QStringLiteral("text"), f.text},
                      {QStringLiteral("page"), f.page}};
        if (f.number > 0)
            o.insert(QStringLiteral("number"), f.number);
        findingsJson.append(o);
    }
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("title"), title},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("authority_code"), authorityCode},
        {QStringLiteral("inspection_start"), isoOrEmpty(inspectionStart)},
        {QStringLiteral("inspection_end"), isoOrEmpty(inspectionEnd)},
        {QStringLiteral("published"), isoOrEmpty(published)},
        {QStringLiteral("lead_inspector"), leadInspector},
        {QStringLiteral("inspectors"), QJsonArray::fromStringList(inspectors)},
        {QStringLiteral("judgements"), mapToJson(judgements)},
        {QStringLiteral("other_judgements"), mapToJson(otherJudgements)},
        {QStringLiteral("recommendations"), recommendationsToJson(recommendations)},
        {QStringLiteral("lscb_recommendations"), recommendationsToJson(lscbRecommendations)},
        {QStringLiteral("findings"), findingsJson},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("previous_inspection"), isoOrEmpty(previousInspection)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

DocumentFacts DocumentFacts::fromJson(const QJsonObject &json)
{
    DocumentFacts f;
    f.kind = json.value(QStringLiteral("kind")).toString(Kind::Other);
    f.title = json.value(QStringLiteral("title")).toString();
    f.authority = json.value(QStringLiteral("authority")).toString();
    f.authorityCode = json.value(QStringLiteral("authority_code")).toString();
    f.inspectionStart =
        QDate::fromString(json.value(QStringLiteral("inspection_start")).toString(), Qt::ISODate);
    f.inspectionEnd =
        QDate::fromString(json.value(QStringLiteral("inspection_end")).toString(), Qt::ISODate);
    f.published = QDate::fromString(json.value(QStringLiteral("published")).toString(), Qt::ISODate);
    f.leadInspector = json.value(QStringLiteral("lead_inspector")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("inspectors")).toArray())
        f.inspectors.append(v.toString());
    f.judgements = mapFromJson(json.value(QStringLiteral("judgements")).toObject());
    f.otherJudgements = mapFromJson(json.value(QStringLiteral("other_judgements")).toObject());
    f.recommendations =
        recommendationsFromJson(json.value(QStringLiteral("recommendations")).toArray());
    f.lscbRecommendations =
        recommendationsFromJson(json.value(QStringLiteral("lscb_recommendations")).toArray());
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        f.findings.append({o.value(QStringLiteral("number")).toInt(),
                           o.value(QStringLiteral("section")).toString(),
                           o.value(QStringLiteral("text")).toString(),
                           o.value(QStringLiteral("page")).toInt()});
    }
    f.outcome = json.value(QStringLiteral("outcome")).toString();
    f.previousInspection = QDate::fromString(
        json.value(QStringLiteral("previous_inspection")).toString(), Qt::ISODate);
    for (const QJsonValue &v : json.value(QStringLiteral("warnings")).toArray())
        f.warnings.append(v.toString());
    return f;
}

bool DocumentFacts::operator==(const DocumentFacts &o) const
{
    return kind == o.kind && title == o.title && authority == o.authority
           && authorityCode == o.authorityCode && inspectionStart == o.inspectionStart
           && inspectionEnd == o.inspectionEnd && published == o.published
           && leadInspector == o.leadInspector && inspectors == o.inspectors
           && judgements == o.judgements && otherJudgements == o.otherJudgements
           && recommendations == o.recommendations
           && lscbRecommendations == o.lscbRecommendations && findings == o.findings
           && outcome == o.outcome && previousInspection == o.previousInspection
           && warnings == o.warnings;
}

} // namespace oversight
