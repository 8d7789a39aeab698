#pragma once

#include "DataTable.h"
#include "store/DocumentStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace oversight {

// What happened to one judgement area between two documents.
enum class GradeChange { Up, Down, Same, New, NoLongerGiven };

// The JudgementChange::area of the row comparing two area SEND inspections' outcomes.
inline const QString kSendOutcomeRow = QStringLiteral("area_send_outcome");

struct JudgementChange
{
    QString area; // an Area, or kSendOutcomeRow
    QString from; // Grade (SendOutcome on the outcome row), empty when document A gives none
    QString to;   // the same for document B
    GradeChange change = GradeChange::Same;
};

// A recommendation of A carried forward as one of B, or one present on one side only.
// Indices are 0-based positions in the documents' recommendation lists; -1 for none.
struct RecommendationMatch
{
    enum class Status { CarriedForward, New, NoLongerPresent };
    int a = -1;
    int b = -1;
    double score = 0; // text similarity of the pair, 0..1; 0 when unmatched
    Status status() const;
};

// The findings of one section heading, from both documents, so the same area reads side by side.
struct FindingsSection
{
    QString section; // as document A writes it when both have it, else as the one that does
    QList<Finding> a;
    QList<Finding> b;
};

struct DocumentComparison
{
    // What the two documents' judgements can be compared on: grades (two children's services
    // documents), outcomes (two area SEND inspections: the outcome row alone), or nothing (an
    // area SEND inspection beside any other kind: different frameworks, so recommendations only).
    enum class Basis { Grades, SendOutcomes, RecommendationsOnly };

    StoredDocument a;
    StoredDocument b;
    Basis basis = Basis::Grades;
    QList<JudgementChange> judgements;           // Area::all() order, or the outcome row
    QList<RecommendationMatch> recommendations;  // matches in A's order, then B's new ones
    QList<FindingsSection> findings;

    int carriedForwardCount() const; // every matched pair, possible matches included
    int possibleMatchCount() const;  // matched pairs below kCertainMatchThreshold
};

// Below this similarity two recommendations are not taken for the same one. Chosen on
// Wandsworth 2016/2018 (see tst_documentcomparison): a reworded recommendation on the same
// subject scores about 0.2 to 0.35, while pairs that only share context words ("child
// protection", "return home") reach 0.15 at most.
inline constexpr double kRecommendationMatchThreshold = 0.16;

// Below this a matched pair is only a possible match, for the reader to check: on Wandsworth
// 2016/2018 pairs of 0.20-0.23 included a bed-and-breakfast recommendation paired with one on
// transitions to the care leavers' service, while every pair above 0.30 was the same
// recommendation reworded.
inline constexpr double kCertainMatchThreshold = 0.30;

// Compares two documents (with every fact, as DocumentStore::document gives them). Matches
// the authority's recommendations one to one, best pair first (greedy), keeping pairs above
// threshold; word weights come from both documents' findings. An area SEND report's
// recommendations are its areas for priority action and for improvement; two area SEND reports
// compare their outcomes (positive above inconsistent above systemic failings, the framework's
// order), and an area SEND report beside another kind compares no judgements at all (Basis).
// Pure function: no store access.
DocumentComparison compareDocuments(const StoredDocument &a, const StoredDocument &b,
                                    double threshold = kRecommendationMatchThreshold);

// Why a comparison leaves judgements out, in one sentence for the reader; empty when it
// compares them (Basis::Grades, Basis::SendOutcomes).
QString judgementsNotComparedReason(const DocumentComparison &comparison);
// The label of a JudgementChange's area ("Overall effectiveness", "Area SEND outcome") and of
// one of its values (a grade's or an outcome's label).
QString judgementRowLabel(const JudgementChange &change);
QString judgementValueLabel(const JudgementChange &change, const QString &value);
// A recommendation as the comparison names it: "A 3", or for an area SEND report "A 3
// (priority action)" / "A 5 (area for improvement)". side is "A" or "B".
QString recommendationLabel(const QString &side, const Recommendation &recommendation,
                            const QString &kind);

QString gradeChangeLabel(GradeChange change);
QString matchStatusLabel(RecommendationMatch::Status status);
// What a row of the comparison says of a pair, in words: "Carried forward", "Possible match"
// (a pair below kCertainMatchThreshold), "New in B", "Not repeated in B".
QString matchLabel(const RecommendationMatch &match);
// A pair's similarity in words: "strong" (0.5 and over), "fair" (from kCertainMatchThreshold),
// "weak" (below it).
QString matchStrengthLabel(double score);
QString gradeChangeKey(GradeChange change);              // "up", "down", ... for JSON
QString matchStatusKey(RecommendationMatch::Status status); // "carried_forward", ...

// The whole comparison as one table (a row per judgement, recommendation and finding), for CSV
// export and for reuse by other exports.
DataTable comparisonTable(const DocumentComparison &comparison);
// As printed by `oversight-cli compare --json`.
QJsonObject comparisonJson(const DocumentComparison &comparison);

} // namespace oversight
