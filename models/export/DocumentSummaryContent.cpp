#include "SummaryContent.h"

#include "SummaryHtml.h"

#include <QMap>

#include <algorithm>

namespace oversight {

using namespace SummaryHtml;

namespace {

constexpr int kShortRecommendation = 260; // characters, when the full text is not wanted
constexpr int kLongestQuote = 600;

const QString kTableStart = QStringLiteral(
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");

} // namespace

QString passageSource(const QHash<qint64, StoredDocument> &documents, const Annotation &a)
{
    const auto d = documents.constFind(a.documentId);
    const QString document = d == documents.constEnd()
                                 ? QCoreApplication::translate("SummaryContent", "a deleted document")
                                 : d->displayTitle();
    return QCoreApplication::translate("SummaryContent", "%1, page %2").arg(document, QString::number(a.page));
}

SummaryContent DocumentSummaryContent::build(const DocumentSummaryData &data,
                                             const SummaryOptions &options)
{
    const DocumentSummaryContent content(data, options);
    const StoredDocument &d = data.document;
    const QString authority = d.authorityName.isEmpty() ? d.facts.authority : d.authorityName;
    SummaryContent out;
    out.title = tr("%1: %2").arg(authority.isEmpty() ? tr("Unknown authority") : authority,
                                 d.displayTitle());
    QString &html = out.html;
    html += heading(1, out.title);
    if (!d.facts.title.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(text(d.facts.title.simplified()));
    html += heading(2, tr("Facts"), QStringLiteral("facts")) + content.facts();
    // An area SEND report gives an outcome, not graded judgements: the facts name it.
    if (d.facts.kind != Kind::AreaSend)
        html += heading(2, tr("Judgements"), QStringLiteral("judgements")) + judgementsTable(d.facts);
    if (options.includeChart && !data.timeline.isEmpty()) {
        html += heading(2, tr("Timeline of %1").arg(authority), QStringLiteral("timeline"));
        html += chartMarker(int(out.charts.size()));
        out.charts.append(data.timeline);
    }
    html += heading(2, tr("Recommendations and progress"), QStringLiteral("recommendations"))
            + content.recommendations();
    if (options.includeAnnotations)
        html += heading(2, tr("Annotations"), QStringLiteral("annotations")) + content.annotations();
    return out;
}

QString DocumentSummaryContent::facts() const
{
    const StoredDocument &d = m_data.document;
    const DocumentFacts &f = d.facts;
    QString authority = text(d.authorityName.isEmpty() ? f.authority : d.authorityName);
    if (!f.authorityCode.isEmpty())
        authority += tr(" (DfE code %1)").arg(text(f.authorityCode));
    QList<std::pair<QString, QString>> rows{
        {tr("Authority"), authority},
        {tr("Kind"), text(Kind::label(f.kind))},
        {tr("Inspection"), text(inspectionDates(f))},
        {tr("Published"), text(date(f.published))},
    };
    if (f.kind == Kind::AreaSend) // in place of grades (the facts panel shows the same)
        rows << std::pair{tr("Outcome"), text(f.outcome.isEmpty() ? tr("Not found in the report")
                                                                   : SendOutcome::label(f.outcome))}
             << std::pair{tr("Previous inspection"),
                          text(f.previousInspection.isValid() ? date(f.previousInspection)
                                                              : tr("None (or not found)"))};
    rows << std::pair{tr("Lead inspector"), text(f.leadInspector)}
         << std::pair{tr("Inspectors"), text(f.inspectors.join(QStringLiteral(", ")))}
         << std::pair{tr("File"),
                      text(tr("%1 (pages: %2)").arg(d.fileName, QString::number(d.pageCount)))};
    return factsTable(rows);
}

QString DocumentSummaryContent::recommendations() const
{
    const DocumentFacts &f = m_data.document.facts;
    if (f.recommendations.isEmpty() && f.lscbRecommendations.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(text(tr("This document makes no recommendations.")));
    QString html;
    if (m_data.ownChecklists.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(text(tr("No checklist has been made from these recommendations yet, so "
                                 "there is no progress to show.")));
    html += kTableStart
            + QStringLiteral("<thead><tr><th width=\"7%\">%1</th><th>%2</th><th width=\"16%\">"
                             "%3</th></tr></thead>")
                  .arg(text(tr("No.")), text(tr("Recommendation and evidence since")),
                       text(tr("Latest status")));
    for (const Recommendation &r : f.recommendations)
        html += recommendationRow(r, false);
    for (const Recommendation &r : f.lscbRecommendations)
        html += recommendationRow(r, true);
    return html + QStringLiteral("</table>");
}

QString DocumentSummaryContent::recommendationRow(const Recommendation &r, bool lscb) const
{
    // The checklist item made from this recommendation carries its progress; items are
    // matched by their text, as users may reorder a checklist but rarely reword it.
    QString status;
    QList<Annotation> evidenceFound;
    for (const ProgressMatrix &m : m_data.ownChecklists) {
        for (int row = 0; row < m.rowCount(); ++row) {
            if (m.checklist().items.at(row).title.simplified() != r.text.simplified())
                continue;
            status = m.latestStatus(row);
            evidenceFound = m.evidence(row);
        }
    }
    const QString number = lscb ? tr("LSCB %1").arg(r.number) : QString::number(r.number);
    QString body = m_options.fullRecommendationText ? text(r.text)
                                                    : shortened(r.text, kShortRecommendation);
    // An area SEND report's areas for priority action name the bodies responsible for them.
    if (r.priorityAction)
        body += QStringLiteral("<br><i>%1</i>")
                    .arg(text(r.responsibleBody.isEmpty()
                                  ? tr("Area for priority action")
                                  : tr("Area for priority action; responsible: %1").arg(r.responsibleBody)));
    return QStringLiteral("<tr><td>%1</td><td>%2%3</td>%4</tr>")
        .arg(text(number), body,
             m_options.includeAnnotations ? evidence(evidenceFound) : QString(),
             statusCell(status));
}

QString DocumentSummaryContent::evidence(const QList<Annotation> &annotations) const
{
    QString html;
    for (const Annotation &a : annotations) {
        html += QStringLiteral("<p class=\"source\">“<span class=\"quote\">%1</span>” — %2; %3</p>")
                    .arg(shortened(a.quote, kLongestQuote),
                         text(passageSource(m_data.sources, a)), text(Status::label(a.status)));
        if (m_options.includeNotes && !a.note.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"source\">%1 %2</p>")
                        .arg(text(tr("Note:")), text(a.note.trimmed()));
    }
    return html;
}

QString DocumentSummaryContent::annotations() const
{
    if (m_data.annotations.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(text(tr("Nothing in this document has been annotated.")));
    // Group by item, in the order of the checklists (by name) and of the items within them;
    // passages linked to no item come last.
    QMap<QString, QList<Annotation>> groups;
    QMap<QString, QString> titles;
    for (const Annotation &a : m_data.annotations) {
        QList<qint64> items = a.itemIds;
        if (items.isEmpty())
            items.append(0);
        for (qint64 id : items) {
            const auto item = m_data.items.constFind(id);
            const QString key = item == m_data.items.constEnd()
                                    ? QStringLiteral("\uFFFF")
                                    : QStringLiteral("%1\u0001%2")
                                          .arg(item->checklistName)
                                          .arg(item->position, 5, 10, QLatin1Char('0'));
            groups[key].append(a);
            titles[key] = item == m_data.items.constEnd()
                              ? tr("Not linked to a checklist item")
                              : tr("%1 — item %2: %3")
                                    .arg(item->checklistName, QString::number(item->position),
                                         item->title.simplified().left(160));
        }
    }
    QString html;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        html += heading(3, titles.value(it.key()));
        html += kTableStart
                + QStringLiteral("<thead><tr><th width=\"8%\">%1</th><th>%2</th>"
                                 "<th width=\"16%\">%3</th></tr></thead>")
                      .arg(text(tr("Page")),
                           text(m_options.includeNotes ? tr("Passage and note") : tr("Passage")),
                           text(tr("Status")));
        for (const Annotation &a : *it) {
            QString cell = QStringLiteral("“<span class=\"quote\">%1</span>”")
                               .arg(shortened(a.quote, kLongestQuote));
            if (m_options.includeNotes && !a.note.trimmed().isEmpty())
                cell += QStringLiteral("<br><b>%1</b> %2").arg(text(tr("Note:")),
                                                             text(a.note.trimmed()));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
                        .arg(a.page)
                        .arg(cell, statusCell(a.status));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace oversight
