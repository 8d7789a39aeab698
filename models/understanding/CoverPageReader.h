#pragma once

#include "CleanText.h"
#include "DateParser.h"

#include <QDate>
#include <QString>

namespace oversight {

class AuthorityDirectory;

// What the first page says about a document: its title, the authority as named, the dates
// on site and the publication date.
struct CoverFacts
{
    QString title;
    QString authority;
    DateRange inspection;  // first day to last, over every period of the inspection
    DateRange firstPeriod; // the first period on site (the whole inspection when it had one)
    QDate published;
};

// Reads the title block of reports ("London Borough of Wandsworth / Inspection of services for
// ... / Inspection date: 24 November - 17 December 2015 / Report published: 16 February 2016",
// "Inspection of Norfolk local authority children's services / Inspection dates: 23 to 27
// February 2026") and the head of letters (date line, "Monitoring visit to ... children's
// services", "on 21 and 22 March 2018"). Pure and thread-safe.
class CoverPageReader
{
public:
    static CoverFacts read(const CleanText &text, const QString &kind,
                           const AuthorityDirectory &directory);

private:
    static CoverFacts readReport(const CleanText &text, const AuthorityDirectory &directory);
    static CoverFacts readLetter(const CleanText &text);
    static QDate findPublished(const CleanText &text);
};

} // namespace oversight
