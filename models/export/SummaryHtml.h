#pragma once

#include "domain/DocumentFacts.h"

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace oversight::SummaryHtml {

// Every piece of text from the database or the user passes through here before it becomes
// HTML: escaped, so that "<", "&" and quotes print as written and never as markup.
QString text(const QString &plain);
// As text(), cut after about maxChars characters at a word boundary, with an ellipsis.
QString shortened(const QString &plain, int maxChars);

// The style sheet every summary uses: print colours on white, tables with thin rules.
QString styleSheet();

// Colours for print (light background), the same hues as the app's charts.
QColor gradeColour(const QString &grade);
// A table cell (<td>) with the grade's colour and its words.
QString gradeCell(const QString &grade);
// A table cell with a checklist status's colour and label; a dash when status is empty.
// Compact cells use a smaller type, for the narrow columns of a progress matrix.
QString statusCell(const QString &status, bool compact = false);

// <hN> with an anchor the contents and the PDF links can point at (anchor may be empty).
QString heading(int level, const QString &plain, const QString &anchor = {});
// A two-column table of labels and values (values already HTML).
QString factsTable(const QList<QPair<QString, QString>> &rows);
// The judgements of a document as a table (area, grade), or a sentence saying there are none.
QString judgementsTable(const DocumentFacts &facts);
// "12 to 16 May 2026", "May 2026", or empty.
QString inspectionDates(const DocumentFacts &facts);
QString date(const QDate &date);

// Placeholder for a chart, replaced by the chart object when the QTextDocument is made.
QString chartMarker(int index);
QString chartMarkerText(int index);

} // namespace oversight::SummaryHtml
