#include "CoverPageReader.h"

#include "AuthorityDirectory.h"
#include "KindClassifier.h"

#include <QRegularExpression>

namespace oversight {

namespace {

// Lines of page 1 that may hold the title block; long enough for the pre-2018 layouts where
// a table sits between title and dates.
constexpr int kHeadLines = 16;

QString stripLeadingThe(QString name)
{
    name = name.trimmed();
    if (name.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        name.remove(0, 4);
    return name;
}

} // namespace

CoverFacts CoverPageReader::read(const CleanText &text, const QString &kind,
                                 const AuthorityDirectory &directory)
{
    if (KindClassifier::isLetter(kind))
        return readLetter(text);
    return readReport(text, directory);
}

QDate CoverPageReader::findPublished(const CleanText &text)
{
    static const QRegularExpression published =
        TextTools::regex(QStringLiteral("^(?:report )?published:?\\s*(.*)$"));
    const qsizetype end = text.endOfPage(2);
    for (qsizetype i = 0; i < end; ++i) {
        const QRegularExpressionMatch m = published.match(text.at(i).text);
        if (!m.hasMatch())
            continue;
        // The date may wrap onto the next line.
        QString tail = m.captured(1);
        if (i + 1 < end)
            TextTools::appendLine(tail, text.at(i + 1).text);
        const QDate date = DateParser::findDate(tail);
        if (date.isValid())
            return date;
    }
    return {};
}

CoverFacts CoverPageReader::readReport(const CleanText &text, const AuthorityDirectory &directory)
{
    CoverFacts facts;
    facts.published = findPublished(text);

    static const QRegularExpression datesLabel =
        TextTools::regex(QStringLiteral("^inspection dates?\\b:?\\s*(.*)$"));
    static const QRegularExpression titleStart = TextTools::regex(
        QStringLiteral("^(?:re-?inspection of|inspection of|review of|joint )"));
    static const QRegularExpression stopHead = TextTools::regex(QStringLiteral(
        "^(?:lead inspector|reporting inspector|report published|published|age group|judgement\\b)"));
    static const QRegularExpression ilacsTitle = TextTools::regex(QStringLiteral(
        "^inspection of (?:the )?(.+?) (?:local authority )?children's services$"));

    const qsizetype pageOneEnd = qMin<qsizetype>(text.endOfPage(1), kHeadLines);
    qsizetype dateLine = text.find(datesLabel, 0, pageOneEnd);
    if (dateLine >= 0) {
        QString tail = datesLabel.match(text.at(dateLine).text).captured(1);
        if (dateLine + 1 < text.size())
            TextTools::appendLine(tail, text.at(dateLine + 1).text);
        facts.inspection = DateParser::findPeriods(tail);
        facts.firstPeriod = DateParser::findRange(tail);
    }

    // The head: lines before the dates (or before the first field when dates are missing).
    qsizetype headEnd = dateLine >= 0 ? dateLine : text.find(stopHead, 0, pageOneEnd);
    if (headEnd < 0)
        return facts; // no recognisable title block: claim nothing
    const qsizetype firstTitle = text.find(titleStart, 0, headEnd);
    if (firstTitle < 0)
        return facts;

    if (firstTitle > 0) {
        // Authority above the title (SIF and early ILACS layouts).
        facts.authority = text.join(0, firstTitle);
        facts.title = text.join(firstTitle, headEnd);
        return facts;
    }

    const QString head = text.join(0, headEnd);
    const QRegularExpressionMatch ilacs = ilacsTitle.match(TextTools::forMatching(head));
    if (ilacs.hasMatch()) {
        facts.title = head;
        facts.authority = stripLeadingThe(head.mid(ilacs.capturedStart(1), ilacs.capturedLength(1)));
        return facts;
    }

    // Title first, then the authority (pre-2013 layout): the shortest tail of the head that the
    // directory knows is the authority.
    for (qsizetype k = firstTitle + 1; k < headEnd; ++k) {
        const QString candidate = text.join(k, headEnd);
        if (!directory.codeFor(candidate).isEmpty()) {
            facts.title = text.join(firstTitle, k);
            facts.authority = candidate;
            return facts;
        }
    }
    facts.title = head;
    return facts;
}

CoverFacts CoverPageReader::readLetter(const CleanText &text)
{
    CoverFacts facts;
    const qsizetype pageOneEnd = text.endOfPage(1);

    // The letter's date: the first line on page 1 that is nothing but a date.
    static const QRegularExpression dateOnly = TextTools::regex(
        QStringLiteral("^\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \\d{4}$"));
    const qsizetype dateLine = text.find(dateOnly, 0, pageOneEnd);
    if (dateLine >= 0)
        facts.published = DateParser::findDate(text.at(dateLine).text);

    // The title: "Monitoring visit to X children's services", perhaps over two or three lines.
    static const QRegularExpression titleStart =
        TextTools::regex(QStringLiteral("^(?:monitoring|focused) visit (?:to|of|at)\\b"));
    // Only the first "visit to" is tried (atomic group): a later one could match only if the
    // first does, and retrying each of them over a long title is quadratic.
    static const QRegularExpression authorityIn = TextTools::regex(QStringLiteral(
        "^(?>.*?visit (?:to|of|at) )(?:the )?(.+?)(?:'s?)?(?: local authority)?(?: children's services| children's social care)"));
    // The opening sentence starts after the title: the title never runs into it.
    static const QRegularExpression openingStart = TextTools::regex(
        QStringLiteral("^(?:this letter|following|dear |we |in )"));
    const qsizetype titleLine = text.find(titleStart, 0, pageOneEnd);
    if (titleLine >= 0) {
        QString title;
        for (qsizetype i = titleLine; i < qMin(titleLine + 3, pageOneEnd); ++i) {
            if (i > titleLine && openingStart.match(text.at(i).text).hasMatch())
                break;
            TextTools::appendLine(title, text.at(i).text);
            if (title.contains(QLatin1String("services"), Qt::CaseInsensitive)
                || title.contains(QLatin1String("social care"), Qt::CaseInsensitive))
                break;
        }
        facts.title = title;
        const QRegularExpressionMatch m = authorityIn.match(TextTools::forMatching(title));
        if (m.hasMatch())
            facts.authority = title.mid(m.capturedStart(1), m.capturedLength(1)).trimmed();
    }
    if (facts.authority.isEmpty()) {
        // A title that names a company or trust ("Focused visit to Slough Children First"):
        // the opening sentence names the authority's children's services.
        static const QRegularExpression openingVisit = TextTools::regex(QStringLiteral(
            "\\bthis letter summarises the findings of (?:the|a|our) (?:monitoring |focused )?visit "
            "(?:[^.]{0,60}? )?(?=to )"));
        const QString opening = TextTools::forMatching(text.join(titleLine + 1, qMin(titleLine + 5, pageOneEnd)));
        const QRegularExpressionMatch o = openingVisit.match(opening);
        if (titleLine >= 0 && o.hasMatch()) {
            const QRegularExpressionMatch m =
                authorityIn.match(QStringLiteral("visit ") + opening.mid(o.capturedEnd()));
            if (m.hasMatch())
                facts.authority = m.captured(1).trimmed();
        }
    }

    // The visit's dates: the first dates after the opening "findings of the ... visit".
    const QString pageOne = TextTools::forMatching(text.join(0, pageOneEnd));
    static const QRegularExpression opening = TextTools::regex(
        QStringLiteral("findings of (?:the|a|our) (?:monitoring|focused) visit|\\bvisit (?:took place|was carried out) on\\b"));
    const QRegularExpressionMatch m = opening.match(pageOne);
    if (m.hasMatch()) {
        facts.inspection = DateParser::findRange(pageOne.mid(m.capturedEnd()));
        facts.firstPeriod = facts.inspection;
    }
    return facts;
}

} // namespace oversight
