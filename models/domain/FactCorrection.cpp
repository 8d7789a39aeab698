#include "FactCorrection.h"

#include "RecommendationCorrection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace oversight {

namespace {

const QString kJudgementPrefix = QStringLiteral("judgements.");

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

bool toDate(const QJsonValue &value, QDate *date, QString *error)
{
    if (value.isNull()) {
        *date = QDate();
        return true;
    }
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    // Written right but not in the calendar (2015-02-30): say so, not how to write a date.
    static const QRegularExpression written(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (value.isString() && !parsed.isValid() && written.match(value.toString()).hasMatch()) {
        *error = QCoreApplication::translate("FactField", "%1 is not a day of the calendar")
                     .arg(value.toString());
        return false;
    }
    if (!value.isString() || !parsed.isValid()) {
        *error = QCoreApplication::translate("FactField", "a date is written as yyyy-mm-dd, for example 2016-02-16");
        return false;
    }
    *date = parsed;
    return true;
}

bool toRecommendations(const QJsonValue &value, QList<Recommendation> *items, QString *error)
{
    if (!value.isArray()) {
        *error = QCoreApplication::translate("FactField", "recommendations are a list");
        return false;
    }
    QList<Recommendation> parsed = recommendationsFromJson(value.toArray());
    for (Recommendation &r : parsed) {
        r.text = r.text.trimmed();
        if (r.text.isEmpty()) {
            *error = QCoreApplication::translate("FactField", "every recommendation needs a text");
            return false;
        }
    }
    *items = parsed;
    return true;
}

} // namespace

QString FactField::judgement(const QString &area)
{
    return kJudgementPrefix + area;
}

QString FactField::judgementArea(const QString &field)
{
    return field.startsWith(kJudgementPrefix) ? field.mid(kJudgementPrefix.size()) : QString();
}

QStringList FactField::all()
{
    QStringList fields{Kind,          Authority,     InspectionStart, InspectionEnd,
                       Published,     LeadInspector, Inspectors};
    for (const QString &area : Area::all())
        fields.append(judgement(area));
    fields << Outcome << PreviousInspection << Recommendations << LscbRecommendations;
    return fields;
}

bool FactField::isCorrectable(const QString &field)
{
    return all().contains(field);
}

QJsonValue FactField::value(const DocumentFacts &facts, const QString &field)
{
    if (field == Kind)
        return facts.kind;
    if (field == Authority)
        return facts.authorityCode;
    if (field == InspectionStart)
        return dateValue(facts.inspectionStart);
    if (field == InspectionEnd)
        return dateValue(facts.inspectionEnd);
    if (field == Published)
        return dateValue(facts.published);
    if (field == LeadInspector)
        return facts.leadInspector;
    if (field == Inspectors)
        return QJsonArray::fromStringList(facts.inspectors);
    if (field == Outcome)
        return facts.outcome.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(facts.outcome);
    if (field == PreviousInspection)
        return dateValue(facts.previousInspection);
    if (field == Recommendations)
        return recommendationsToJson(facts.recommendations);
    if (field == LscbRecommendations)
        return recommendationsToJson(facts.lscbRecommendations);
    const QString area = judgementArea(field);
    if (!area.isEmpty() && facts.judgements.contains(area))
        return facts.judgements.value(area);
    return QJsonValue::Null;
}

namespace {

// A fact the document's kind cannot have, set rather than cleared: an outcome or a previous
// inspection on anything but an area SEND report, a grade on a document Ofsted does not grade
// (Kind::isUngraded). Set, it would stand in exports and summaries as a fact the document
// cannot have: the kind is corrected first. Empty when the fact belongs to the kind.
QString notOfKind(const DocumentFacts &facts, const QString &field)
{
    if ((field == FactField::Outcome || field == FactField::PreviousInspection)
        && facts.kind != Kind::AreaSend)
        return (field == FactField::Outcome
                    ? QCoreApplication::translate("FactField", "only an area SEND report has an "
                                                               "outcome; this document is a %1 "
                                                               "(correct its kind first)")
                    : QCoreApplication::translate("FactField", "only an area SEND report has a "
                                                               "previous inspection; this document "
                                                               "is a %1 (correct its kind first)"))
            .arg(Kind::label(facts.kind));
    if (!FactField::judgementArea(field).isEmpty() && Kind::isUngraded(facts.kind))
        return QCoreApplication::translate("FactField", "a %1 gives no graded judgements "
                                                        "(correct its kind first)")
            .arg(Kind::label(facts.kind));
    return {};
}

} // namespace

bool FactField::setValue(DocumentFacts &facts, const QString &field, const QJsonValue &value,
                         QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!isCorrectable(field)) {
        *error = QCoreApplication::translate("FactField", "%1 is not a fact that can be corrected").arg(field);
        return false;
    }
    if (field == Kind) {
        if (!Kind::all().contains(value.toString())) {
            *error = QCoreApplication::translate("FactField", "the kind is one of: %1").arg(Kind::all().join(QStringLiteral(", ")));
            return false;
        }
        facts.kind = value.toString();
        return true;
    }
    if (field == Authority) {
        if (!value.isString()) {
            *error = QCoreApplication::translate("FactField", "the authority is given by its DfE LA code, for example 212");
            return false;
        }
        facts.authorityCode = value.toString().trimmed();
        return true;
    }
    if (field == InspectionStart || field == InspectionEnd || field == Published
        || field == PreviousInspection) {
        QDate date;
        if (!toDate(value, &date, error))
            return false;
        if (field == PreviousInspection && date.isValid()
            && !(*error = notOfKind(facts, field)).isEmpty())
            return false;
        (field == InspectionStart   ? facts.inspectionStart
         : field == InspectionEnd   ? facts.inspectionEnd
         : field == Published       ? facts.published
                                    : facts.previousInspection) = date;
        return true;
    }
    if (field == Outcome) {
        if (!value.isNull() && !SendOutcome::all().contains(value.toString())) {
            *error = QCoreApplication::translate("FactField", "an area SEND outcome is one of: %1, or none")
                         .arg(SendOutcome::all().join(QStringLiteral(", ")));
            return false;
        }
        if (!value.isNull() && !value.toString().isEmpty()
            && !(*error = notOfKind(facts, field)).isEmpty())
            return false;
        facts.outcome = value.toString();
        return true;
    }
    if (field == LeadInspector) {
        if (!value.isString()) {
            *error = QCoreApplication::translate("FactField", "the lead inspector is a name");
            return false;
        }
        facts.leadInspector = value.toString().simplified();
        return true;
    }
    if (field == Inspectors) {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            if (!v.toString().simplified().isEmpty())
                names.append(v.toString().simplified());
        if (!value.isArray()) {
            *error = QCoreApplication::translate("FactField", "the inspectors are a list of names");
            return false;
        }
        facts.inspectors = names;
        return true;
    }
    if (field == Recommendations || field == LscbRecommendations) {
        QList<Recommendation> items;
        if (!toRecommendations(value, &items, error))
            return false;
        (field == Recommendations ? facts.recommendations : facts.lscbRecommendations) = items;
        return true;
    }
    const QString area = judgementArea(field);
    if (value.isNull()) {
        facts.judgements.remove(area);
        return true;
    }
    if (!Grade::all().contains(value.toString())) {
        *error = QCoreApplication::translate("FactField", "a grade is one of: %1, or none").arg(Grade::all().join(QStringLiteral(", ")));
        return false;
    }
    if (!(*error = notOfKind(facts, field)).isEmpty())
        return false;
    facts.judgements.insert(area, value.toString());
    return true;
}

