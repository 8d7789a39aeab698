#include "SuggestionTerms.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace oversight::SuggestionTerms {

QList<SuggestionWord> split(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[^\\W_]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QList<SuggestionWord> words;
    qsizetype previousEnd = -1;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        SuggestionWord w;
        w.text = m.captured(0);
        if (previousEnd >= 0) {
            const QString gap = text.mid(previousEnd, m.capturedStart(0) - previousEnd).trimmed();
            w.joinedToPrevious = gap.isEmpty() || gap == QLatin1String("-");
        }
        previousEnd = m.capturedEnd(0);
        words.append(w);
    }
    return words;
}

bool isStopWord(const QString &word)
{
    static const QSet<QString> stop = [] {
        const char *list =
            "a about above after again against all also am an and any are as at be because been "
            "before being below between both but by can could did do does doing down during each "
            "either else ever every few for from further had has have having he her here hers "
            "him his how however i if in into is it its itself just may me might more most much "
            "must my no nor not now of off on once one only or other our ours out over own per "
            "same shall she should so some such than that the their theirs them then there these "
            "they this those through thus to too under until up upon us very via was we were "
            "what when where whether which while who whom whose why will with within without "
            "would yet you your";
        QSet<QString> set;
        for (const QString &w : QString::fromLatin1(list).split(QLatin1Char(' ')))
            set.insert(w);
        return set;
    }();
    return stop.contains(word.toLower());
}

namespace {

bool isContentWord(const SuggestionWord &w)
{
    if (w.stem.isEmpty() || w.findingsWithStem == 0 || w.text.size() < 2 || isStopWord(w.text))
        return false;
    bool digits = true;
    for (QChar c : w.text)
        digits = digits && c.isDigit();
    return !digits;
}

} // namespace

QStringList queryTerms(const QList<SuggestionWord> &words, qint64 findingCount,
                       const Tuning &tuning)
{
    const double common = tuning.maxShare * double(findingCount);

    // Distinct content stems, each with the first form the item uses.
    QList<int> candidates; // indexes into words
    QSet<QString> seen;
    for (int i = 0; i < words.size(); ++i) {
        const SuggestionWord &w = words.at(i);
        if (!isContentWord(w) || double(w.findingsWithStem) > common || seen.contains(w.stem))
            continue;
        seen.insert(w.stem);
        candidates.append(i);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        return words.at(a).findingsWithStem < words.at(b).findingsWithStem;
    });
    candidates = candidates.mid(0, tuning.maxWords);
    QSet<QString> chosen;
    QStringList terms;
    for (int i : candidates) {
        chosen.insert(words.at(i).stem);
        terms.append(words.at(i).text);
    }

    QSet<QString> phrases;
    for (int i = 1; i < words.size(); ++i) {
        const SuggestionWord &a = words.at(i - 1);
        const SuggestionWord &b = words.at(i);
        if (!b.joinedToPrevious || !isContentWord(a) || !isContentWord(b))
            continue;
        if (double(a.findingsWithStem) > common && double(b.findingsWithStem) > common)
            continue;
        const QString phrase = a.text + QLatin1Char(' ') + b.text;
        if (!phrases.contains(phrase.toLower())) {
            phrases.insert(phrase.toLower());
            terms.append(phrase);
        }
    }

    QSet<QString> heads;
    for (const SuggestionWord &w : words) {
        if (heads.size() >= tuning.headWords)
            break;
        if (chosen.contains(w.stem) && !heads.contains(w.stem)) {
            heads.insert(w.stem);
            terms.append(w.text);
        }
    }
    return terms;
}

} // namespace oversight::SuggestionTerms
