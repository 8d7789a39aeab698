#pragma once

#include "CleanText.h"
#include "DateParser.h"

#include <QString>

namespace oversight {

// Decides which kind of Ofsted document a text is, from the title block on its first page
// (and, for letters, the opening sentence). Only a recognised title makes a document anything
// but `other`: a page that merely mentions inspections stays `other`.
//
// ILACS reports rarely say whether the inspection was short or standard; the time on site
// decides (a short inspection is one week, a standard one two), which is why the caller passes
// the inspection dates. Pure and thread-safe.
class KindClassifier
{
public:
    // The kind, with IlacsStandard standing for any ILACS report until ilacsKind() refines it.
    static QString classify(const CleanText &text);
    // Short or standard, from the days on site (and an explicit statement if the text has one).
    static QString ilacsKind(const DateRange &onSite, const QString &opening);
    static bool isLetter(const QString &kind);
    static bool isIlacs(const QString &kind);

private:
    // A SIF-titled report that is in fact a re-inspection: its title reviews no LSCB and its
    // opening pages say it is a re-inspection or look back at an inadequate judgement.
    static bool isUntitledReinspection(const CleanText &text, const QString &title);
};

} // namespace oversight
