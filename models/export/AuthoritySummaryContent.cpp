#include "SummaryContent.h"

#include "SummaryHtml.h"
#include "annotations/Checklists.h"
#include "domain/DocumentDate.h"

#include <QLocale>

namespace oversight {

using namespace SummaryHtml;

namespace {

constexpr int kShortRecommendation = 160; // characters, when the full text is not wanted
constexpr int kMatrixColumnsPerTable = 4; // more would squeeze the item titles off the page

const QString kTableStart = QStringLiteral(
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");

QString documentAnchor(qint64 id)
{
    return QStringLiteral("doc-%1").arg(id);
}

QString checklistAnchor(qint64 id)
{
    return QStringLiteral("checklist-%1").arg(id);
}

// An <h2> that starts a new page, for the parts after the contents.
QString partHeading(const QString &plain, const QString &anchor)
{
    return QStringLiteral("<h2 style=\"page-break-before: always\"><a name=\"%1\">%2</a></h2>")
        .arg(anchor, text(plain));
}

} // namespace

SummaryContent AuthoritySummaryContent::build(const AuthoritySummaryData &data,
                                              const SummaryOptions &options,
                                              const QHash<QString, int> &anchorPages)
{
    const AuthoritySummaryContent content(data, options, anchorPages);
    SummaryContent out;
    out.title = title(data);
    out.html += heading(1, out.title);
    if (!data.documents.isEmpty())
        out.html += QStringLiteral("<p class=\"muted\">%1</p>")
                        .arg(text(tr("Documents: %1, from %2 to %3.")
                                      .arg(QString::number(data.documents.size()),
                                           date(DocumentDate::of(data.documents.constFirst().facts)),
                                           date(DocumentDate::of(data.documents.constLast().facts)))));
    out.html += heading(2, tr("Contents")) + content.contents();
    if (options.includeChart) {
        // The chart shares the first page with the contents: alone it would leave half a page.
        out.html += heading(2, tr("Timeline"), QStringLiteral("timeline"));
        out.html += chartMarker(int(out.charts.size()));
        out.charts.append(data.timeline);
    }
    out.html += partHeading(tr("Documents"), QStringLiteral("documents")) + content.documents();
    out.html += partHeading(tr("Progress on checklists"), QStringLiteral("progress"))
                + content.progress();
    return out;
}

QString AuthoritySummaryContent::title(const AuthoritySummaryData &data)
{
    const QString name = data.authority.code.isEmpty()
                             ? data.authority.name
                             : tr("%1 (%2)").arg(data.authority.name, data.authority.code);
    return tr("%1: authority summary").arg(name);
}

QString AuthoritySummaryContent::contentsRow(const QString &anchor, const QString &label,
                                             int level) const
{
    const int page = m_anchorPages.value(anchor);
    return QStringLiteral("<tr><td style=\"padding-left: %1px\"><a href=\"#%2\">%3</a></td>"
                          "<td align=\"right\">%4</td></tr>")
        .arg(QString::number(4 + level * 18), anchor, text(label),
             page > 0 ? QString::number(page) : QString());
}

QString AuthoritySummaryContent::contents() const
{
    QString html = QStringLiteral("<table class=\"toc\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"2\"><tr><th>%1</th><th width=\"10%\" "
                                  "align=\"right\">%2</th></tr>")
                       .arg(text(tr("Section")), text(tr("Page")));
    if (m_options.includeChart)
        html += contentsRow(QStringLiteral("timeline"), tr("Timeline"), 0);
    html += contentsRow(QStringLiteral("documents"), tr("Documents"), 0);
    for (const StoredDocument &d : m_data.documents)
        html += contentsRow(documentAnchor(d.id), d.displayTitle(), 1);
    html += contentsRow(QStringLiteral("progress"), tr("Progress on checklists"), 0);
    for (const ProgressMatrix &m : m_data.checklists)
        html += contentsRow(checklistAnchor(m.checklist().id), m.checklist().name, 1);
    return html + QStringLiteral("</table>");
}

QString AuthoritySummaryContent::documents() const
{
    if (m_data.documents.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(text(tr("No documents of this authority are in the database.")));
    QString html;
    for (const StoredDocument &d : m_data.documents) {
        const DocumentFacts &f = d.facts;
        html += heading(3, d.displayTitle(), documentAnchor(d.id));
        QStringList line;
        if (const QString dates = inspectionDates(f); !dates.isEmpty())
            line << tr("Inspection: %1").arg(dates);
        if (f.published.isValid())
            line << tr("Published: %1").arg(date(f.published));
        if (!f.leadInspector.isEmpty())
            line << tr("Lead inspector: %1").arg(f.leadInspector);
        line << d.fileName;
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(text(line.join(QStringLiteral(" · "))));
        html += judgementsTable(f);
        // The authority's recommendations, then the LSCB's (SIF reports to 2018), each list
        // under its own heading and numbered from 1, as the report prints them.
        const auto list = [this, &html](const QString &title, const QList<Recommendation> &items) {
            if (items.isEmpty())
                return;
            html += QStringLiteral("<p><b>%1</b></p>").arg(text(title));
            // Numbered paragraphs with a hanging indent rather than a list: PdfPaginator can
            // split a paragraph at a page end, not a list item.
            for (int i = 0; i < items.size(); ++i)
                html += QStringLiteral("<p style=\"margin-left: 26px; text-indent: -20px\">%1. "
                                       "%2</p>")
                            .arg(QString::number(i + 1),
                                 m_options.fullRecommendationText
                                     ? text(items.at(i).text)
                                     : shortened(items.at(i).text, kShortRecommendation));
        };
        list(tr("Recommendations: %1").arg(f.recommendations.size()), f.recommendations);
        list(tr("LSCB recommendations: %1").arg(f.lscbRecommendations.size()),
             f.lscbRecommendations);
    }
    return html;
}

QString AuthoritySummaryContent::progress() const
{
    if (m_data.checklists.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(text(tr("This authority has no checklists yet.")));
    QString html;
    for (const ProgressMatrix &m : m_data.checklists) {
        html += heading(3, m.checklist().name, checklistAnchor(m.checklist().id));
        html += matrix(m);
        if (m_options.includeAnnotations)
            html += matrixEvidence(m);
    }
    return html;
}

QString AuthoritySummaryContent::matrix(const ProgressMatrix &m) const
{
    // Only the documents that speak to the checklist get a column: a later letter on another
    // matter would add an empty column and squeeze the rest.
    QList<int> columns;
    for (int c = 0; c < m.columnCount(); ++c) {
        if (m.columnHasAnnotations(c))
            columns.append(c);
    }
    if (columns.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(text(tr("Nothing in this authority's later documents has been annotated "
                         "against this checklist yet.")));
    QString html;
    for (qsizetype first = 0; first < columns.size(); first += kMatrixColumnsPerTable) {
        const QList<int> part = columns.mid(first, kMatrixColumnsPerTable);
        html += kTableStart + QStringLiteral("<thead><tr><th>%1</th>").arg(text(tr("Item")));
        for (int c : part) {
            const StoredDocument &d = m.documents().at(c);
            html += QStringLiteral("<th width=\"14%\" style=\"font-size: 8pt\">%1<br>%2</th>")
                        .arg(text(Kind::label(d.facts.kind)),
                             text(DocumentDate::shortText(DocumentDate::of(d.facts))));
        }
        html += QStringLiteral("</tr></thead>");
        for (int row = 0; row < m.rowCount(); ++row) {
            html += QStringLiteral("<tr><td>%1. %2</td>")
                        .arg(Checklists::itemNumber(m.checklist(), row),
                             shortened(m.checklist().items.at(row).title, 110));
            for (int c : part) {
                const Annotation *a = m.cell(row, c);
                html += statusCell(a ? a->status : QString(), true);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString AuthoritySummaryContent::matrixEvidence(const ProgressMatrix &m) const
{
    QHash<qint64, StoredDocument> sources;
    for (const StoredDocument &d : m.documents())
        sources.insert(d.id, d);
    QString html;
    for (int row = 0; row < m.rowCount(); ++row) {
        const QList<Annotation> found = m.evidence(row);
        if (found.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(text(tr("Evidence for item %1").arg(row + 1)));
        for (const Annotation &a : found) {
            html += QStringLiteral("<p class=\"source\">“<span class=\"quote\">%1</span>” — %2; "
                                   "%3</p>")
                        .arg(shortened(a.quote, 400), text(passageSource(sources, a)),
                             text(Status::label(a.status)));
            if (m_options.includeNotes && !a.note.trimmed().isEmpty())
                html += QStringLiteral("<p class=\"source\">%1 %2</p>")
                            .arg(text(tr("Note:")), text(a.note.trimmed()));
        }
    }
    return html;
}

} // namespace oversight
