#include "RecommendationReader.h"

#include "ListReader.h"

#include <QRegularExpression>

namespace oversight {

qsizetype RecommendationReader::findHeading(const CleanText &text, qsizetype from, qsizetype to)
{
    // Whole-line headings only: a contents entry carries a page number after the words.
    static const QRegularExpression heading = TextTools::regex(QStringLiteral(
        "^(?:recommendations?|what does the (?:local authority|lscb|board|council) need to improve|"
        "areas for (?:improvement|development)|areas for priority action|what needs to improve"
        "(?: in this area of social work practice| in this area of practice)?|"
        "what the local authority needs to improve)"
        // A question mark or a colon, and a footnote's marker whose note was not taken away.
        "[?:]?\\d?$"));
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, text.size()); ++i) {
        if (heading.match(TextTools::forMatching(text.at(i).text)).hasMatch())
            return i;
    }
    return -1;
}

qsizetype RecommendationReader::lscbSectionStart(const CleanText &text)
{
    // The heading of the LSCB part: "The Local Safeguarding Children Board (LSCB)", "The Local
    // Safeguarding Children Board is good", "Section 2: The effectiveness of the Local
    // Safeguarding Children Board" (perhaps over two lines).
    static const QRegularExpression opening = TextTools::regex(QStringLiteral(
        "^(?:section \\d+:?\\s*)?(?:the )?(?:review of the )?(?:effectiveness of the )?"
        "(?:local safeguarding children board|lscb)(?: \\(lscb\\))?"
        "(?:\\s+(?:is|are)\\s+(?:outstanding|good|inadequate|adequate)|\\s+requires? improvement"
        "(?: to be good)?)?$"));
    // Every heading the pattern accepts names the board: lines that do not are passed over
    // without joining and matching them, most of the cost of this search.
    const auto namesBoard = [](const QString &s) {
        return TextTools::containsIgnoringAsciiCase(s, "board") || TextTools::containsIgnoringAsciiCase(s, "lscb");
    };
    for (qsizetype i = text.endOfPage(1); i < text.size(); ++i) {
        const TextLine &line = text.at(i);
        const bool nextOnPage = i + 1 < text.size() && text.at(i + 1).page == line.page;
        if (!namesBoard(line.text) && !(nextOnPage && namesBoard(text.at(i + 1).text)))
            continue;
        // Contents entries have page numbers; list items and sentences are not headings.
        if (line.bullet || TextTools::cells(line.text).size() != 1)
            continue;
        if (opening.match(TextTools::forMatching(line.text)).hasMatch())
            return i;
        if (nextOnPage && opening.match(TextTools::forMatching(text.join(i, i + 2))).hasMatch())
            return i;
    }
    return -1;
}

QList<Recommendation> RecommendationReader::toRecommendations(const CleanText &text,
                                                              qsizetype heading,
                                                              RecommendationFacts &facts)
{
    QList<Recommendation> out;
    qsizetype end = heading + 1;
    const QList<ListItem> items = ListReader::read(text, heading, &end);
    facts.spans.append({heading, end});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ListItem &item = items.at(i);
        // Sub-items stay on lines of their own ("\n• ..."); everything else is one line.
        QStringList parts = item.text.split(QLatin1Char('\n'));
        for (QString &part : parts)
            part = TextTools::simplified(part);
        const QString itemText = parts.join(QLatin1Char('\n')).trimmed();
        if (itemText.isEmpty())
            continue;
        out.append({item.number > 0 ? item.number : int(out.size()) + 1, itemText, item.page});
    }
    return out;
}

QList<Recommendation> RecommendationReader::firstList(const CleanText &text, qsizetype from,
                                                      qsizetype to, RecommendationFacts &facts)
{
    // A heading with nothing under it is a contents entry ("What does the local authority
    // need to improve?4", its page number glued on like a footnote's marker): look further.
    for (qsizetype heading = findHeading(text, from, to); heading >= 0;
         heading = findHeading(text, heading + 1, to)) {
        QList<Recommendation> items = toRecommendations(text, heading, facts);
        if (!items.isEmpty())
            return items;
        facts.spans.removeLast();
    }
    return {};
}

RecommendationFacts RecommendationReader::read(const CleanText &text, const QString &kind)
{
    RecommendationFacts facts;
    if (kind == Kind::Other)
        return facts;
    const qsizetype coverEnd = text.endOfPage(1);
    const bool combined = kind == Kind::Sif;
    const qsizetype lscbStart = combined ? lscbSectionStart(text) : -1;
    const qsizetype authorityEnd = lscbStart >= 0 ? lscbStart : text.size();

    if (kind == Kind::LscbReview) {
        const qsizetype heading = findHeading(text, 0, text.size());
        if (heading >= 0)
            facts.lscb = toRecommendations(text, heading, facts);
        return facts;
    }
    // The cover of a letter may name the section in its opening; start after the first lines.
    facts.authority = firstList(text, qMin<qsizetype>(coverEnd, 3), authorityEnd, facts);
    if (lscbStart >= 0)
        facts.lscb = firstList(text, lscbStart, text.size(), facts);
    return facts;
}

} // namespace oversight
