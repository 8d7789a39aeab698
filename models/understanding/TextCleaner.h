#pragma once

#include "CleanText.h"

#include <QStringList>

namespace oversight {

// Turns Poppler's physical-layout page texts into clean lines. It removes what belongs to the
// page rather than to the document: running headers and footers (lines repeated at the top or
// bottom of many pages), page numbers, and footnotes together with their markers in the text
// ("Board1"). It spells out ligatures (ﬁ, ﬂ, ﬀ) and turns bullet glyphs, including the
// private-use symbols that Word's Symbol font leaves behind, into TextLine::bullet.
// Pure and thread-safe.
class TextCleaner
{
public:
    static CleanText clean(const QStringList &pageTexts);

    // Ligatures and odd spaces/hyphens replaced; exposed for tests.
    static QString normaliseCharacters(const QString &text);
    // The right single quote that a bad re-save turned into '9' put back ("Majesty9s" ->
    // "Majesty’s"); exposed for tests.
    static QString repairApostrophes(const QString &line);
    // True when the character is a bullet glyph at the start of a line.
    static bool isBulletGlyph(QChar c);

private:
    struct RawLine
    {
        QString text; // normalised characters, right-trimmed
        bool gapBefore = false;
    };
    using RawPage = QList<RawLine>;

    static RawPage splitPage(const QString &pageText);
    static QString repeatKey(const QString &line);
    static void removeRunningLines(QList<RawPage> &pages);
    static void removeFootnotes(RawPage &page);
};

} // namespace oversight
