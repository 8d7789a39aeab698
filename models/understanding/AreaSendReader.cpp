#include "AreaSendReader.h"

#include "AuthorityDirectory.h"
#include "DateParser.h"
#include "TextCleaner.h"

#include <QMap>
#include <QRegularExpression>

namespace oversight {

namespace {

// Lines of page 1 that may hold the title block.
constexpr int kHeadLines = 12;
// Lines after "Inspection outcome" that hold the outcome sentence.
constexpr int kOutcomeLines = 8;
// A line whose text starts within this many columns of the margin has a cell in the
// responsible-body column of a priority-action table; the action column starts far to the
// right of it (about 35 columns in physical layout).
constexpr int kBodyColumnIndent = 10;

bool isHeading(const TextLine &line, const char *heading)
{
    return TextTools::simplified(line.text).compare(QLatin1String(heading), Qt::CaseInsensitive)
           == 0;
}

// Where a section that lists areas for action ends: the next of the report's own headings.
bool endsActions(const TextLine &line)
{
    static const QRegularExpression end = TextTools::regex(QStringLiteral(
        "^(?:local area partnership details|information about this inspection|inspection team"
        "|areas for improvement)$"));
    return end.match(TextTools::simplified(line.text)).hasMatch();
}

struct ActionLine
{
    QString body;   // the responsible-body cell on this line, if any
    QString action; // the action cell on this line, if any
    int page = 0;
    bool bullet = false;
    bool gapBefore = false;
};

// One table row in the making.
struct Row
{
    QString body;
    QString text;
    int page = 0;
};

// Splits a section's lines into table rows. Physical-layout text keeps no table rules, so a
// row's start is read from what the layout does keep:
// - two-column tables (responsible body | action): a body cell starts a row when the body
//   column was empty on the line before, or the action before it ended a sentence;
// - one-column tables whose rows are set apart by space (a blank line, seen on some line of
//   the table): a gap before a new sentence starts a row, and so does a page that begins with
//   a new sentence after the last page ended one short of the margin. Import marks every gap
//   the word boxes show (LayoutGaps, on the pages tablePages() names): rows set apart only by
//   the half-point rule between them, or by a few points, show one too. Lines of one row are
//   set at the text's line pitch; its bullets are set apart too, but a bullet starts no row;
// - one-column tables set close, in text without the layout's gaps (stored by an older
//   import): a paragraph ends where the line before ended a sentence so far short of the
//   column's width that the next word would have fitted on it.
QList<Row> splitRows(const QList<ActionLine> &lines, bool twoColumns)
{
    qsizetype width = 0;
    bool gapsBetweenRows = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        width = qMax(width, lines.at(i).action.size());
        if (i > 0 && lines.at(i).gapBefore && !lines.at(i).bullet)
            gapsBetweenRows = true;
    }
    QList<Row> rows;
    const ActionLine *previous = nullptr;
    QString previousAction;
    bool previousHadBody = false;
    for (const ActionLine &line : lines) {
        const bool startsSentence = !line.action.isEmpty() && line.action.front().isUpper()
                                    && !line.bullet;
        const bool sentenceEnded = previousAction.endsWith(QLatin1Char('.'));
        const qsizetype firstWord = line.action.indexOf(QLatin1Char(' '));
        const bool nextWordFitted =
            previousAction.size() + 1 + (firstWord < 0 ? line.action.size() : firstWord) <= width;
        const bool paragraphEnded = sentenceEnded && startsSentence && nextWordFitted;
        bool starts = previous == nullptr;
        if (!starts && twoColumns) {
            starts = !line.body.isEmpty()
                     && (!previousHadBody || (sentenceEnded && (startsSentence || line.action.isEmpty())));
        } else if (!starts && gapsBetweenRows) {
            starts = (line.gapBefore && startsSentence)
                     || (line.page != previous->page && paragraphEnded);
        } else if (!starts) {
            starts = paragraphEnded;
        }
        if (starts)
            rows.append({QString(), QString(), line.page});
        Row &row = rows.last();
        if (!line.body.isEmpty())
            TextTools::appendLine(row.body, line.body);
        if (!line.action.isEmpty()) {
            TextTools::appendLine(row.text, line.action);
            previousAction = line.action;
        }
        previousHadBody = !line.body.isEmpty();
        previous = &line;
    }
    return rows;
}

// The lines of the section under `heading`, up to the next heading, table headers left out.
QList<ActionLine> sectionLines(const CleanText &text, const char *heading, bool *twoColumns)
{
    QList<ActionLine> lines;
    *twoColumns = false;
    qsizetype i = 0;
    while (i < text.size() && !isHeading(text.at(i), heading))
        ++i;
    static const QRegularExpression tableHeader = TextTools::regex(QStringLiteral(
        "^(?:responsible body\\s+)?areas for (?:priority action|improvement)$"));
    for (++i; i < text.size(); ++i) {
        const TextLine &line = text.at(i);
        const QString simple = TextTools::simplified(line.text);
        if (tableHeader.match(simple).hasMatch()) {
            if (simple.startsWith(QLatin1String("Responsible"), Qt::CaseInsensitive))
                *twoColumns = true;
            else if (!lines.isEmpty() || !isHeading(line, heading))
                break; // the next section's heading
            continue; // the table's header row
        }
        if (endsActions(line))
            break;
        ActionLine out;
        out.page = line.page;
        out.bullet = line.bullet;
        out.gapBefore = line.gapBefore;
        const QStringList cells = TextTools::cells(line.text);
        if (*twoColumns && line.indent < kBodyColumnIndent && !line.bullet) {
            out.body = cells.value(0);
            out.action = cells.size() > 1 ? cells.mid(1).join(QLatin1Char(' ')) : QString();
        } else {
            out.action = cells.join(QLatin1Char(' '));
        }
        lines.append(out);
    }
    return lines;
}

QStringList appended(QStringList a, const QStringList &b)
{
    for (const QString &name : b) {
        if (!a.contains(name, Qt::CaseInsensitive))
            a.append(name);
    }
    return a;
}

} // namespace

