#pragma once

#include "CleanText.h"

#include <QMap>
#include <QString>

namespace oversight {

struct JudgementFacts
{
    QMap<QString, QString> judgements;      // Area -> Grade
    QMap<QString, QString> otherJudgements; // label as written -> grade as written
};

// Reads the graded judgements a document gives, and only those:
//  - the judgement table on the cover (ILACS "Judgement / Grade", SIF numbered rows, the
//    pre-2013 "Record of main findings"), whose grade may sit on the label's first line, on a
//    line of its own between the label's lines, or beside its last line;
//  - in SIF reports, the overall sentence ("Children's services in X are inadequate", "The
//    overall judgement is good") and the LSCB's ("The Local Safeguarding Children Board
//    requires improvement");
//  - in pre-2013 reports, "Grade 4 (inadequate)" under a heading when there is no table.
// Grades outside outstanding/good/requires improvement/inadequate ("adequate", "not judged")
// go to otherJudgements as written. Pure and thread-safe.
class JudgementReader
{
public:
    static JudgementFacts read(const CleanText &text, const QString &kind);

    // Grade constant for a grade as written ("Requires improvement to be good" ->
    // requires_improvement); empty for anything else.
    static QString gradeFor(const QString &written);
    // True for anything that reads as a grade, including "Adequate" and "Not judged".
    static bool isGradeCell(const QString &cell);
    // Area constant for a table label, or empty when it is not one of the Area:: judgements
    // in this kind of document.
    static QString areaFor(const QString &label, const QString &kind);

private:
    static void readTable(const CleanText &text, qsizetype start, const QString &kind,
                          JudgementFacts &facts);
    static void readGradeHeadings(const CleanText &text, const QString &kind, JudgementFacts &facts);
    static QString sifOverall(const CleanText &text);
    static QString lscbGrade(const CleanText &text);
    static void record(JudgementFacts &facts, const QString &label, const QString &grade,
                       const QString &kind);
};

} // namespace oversight
