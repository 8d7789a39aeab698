#include "FindingReader.h"

#include "JudgementReader.h"
#include "KindClassifier.h"
#include "ListReader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace oversight {

namespace {

// A numbered paragraph may skip numbers that belong to lists read elsewhere (recommendations
// share the report's numbering), but not many.
constexpr int kMaxNumberGap = 12;
// A line that closes a sentence this far short of the text width ends its paragraph.
constexpr double kShortLine = 0.82;
// A heading is no wider than this share of the text width.
constexpr double kHeadingWidth = 0.78;

bool isContentsEntry(const TextLine &line)
{
    bool hasOthers = false;
    const QStringView last = TextTools::lastCell(line.text, &hasOthers);
    if (!hasOthers)
        return false;
    bool isNumber = false;
    static_cast<void>(last.toInt(&isNumber));
    return isNumber;
}

// The heading text of a line, without a grade printed beside it.
QString headingText(const TextLine &line)
{
    bool hasOthers = false;
    TextTools::lastCell(line.text, &hasOthers);
    if (!hasOthers) // one cell, the usual case: nothing to take off
        return line.text.simplified();
    QStringList cells = TextTools::cells(line.text);
    while (cells.size() > 1 && JudgementReader::isGradeCell(cells.last()))
        cells.removeLast();
    return cells.join(QLatin1Char(' ')).simplified();
}

// A full stop, question or exclamation mark (perhaps inside a quote or bracket) ends a
// paragraph's last line; a semicolon does not.
bool closesSentence(const QString &line)
{
    const auto isStop = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!');
    };
    const auto isCloser = [](QChar c) {
        return c == QChar(0x2019) || c == QLatin1Char('\'') || c == QLatin1Char('"')
               || c == QLatin1Char(')');
    };
    // Exactly what [.?!][\x{2019}'")]?$ matches, without a regular expression per line.
    qsizetype end = line.size();
    if (end > 0 && line.at(end - 1) == QLatin1Char('\n'))
        --end; // $ also matches before a final newline
    if (end == 0)
        return false;
    if (isStop(line.at(end - 1)))
        return true;
    return end >= 2 && isCloser(line.at(end - 1)) && isStop(line.at(end - 2));
}

// A line ending in a word that cannot end a heading ("of", "the", "has been") runs on. Only
// the last word is looked at (a regular expression anchored at the end tried every position of
// every line).
bool endsWithDanglingWord(const QString &line)
{
    static const QSet<QString> words{
        QStringLiteral("a"),     QStringLiteral("an"),    QStringLiteral("the"),
        QStringLiteral("of"),    QStringLiteral("to"),    QStringLiteral("and"),
        QStringLiteral("or"),    QStringLiteral("in"),    QStringLiteral("on"),
        QStringLiteral("at"),    QStringLiteral("by"),    QStringLiteral("for"),
        QStringLiteral("with"),  QStringLiteral("from"),  QStringLiteral("that"),
        QStringLiteral("which"), QStringLiteral("who"),   QStringLiteral("has"),
        QStringLiteral("have"),  QStringLiteral("had"),   QStringLiteral("been"),
        QStringLiteral("is"),    QStringLiteral("are"),   QStringLiteral("was"),
        QStringLiteral("were"),  QStringLiteral("be"),    QStringLiteral("as"),
        QStringLiteral("their"), QStringLiteral("its"),   QStringLiteral("this"),
        QStringLiteral("these"), QStringLiteral("not")};
    qsizetype start = line.size();
    while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_')
                         || line.at(start - 1).isMark()))
        --start;
    const qsizetype length = line.size() - start;
    return length > 0 && length <= 5 && words.contains(line.sliced(start).toLower());
}

} // namespace

