#pragma once

#include <QDate>
#include <QString>

namespace oversight {

// A span of days, e.g. an inspection's time on site. start == end for a single day.
struct DateRange
{
    QDate start;
    QDate end;
    bool isValid() const { return start.isValid() && end.isValid(); }
    qint64 days() const { return isValid() ? start.daysTo(end) : -1; }
};

// Reads the dates Ofsted writes in English: "16 February 2016", "8 – 12 July 2013",
// "24 November - 17 December 2015", "30 April 2014 – 21 May 2014", "23 to 27 February 2026",
// "17 and 18 October 2018", "21–22 March 2018", including spans across a year's end
// ("29 December to 9 January 2015"), lists of days ("15, 16 and 21 July 2025": the first to
// the last), and numeric dates, day first ("1/06/2015 – 25/06/2015"). Pure and thread-safe.
class DateParser
{
public:
    // 1-12 for an English month name or its usual abbreviation, 0 otherwise.
    static int monthNumber(const QString &name);
    // The first date or span of dates in text at or after `from`; *matchEnd receives the
    // index just past it. Invalid when there is none.
    static DateRange findRange(const QString &text, qsizetype from = 0,
                               qsizetype *matchEnd = nullptr);
    // The first single full date ("16 February 2016") in text, or an invalid date.
    static QDate findDate(const QString &text, qsizetype from = 0);
    // Like findRange, but a span followed by "and" and another span (an inspection in two
    // periods: "8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019") runs from the
    // first day to the last.
    static DateRange findPeriods(const QString &text, qsizetype from = 0);
    // Numeric dates, day first as Ofsted writes them ("1/06/2015"), spelled out ("1 June 2015");
    // text without them comes back as it is.
    static QString spellNumericDates(const QString &text);
};

} // namespace oversight
