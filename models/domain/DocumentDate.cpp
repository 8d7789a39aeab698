#include "DocumentDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oversight::DocumentDate {

QDate of(const DocumentFacts &facts)
{
    return of(facts.inspectionStart, facts.inspectionEnd, facts.published);
}

QDate of(const QDate &inspectionStart, const QDate &inspectionEnd, const QDate &published)
{
    if (inspectionEnd.isValid())
        return inspectionEnd;
    if (inspectionStart.isValid())
        return inspectionStart;
    return published;
}

QString rule()
{
    return QCoreApplication::translate(
        "DocumentDate", "The last day of the inspection or visit; the date it was published "
                        "where the document gives no inspection dates.");
}

QString shortText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A year in two digits ("16/02/16") reads as a day or a month in a list of dates.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString longText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // The long format without its weekday: "dddd, d MMMM yyyy" gives "d MMMM yyyy".
    static const QRegularExpression weekday(QStringLiteral("d{4}[^dMy]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format = format.trimmed();
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

} // namespace oversight::DocumentDate
