#include "TextDamage.h"

#include "domain/DocumentFacts.h"

#include <QRegularExpression>

namespace oversight::accuracy {

namespace {

// Drops every line that matches, and the `after` non-blank lines after each.
QStringList dropLines(const QStringList &pages, const QRegularExpression &re, int after = 0)
{
    QStringList out;
    out.reserve(pages.size());
    for (const QString &page : pages) {
        const QStringList lines = page.split(QLatin1Char('\n'));
        QStringList kept;
        int skip = 0;
        for (const QString &line : lines) {
            if (skip > 0 && !line.trimmed().isEmpty()) {
                --skip;
                continue;
            }
            if (re.match(line).hasMatch()) {
                skip = after;
                continue;
            }
            kept.append(line);
        }
        out.append(kept.join(QLatin1Char('\n')));
    }
    return out;
}

QRegularExpression pattern(const char *re)
{
    return QRegularExpression(QLatin1String(re), QRegularExpression::CaseInsensitiveOption);
}

QStringList withoutJudgementTable(const QStringList &pages)
{
    // Any line that ends in a grade (a table row) or that is a grade's wrapped half.
    static const QRegularExpression grade = pattern(
        "(?:outstanding|good|requires?(?:\\s+improvement)?|improvement(?: to be good)?|"
        "inadequate|adequate|to be good)\\s*$|^\\s*judgement\\s+grade\\s*$");
    return dropLines(pages, grade);
}

QStringList withoutLeadInspector(const QStringList &pages)
{
    // The label's line (names follow it on the line), and a letter's signature under its closing.
    static const QRegularExpression lead = pattern("^\\s*(?:lead|reporting) inspectors?\\b");
    static const QRegularExpression closing = pattern("^\\s*yours (?:sincerely|faithfully)");
    return dropLines(dropLines(pages, lead), closing, 1);
}

QStringList withoutInspectionDates(const QStringList &pages)
{
    static const QRegularExpression dates = pattern(
        "^\\s*inspection dates?\\b|findings of (?:the|a|our) (?:monitoring|focused) visit"
        "|\\bvisit (?:took place|was carried out) on\\b");
    return dropLines(pages, dates);
}

QStringList withoutRecommendationHeadings(const QStringList &pages)
{
    static const QRegularExpression heading = pattern(
        "^\\s*(?:recommendations?|what needs to improve.{0,60}|areas for (?:priority action|"
        "improvement|development)|what does the .{0,40} need to improve[?]?)\\s*$");
    return dropLines(pages, heading);
}

QStringList withoutInspectorSentence(const QStringList &pages)
{
    static const QRegularExpression team = pattern(
        "inspectors? (?:for this visit )?were|visit was (?:conducted|carried out|undertaken|led) by"
        "|majesty.s inspectors?,? [A-Z]|^\\s*(?:team|deputy lead) inspectors?:");
    return dropLines(pages, team);
}

} // namespace

const QList<TextDamage> &textDamages()
{
    static const QList<TextDamage> damages = {
        {QStringLiteral("judgement table removed"), Area::all(), &withoutJudgementTable},
        {QStringLiteral("lead inspector line removed"), {QStringLiteral("lead_inspector")},
         &withoutLeadInspector},
        {QStringLiteral("inspection dates removed"),
         {QStringLiteral("inspection_start"), QStringLiteral("inspection_end")},
         &withoutInspectionDates},
        {QStringLiteral("improvement headings removed"),
         {QStringLiteral("recommendations"), QStringLiteral("lscb_recommendations")},
         &withoutRecommendationHeadings},
        {QStringLiteral("inspector names removed"), {QStringLiteral("inspectors")},
         &withoutInspectorSentence},
    };
    return damages;
}

} // namespace oversight::accuracy
