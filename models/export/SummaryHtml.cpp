#include "SummaryHtml.h"

#include "annotations/Annotation.h"

#include <QCoreApplication>
#include <QLocale>

namespace oversight::SummaryHtml {

namespace {

QString cellColours(const QColor &background)
{
    // White on the strong colours, black on the light ones, so each stays readable in print.
    const QColor foreground = background.lightness() > 150 ? Qt::black : Qt::white;
    return QStringLiteral("background-color:%1; color:%2;")
        .arg(background.name(), foreground.name());
}

} // namespace

QString text(const QString &plain)
{
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString shortened(const QString &plain, int maxChars)
{
    const QString simple = plain.simplified();
    if (simple.size() <= maxChars)
        return text(simple);
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return text(simple.left(cut)) + QStringLiteral("…");
}

QString styleSheet()
{
    return QStringLiteral(
        "body { color: #1a1a1a; }"
        "h1 { font-size: 17pt; color: #1d3557; margin-bottom: 4px; }"
        "h2 { font-size: 13pt; color: #1d3557; margin-top: 18px; margin-bottom: 6px; }"
        "h3 { font-size: 11pt; color: #1d3557; margin-top: 12px; margin-bottom: 4px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        "table { border-collapse: collapse; border-color: #9aa5b1; margin-bottom: 6px; }"
        "th { background-color: #e8edf2; text-align: left; font-weight: bold; }"
        "td, th { padding: 3px; border-color: #9aa5b1; }"
        ".muted { color: #5b6670; }"
        ".quote { font-style: italic; }"
        ".source { color: #5b6670; font-size: 8pt; }"
        ".toc a { color: #1d3557; text-decoration: none; }");
}

QColor gradeColour(const QString &grade)
{
    if (grade == Grade::Outstanding)
        return {0x00, 0x7a, 0x3d};
    if (grade == Grade::Good)
        return {0x5a, 0xa8, 0x2c};
    if (grade == Grade::RequiresImprovement)
        return {0xf0, 0x9a, 0x1a};
    if (grade == Grade::Inadequate)
        return {0xc6, 0x28, 0x28};
    return {0xd0, 0xd5, 0xdb};
}

QString gradeCell(const QString &grade)
{
    return QStringLiteral("<td style=\"%1\"><b>%2</b></td>")
        .arg(cellColours(gradeColour(grade)), text(Grade::label(grade)));
}

QString statusCell(const QString &status, bool compact)
{
    const QString size = compact ? QStringLiteral(" font-size: 8pt;") : QString();
    if (status.isEmpty())
        return QStringLiteral("<td class=\"muted\">—</td>");
    return QStringLiteral("<td style=\"%1%2\"><b>%3</b></td>")
        .arg(cellColours(Status::color(status)), size, text(Status::label(status)));
}

QString heading(int level, const QString &plain, const QString &anchor)
{
    if (anchor.isEmpty())
        return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text(plain));
    return QStringLiteral("<h%1><a name=\"%2\">%3</a></h%1>")
        .arg(level)
        .arg(anchor, text(plain));
}

QString factsTable(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\">");
    for (const auto &row : rows) {
        if (row.second.isEmpty())
            continue;
        html += QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>")
                    .arg(text(row.first), row.second);
    }
    return html + QStringLiteral("</table>");
}

QString judgementsTable(const DocumentFacts &facts)
{
    if (facts.judgements.isEmpty() && facts.otherJudgements.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(text(QCoreApplication::translate("SummaryHtml",
                                                  "This document gives no judgements.")));
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\"><thead><tr><th width=\"62%\">%1</th>"
                                  "<th>%2</th></tr></thead>")
                       .arg(text(QCoreApplication::translate("SummaryHtml", "Judgement area")),
                            text(QCoreApplication::translate("SummaryHtml", "Grade")));
    for (const QString &area : Area::all()) {
        if (facts.judgements.contains(area))
            html += QStringLiteral("<tr><td>%1</td>%2</tr>")
                        .arg(text(Area::label(area)), gradeCell(facts.judgements.value(area)));
    }
    for (auto it = facts.otherJudgements.cbegin(); it != facts.otherJudgements.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(text(it.key()), text(*it));
    return html + QStringLiteral("</table>");
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString inspectionDates(const DocumentFacts &facts)
{
    if (facts.inspectionStart.isValid() && facts.inspectionEnd.isValid()
        && facts.inspectionStart != facts.inspectionEnd)
        return QCoreApplication::translate("SummaryHtml", "%1 to %2")
            .arg(date(facts.inspectionStart), date(facts.inspectionEnd));
    return date(facts.inspectionStart.isValid() ? facts.inspectionStart : facts.inspectionEnd);
}

QString chartMarkerText(int index)
{
    // A private-use character that no report or note contains, so the marker is unambiguous.
    return QStringLiteral("\uE000chart%1\uE000").arg(index);
}

QString chartMarker(int index)
{
    return QStringLiteral("<p>%1</p>").arg(chartMarkerText(index));
}

} // namespace oversight::SummaryHtml
