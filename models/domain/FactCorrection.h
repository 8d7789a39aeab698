#pragma once

#include "DocumentFacts.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace oversight {

// The facts a user can correct, named by their DocumentFacts::toJson() keys (the names
// `oversight-cli extract --json` prints and the reader's warnings use), with one judgement as
// "judgements.<area>". A field's value is a QJsonValue of one shape per field:
//   kind                 a Kind string
//   authority            a DfE LA code (the document is filed under it; "" for none)
//   inspection_start, inspection_end, published
//                        an ISO 8601 date "yyyy-MM-dd", or null for "not stated"
//   lead_inspector       a string ("" for none)
//   inspectors           an array of strings, lead first
//   judgements.<area>    a Grade string, or null for "not given"
//   outcome              an area SEND report's SendOutcome string, or null for none
//   previous_inspection  an area SEND report's previous inspection (first day), an ISO date,
//                        or null for "not previously inspected"
//   recommendations, lscb_recommendations
//                        an array of {"number", "text", "page"} objects (as toJson() writes
//                        them), in the order the user wants them; a correction's value also
//                        ties each item to the items read (see RecommendationCorrection.h)
namespace FactField {
inline const QString Kind = QStringLiteral("kind");
inline const QString Authority = QStringLiteral("authority");
inline const QString InspectionStart = QStringLiteral("inspection_start");
inline const QString InspectionEnd = QStringLiteral("inspection_end");
inline const QString Published = QStringLiteral("published");
inline const QString LeadInspector = QStringLiteral("lead_inspector");
inline const QString Inspectors = QStringLiteral("inspectors");
inline const QString Outcome = QStringLiteral("outcome");
inline const QString PreviousInspection = QStringLiteral("previous_inspection");
inline const QString Recommendations = QStringLiteral("recommendations");
inline const QString LscbRecommendations = QStringLiteral("lscb_recommendations");

// "judgements.<area>" for an Area key.
QString judgement(const QString &area);
// The area of a "judgements.<area>" field; empty for any other field.
QString judgementArea(const QString &field);
// Whether the field names something a user can correct (judgement areas from Area::all()).
bool isCorrectable(const QString &field);
// Every correctable field, in the order the facts panel shows them; kind first, so that
// corrections applied in this order meet the kind they were made for.
QStringList all();

// Whether the field is a recommendation list (corrected item by item, see
// RecommendationCorrection.h).
bool isList(const QString &field);
// The field's value in facts, in the shape above (null for an absent date or judgement).
QJsonValue value(const DocumentFacts &facts, const QString &field);
// Sets the field in facts. False, with *error a sentence for the user, when the field is not
// correctable or the value has the wrong shape, is not a known kind or grade, or is not a
// valid date, or the fact does not belong to facts.kind (an outcome or previous inspection on
// anything but an area SEND report, a grade on a visit letter or an area SEND report:
// Kind::isUngraded; clearing one is always allowed); facts is then unchanged. An "authority" value is not checked against the list
// of authorities here (the store does, see DocumentStore::correct()).
bool setValue(DocumentFacts &facts, const QString &field, const QJsonValue &value,
              QString *error);
// Why facts cannot stand together, in a sentence for the user; empty when they can. The one
// rule: an inspection ends on or after the day it starts (Ofsted's "Inspection dates: A to B").
QString inconsistency(const DocumentFacts &facts);
// The value as one line for people: a grade's or kind's label, a date as "16 February 2016",
// names joined with "; ", "Not given" for null, "N recommendations" for a list.
QString displayValue(const QString &field, const QJsonValue &value);
} // namespace FactField

// One fact as the user corrected it. Kept apart from what the reader read, so that a re-read
// (a new reader version) refreshes the reader's facts and the correction stays on top.
struct FactCorrection
{
    QString field;        // a FactField name
    QJsonValue value;     // what the user says the document says
    QJsonValue readValue; // what the reader read, as of its latest reading
    QDateTime correctedAt; // UTC
    QString correctedBy;   // the operating system's user name (a team database: the role)
    // Bumped by every write of the correction's row (schema 7), 0 for a correction not
    // stored; a write made from what a user saw checks it (see FieldState).
    int rowVersion = 0;
    // The reader, at its latest reading, read the same as the correction: the correction
    // could be dropped without changing anything.
    bool readerAgrees() const;
    // A list's value with every item tied to the items read (corrections stored before those
    // ties existed get them here from readValue); any other field's value as it is.
    QJsonValue sourcedValue() const;
    // The value the field takes over a new reading of the document: a list's items follow
    // their read items wherever the new reading has them (RecommendationCorrection::rebase);
    // any other field keeps the value.
    QJsonValue valueOver(const DocumentFacts &read) const;
    // One item of a corrected list put back as read (RecommendationCorrection::revertItem):
    // the list's new value, or std::nullopt when the whole list is then as read (revert the
    // field). The correction itself is unchanged.
    std::optional<QJsonValue> withItemReverted(qsizetype index) const;
    // Whether one item of a corrected list differs from what was read (the rest of the list
    // may be corrected): false for any other field.
    bool isItemCorrected(qsizetype index) const;
};

// One field of one document as a user saw it before changing it: its value (FactField's
// shape, corrections applied) and its correction's row version (0: not corrected). The store
// refuses a correction made from a field that has changed since (another member of a team
// database, another window): two edits of one fact never silently overwrite each other.
struct FieldState
{
    QJsonValue value;
    int rowVersion = 0;
    bool operator==(const FieldState &other) const
    {
        return rowVersion == other.rowVersion && value == other.value;
    }
    bool operator!=(const FieldState &other) const { return !(*this == other); }
    // The field in facts (corrections applied) with its correction's version, if any.
    static FieldState of(const DocumentFacts &facts, const QList<FactCorrection> &corrections,
                         const QString &field);
};

// The facts as read with each correction laid over them. A corrected field no longer needs
// review, so it leaves the warnings (a correction that keeps the read value confirms it).
DocumentFacts applyCorrections(const DocumentFacts &read, const QList<FactCorrection> &corrections);

// Who is correcting: the login name from the environment (USER, LOGNAME, or USERNAME on
// Windows), else on Unix the name of the process's account (getpwuid); empty if none.
QString currentUserName();

} // namespace oversight
