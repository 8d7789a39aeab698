#include "CleanText.h"

namespace oversight {

QString CleanText::join(qsizetype from, qsizetype to) const
{
    QString running;
    from = qMax<qsizetype>(0, from);
    to = qMin(to, lines.size());
    for (qsizetype i = from; i < to; ++i)
        TextTools::appendLine(running, lines.at(i).text);
    return running;
}

QString CleanText::opening(int pages) const
{
    return join(0, endOfPage(pages));
}

qsizetype CleanText::find(const QRegularExpression &re, qsizetype from, qsizetype to) const
{
    if (to < 0 || to > lines.size())
        to = lines.size();
    for (qsizetype i = qMax<qsizetype>(0, from); i < to; ++i) {
        if (re.match(lines.at(i).text).hasMatch())
            return i;
    }
    return -1;
}

qsizetype CleanText::endOfPage(int page) const
{
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).page <= page)
        ++i;
    return i;
}

namespace TextTools {

QString simplified(const QString &text)
{
    return text.simplified();
}

void appendLine(QString &running, const QString &line)
{
    const QString next = line.simplified();
    if (next.isEmpty())
        return;
    if (running.isEmpty()) {
        running = next;
        return;
    }
    const QChar last = running.back();
    if (last == QChar(0x00AD)) {
        running.chop(1);
        running += next;
        return;
    }
    if (last == QLatin1Char('-') && running.size() >= 2 && running.at(running.size() - 2).isLetter()
        && next.front().isLetterOrNumber()) {
        running += next;
        return;
    }
    running += QLatin1Char(' ');
    running += next;
}

QString forMatching(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x02BC:
        case 0x0060: // a grave accent typed for an apostrophe
            c = QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
            c = QLatin1Char('"');
            break;
        default:
            break;
        }
    }
    return out;
}

QRegularExpression regex(const QString &pattern, bool caseInsensitive)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(pattern, options);
    Q_ASSERT_X(re.isValid(), "TextTools::regex", qPrintable(re.errorString()));
    re.optimize();
    return re;
}

QStringList cells(const QString &text)
{
    // A plain scan rather than a split on \s{3,}: it runs on most lines of every document,
    // and the regular expression made it a third of all the time spent understanding one.
    QStringList out;
    const QStringView line = QStringView(text).trimmed();
    qsizetype cellStart = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!line[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype gapEnd = i;
        while (gapEnd < line.size() && line[gapEnd].isSpace())
            ++gapEnd;
        if (gapEnd - i >= 3) {
            out.append(line.sliced(cellStart, i - cellStart).toString());
            cellStart = gapEnd;
        }
        i = gapEnd;
    }
    if (cellStart < line.size())
        out.append(line.sliced(cellStart).toString());
    return out;
}

bool containsIgnoringAsciiCase(QStringView text, const char *lowerCaseAscii)
{
    const qsizetype length = qsizetype(qstrlen(lowerCaseAscii));
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    for (qsizetype i = 0; i + length <= text.size(); ++i) {
        qsizetype j = 0;
        while (j < length && lower(text[i + j].unicode()) == char16_t(lowerCaseAscii[j]))
            ++j;
        if (j == length)
            return true;
    }
    return false;
}

QStringView lastCell(QStringView text, bool *hasOthers)
{
    const QStringView line = text.trimmed();
    // Walk back over the last cell to the gap before it, if any.
    qsizetype i = line.size();
    for (;;) {
        while (i > 0 && !line[i - 1].isSpace())
            --i;
        qsizetype gapStart = i;
        while (gapStart > 0 && line[gapStart - 1].isSpace())
            --gapStart;
        if (gapStart == 0 || i - gapStart >= 3) {
            if (hasOthers)
                *hasOthers = gapStart > 0;
            return line.sliced(i);
        }
        i = gapStart; // a narrow gap inside the cell
    }
}

} // namespace TextTools
} // namespace oversight
