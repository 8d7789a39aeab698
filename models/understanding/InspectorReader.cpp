#include "InspectorReader.h"

#include <QRegularExpression>

namespace oversight {

namespace {

const QRegularExpression &titlePattern()
{
    // Titles and roles that follow or precede a name.
    static const QRegularExpression re = TextTools::regex(QStringLiteral(
        "\\b(?:(?:two|three|four|five|one) of )?(?:Her|His) Majesty's Inspectors?\\b"
        "|\\bSenior HMI\\b|\\bHMI\\b|\\(\\s*(?:OI|AI|HMI|SCRI)\\s*\\)|\\bOfsted Inspectors?\\b"
        "|\\bSocial Care Regulatory Inspectors?\\b|^\\s*Dr\\.?\\s+"
        "|\\b[Ll]ead [Ii]nspector\\b|\\b[Tt]eam [Ii]nspector\\b|\\bSocial Care\\b"
        // Grades of inspector in SIF team lists: "Ty Yousaf, Associate Inspector", "Rachel
        // Holden HMI Designate" (an inspector appointed, not yet in post).
        "|\\b(?:[Aa]ssociate|[Aa]dditional|[Ss]hadow|[Tt]rainee) [Ii]nspectors?\\b|\\bDesignate\\b"),
        false);
    return re;
}

bool looksLikeName(const QString &name)
{
    // Two to five words, each starting with a capital (particles such as "de" allowed).
    static const QRegularExpression re = TextTools::regex(QStringLiteral(
        "^[A-Z][\\w'\\-]+(?: (?:(?:de|van|von|der|du|la|le|da|di|bin|al)\\s)?[A-Z][\\w'\\-]*){1,4}$"),
        false);
    return re.match(name).hasMatch();
}

void addName(InspectorFacts &facts, const QString &name)
{
    if (name.isEmpty())
        return;
    for (const QString &known : std::as_const(facts.all)) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return;
    }
    facts.all.append(name);
}

} // namespace

QString InspectorReader::cleanName(const QString &written)
{
    QString name = TextTools::forMatching(written);
    name.remove(titlePattern());
    name = name.simplified();
    while (!name.isEmpty() && (name.back() == QLatin1Char(',') || name.back() == QLatin1Char('.')
                               || name.back() == QLatin1Char(';')))
        name.chop(1);
    name = name.trimmed();
    return looksLikeName(name) ? name : QString();
}

QStringList InspectorReader::splitNames(const QString &written)
{
    static const QRegularExpression separators =
        TextTools::regex(QStringLiteral("\\s*(?:,|;|\\. |\\band\\b)\\s*"));
    QStringList names;
    const QStringList parts = TextTools::forMatching(written).split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = cleanName(part);
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

InspectorFacts InspectorReader::read(const CleanText &text, bool isLetter)
{
    return isLetter ? readLetter(text) : readReport(text);
}

InspectorFacts InspectorReader::readReport(const CleanText &text)
{
    static const QRegularExpression leadLabel = TextTools::regex(
        QStringLiteral("^(?:lead|reporting) inspectors?\\b:?\\s*(.*)$"));
    static const QRegularExpression teamLabel = TextTools::regex(QStringLiteral(
        "^(?:deputy lead inspectors?|team inspectors?|shadow inspectors?|inspectors?)\\s*:\\s*(.*)$"));
    static const QRegularExpression anyLabel = TextTools::regex(QStringLiteral("^[^:]{2,40}:"));
    static const QRegularExpression headingLike = TextTools::regex(
        QStringLiteral("^(?:judgement|the |any complaints|inspection|\\d)"));

    InspectorFacts facts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString &line = text.at(i).text;
        QRegularExpressionMatch m = leadLabel.match(line);
        if (m.hasMatch() && facts.lead.isEmpty()) {
            QString written = m.captured(1);
            // "Lead inspector: Andy Whippey" with the title on the next line needs nothing more;
            // a label alone on its line has the name below it.
            if (written.trimmed().isEmpty() && i + 1 < text.size())
                written = text.at(i + 1).text;
            // Two leads run on over the next line: "Lead inspectors: A, His Majesty's
            // Inspector, and B," / "His Majesty's Inspector".
            for (qsizetype j = i + 1; j < qMin(i + 3, text.size()); ++j) {
                const QString tail = written.trimmed();
                if (!tail.endsWith(QLatin1Char(',')) && !tail.endsWith(QLatin1String(" and")))
                    break;
                TextTools::appendLine(written, text.at(j).text);
            }
            const QStringList names = splitNames(written);
            if (!names.isEmpty()) {
                // Joint leads are one lead, as the report names them: "A and B".
                facts.lead = names.join(QLatin1String(" and "));
                for (const QString &name : names)
                    addName(facts, name);
            }
            continue;
        }
        m = teamLabel.match(line);
        if (!m.hasMatch() || facts.lead.isEmpty())
            continue;
        QString written = m.captured(1);
        // The list may run over the next lines, up to the next "Label:".
        for (qsizetype j = i + 1; j < qMin(i + 4, text.size()); ++j) {
            const QString &next = text.at(j).text;
            if (anyLabel.match(next).hasMatch() || headingLike.match(next).hasMatch()
                || text.at(j).page != text.at(i).page)
                break;
            TextTools::appendLine(written, next);
            i = j;
        }
        const QStringList names = splitNames(written);
        for (const QString &name : names)
            addName(facts, name);
    }
    return facts;
}