qsizetype FindingReader::bodyStart(const CleanText &text, bool isLetter)
{
    const qsizetype pageOneEnd = text.endOfPage(1);
    if (isLetter) {
        // After the salutation and the title ("Focused visit to X children's services").
        static const QRegularExpression salutation = TextTools::regex(QStringLiteral("^Dear\\s"));
        static const QRegularExpression title = TextTools::regex(
            QStringLiteral("^(?:monitoring|focused) visit (?:to|of|at)\\b"));
        static const QRegularExpression titleEnd =
            TextTools::regex(QStringLiteral("\\b(?:services|social care)$"));
        qsizetype start = text.find(salutation, 0, pageOneEnd);
        start = start >= 0 ? start + 1 : 0;
        if (start < text.size() && title.match(text.at(start).text).hasMatch()) {
            for (qsizetype i = start; i < qMin(start + 3, pageOneEnd); ++i) {
                if (titleEnd.match(text.at(i).text).hasMatch())
                    return i + 1;
            }
        }
        return start;
    }
    // After the cover block: its fields, and the judgement table with its label lines.
    static const QRegularExpression field = TextTools::regex(QStringLiteral(
        "^(?:inspection dates?|lead inspector|reporting inspector|report published|published|"
        "age group|judgement\\s{2,}grade|(?:her|his) majesty's inspector)"));
    qsizetype start = 0;
    for (qsizetype i = 0; i < pageOneEnd; ++i) {
        const TextLine &line = text.at(i);
        const QStringList cells = TextTools::cells(line.text);
        const bool graded = !cells.isEmpty() && JudgementReader::isGradeCell(cells.last());
        if (graded || field.match(TextTools::forMatching(line.text)).hasMatch())
            start = i + 1;
    }
    // The label lines that wrap below the last graded row.
    while (start < pageOneEnd && !text.at(start).text.isEmpty() && text.at(start).text.front().isLower()
           && text.at(start).text.size() < 50)
        ++start;
    return start;
}

qsizetype FindingReader::bodyEnd(const CleanText &text, qsizetype from, bool isLetter)
{
    static const QRegularExpression reportEnd = TextTools::regex(QStringLiteral(
        "^(?:information about this inspection|any complaints about the inspection|"
        "the office for standards in education|if you would like a copy of this document)"));
    static const QRegularExpression letterEnd =
        TextTools::regex(QStringLiteral("^yours (?:sincerely|faithfully)"));
    const QRegularExpression &endPattern = isLetter ? letterEnd : reportEnd;
    for (qsizetype i = from; i < text.size(); ++i) {
        // A contents entry names the same heading with a page number after it.
        if (endPattern.match(text.at(i).text).hasMatch() && !isContentsEntry(text.at(i)))
            return i;
    }
    return text.size();
}

