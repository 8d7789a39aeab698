#pragma once

#include "CleanText.h"
#include "domain/DocumentFacts.h"

#include <QStringList>

namespace oversight {

class AuthorityDirectory;

// Reads area SEND inspection reports, the joint Ofsted and CQC inspections of a local area
// partnership's arrangements for children and young people with special educational needs
// and/or disabilities (the framework in force since January 2023). Their layout, the same in
// every report of that framework:
//   page 1   "Area SEND inspection of <authority> Local Area Partnership" (the name may wrap),
//            "Inspection dates: 12 to 16 February 2024",
//            "Dates of previous inspection: 13 to 15 May 2019" (or "Date of ...", or "Not
//            previously inspected"), then "Inspection outcome" and one of three sentences;
//   later    "Areas for priority action": a table of responsible body | action, one row each;
//            "Areas for improvement": a one-column table, one row each; rows may hold several
//            sentences, paragraphs and bullet lists, and are set apart by a half-point rule
//            and the template's spacing (0 to 15 points), which the text shows only where
//            import marked the layout's gaps (tablePages(), LayoutGaps);
//   the end  "Inspection team": two columns, Ofsted and Care Quality Commission, one member a
//            line ("Sue Eastwood, Ofsted Lead inspector   Gerry Bates, CQC Lead inspector").
// The reports print no publication date: DocumentFacts::published stays invalid.
// Pure and thread-safe.
class AreaSendReader
{
public:
    // Whether page 1's title block names an area SEND inspection.
    static bool recognises(const CleanText &text);
    // Everything the report says, kind Kind::AreaSend; a fact not found is left empty and
    // named in DocumentFacts::warnings.
    static DocumentFacts read(const CleanText &text, const AuthorityDirectory &directory);

    // The outcome (SendOutcome) stated in running text, or empty.
    static QString outcomeOf(const QString &text);
    // The inspection team, Ofsted members first (the Ofsted lead before them all), then CQC;
    // names without honorifics or roles. *lead receives the Ofsted lead inspector.
    static QStringList readTeam(const CleanText &text, QString *lead);
    // Every area for priority action, then every area for improvement: one per table row.
    // Rows are read from the text; where the text shows the gaps of the page's layout
    // (LayoutGaps), a one-column table's rows end where a gap stands before a new sentence.
    static QList<Recommendation> readActions(const CleanText &text);
    // The pages (0-based, ascending) on which an area SEND report's one-column tables of areas
    // for action (the areas for improvement) hold two lines or more: those whose row
    // boundaries may show only in the layout. None for any other document, which costs one
    // look at page 1's text.
    static QList<int> tablePages(const QStringList &pageTexts);
};

} // namespace oversight