InspectorFacts InspectorReader::readLetter(const CleanText &text)
{
    InspectorFacts facts;
    const qsizetype pageOneEnd = text.endOfPage(1);
    const QString pageOne = TextTools::forMatching(text.join(0, pageOneEnd));
    // The sentence naming the team, in the forms letters use: "His Majesty's Inspectors for
    // this visit were A and B.", "The inspectors were A, HMI, and B, HMI.", "This visit was
    // carried out by Her Majesty's Inspectors A, B and C.", "Her Majesty's Inspectors A and B
    // carried out ...". The names end at the sentence's end, or where the next sentence starts
    // when the full stop is missing ("... and Teresa Godfrey Inspectors looked at ...").
    static const QRegularExpression team = TextTools::regex(QStringLiteral(
        "\\b(?:inspectors?(?: for this visit)? were|(?:the|this) visit was (?:conducted|carried out|undertaken|led) by"
        "|the lead inspector was)\\s+([^.]{3,300}?)"
        "(?:\\.\\s|\\.$|$|(?=\\s(?-i:Inspectors|They|This|The)\\s+(?-i:[a-z])))"
        "|\\b(?:Her|His) Majesty's Inspectors?\\s+([^.]{3,120}?)\\s+(?:carried out|conducted|undertook)\\b"));
    // The first such sentence that names anyone ("Inspectors were on site" names nobody).
    QRegularExpressionMatchIterator it = team.globalMatch(pageOne);
    while (it.hasNext() && facts.all.isEmpty()) {
        const QRegularExpressionMatch m = it.next();
        const QStringList names = splitNames(m.captured(1) + m.captured(2));
        for (const QString &name : names)
            addName(facts, name);
    }

    // The signatory leads the visit.
    static const QRegularExpression closing = TextTools::regex(QStringLiteral("^yours (?:sincerely|faithfully)"));
    const qsizetype closingLine = text.find(closing);
    if (closingLine >= 0 && closingLine + 1 < text.size()) {
        const QString signer = cleanName(text.at(closingLine + 1).text);
        if (!signer.isEmpty()) {
            facts.lead = signer;
            facts.all.removeIf([&](const QString &n) { return n.compare(signer, Qt::CaseInsensitive) == 0; });
            facts.all.prepend(signer);
        }
    }
    if (facts.lead.isEmpty() && !facts.all.isEmpty())
        facts.lead = facts.all.first();
    return facts;
}

} // namespace oversight
