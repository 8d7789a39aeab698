#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// One word of a checklist item, as the finding index sees it.
struct SuggestionWord
{
    QString text;                  // as written
    QString stem;                  // as findings_fts stores it; empty when the index drops it
    qint64 findingsWithStem = 0;   // how many findings hold the stem (document frequency)
    bool joinedToPrevious = false; // only spaces or a hyphen since the previous word
};

// Turns an item's words into what to look for among findings. Pure functions: the store work
// (stems, frequencies) is SuggestionEngine's. No list of subject words: what is distinctive
// is learnt from the findings themselves, so it holds for any authority and any report.
namespace SuggestionTerms {

// The words of text in order, split as the unicode61 tokenizer splits (letters and digits).
QList<SuggestionWord> split(const QString &text);

// English function words ("the", "which"...), which say nothing about a subject.
bool isStopWord(const QString &word);

// The terms of an FTS query for the item, given its analysed words and the number of
// findings in the index:
// - content words (no stop word, digit or single letter) held by at most half the findings,
//   the rarest (most distinctive) first, at most maxWords of them;
// - every pair of adjacent content words as a phrase ("strategy meetings", "audit activity"):
//   a phrase is rarer than its words, so bm25 rewards passages that use the item's wording;
// - the first headWords chosen words in the item's own order once more: recommendations name
//   their subject first ("Ensure that <subject> ..."), and a repeated term counts twice.
struct Tuning
{
    int maxWords = 12;
    double maxShare = 0.5;
    int headWords = 3;
};
QStringList queryTerms(const QList<SuggestionWord> &words, qint64 findingCount,
                       const Tuning &tuning = {});

} // namespace SuggestionTerms
} // namespace oversight
