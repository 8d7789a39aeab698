#pragma once

#include "pdf/PdfDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// Inclusive range of word indices on one page.
struct PdfWordRange
{
    int first = -1;
    int last = -1;
    bool isValid() const { return first >= 0 && last >= first; }
};

// Matching of search terms and quoted passages against Poppler's word list for a page.
// Kept apart from the widget so that it can be tested without a display. Pure and thread-safe.
class PdfTextMatch
{
public:
    // Case-folded, ligatures and diacritics removed, letters and digits only.
    static QString normalise(const QString &text);

    // One word of a search term.
    struct Term
    {
        QString text; // normalised
        bool prefix = false;
    };
    // A search term as the user wrote it: one word, or the words of a quoted phrase in order.
    using Phrase = QList<Term>;
    // Terms as the app passes them (SearchResultsModel::termsOf): words, perhaps ending in *
    // for a prefix, and phrases as one string of words ("child protection", quotes optional).
    // A phrase stays one Phrase, so that its words are only ever highlighted together.
    static QList<Phrase> parseTerms(const QStringList &terms);

    // Indices of the words that match any phrase, in page order: for a one-word phrase every
    // word that matches it, for a longer one the words of each run that matches all its words
    // in order (across line ends; punctuation between them ignored), never one of them alone.
    // A word broken by a hyphen at the end of a line is matched as one word and both halves
    // are returned.
    static QList<int> findTermHits(const QList<PdfWord> &words, const QList<Phrase> &phrases);

    // The run of words whose text matches the passage, ignoring spacing, punctuation, line-end
    // hyphens and ligatures. Falls back to footnote-free and partial matches because the app's
    // passages come from cleaned text, not from the page as printed.
    static PdfWordRange findPassage(const QList<PdfWord> &words, const QString &passage);

    // Text of the words as a reader would paste it: a space between words on a line and
    // between the lines of a paragraph (the PDF breaks lines mid-sentence), a newline where
    // a paragraph or list item ends (paragraphStartsAt), a word broken with a hyphen at a
    // line's end joined up with its hyphen.
    static QString joinWords(const QList<PdfWord> &words, int first, int last);
    // True when the line that starts with words[next] begins a paragraph or list item rather
    // than going on from the line that ends with words[next - 1]: a blank gap above it of more
    // than half a line, a bullet or a list number first, or a line before it that ends a
    // sentence and stops well short of the text's right edge (a paragraph's last line).
    static bool paragraphStartsAt(const QList<PdfWord> &words, int next);

    // True when b continues a's line (so the copied text needs a space rather than a newline).
    static bool sameLine(const QRectF &a, const QRectF &b);
};

} // namespace oversight
