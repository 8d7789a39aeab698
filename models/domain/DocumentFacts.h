#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace oversight {

// The kinds of document Oversight recognises; the strings are stored and printed as they are.
namespace Kind {
inline const QString PreSif = QStringLiteral("pre_sif");
inline const QString Sif = QStringLiteral("sif");
inline const QString SifReinspection = QStringLiteral("sif_reinspection");
inline const QString IlacsStandard = QStringLiteral("ilacs_standard");
inline const QString IlacsShort = QStringLiteral("ilacs_short");
inline const QString LscbReview = QStringLiteral("lscb_review");
inline const QString MonitoringVisit = QStringLiteral("monitoring_visit");
inline const QString FocusedVisit = QStringLiteral("focused_visit");
// Area SEND inspection (Ofsted and CQC, the 2023 framework) of a local area partnership.
inline const QString AreaSend = QStringLiteral("area_send");
inline const QString Other = QStringLiteral("other");

QStringList all();
// A short label for people, e.g. "ILACS short inspection".
QString label(const QString &kind);
// Whether Ofsted gives no graded judgement in a document of the kind: monitoring and focused
// visit letters (findings only), area SEND reports (an outcome instead of grades).
bool isUngraded(const QString &kind);
} // namespace Kind

// Judgement areas (keys of DocumentFacts::judgements) and grades (its values).
namespace Area {
inline const QString Overall = QStringLiteral("overall");
inline const QString Leaders = QStringLiteral("leaders");
inline const QString HelpProtection = QStringLiteral("help_protection");
inline const QString InCare = QStringLiteral("in_care");
inline const QString CareLeavers = QStringLiteral("care_leavers");
inline const QString Adoption = QStringLiteral("adoption");
inline const QString Lscb = QStringLiteral("lscb");

QStringList all();
QString label(const QString &area);
} // namespace Area

namespace Grade {
inline const QString Outstanding = QStringLiteral("outstanding");
inline const QString Good = QStringLiteral("good");
inline const QString RequiresImprovement = QStringLiteral("requires_improvement");
inline const QString Inadequate = QStringLiteral("inadequate");

QStringList all(); // best first
QString label(const QString &grade);
// 4 for outstanding down to 1 for inadequate; 0 for anything else.
int rank(const QString &grade);
} // namespace Grade

// The outcome of an area SEND inspection: one of three sentences the 2023 framework prints
// under "Inspection outcome". Not a grade: it has no place on the four-point scale.
namespace SendOutcome {
// "... arrangements typically lead to positive experiences and outcomes ..."
inline const QString Positive = QStringLiteral("positive");
// "... arrangements lead to inconsistent experiences and outcomes ..."
inline const QString Inconsistent = QStringLiteral("inconsistent");
// "There are widespread and/or systemic failings leading to significant concerns ..."
inline const QString SystemicFailings = QStringLiteral("systemic_failings");

QStringList all(); // best first
QString label(const QString &outcome);
} // namespace SendOutcome

struct Recommendation
{
    // Not an aggregate, so that {number, text, page} keeps meaning what it always has.
    Recommendation(int number_ = 0, QString text_ = {}, int page_ = 0,
                   bool priorityAction_ = false, QString responsibleBody_ = {})
        : number(number_), text(std::move(text_)), page(page_),
          priorityAction(priorityAction_), responsibleBody(std::move(responsibleBody_))
    {
    }
    int number = 0; // as printed, or its position (1-based) when the numbering was lost
    QString text;
    int page = 0; // 1-based page where it starts
    // Area SEND reports: an "area for priority action" (else an "area for improvement"), and
    // the body the report makes responsible for it (priority actions only).
    bool priorityAction = false;
    QString responsibleBody;
    bool operator==(const Recommendation &o) const
    {
        return number == o.number && text == o.text && page == o.page
               && priorityAction == o.priorityAction && responsibleBody == o.responsibleBody;
    }
};

struct Finding
{
    int number = 0; // paragraph number as printed; 0 when the paragraph has none
    QString section; // heading of the section it sits under
    QString text;
    int page = 0; // 1-based
    bool operator==(const Finding &o) const
    {
        return number == o.number && section == o.section && text == o.text && page == o.page;
    }
};

// Everything understood from one document. Plain value type: no store ids, no file access.
struct DocumentFacts
{
    QString kind = Kind::Other;
    QString title;          // the document's own title line(s), for display
    QString authority;      // as named in the document
    QString authorityCode;  // DfE LA code when the name could be matched, else empty
    QDate inspectionStart;
    QDate inspectionEnd;
    QDate published;        // only when the document states it
    QString leadInspector;  // without titles such as HMI
    QStringList inspectors; // everyone named as inspecting, lead first
    QMap<QString, QString> judgements;      // Area -> Grade, only those the document gives
    QMap<QString, QString> otherJudgements; // label as written -> grade as written
    QList<Recommendation> recommendations;
    QList<Recommendation> lscbRecommendations;
    QList<Finding> findings;
    // Area SEND reports only: the outcome (SendOutcome) and the first day of the previous
    // inspection (invalid when "Not previously inspected" or not read).
    QString outcome;
    QDate previousInspection;
    // Facts this document's format should carry that the reader could not read, named by their
    // toJson() keys ("judgements", "inspectors", "recommendations", "inspection_end", ...;
    // one judgement as "judgements.<area>"). Empty when the reader understood everything its
    // format promises; the library marks documents with warnings as needing review.
    QStringList warnings;

    // The date a document is filed under: published, else end of inspection, else start.
    QDate sortDate() const;

    // Keys as in `oversight-cli extract --json`; dates ISO, empty string when unknown.
    QJsonObject toJson() const;
    static DocumentFacts fromJson(const QJsonObject &json);
    bool operator==(const DocumentFacts &o) const;
};

// A recommendation list as toJson() writes it: [{"number", "text", "page"} (and
// "priority_action": true, "responsible_body" for area SEND priority actions)], and back.
QJsonArray recommendationsToJson(const QList<Recommendation> &items);
QList<Recommendation> recommendationsFromJson(const QJsonArray &array);

} // namespace oversight
