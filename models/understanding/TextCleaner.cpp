#include "TextCleaner.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace oversight {

namespace {

// How many lines at the top and bottom of a page may belong to a running header or footer.
constexpr int kHeaderDepth = 3;
constexpr int kFooterDepth = 4;

bool isPageNumber(const QString &line)
{
    static const QRegularExpression re = TextTools::regex(
        QStringLiteral("^\\s*(?:page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?\\s*$"));
    return re.match(line).hasMatch();
}

bool isFootnoteNumber(const QString &line, int *number)
{
    static const QRegularExpression re = TextTools::regex(QStringLiteral("^\\s*(\\d{1,2})\\s*$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    *number = m.captured(1).toInt();
    return *number > 0;
}

// A footnote marker is the note's number glued to the end of a word or a question mark,
// as in "Board1" or "improve?1". This finds every marker; captured(1) is the number as written.
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression pattern(
            QStringLiteral("(?<=[A-Za-z\\?\\)\\x{2019}'])(\\d{1,2})(?=[\\s,.;:]|$)"));
        pattern.optimize();
        return pattern;
    }();
    return re;
}

} // namespace

namespace {

bool needsNormalising(char16_t u)
{
    switch (u) {
    case 0xFB00: case 0xFB01: case 0xFB02: case 0xFB03: case 0xFB04: case 0xFB05: case 0xFB06:
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x2002: case 0x2003:
    case 0x2010: case 0x2011: case 0x200B: case 0xFEFF: case 0x0009: case 0x000D: case 0x000C:
        return true;
    default:
        return false;
    }
}

} // namespace

QString TextCleaner::normaliseCharacters(const QString &text)
{
    // Most lines hold none of these characters: hand them back without copying.
    qsizetype first = 0;
    while (first < text.size() && !needsNormalising(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out;
    out.reserve(text.size() + 8);
    out.append(QStringView(text).first(first));
    for (const QChar c : QStringView(text).sliced(first)) {
        switch (c.unicode()) {
        case 0xFB00: out += QLatin1String("ff"); break;
        case 0xFB01: out += QLatin1String("fi"); break;
        case 0xFB02: out += QLatin1String("fl"); break;
        case 0xFB03: out += QLatin1String("ffi"); break;
        case 0xFB04: out += QLatin1String("ffl"); break;
        case 0xFB05:
        case 0xFB06: out += QLatin1String("st"); break;
        case 0x00A0:
        case 0x2007:
        case 0x202F:
        case 0x2009:
        case 0x200A:
        case 0x2002:
        case 0x2003: out += QLatin1Char(' '); break;
        case 0x2010:
        case 0x2011: out += QLatin1Char('-'); break;
        case 0x200B:
        case 0xFEFF: break;
        case 0x0009: out += QLatin1String("    "); break;
        case 0x000D:
        case 0x000C: break;
        default: out += c; break;
        }
    }
    return out;
}

bool TextCleaner::isBulletGlyph(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xF000 && u <= 0xF0FF) // Symbol/Wingdings glyphs mapped to the private-use area
        return true;
    switch (u) {
    case 0x2022: case 0x2023: case 0x2043: case 0x25AA: case 0x25AB: case 0x25A0:
    case 0x25A1: case 0x25CF: case 0x25CB: case 0x25E6: case 0x25FC: case 0x25FE:
    case 0x25B6: case 0x27A2: case 0x2219: case 0x00B7:
        return true;
    default:
        return false;
    }
}

QString TextCleaner::repairApostrophes(const QString &line)
{
    // A Ghostscript PDF/A re-save maps the right single quote to the glyph of '9'
    // ("His Majesty9s Inspector", "don9t"): a 9 between a letter and an English contraction's
    // ending is that quote. Lines without a 9 (nearly all) are handed back untouched.
    if (!line.contains(QLatin1Char('9')))
        return line;
    static const QRegularExpression badQuote = TextTools::regex(
        QStringLiteral("(?<=[A-Za-z])9(?=(?:s|t|re|ve|ll|d|m)\\b)"), false);
    QString out = line;
    out.replace(badQuote, QStringLiteral("\u2019"));
    return out;
}

TextCleaner::RawPage TextCleaner::splitPage(const QString &pageText)
{
    RawPage page;
    bool gap = false;
    const QStringList lines = pageText.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        QString line = repairApostrophes(normaliseCharacters(raw));
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty() || std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.isSpace(); })) {
            gap = !page.isEmpty();
            continue;
        }
        page.append({line, gap});
        gap = false;
    }
    return page;
}