QString FactField::inconsistency(const DocumentFacts &facts)
{
    if (facts.inspectionStart.isValid() && facts.inspectionEnd.isValid()
        && facts.inspectionEnd < facts.inspectionStart)
        return QCoreApplication::translate("FactField", "the inspection would end (%1) before it starts (%2)")
            .arg(facts.inspectionEnd.toString(Qt::ISODate), facts.inspectionStart.toString(Qt::ISODate));
    return {};
}

QString FactField::displayValue(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QCoreApplication::translate("FactField", "Not given");
    if (field == Kind)
        return oversight::Kind::label(value.toString());
    if (field == Outcome)
        return SendOutcome::label(value.toString());
    if (field == InspectionStart || field == InspectionEnd || field == Published
        || field == PreviousInspection)
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate),
                                  QStringLiteral("d MMMM yyyy"));
    if (field == Inspectors) {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            names.append(v.toString());
        return names.join(QStringLiteral("; "));
    }
    if (field == Recommendations || field == LscbRecommendations)
        return QCoreApplication::translate("FactField", "%n recommendation(s)", nullptr,
                                           int(value.toArray().size()));
    if (!judgementArea(field).isEmpty())
        return Grade::label(value.toString());
    return value.toString();
}

bool FactField::isList(const QString &field)
{
    return field == Recommendations || field == LscbRecommendations;
}

bool FactCorrection::readerAgrees() const
{
    return FactField::isList(field)
               ? RecommendationCorrection::sameItems(value.toArray(), readValue.toArray())
               : value == readValue;
}

QJsonValue FactCorrection::sourcedValue() const
{
    if (!FactField::isList(field))
        return value;
    const QJsonArray items = value.toArray();
    const bool sourced = std::all_of(items.cbegin(), items.cend(), [](const QJsonValue &item) {
        return item.toObject().contains(QStringLiteral("read"));
    });
    return sourced ? value
                   : RecommendationCorrection::withSources(
                         RecommendationCorrection::asRead(readValue.toArray()), items);
}

QJsonValue FactCorrection::valueOver(const DocumentFacts &read) const
{
    if (!FactField::isList(field))
        return value;
    return RecommendationCorrection::rebase(sourcedValue().toArray(), readValue.toArray(),
                                            FactField::value(read, field).toArray());
}

std::optional<QJsonValue> FactCorrection::withItemReverted(qsizetype index) const
{
    const QJsonArray read = readValue.toArray();
    const QJsonArray reverted =
        RecommendationCorrection::revertItem(sourcedValue().toArray(), index, read);
    if (RecommendationCorrection::sameItems(reverted, read))
        return std::nullopt;
    return QJsonValue(reverted);
}

bool FactCorrection::isItemCorrected(qsizetype index) const
{
    return FactField::isList(field)
           && RecommendationCorrection::isItemCorrected(sourcedValue().toArray(), index);
}

DocumentFacts applyCorrections(const DocumentFacts &read, const QList<FactCorrection> &corrections)
{
    DocumentFacts facts = read;
    for (const FactCorrection &c : corrections) {
        // Checked when the correction was made; a value that no longer fits is left out.
        if (FactField::setValue(facts, c.field, c.valueOver(read), nullptr))
            facts.warnings.removeAll(c.field);
    }
    return facts;
}

QString currentUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // A session without those variables (a service, a minimal shell): the account's name.
    if (const passwd *account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

FieldState FieldState::of(const DocumentFacts &facts, const QList<FactCorrection> &corrections,
                          const QString &field)
{
    FieldState state{FactField::value(facts, field), 0};
    for (const FactCorrection &c : corrections)
        if (c.field == field)
            state.rowVersion = c.rowVersion;
    return state;
}

} // namespace oversight
