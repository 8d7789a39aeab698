#include "JudgementReader.h"

#include "domain/DocumentFacts.h"

#include <QRegularExpression>

namespace oversight {

namespace {

// A table never runs longer than this many lines.
constexpr int kMaxTableLines = 24;

// How a row of a judgement table may begin. Prose that follows a table begins otherwise.
const QRegularExpression &labelStart()
{
    static const QRegularExpression re = TextTools::regex(QStringLiteral(
        "^(?:\\d+(?:\\.\\d+)*\\.?\\s+|the impact of leaders|the experiences and progress|"
        "experiences and progress|overall effectiveness|leadership|children who need|"
        "children looked after|adoption performance|capacity (?:to|for) improve|outcomes for|"
        "quality of provision|the effectiveness of|effectiveness of|safeguarding|looked after|"
        "care leavers|the local safeguarding|local safeguarding)"));
    return re;
}

bool startsLabel(const QString &text)
{
    return !text.isEmpty() && (text.front().isUpper() || text.front().isDigit());
}

// The grades as printed, word by word, for joining a grade that wraps inside its cell.
const QList<QStringList> &gradePhrases()
{
    static const QList<QStringList> phrases = {
        {QStringLiteral("requires"), QStringLiteral("improvement"), QStringLiteral("to"),
         QStringLiteral("be"), QStringLiteral("good")},
        {QStringLiteral("require"), QStringLiteral("improvement"), QStringLiteral("to"),
         QStringLiteral("be"), QStringLiteral("good")},
        {QStringLiteral("outstanding")},
        {QStringLiteral("good")},
        {QStringLiteral("inadequate")},
        {QStringLiteral("adequate")},
    };
    return phrases;
}

// 2 when words are a whole grade ("requires improvement" and "requires improvement to be
// good" both are), 1 when they only begin one ("requires", "requires improvement to be").
int gradeMatch(const QStringList &words)
{
    int best = 0;
    for (const QStringList &phrase : gradePhrases()) {
        if (words.size() > phrase.size())
            continue;
        bool prefix = true;
        for (qsizetype i = 0; i < words.size() && prefix; ++i)
            prefix = words.at(i).compare(phrase.at(i), Qt::CaseInsensitive) == 0;
        if (!prefix)
            continue;
        const bool whole = words.size() == phrase.size()
            || (phrase.size() == 5 && words.size() == 2); // "requires improvement"
        best = qMax(best, whole ? 2 : 1);
    }
    return best;
}

// The grade column's part of a line: its last cell when the line has several, or the whole
// line when it stands alone far to the right; empty when the line has none.
QString gradeFragment(const TextLine &line, QString *left)
{
    constexpr int kGradeColumn = 30; // a label never starts this far in
    bool hasOthers = false;
    const QStringView last = TextTools::lastCell(line.text, &hasOthers);
    if (!hasOthers && line.indent < kGradeColumn)
        return {};
    static const QStringList vocabulary = {
        QStringLiteral("requires"), QStringLiteral("require"), QStringLiteral("improvement"),
        QStringLiteral("to"), QStringLiteral("be"), QStringLiteral("good"),
        QStringLiteral("outstanding"), QStringLiteral("inadequate"), QStringLiteral("adequate")};
    const QStringList words = last.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return {};
    for (const QString &word : words) {
        if (!vocabulary.contains(word, Qt::CaseInsensitive))
            return {};
    }
    if (left)
        *left = hasOthers ? line.text.left(line.text.size() - last.size()).trimmed() : QString();
    return words.join(QLatin1Char(' '));
}

// The lines of a judgement table with every grade that wraps over several lines of its cell
// ("Requires" / "improvement to be" / "good", the middle part perhaps beside the label) joined
// into one and put on the row's label line: the first line of the grade's span that starts a
// label, or else its middle line. A grade that fits on one line is left where it is.
QList<TextLine> joinWrappedGrades(const CleanText &text, qsizetype start, qsizetype end)
{
    QList<TextLine> lines(text.lines.cbegin() + start, text.lines.cbegin() + end);
    QStringList lefts(lines.size());
    QStringList fragments(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        lefts[i] = lines.at(i).text;
        fragments[i] = gradeFragment(lines.at(i), &lefts[i]);
    }

    qsizetype i = 0;
    while (i < lines.size()) {
        if (fragments.at(i).isEmpty() || gradeMatch(fragments.at(i).split(QLatin1Char(' '))) == 0) {
            ++i;
            continue;
        }
        // Extend the grade over the following fragments while it still reads as one.
        QStringList words = fragments.at(i).split(QLatin1Char(' '));
        qsizetype last = i;
        for (qsizetype j = i + 1; j < lines.size() && j <= last + 2; ++j) {
            if (fragments.at(j).isEmpty())
                continue;
            const QStringList longer = words + fragments.at(j).split(QLatin1Char(' '));
            if (gradeMatch(longer) == 0
                || (gradeMatch(words) == 2 && gradeMatch(fragments.at(j).split(QLatin1Char(' '))) == 2))
                break;
            words = longer;
            last = j;
        }
        if (last == i || gradeMatch(words) != 2) {
            i = last + 1;
            continue;
        }
        qsizetype home = -1;
        for (qsizetype k = i; k <= last && home < 0; ++k) {
            if (startsLabel(lefts.at(k)))
                home = k;
        }
        if (home < 0)
            home = (i + last) / 2;
        for (qsizetype k = i; k <= last; ++k)
            lines[k].text = lefts.at(k);
        const QString grade = words.join(QLatin1Char(' '));
        lines[home].text = lines.at(home).text.isEmpty() ? grade
                                                         : lines.at(home).text + QLatin1String("    ") + grade;
        if (lines.at(home).text == grade)
            lines[home].indent = qMax(lines.at(home).indent, 40);
        i = last + 1;
    }
    lines.removeIf([](const TextLine &line) { return line.text.isEmpty(); });
    return lines;
}

} // namespace

QString JudgementReader::gradeFor(const QString &written)
{
    const QString g = written.simplified().toLower();
    if (g == QLatin1String("outstanding"))
        return Grade::Outstanding;
    if (g == QLatin1String("good"))
        return Grade::Good;
    if (g.startsWith(QLatin1String("requires improvement")) || g.startsWith(QLatin1String("require improvement")))
        return Grade::RequiresImprovement;
    if (g == QLatin1String("inadequate"))
        return Grade::Inadequate;
    return {};
}

bool JudgementReader::isGradeCell(const QString &cell)
{
    static const QRegularExpression re = TextTools::regex(QStringLiteral(
        "^(?:outstanding|good|requires? improvement(?: to be good)?|inadequate|adequate|"
        "satisfactory|not judged|not applicable|grade [1-4](?: \\(\\w+\\))?)$"));
    // Most cells and lines are not grades: they are turned away by their first letter before
    // being simplified and matched (non-ASCII first letters still go to the pattern).
    qsizetype first = 0;
    while (first < cell.size() && cell.at(first).isSpace())
        ++first;
    if (first == cell.size())
        return false;
    const char16_t c = cell.at(first).unicode();
    if (c < 0x80 && !QByteArrayView("ogriansOGRIANS").contains(char(c)))
        return false;
    return re.match(cell.simplified()).hasMatch();
}

QString JudgementReader::areaFor(const QString &label, const QString &kind)
{
    const QString l = TextTools::forMatching(label).simplified().toLower();
    if (l.contains(QLatin1String("overall effectiveness")))
        return Area::Overall;
    if (l.contains(QLatin1String("impact of leaders")) || l.contains(QLatin1String("leadership, management"))
        || l.contains(QLatin1String("leadership and management")))
        return Area::Leaders;
    // Before 2013 the frameworks judged other things; only the two above carry over.
    if (kind == Kind::PreSif)
        return {};
    if (l.contains(QLatin1String("local safeguarding children board")) || l.contains(QLatin1String("lscb")))
        return Area::Lscb;
    if (l.contains(QLatin1String("help and protection")))
        return Area::HelpProtection;
    if (l.contains(QLatin1String("adoption")))
        return Area::Adoption;
    // ILACS before 2023 judged "children in care and care leavers" together: that is in_care.
    if (l.contains(QLatin1String("children in care")) || l.contains(QLatin1String("looked after")))
        return Area::InCare;
    if (l.contains(QLatin1String("care leavers")))
        return Area::CareLeavers;
    return {};
}

void JudgementReader::record(JudgementFacts &facts, const QString &label, const QString &grade,
                             const QString &kind)
{
    static const QRegularExpression numbering =
        TextTools::regex(QStringLiteral("^\\d+(?:\\.\\d+)*\\.?\\s+"));
    QString cleanLabel = label.simplified();
    cleanLabel.remove(numbering);
    const QString area = areaFor(cleanLabel, kind);
    const QString value = gradeFor(grade);
    if (!area.isEmpty() && !value.isEmpty()) {
        if (!facts.judgements.contains(area))
            facts.judgements.insert(area, value);
        return;
    }
    if (!facts.otherJudgements.contains(cleanLabel))
        facts.otherJudgements.insert(cleanLabel, grade.simplified());
}

void JudgementReader::readTable(const CleanText &text, qsizetype start, const QString &kind,
                                JudgementFacts &facts)
{
    static const QRegularExpression gradeTail = TextTools::regex(QStringLiteral("^to be good$"));
    static const QRegularExpression tightRow = TextTools::regex(
        QStringLiteral("^(.*\\S)\\s+(Outstanding|Good|Requires improvement(?: to be good)?|"
                       "Inadequate|Adequate)$"),
        false);
    QString label;
    QString pendingGrade; // the grade of the label being read
    QString carried;      // a grade on a line of its own above the label it belongs to
    bool seenGrade = false;
    int captions = 0;
    auto flush = [&]() {
        if (!label.isEmpty() && !pendingGrade.isEmpty())
            record(facts, label, pendingGrade, kind);
        label.clear();
        pendingGrade.clear();
    };
    const int page = text.at(start).page;
    // A grade wrapped over its cell may begin above the first row's label ("Requires").
    for (int back = 0; back < 2 && start > 0 && text.at(start - 1).page == page; ++back) {
        QString left;
        if (gradeFragment(text.at(start - 1), &left).isEmpty() || !left.isEmpty())
            break;
        --start;
    }
    qsizetype end = start;
    while (end < qMin(start + kMaxTableLines, text.size()) && text.at(end).page == page)
        ++end;
    const QList<TextLine> table = joinWrappedGrades(text, start, end);
    for (const TextLine &line : table) {
        QStringList cells = TextTools::cells(line.text);
        // "Requires improvement / to be good" wraps inside its cell.
        if (!cells.isEmpty() && gradeTail.match(cells.last()).hasMatch())
            cells.removeLast();
        QString grade;
        if (!cells.isEmpty() && isGradeCell(cells.last())) {
            grade = cells.takeLast();
        } else if (!cells.isEmpty()) {
            // A narrow table may leave a single space before the grade; then only a row label
            // followed by a capitalised grade counts.
            const QRegularExpressionMatch m = tightRow.match(cells.last());
            if (m.hasMatch() && labelStart().match(TextTools::forMatching(m.captured(1))).hasMatch()) {
                cells.last() = m.captured(1);
                grade = m.captured(2);
            }
        }
        const QString left = cells.join(QLatin1Char(' ')).simplified();
        if (!left.isEmpty() && startsLabel(left)) {
            // A new row, or prose after the table.
            if (!labelStart().match(TextTools::forMatching(left)).hasMatch() && grade.isEmpty()) {
                if (seenGrade || ++captions > 3)
                    break;
            }
            flush();
            label = left;
            if (grade.isEmpty() && !carried.isEmpty())
                pendingGrade = carried;
            carried.clear();
        } else if (!left.isEmpty()) {
            TextTools::appendLine(label, left); // the label goes on
        }
        if (grade.isEmpty())
            continue;
        seenGrade = true;
        if (left.isEmpty() && (!pendingGrade.isEmpty() || label.isEmpty()))
            carried = grade; // vertically centred beside the next label
        else
            pendingGrade = grade;
    }
    flush();
}

void JudgementReader::readGradeHeadings(const CleanText &text, const QString &kind,
                                        JudgementFacts &facts)
{
    // "Overall effectiveness of services for looked / after children and young people /
    // Grade 4 (inadequate)": the heading lines above the grade name it.
    static const QRegularExpression gradeLine =
        TextTools::regex(QStringLiteral("^Grade\\s+([1-4])\\s*\\(([a-z ]+)\\)\\s*$"));
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QRegularExpressionMatch m = gradeLine.match(text.at(i).text);
        if (!m.hasMatch())
            continue;
        QString heading;
        for (qsizetype j = qMax<qsizetype>(0, i - 2); j < i; ++j) {
            if (text.at(j).page == text.at(i).page && !text.at(j).text.endsWith(QLatin1Char('.')))
                TextTools::appendLine(heading, text.at(j).text);
            else
                heading.clear();
        }
        if (!heading.isEmpty())
            record(facts, heading, m.captured(2), kind);
    }
}