// Lines that differ only in their numbers (page numbers, dates of the same footer) share a key.
QString TextCleaner::repeatKey(const QString &line)
{
    QString key;
    key.reserve(line.size());
    bool lastSpace = true;
    for (const QChar c : line) {
        if (c.isSpace()) {
            if (!lastSpace)
                key += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        if (c.isDigit()) {
            // Page 9 and page 21 share a footer: a run of digits is one '#'.
            if (!key.endsWith(QLatin1Char('#')))
                key += QLatin1Char('#');
            continue;
        }
        key += c.toLower();
    }
    return key.trimmed();
}

void TextCleaner::removeRunningLines(QList<RawPage> &pages)
{
    // Count on how many pages each key appears near the top or the bottom.
    QHash<QString, int> counts;
    for (const RawPage &page : pages) {
        QSet<QString> seen;
        const int n = int(page.size());
        for (int i = 0; i < n; ++i) {
            if (i >= kHeaderDepth && i < n - kFooterDepth)
                continue;
            seen.insert(repeatKey(page.at(i).text));
        }
        for (const QString &key : std::as_const(seen))
            ++counts[key];
    }
    const int pageCount = int(pages.size());
    const int threshold = std::max(3, (pageCount * 3 + 9) / 10);
    auto isRunning = [&](const QString &line) {
        const QString key = repeatKey(line);
        // A key made only of digits is a page number, handled below.
        return key.size() > 2 && counts.value(key) >= threshold;
    };

    for (qsizetype p = 0; p < pages.size(); ++p) {
        RawPage &page = pages[p];
        // From the top: running headers, and a page number printed above the text. The first
        // page is the cover, whose title is often repeated as the other pages' footer: keep it.
        int removedTop = 0;
        while (p > 0 && !page.isEmpty() && removedTop < kHeaderDepth
               && (isRunning(page.front().text) || (removedTop == 0 && isPageNumber(page.front().text)))) {
            page.removeFirst();
            ++removedTop;
        }
        // From the bottom: the page number, then footer lines.
        int removedBottom = 0;
        while (!page.isEmpty() && removedBottom < kFooterDepth
               && (isRunning(page.back().text) || isPageNumber(page.back().text))) {
            page.removeLast();
            ++removedBottom;
        }
        if (!page.isEmpty())
            page.front().gapBefore = false;
    }
}

void TextCleaner::removeFootnotes(RawPage &page)
{
    // Footnotes sit at the bottom: a line holding only the note's number, then its text.
    // Accept the block only when the number is also used as a marker higher up the page,
    // so that a list item or table cell that happens to be a lone number stays.
    const int n = int(page.size());
    const int earliest = std::max(1, n - 16);
    QList<int> candidates; // lines holding only a note's number, bottom up
    for (int i = n - 2; i >= earliest; --i) {
        int number = 0;
        if (isFootnoteNumber(page.at(i).text, &number))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return;
    // The first line using each number as a marker, found in one pass over the page (a pass
    // per candidate made long pages slow).
    QHash<QString, int> firstUse;
    for (int j = 0; j < candidates.first(); ++j) {
        QRegularExpressionMatchIterator it = markerPattern().globalMatch(page.at(j).text);
        while (it.hasNext()) {
            const QString number = it.next().captured(1);
            if (!firstUse.contains(number))
                firstUse.insert(number, j);
        }
    }
    int start = -1;
    for (const int i : std::as_const(candidates)) {
        int number = 0;
        isFootnoteNumber(page.at(i).text, &number);
        const auto use = firstUse.constFind(QString::number(number));
        if (use != firstUse.constEnd() && *use < i)
            start = i;
    }
    if (start < 0)
        return;
    QSet<QString> numbers;
    for (int i = start; i < n; ++i) {
        int number = 0;
        if (isFootnoteNumber(page.at(i).text, &number))
            numbers.insert(QString::number(number));
    }
    page.resize(start);
    for (RawLine &line : page) {
        QList<QPair<qsizetype, qsizetype>> markers; // start and length, left to right
        QRegularExpressionMatchIterator it = markerPattern().globalMatch(line.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (numbers.contains(m.captured(1)))
                markers.append({m.capturedStart(1), m.capturedLength(1)});
        }
        for (auto marker = markers.crbegin(); marker != markers.crend(); ++marker)
            line.text.remove(marker->first, marker->second);
    }
}

CleanText TextCleaner::clean(const QStringList &pageTexts)
{
    QList<RawPage> pages;
    pages.reserve(pageTexts.size());
    for (const QString &text : pageTexts)
        pages.append(splitPage(text));

    removeRunningLines(pages);
    for (RawPage &page : pages)
        removeFootnotes(page);

    CleanText result;
    result.pageCount = int(pages.size());
    for (int p = 0; p < pages.size(); ++p) {
        for (const RawLine &raw : std::as_const(pages.at(p))) {
            TextLine line;
            line.page = p + 1;
            line.gapBefore = raw.gapBefore;
            int i = 0;
            while (i < raw.text.size() && raw.text.at(i).isSpace())
                ++i;
            line.indent = i;
            // A bullet glyph followed by space (or a private-use glyph, never text).
            if (i < raw.text.size() && isBulletGlyph(raw.text.at(i))
                && (raw.text.at(i).unicode() >= 0xF000 || i + 1 >= raw.text.size()
                    || raw.text.at(i + 1).isSpace())) {
                line.bullet = true;
                ++i;
                while (i < raw.text.size() && raw.text.at(i).isSpace())
                    ++i;
            }
            line.text = raw.text.mid(i);
            if (line.text.isEmpty() && !line.bullet)
                continue;
            result.lines.append(line);
        }
    }
    return result;
}

} // namespace oversight
