#pragma once

#include "CleanText.h"

#include <QList>
#include <QString>

namespace oversight {

// One item of a list as printed: numbered ("12. Ensure that ..."), bulleted ("◼ The quality
// of ...") or unmarked (a letter whose bullet glyphs were lost in the PDF text).
struct ListItem
{
    enum class Marker { Number, Bullet, None };
    Marker marker = Marker::None;
    int number = 0; // as printed; 0 when not numbered
    int page = 0;
    int indent = 0;
    QString text;   // running text, numbering and glyph removed
};

// Reads the list that follows a heading, across page breaks, until the section ends: at a
// heading that is not a sub-heading of the list, at a paragraph out of the numbering, or where
// the indentation returns to the heading's. Sub-headings ("Priority and immediate action",
// "Within three months:") are skipped when an item follows them. Numbered paragraphs that
// only introduce a bulleted list are dropped in favour of the bullets. Pure and thread-safe.
class ListReader
{
public:
    // Items of the list under the heading at index `heading`; *end receives the index of the
    // first line after the list.
    static QList<ListItem> read(const CleanText &text, qsizetype heading, qsizetype *end = nullptr);

    // "12. Ensure that ..." -> 12 and the text after the number; 0 when not numbered.
    static int numberOf(const QString &line, QString *rest = nullptr);
    // A short line that reads as a heading rather than as part of a sentence.
    static bool isHeadingLike(const TextLine &line);
    // True when running text ends a sentence (., ?, !, ; or a closing bracket after one).
    static bool endsSentence(const QString &text);
};

} // namespace oversight
