#pragma once

#include "CleanText.h"
#include "domain/DocumentFacts.h"

#include <QList>

namespace oversight {

struct RecommendationFacts
{
    QList<Recommendation> authority; // the authority's recommendations / what needs to improve
    QList<Recommendation> lscb;      // the LSCB review's own recommendations
    // Line ranges [first, last) the lists occupy, so that findings can leave them out.
    QList<QPair<qsizetype, qsizetype>> spans;
};

// Finds the recommendation sections of a document and reads their items whole: SIF
// "Recommendations" and "What does the local authority need to improve?" (numbered, with
// sub-headings), the LSCB section's own "Recommendations", ILACS "What needs to improve?"
// bullets, pre-2013 "Areas for improvement" (bullets under "Immediately:"/"Within three
// months:"), and the letters' "What needs to improve in this area of social work practice".
// Items keep their printed number, or their position when the numbering was lost.
// Pure and thread-safe.
class RecommendationReader
{
public:
    static RecommendationFacts read(const CleanText &text, const QString &kind);

    // Index of the first recommendation heading in [from, to), or -1.
    static qsizetype findHeading(const CleanText &text, qsizetype from, qsizetype to);
    // Index of the heading that opens the LSCB's part of a combined report, or -1.
    static qsizetype lscbSectionStart(const CleanText &text);

private:
    // The items under the first heading in [from, to) that has any.
    static QList<Recommendation> firstList(const CleanText &text, qsizetype from, qsizetype to,
                                           RecommendationFacts &facts);
    static QList<Recommendation> toRecommendations(const CleanText &text, qsizetype heading,
                                                   RecommendationFacts &facts);
};

} // namespace oversight