QList<Finding> FindingReader::read(const CleanText &text, const QString &kind,
                                   const QList<QPair<qsizetype, qsizetype>> &excluded)
{
    QList<Finding> findings;
    if (kind == Kind::Other || text.lines.isEmpty())
        return findings;
    const bool isLetter = KindClassifier::isLetter(kind);
    const qsizetype start = bodyStart(text, isLetter);
    const qsizetype end = bodyEnd(text, start, isLetter);

    // The text width: most body lines fill it, so a high percentile of line lengths is
    // robust against the odd wide address or table line.
    QList<int> lengths;
    lengths.reserve(text.size());
    for (const TextLine &line : text.lines) {
        bool hasOthers = true;
        if (!line.bullet && !TextTools::lastCell(line.text, &hasOthers).isEmpty() && !hasOthers)
            lengths.append(line.indent + int(line.text.size()));
    }
    std::sort(lengths.begin(), lengths.end());
    const int textWidth = lengths.isEmpty() ? 80 : lengths.at(lengths.size() * 3 / 4);
    auto isExcluded = [&](qsizetype i) {
        for (const auto &span : excluded) {
            if (i >= span.first && i < span.second)
                return true;
        }
        return false;
    };

    static const QRegularExpression contentsHeading =
        TextTools::regex(QStringLiteral("^(?:contents|table of contents)$"));
    static const QRegularExpression gradeLine =
        TextTools::regex(QStringLiteral("^grade\\s+[1-4]\\s*\\(\\w[\\w ]*\\)$"));
    static const QRegularExpression genericHeading = TextTools::regex(
        QStringLiteral("^(?:summary|inspection findings|findings|executive summary)$"));
    QString section;
    QString mainSection; // the last heading that names a part of the report
    int lastNumber = 0;
    Finding *current = nullptr;
    int currentIndent = 0;
    bool open = false; // the current paragraph may continue
    // A paragraph's text is kept simplified as it grows (its first line is simplified, and
    // appendLine adds simplified lines), so finishing it has nothing left to tidy.
    auto finish = [&]() {
        current = nullptr;
        open = false;
    };

    for (qsizetype i = start; i < end; ++i) {
        if (isExcluded(i)) {
            finish();
            continue;
        }
        const TextLine &line = text.at(i);
        if (isContentsEntry(line))
            continue;
        const QChar first = line.text.isEmpty() ? QChar() : line.text.front().toLower();
        if ((first == QLatin1Char('c') || first == QLatin1Char('t') || first.unicode() >= 0x80)
            && contentsHeading.match(line.text).hasMatch()) {
            // The contents page lists headings, not paragraphs: skip to the next page.
            finish();
            const qsizetype next = text.endOfPage(line.page);
            i = next - 1;
            continue;
        }
        if ((first == QLatin1Char('g') || first.unicode() >= 0x80) && gradeLine.match(line.text).hasMatch())
            continue; // "Grade 4 (inadequate)" under a heading belongs to the judgements
        QString rest;
        const int number = ListReader::numberOf(line.text, &rest);
        // "18." continues the numbering even after a long gap (lists read elsewhere share it);
        // a bare "18 " must follow closely.
        const bool dotted = number > 0 && line.text.at(QString::number(number).size()) == QLatin1Char('.');
        const bool numbered = number > 0 && number > lastNumber
            && (dotted || (lastNumber > 0 && number <= lastNumber + kMaxNumberGap));
        const bool unfinished = current && !ListReader::endsSentence(current->text);

        if (numbered || line.bullet) {
            finish();
            findings.append({numbered ? number : 0, section,
                             (numbered ? rest : line.text).simplified(), line.page});
            if (numbered)
                lastNumber = number;
            current = &findings.last();
            currentIndent = line.indent;
            open = true;
            continue;
        }
        const QString heading = headingText(line);
        // Headings stand short of the text width; a paragraph's first line fills it.
        const bool narrow = line.indent + heading.size() < kHeadingWidth * textWidth;
        // A line ending in "of", "the" or "has been" continues a sentence unless the next line
        // is a short lower-case end of the heading.
        bool dangling = endsWithDanglingWord(heading);
        qsizetype after = i + 1;
        if (after < end && JudgementReader::isGradeCell(text.at(after).text))
            ++after; // "Leadership, management and / Inadequate / governance"
        if (dangling && after < end) {
            const QString more = headingText(text.at(after));
            dangling = more.isEmpty() || !more.front().isLower()
                || text.at(after).indent + more.size() >= kHeadingWidth * textWidth;
        }
        const bool headingLike = narrow && !dangling
            && (ListReader::isHeadingLike({heading, line.page, line.indent, false, false})
                || (!heading.isEmpty() && heading.endsWith(QLatin1Char(':')) && heading.front().isUpper()));
        if (headingLike && !(open && unfinished)) {
            finish();
            // "Summary" and "Inspection findings" divide a graded section: keep its name.
            if (!isLetter && genericHeading.match(heading).hasMatch() && !mainSection.isEmpty())
                section = mainSection + QStringLiteral(" \u2013 ") + heading;
            else
                section = heading;
            const bool isMain = !genericHeading.match(heading).hasMatch();
            // "The experiences and progress of children who need help and / protection: good";
            // a grade printed on a line of its own beside the heading is skipped.
            while (i + 1 < end && !text.at(i + 1).bullet) {
                const TextLine &next = text.at(i + 1);
                if (JudgementReader::isGradeCell(next.text)) {
                    ++i;
                    continue;
                }
                const QString more = headingText(next);
                if (more.isEmpty() || !more.front().isLower() || more.size() >= 60
                    || ListReader::endsSentence(section))
                    break;
                ++i;
                TextTools::appendLine(section, more);
            }
            if (isMain)
                mainSection = section;
            continue;
        }
        const bool continues = open
            && (unfinished || line.indent > currentIndent
                || (line.indent == currentIndent && current && findings.last().number > 0 && !line.gapBefore));
        if (continues && !line.gapBefore) {
            TextTools::appendLine(current->text, line.text);
        } else {
            finish();
            findings.append({0, section, line.text.simplified(), line.page});
            current = &findings.last();
            currentIndent = line.indent;
            open = true;
        }
        // An unnumbered paragraph ends on a short line that closes a sentence.
        if (current && current->number == 0 && closesSentence(line.text)
            && line.indent + line.text.size() < kShortLine * textWidth)
            open = false;
        if (open && current && current->number > 0 && closesSentence(line.text)
            && line.indent + line.text.size() < kShortLine * textWidth
            && i + 1 < end && text.at(i + 1).indent <= currentIndent
            && text.at(i + 1).page == line.page)
            open = false; // a numbered paragraph's last line, followed by unindented prose
    }
    finish();
    findings.removeIf([](const Finding &f) { return f.text.isEmpty(); });
    return findings;
}

} // namespace oversight