bool AreaSendReader::recognises(const CleanText &text)
{
    // The title opens a line of page 1's head; a sentence that mentions such an inspection
    // does not make a report one.
    static const QRegularExpression title =
        TextTools::regex(QStringLiteral("^area SEND inspection of\\b"));
    return text.find(title, 0, qMin<qsizetype>(text.endOfPage(1), kHeadLines)) >= 0;
}

QString AreaSendReader::outcomeOf(const QString &text)
{
    // The three sentences of the framework's outcomes, strongest concern first: a report
    // with systemic failings may also speak of inconsistent experiences further on.
    static const QRegularExpression systemic =
        TextTools::regex(QStringLiteral("\\bwidespread and/or systemic failings\\b"
                                        "|\\bwidespread (?:and|or) systemic failings\\b"));
    static const QRegularExpression inconsistent =
        TextTools::regex(QStringLiteral("\\blead to inconsistent experiences and outcomes\\b"));
    static const QRegularExpression positive = TextTools::regex(
        QStringLiteral("\\btypically lead to positive experiences and outcomes\\b"));
    const QString simple = TextTools::simplified(TextTools::forMatching(text));
    if (systemic.match(simple).hasMatch())
        return SendOutcome::SystemicFailings;
    if (inconsistent.match(simple).hasMatch())
        return SendOutcome::Inconsistent;
    if (positive.match(simple).hasMatch())
        return SendOutcome::Positive;
    return {};
}

