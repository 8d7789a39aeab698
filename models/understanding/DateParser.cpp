#include "DateParser.h"

#include "CleanText.h"

#include <QRegularExpression>

namespace oversight {

namespace {

const QString &monthAlternatives()
{
    static const QString months = QStringLiteral(
        "(January|February|March|April|May|June|July|August|September|October|November|"
        "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
    return months;
}

const QRegularExpression &rangePattern()
{
    // day [month [year]] <separator> day month year. Each part is a bounded token, so the
    // pattern cannot backtrack far.
    static const QRegularExpression re = TextTools::regex(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+%1(?:,?\\s+(\\d{4}))?)?"
                       "(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?)*" // "15, 16 and 21 July 2025"
                       "\\s*(?:-|\\x{2013}|\\x{2014}|\\bto\\b|\\band\\b|\\buntil\\b)\\s*"
                       "(\\d{1,2})(?:st|nd|rd|th)?\\s+%1,?\\s+(\\d{4})\\b")
            .arg(monthAlternatives()));
    return re;
}

const QRegularExpression &datePattern()
{
    static const QRegularExpression re = TextTools::regex(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1,?\\s+(\\d{4})\\b").arg(monthAlternatives()));
    return re;
}

} // namespace

int DateParser::monthNumber(const QString &name)
{
    const QString key = name.left(3).toLower();
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(key)) + 1;
}

QString DateParser::spellNumericDates(const QString &text)
{
    if (!text.contains(QLatin1Char('/')))
        return text;
    static const QRegularExpression numeric =
        TextTools::regex(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    static const QStringList months = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
        QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            continue;
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += QStringLiteral("%1 %2 %3").arg(m.captured(1).toInt()).arg(months.at(month - 1), m.captured(3));
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).sliced(last);
    return out;
}

DateRange DateParser::findPeriods(const QString &text, qsizetype from)
{
    const QString spelled = spellNumericDates(text.mid(from));
    qsizetype end = 0;
    DateRange range = findRange(spelled, 0, &end);
    static const QRegularExpression joiner = TextTools::regex(QStringLiteral("^\\s*(?:and|,|;)\\s*"));
    while (range.isValid()) {
        const QRegularExpressionMatch m = joiner.match(QStringView(spelled).sliced(end));
        if (!m.hasMatch())
            break;
        qsizetype nextEnd = 0;
        const qsizetype nextFrom = end + m.capturedLength();
        if (nextFrom >= spelled.size() || !spelled.at(nextFrom).isDigit())
            break;
        const DateRange next = findRange(spelled, nextFrom, &nextEnd);
        // Only a span that starts right after the joiner (no longer than a written-out span)
        // and after the first one continues the inspection.
        if (!next.isValid() || next.start <= range.end || nextEnd - nextFrom > 48)
            break;
        range.end = next.end;
        end = nextEnd;
    }
    return range;
}

DateRange DateParser::findRange(const QString &input, qsizetype from, qsizetype *matchEnd)
{
    // Numeric dates are spelled out first; offsets then refer to the spelled text, which is
    // the text itself whenever it holds none.
    const QString spelled = from == 0 ? spellNumericDates(input) : input;
    const QString &text = spelled;
    const QRegularExpressionMatch single = datePattern().match(text, from);
    QRegularExpressionMatch range = rangePattern().match(text, from);
    // A span wins when it starts no later than the first single date: the single date may be
    // the span's own end ("8 – 12 July 2013").
    while (range.hasMatch()) {
        if (single.hasMatch() && single.capturedStart() < range.capturedStart())
            break;
        const int endDay = range.captured(4).toInt();
        const int endMonth = monthNumber(range.captured(5));
        const int endYear = range.captured(6).toInt();
        const QDate end(endYear, endMonth, endDay);
        const int startDay = range.captured(1).toInt();
        const int startMonth = range.captured(2).isEmpty() ? endMonth : monthNumber(range.captured(2));
        int startYear = range.captured(3).isEmpty() ? endYear : range.captured(3).toInt();
        if (range.captured(3).isEmpty() && startMonth > endMonth)
            --startYear; // "29 December to 9 January 2015"
        const QDate start(startYear, startMonth, startDay);
        if (start.isValid() && end.isValid() && start <= end) {
            if (matchEnd)
                *matchEnd = range.capturedEnd();
            return {start, end};
        }
        range = rangePattern().match(text, range.capturedStart() + 1);
    }
    qsizetype pos = from;
    QRegularExpressionMatch m = datePattern().match(text, pos);
    while (m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        if (date.isValid()) {
            if (matchEnd)
                *matchEnd = m.capturedEnd();
            return {date, date};
        }
        m = datePattern().match(text, m.capturedEnd());
    }
    return {};
}

QDate DateParser::findDate(const QString &input, qsizetype from)
{
    const QString text = from == 0 ? spellNumericDates(input) : input;
    QRegularExpressionMatch m = datePattern().match(text, from);
    while (m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        if (date.isValid())
            return date;
        m = datePattern().match(text, m.capturedEnd());
    }
    return {};
}

} // namespace oversight
