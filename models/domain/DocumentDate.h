#pragma once

#include "DocumentFacts.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace oversight {

// A document's date as every list of documents shows it, by one rule, and dates as lists and
// tables write them. The store's sort_date (DocumentFacts::sortDate, publication first) stays
// what suggestions and the progress matrix filter by; this is for display.
namespace DocumentDate {

// The date a document is listed under: the last day of its inspection or visit
// (facts.inspectionEnd), else its first day (a one-day visit, or the end not found), else the
// date it was published. Invalid when the document gives none of them. Ofsted's reports print
// the inspection dates on their cover and letters in their first line, while publication is
// later and not always printed (area SEND reports, some ILACS), so the inspection is the date
// that is there for every kind and says when the service was seen.
QDate of(const DocumentFacts &facts);
// The same rule for a document's dates as the store keeps them (each invalid when not read):
// for lists that read those columns rather than whole facts.
QDate of(const QDate &inspectionStart, const QDate &inspectionEnd, const QDate &published);

// The rule of of(), in a sentence of the UI language, for the tooltip of a Date column's header.
QString rule();

// A date as lists and tables show it: the locale's short date format with the year in four
// digits ("16/02/2016" in en_GB and in Welsh, whose own short format has two); empty for an
// invalid date. locale: the UI language's (QLocale() once main has set the default).
QString shortText(const QDate &date, const QLocale &locale = QLocale());

// A date in words, as titles and tooltips show it: day, month name and four-digit year in the
// locale's order, without the weekday ("16 February 2016", "16 Chwefror 2016").
QString longText(const QDate &date, const QLocale &locale = QLocale());

} // namespace DocumentDate
} // namespace oversight