QString JudgementReader::sifOverall(const CleanText &text)
{
    static const QRegularExpression statement = TextTools::regex(QStringLiteral(
        "\\b(?:children's services in [^.]{1,90}?|the overall judgement is(?: that children's services)?)"
        "\\s+(?:are|is)?\\s*(outstanding|good|inadequate|requires? improvement)\\b"));
    const QString cover = TextTools::forMatching(text.join(0, text.endOfPage(1)));
    const QRegularExpressionMatch m = statement.match(cover);
    return m.hasMatch() ? gradeFor(m.captured(1)) : QString();
}

QString JudgementReader::lscbGrade(const CleanText &text)
{
    static const QRegularExpression opening = TextTools::regex(QStringLiteral(
        "^The (?:effectiveness of the )?(?:Local Safeguarding Children Board|LSCB)\\b"));
    static const QRegularExpression statement = TextTools::regex(QStringLiteral(
        "^The (?:effectiveness of the )?(?:Local Safeguarding Children Board|LSCB)"
        "(?: \\(LSCB\\))?(?: in [^.]{1,60}?)?\\s+(?:is\\s+|are\\s+)?"
        "(outstanding|good|inadequate|adequate|requires? improvement)\\b"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!opening.match(text.at(i).text).hasMatch())
            continue;
        const QString sentence = text.join(i, qMin(i + 2, text.size()));
        const QRegularExpressionMatch m = statement.match(TextTools::forMatching(sentence));
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

JudgementFacts JudgementReader::read(const CleanText &text, const QString &kind)
{
    JudgementFacts facts;
    if (kind == Kind::Other || kind == Kind::MonitoringVisit || kind == Kind::FocusedVisit)
        return facts; // letters give no graded judgements

    static const QRegularExpression ilacsHeader =
        TextTools::regex(QStringLiteral("^Judgement\\s{2,}Grade$"));
    static const QRegularExpression sifFirstRow =
        TextTools::regex(QStringLiteral("^1\\.\\s+\\S"));
    static const QRegularExpression mainFindings =
        TextTools::regex(QStringLiteral("^Record of main findings$"));

    const qsizetype coverEnd = text.endOfPage(1);
    qsizetype start = text.find(ilacsHeader, 0, coverEnd);
    if (start >= 0)
        start += 1;
    else
        start = text.find(sifFirstRow, 0, coverEnd);
    if (start < 0 && kind == Kind::PreSif) {
        start = text.find(mainFindings);
        if (start >= 0)
            start += 1;
    }
    if (start >= 0 && start < text.size())
        readTable(text, start, kind, facts);
    if (kind == Kind::PreSif && facts.judgements.isEmpty() && facts.otherJudgements.isEmpty())
        readGradeHeadings(text, kind, facts);

    if (kind == Kind::Sif || kind == Kind::SifReinspection) {
        const QString overall = sifOverall(text);
        if (!overall.isEmpty() && !facts.judgements.contains(Area::Overall))
            facts.judgements.insert(Area::Overall, overall);
    }
    if (kind == Kind::Sif || kind == Kind::LscbReview) {
        const QString lscb = lscbGrade(text);
        const QString value = gradeFor(lscb);
        if (!value.isEmpty() && !facts.judgements.contains(Area::Lscb))
            facts.judgements.insert(Area::Lscb, value);
        else if (value.isEmpty() && !lscb.isEmpty())
            facts.otherJudgements.insert(QStringLiteral("Local Safeguarding Children Board"), lscb);
    }
    return facts;
}

} // namespace oversight
