#pragma once

#include "CleanText.h"
#include "domain/DocumentFacts.h"

#include <QStringList>

namespace oversight {

// Names the facts a document's format should carry that the reader could not read, for
// DocumentFacts::warnings (toJson keys; one judgement as "judgements.<area>", every judgement as
// "judgements"). What each format promises, from Ofsted's published frameworks and their reports:
//  - every recognised document: its authority (matched to a DfE code), inspection dates and
//    lead inspector;
//  - SIF reports (2013-2018): the overall judgement, leaders, help and protection, children
//    looked after, adoption and care leavers, and the LSCB's grade when the LSCB was reviewed
//    with it (every SIF report but a re-inspection); the recommendations, and the LSCB's;
//  - ILACS reports (2018-): their dates, or else "kind" (short or standard is told by the
//    days on site); leaders, help and protection and children in care; care leavers
//    on their own from the 2023 framework; the overall judgement, except in the reports of the
//    2026 framework that give none (no "Overall effectiveness" row in their table); the
//    recommendations ("What needs to improve");
//  - pre-2013 reports: some graded judgement; LSCB reviews: the LSCB's grade and
//    recommendations;
//  - focused visit letters: two or more inspectors; letters that head a "What needs to improve"
//    or priority action section: its items.
// A document of kind `other` carries none (nothing is claimed about it). Pure and thread-safe.
class MissingFacts
{
public:
    static QStringList find(const DocumentFacts &facts, const CleanText &text);
};

} // namespace oversight
