#include "ListReader.h"

#include <QRegularExpression>

namespace oversight {

namespace {

// Headings that always end a list: what follows is another part of the report.
bool isStopHeading(const QString &text)
{
    static const QRegularExpression re = TextTools::regex(QStringLiteral(
        "^(?:summary\\b|inspection findings|information about|executive summary|contents\\b|"
        "findings\\b|overview\\b|next steps|the experiences and progress|key strengths|"
        "the local safeguarding children board|section \\d|inspection judgement|yours sincerely)"
        "|\\bstrengths\\b"));
    return re.match(TextTools::forMatching(text)).hasMatch();
}

// A sentence saying a part of the list is empty ("The inspection did not find any areas for
// priority and immediate action.", "There are no priority actions following this visit.").
bool statesNone(const QString &text)
{
    static const QRegularExpression re = TextTools::regex(QStringLiteral(
        "^(?:the inspection did not (?:find|identify) any|there (?:are|were) no |no areas for)"));
    return re.match(text).hasMatch();
}

} // namespace

int ListReader::numberOf(const QString &line, QString *rest)
{
    // "12. Ensure", "12 Ensure", "12) Ensure"; never "2.1 Adoption" or a year.
    static const QRegularExpression re =
        TextTools::regex(QStringLiteral("^(\\d{1,3})(?:[.)]\\s*|\\s+)(?=[A-Z\\x{2018}'\"(])(.*)$"), false);
    if (line.isEmpty() || !line.front().isDigit())
        return 0; // what the pattern would say, without running it on every line
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return 0;
    if (rest)
        *rest = m.captured(2);
    return m.captured(1).toInt();
}

bool ListReader::isHeadingLike(const TextLine &line)
{
    if (line.bullet || line.text.isEmpty() || !line.text.front().isUpper())
        return false;
    if (numberOf(line.text) > 0 || line.text.size() > 80)
        return false;
    const QChar last = line.text.back();
    if (last == QLatin1Char('.') || last == QLatin1Char(',') || last == QLatin1Char(';'))
        return false;
    return line.text.count(QLatin1Char(' ')) < 12;
}

bool ListReader::endsSentence(const QString &text)
{
    static const QRegularExpression re =
        TextTools::regex(QStringLiteral("[.?!;:][\\x{2019}'\")]?\\s*$|\\)\\s*$"));
    // Only the last two characters before trailing space can start a match. Paragraphs are
    // tested after every line they gain, so scanning from the start would be quadratic.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return re.match(text, qMax<qsizetype>(0, end - 2)).hasMatch();
}

QList<ListItem> ListReader::read(const CleanText &text, qsizetype heading, qsizetype *end)
{
    QList<ListItem> items;
    if (end)
        *end = heading + 1;
    if (heading < 0 || heading >= text.size())
        return items;
    const int headingIndent = text.at(heading).indent;
    int expected = 0; // the next number a numbered item must carry; 0 before the first
    bool afterSubheading = false; // a sub-heading came after the last item
    bool inSubList = false;       // bullets are being added to a numbered item

    auto startsItem = [&](qsizetype i) {
        const TextLine &line = text.at(i);
        if (line.bullet)
            return true;
        const int n = numberOf(line.text);
        return n > 0 && (expected == 0 || n == expected);
    };
    // A sub-heading is followed, within two lines, by an item.
    auto itemFollows = [&](qsizetype i) {
        qsizetype limit = i + 3;
        for (qsizetype j = i + 1; j < qMin(limit, text.size()); ++j) {
            if (startsItem(j))
                return true;
            if (statesNone(text.at(j).text)) {
                ++limit; // "Priority action" / "There are none." / "Areas for improvement"
                continue;
            }
            if (!isHeadingLike(text.at(j)))
                return false;
        }
        return false;
    };

    qsizetype i = heading + 1;
    for (; i < text.size(); ++i) {
        const TextLine &line = text.at(i);
        QString rest;
        const int number = numberOf(line.text, &rest);
        ListItem *current = items.isEmpty() ? nullptr : &items.last();
        if (!current && statesNone(line.text) && i - heading <= 3)
            continue; // the list's first part is empty; its next sub-heading follows

        if (line.bullet) {
            // "4. Strengthen ... by ensuring that:" followed by bullets: they are parts of item 4.
            const bool leadsIn = current && (current->text.endsWith(QLatin1Char(':')) || !endsSentence(current->text));
            if (current && current->marker != ListItem::Marker::Bullet && !afterSubheading
                && (line.indent > current->indent || (leadsIn && line.indent == current->indent))
                && (leadsIn || inSubList)) {
                current->text += QStringLiteral("\n\u2022 ") + line.text.simplified();
                inSubList = true;
                continue;
            }
            items.append({ListItem::Marker::Bullet, 0, line.page, line.indent, line.text});
            afterSubheading = false;
            inSubList = false;
            continue;
        }
        if (number > 0 && (expected == 0 || number == expected)) {
            items.append({ListItem::Marker::Number, number, line.page, line.indent, rest});
            expected = number + 1;
            afterSubheading = false;
            inSubList = false;
            continue;
        }
        if (number > 0 && current && current->marker == ListItem::Marker::Number)
            break; // a paragraph out of the list's numbering: the section is over

        const bool unfinished = current && !endsSentence(current->text);
        // After a finished item, "Within three months:" is a sub-heading, not more text.
        if (current && !unfinished && (isHeadingLike(line) || line.text.endsWith(QLatin1Char(':')))
            && !isStopHeading(line.text) && itemFollows(i)) {
            afterSubheading = true;
            continue;
        }
        if (current && current->marker != ListItem::Marker::None
            && (line.indent > current->indent || (unfinished && !isHeadingLike(line)))) {
            TextTools::appendLine(current->text, line.text);
            continue;
        }
        if ((isHeadingLike(line) || line.text.endsWith(QLatin1Char(':'))) && !(current && unfinished)) {
            if (isStopHeading(line.text) || !itemFollows(i)) {
                // In an unmarked list a heading-like line may still be an item's first line.
                if (!((!current || current->marker == ListItem::Marker::None)
                      && line.indent > headingIndent && !isStopHeading(line.text)))
                    break;
            } else {
                afterSubheading = true;
                continue; // a sub-heading inside the list
            }
        }
        // Unmarked items: indented under the heading, one per sentence-ending line.
        if (line.indent > headingIndent
            && (!current || current->marker == ListItem::Marker::None)) {
            if (current && unfinished) {
                TextTools::appendLine(current->text, line.text);
            } else if (line.text.front().isUpper() || line.text.front().isDigit()) {
                items.append({ListItem::Marker::None, 0, line.page, line.indent, line.text});
                afterSubheading = false;
                inSubList = false;
            } else if (current) {
                TextTools::appendLine(current->text, line.text);
            } else {
                break;
            }
            continue;
        }
        if (current && unfinished && line.page != current->page) {
            // The item runs over the page break even where the layout lost its indent.
            TextTools::appendLine(current->text, line.text);
            continue;
        }
        if (items.isEmpty() && !isHeadingLike(line)) {
            // Introductory sentences before the first item ("The local authority should:").
            if (i - heading > 6)
                break;
            continue;
        }
        break;
    }

    if (end)
        *end = i;

    // Numbered paragraphs that only introduce bullets ("15. In order to improve ... the local
    // authority should take the following action.") are not items themselves.
    const bool hasBullets = std::any_of(items.cbegin(), items.cend(), [](const ListItem &item) {
        return item.marker == ListItem::Marker::Bullet;
    });
    if (hasBullets) {
        items.removeIf([](const ListItem &item) { return item.marker == ListItem::Marker::Number; });
    }
    return items;
}

} // namespace oversight
