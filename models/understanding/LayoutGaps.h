#pragma once

#include "pdf/PdfWord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace oversight {

class DocumentReader;

// Puts into a page's physical-layout text the vertical gaps that only its geometry shows.
//
// Poppler's physical layout leaves a blank line only where lines are set about a line apart;
// a smaller gap is lost. In a table, rows are set apart by the rule between them (half a point
// in Ofsted's reports) plus whatever spacing the template adds (none, 2, 6 or 12 points), while
// the lines of one row keep the text's line pitch: without the word boxes, two rows set close
// read as one. markGaps() adds a blank line wherever a line starts further below the line
// above than both the page's line pitch and the lines around it (up to two above and below)
// are set, by more than kTolerance, so that the text shows the gap the layout shows, and
// readers (TextLine::gapBefore) can take row boundaries from it. The lines around count so
// that a paragraph set with a wider pitch than the page's is not all gaps; a line with no line
// around it gets no gap (two rows of one line each, set close, stay as the text shows them).
// The text is otherwise unchanged, and text that already shows a gap is left as it is, so
// marking twice gives what marking once gives. Pure and thread-safe.
class LayoutGaps
{
public:
    // A distance is wider than a line pitch when it exceeds it by more than this (points). The
    // distances between the lines of one paragraph vary by up to 0.15 pt (14.40 to 14.54 in
    // Ofsted's reports, whose coordinates are rounded); rows set close are 0.5 pt further
    // apart (the rule between them, 0.48 pt).
    static constexpr double kTolerance = 0.25;

    // pageText: one page's physical-layout text (PdfDocument::pageText); words: the same
    // page's word boxes (PdfDocument::words), in points with the origin top left. Returns
    // pageText with an empty line inserted before each line set wider than the lines around
    // it. Lines whose words cannot be found among the boxes (none on the page, or text and
    // boxes that disagree) get no gap: an empty word list gives pageText back unchanged.
    static QString markGaps(const QString &pageText, const QList<PdfWord> &words);

    // The line pitch of a page: the most common of the distances (points) between the centres
    // of consecutive lines; NaN and non-positive distances are ignored; 0 when none is left.
    // markGaps() leaves distances far below it (small print) out of the lines around a line.
    // Exposed for tests.
    static double linePitch(QList<double> distances);

    // What import and re-read do between the page text and the reader: every page the reader
    // names (DocumentReader::pagesNeedingLayout) gets markGaps() with that page's words,
    // asked of wordsOf (0-based page index). Other pages, and every page of a document the
    // reader needs no layout for (nearly all), are left alone and wordsOf is not called.
    static void addTo(QStringList &pageTexts, const DocumentReader &reader,
                      const std::function<QList<PdfWord>(int page)> &wordsOf);
    // The same for pages already chosen (0-based indexes; out-of-range ones are skipped).
    static void addTo(QStringList &pageTexts, const QList<int> &pages,
                      const std::function<QList<PdfWord>(int page)> &wordsOf);
};

} // namespace oversight