QStringList AreaSendReader::readTeam(const CleanText &text, QString *lead)
{
    // One member: an optional honorific, the name, an optional "HMI", a comma, then the role,
    // which names the inspectorate: "Sue Eastwood, Ofsted Lead inspector", "Adam Sproston HMI,
    // Ofsted lead inspector", "Una Buckley, HMI, Ofsted Lead inspector", "Liz Fox, CQC
    // inspector", "Jo Petch, Ofsted HMI, lead inspector". Two members may share a line, one a column, with as little as one space
    // between them, so the role's words are matched one by one and the next name starts
    // where they end.
    static const QRegularExpression member(QStringLiteral(
        "(?:\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+)?"
        "([A-Z][A-Za-z'\\-]+(?:\\s+(?:(?:de|van|von|der|du|la|le)\\s+)?[A-Z][A-Za-z'\\-]+){1,3}?)"
        "(?:\\s+HMI)?\\s*,\\s*(?:HMI\\s*,\\s*)?(Ofsted|CQC)\\b((?:[\\s,]+(?i:HMI|senior|lead|inspector)\\b)*)"));
    static const QRegularExpression teamHeader =
        TextTools::regex(QStringLiteral("^(?:Ofsted\\s+)?(?:Care Quality Commission)?$"));
    QStringList ofsted;
    QStringList cqc;
    QString ofstedLead;
    qsizetype i = 0;
    while (i < text.size() && !isHeading(text.at(i), "Inspection team"))
        ++i;
    for (++i; i < text.size(); ++i) {
        const QString line = TextTools::simplified(TextTools::forMatching(text.at(i).text));
        if (teamHeader.match(line).hasMatch())
            continue;
        bool any = false;
        for (auto it = member.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            any = true;
            const QString name = m.captured(1);
            const bool isOfsted = m.captured(2) == QLatin1String("Ofsted");
            (isOfsted ? ofsted : cqc).append(name);
            if (isOfsted && ofstedLead.isEmpty()
                && m.captured(3).contains(QLatin1String("lead"), Qt::CaseInsensitive))
                ofstedLead = name;
        }
        if (!any && !(ofsted.isEmpty() && cqc.isEmpty()))
            break; // the table has ended
        if (!any)
            break; // no team table where the heading stands
    }
    if (lead)
        *lead = ofstedLead;
    QStringList team;
    if (!ofstedLead.isEmpty())
        team.append(ofstedLead);
    return appended(appended(team, ofsted), cqc);
}

QList<int> AreaSendReader::tablePages(const QStringList &pageTexts)
{
    if (pageTexts.isEmpty()
        || !TextTools::containsIgnoringAsciiCase(pageTexts.constFirst(), "area send inspection of"))
        return {};
    const CleanText text = TextCleaner::clean(pageTexts);
    if (!recognises(text))
        return {};
    // Only one-column tables: a two-column table's rows start at their responsible-body cell.
    // Only pages with two lines of such a table or more: a gap is between two lines.
    QMap<int, int> linesOnPage;
    for (const char *heading : {"Areas for priority action", "Areas for improvement"}) {
        bool twoColumns = false;
        const QList<ActionLine> lines = sectionLines(text, heading, &twoColumns);
        if (twoColumns)
            continue;
        for (const ActionLine &line : lines)
            ++linesOnPage[line.page];
    }
    QList<int> pages;
    for (auto it = linesOnPage.cbegin(); it != linesOnPage.cend(); ++it) {
        if (it.value() >= 2)
            pages.append(it.key() - 1);
    }
    return pages;
}

QList<Recommendation> AreaSendReader::readActions(const CleanText &text)
{
    QList<Recommendation> actions;
    const struct
    {
        const char *heading;
        bool priority;
    } sections[] = {{"Areas for priority action", true}, {"Areas for improvement", false}};
    for (const auto &section : sections) {
        bool twoColumns = false;
        const QList<ActionLine> lines = sectionLines(text, section.heading, &twoColumns);
        for (const Row &row : splitRows(lines, twoColumns)) {
            if (row.text.isEmpty())
                continue;
            Recommendation r;
            r.number = int(actions.size()) + 1;
            r.text = TextTools::simplified(row.text);
            r.page = row.page;
            r.priorityAction = section.priority;
            r.responsibleBody = TextTools::simplified(row.body);
            actions.append(r);
        }
    }
    return actions;
}

