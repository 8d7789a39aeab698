#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace oversight {

// One line of page text after TextCleaner: running headers and footers, page numbers and
// footnotes are gone, ligatures are spelled out, and a leading bullet glyph is reduced to a flag.
struct TextLine
{
    QString text;           // without leading/trailing spaces; inner runs of spaces are kept
                            // because in physical layout they separate columns
    int page = 0;           // 1-based
    int indent = 0;         // leading spaces in the physical layout (bullet glyph included)
    bool bullet = false;    // began with a bullet glyph, which has been removed from text
    bool gapBefore = false; // a blank line preceded it on the same page
};

// The cleaned lines of a whole document, in reading order, with helpers the readers share.
// A plain value: cheap to pass by const reference, no hidden state.
class CleanText
{
public:
    QList<TextLine> lines;
    int pageCount = 0;

    qsizetype size() const { return lines.size(); }
    const TextLine &at(qsizetype i) const { return lines.at(i); }

    // Running text of lines [from, to): one space between lines, hyphenated line ends joined.
    QString join(qsizetype from, qsizetype to) const;
    // Running text of the first `pages` pages.
    QString opening(int pages) const;
    // Index of the first line in [from, to) whose text matches, or -1.
    qsizetype find(const QRegularExpression &re, qsizetype from = 0, qsizetype to = -1) const;
    // Index one past the last line of the given page (lines are ordered by page).
    qsizetype endOfPage(int page) const;
};

// Text helpers shared by the readers.
namespace TextTools {
// Collapses every run of whitespace into one space and trims.
QString simplified(const QString &text);
// Appends a line to running text: a line ending in a hyphen after a letter is joined without
// a space (Ofsted breaks compounds such as "multi-agency" at the hyphen, which is kept); a
// soft hyphen at the end is dropped and the word joined.
void appendLine(QString &running, const QString &line);
// Typographic apostrophes and quotes to ASCII, dashes kept; for matching, not for display.
QString forMatching(const QString &text);
// A compiled, validated regular expression. Compiling up front keeps matching from several
// threads free of lazy initialisation.
QRegularExpression regex(const QString &pattern, bool caseInsensitive = true);
// Splits physical-layout text into cells at runs of three or more spaces.
QStringList cells(const QString &text);
// The last of those cells, and whether there are others before it, without building the list
// (for the checks made on every line).
QStringView lastCell(QStringView text, bool *hasOthers);
// Whether text holds lowerCaseAscii in any mix of ASCII case: a quick test before a pattern
// (QString::contains with Qt::CaseInsensitive folds every character and costs as much).
bool containsIgnoringAsciiCase(QStringView text, const char *lowerCaseAscii);
} // namespace TextTools

} // namespace oversight