DocumentFacts AreaSendReader::read(const CleanText &text, const AuthorityDirectory &directory)
{
    DocumentFacts facts;
    facts.kind = Kind::AreaSend;
    const qsizetype head = qMin<qsizetype>(text.endOfPage(1), kHeadLines);

    static const QRegularExpression titleStart =
        TextTools::regex(QStringLiteral("^area SEND inspection of\\b"));
    static const QRegularExpression datesLabel =
        TextTools::regex(QStringLiteral("^inspection dates?\\b:?\\s*(.*)$"));
    static const QRegularExpression previousLabel =
        TextTools::regex(QStringLiteral("^dates? of (?:the )?previous inspection\\b:?\\s*(.*)$"));
    static const QRegularExpression notPrevious =
        TextTools::regex(QStringLiteral("\\bnot previously inspected\\b"));
    static const QRegularExpression partnership = TextTools::regex(
        QStringLiteral("^area SEND inspection of (?:the )?(.+?)\\s+local area partnership\\b"));

    const qsizetype titleLine = text.find(titleStart, 0, head);
    qsizetype dateLine = text.find(datesLabel, 0, head);
    if (titleLine >= 0) {
        const qsizetype titleEnd = dateLine > titleLine ? dateLine : qMin(titleLine + 2, head);
        facts.title = TextTools::simplified(text.join(titleLine, titleEnd));
        const QRegularExpressionMatch m = partnership.match(facts.title);
        if (m.hasMatch())
            facts.authority = m.captured(1);
    }
    facts.authorityCode = directory.codeFor(facts.authority);
    if (dateLine >= 0) {
        const DateRange range =
            DateParser::findRange(datesLabel.match(text.at(dateLine).text).captured(1));
        facts.inspectionStart = range.start;
        facts.inspectionEnd = range.end;
    }
    const qsizetype previousLine = text.find(previousLabel, 0, head);
    if (previousLine >= 0) {
        QString tail = previousLabel.match(text.at(previousLine).text).captured(1);
        if (previousLine + 1 < text.size())
            TextTools::appendLine(tail, text.at(previousLine + 1).text);
        facts.previousInspection = DateParser::findRange(tail).start;
    }
    const bool neverInspected = notPrevious.match(text.join(0, head)).hasMatch();

    static const QRegularExpression outcomeHeading =
        TextTools::regex(QStringLiteral("^inspection outcome$"));
    const qsizetype outcomeLine = text.find(outcomeHeading, 0, text.endOfPage(1));
    facts.outcome = outcomeOf(outcomeLine >= 0
                                  ? text.join(outcomeLine, qMin(outcomeLine + kOutcomeLines,
                                                                text.size()))
                                  : text.opening(1));

    facts.inspectors = readTeam(text, &facts.leadInspector);
    facts.recommendations = readActions(text);

    if (facts.authorityCode.isEmpty())
        facts.warnings.append(QStringLiteral("authority_code"));
    if (!facts.inspectionStart.isValid())
        facts.warnings.append(QStringLiteral("inspection_start"));
    if (!facts.inspectionEnd.isValid())
        facts.warnings.append(QStringLiteral("inspection_end"));
    if (!facts.previousInspection.isValid() && !neverInspected)
        facts.warnings.append(QStringLiteral("previous_inspection"));
    if (facts.outcome.isEmpty())
        facts.warnings.append(QStringLiteral("outcome"));
    if (facts.leadInspector.isEmpty())
        facts.warnings.append(QStringLiteral("lead_inspector"));
    if (facts.inspectors.isEmpty())
        facts.warnings.append(QStringLiteral("inspectors"));
    if (facts.recommendations.isEmpty())
        facts.warnings.append(QStringLiteral("recommendations"));
    return facts;
}

} // namespace oversight
