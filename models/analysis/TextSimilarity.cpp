#include "TextSimilarity.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace oversight {

namespace {

const QSet<QString> &stopWords()
{
    // Common English function words; the verbs every recommendation opens with and the
    // adverbs of inspection prose, which say that or how well something must be done, not
    // what; and the words every children's services report uses on every page.
    static const QSet<QString> words = [] {
        const char *list[] = {
            "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
            "being", "between", "both", "but", "by", "can", "could", "do", "does", "each",
            "for", "from", "has", "have", "how", "in", "including", "into", "is", "it", "its",
            "more", "most", "no", "not", "of", "on", "or", "other", "so", "such", "than",
            "that", "the", "their", "them", "there", "these", "they", "this", "those", "to",
            "too", "under", "up", "very", "was", "were", "what", "when", "where", "which",
            "who", "whom", "will", "with", "within", "would", "ensure", "ensuring", "continue",
            "make", "made", "use", "used", "well", "strengthen", "improve", "promote", "promotes",
            "effective", "effectively", "timely", "robust", "robustly", "appropriate",
            "appropriately", "consistent", "consistently", "regular", "routinely", "always",
            "right", "child", "children", "young", "people", "local", "authority", "service",
            "services"};
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

bool endsWithAndKeeps(const QString &word, const char *suffix, qsizetype minStem)
{
    const qsizetype n = qsizetype(qstrlen(suffix));
    return word.size() - n >= minStem && word.endsWith(QLatin1String(suffix));
}

} // namespace

QString TextSimilarity::stem(const QString &word)
{
    QString w = word;
    // Plural and verb endings first, then derivational ones; a stem keeps 3 letters at least.
    struct Rule
    {
        const char *suffix;
        const char *replacement;
    };
    static const Rule inflections[] = {{"ies", "y"}, {"sses", "ss"}, {"ing", ""}, {"ed", ""},
                                       {"es", "e"}, {"s", ""}};
    for (const Rule &r : inflections) {
        if (endsWithAndKeeps(w, r.suffix, 3) && !w.endsWith(QLatin1String("ss"))) {
            w.chop(qsizetype(qstrlen(r.suffix)));
            w += QLatin1String(r.replacement);
            break;
        }
    }
    static const char *derivations[] = {"ational", "ization", "iveness", "fulness", "ousness",
                                        "ement",   "ment",    "ness",    "ance",    "ence",
                                        "ation",   "ity",     "ive",     "ful",     "ous",
                                        "ent",     "ant",     "al",      "ly",      "er",      "e"};
    for (const char *suffix : derivations) {
        if (endsWithAndKeeps(w, suffix, 4)) {
            w.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    return w;
}

QStringList TextSimilarity::terms(const QString &text)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]+"));
    QString lower = text.toLower();
    lower.replace(QChar(0x2019), QLatin1Char('\'')); // typographic apostrophe
    lower.remove(QLatin1String("'s"));
    QStringList out;
    for (const QString &word : lower.split(nonLetters, Qt::SkipEmptyParts)) {
        if (word.size() < 2 || stopWords().contains(word))
            continue;
        out.append(stem(word));
    }
    return out;
}

TextSimilarity::TextSimilarity(const QStringList &texts, const QStringList &background)
{
    QList<QHash<QString, double>> counts;
    QHash<QString, int> documentFrequency;
    auto countDocumentFrequency = [&documentFrequency](const QHash<QString, double> &tf) {
        for (auto it = tf.cbegin(); it != tf.cend(); ++it)
            ++documentFrequency[it.key()];
    };
    for (const QString &text : texts) {
        QHash<QString, double> tf;
        for (const QString &term : terms(text))
            tf[term] += 1.0;
        countDocumentFrequency(tf);
        counts.append(tf);
    }
    for (const QString &text : background) {
        QHash<QString, double> present;
        for (const QString &term : terms(text))
            present.insert(term, 1.0);
        countDocumentFrequency(present);
    }
    const double n = double(texts.size() + background.size());
    for (QHash<QString, double> &vector : counts) {
        double norm = 0;
        for (auto it = vector.begin(); it != vector.end(); ++it) {
            // Sublinear TF, so that a word said three times does not outweigh three words;
            // smoothed IDF, so that a word in every text still weighs a little.
            it.value() = (1.0 + std::log(it.value()))
                         * (std::log((1.0 + n) / (1.0 + documentFrequency.value(it.key()))) + 1.0);
            norm += it.value() * it.value();
        }
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (auto it = vector.begin(); it != vector.end(); ++it)
                it.value() /= norm;
        }
        m_vectors.append(vector);
    }
}

double TextSimilarity::similarity(qsizetype i, qsizetype j) const
{
    const QHash<QString, double> &a = m_vectors.at(i);
    const QHash<QString, double> &b = m_vectors.at(j);
    const QHash<QString, double> &small = a.size() <= b.size() ? a : b;
    const QHash<QString, double> &large = a.size() <= b.size() ? b : a;
    double dot = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        dot += it.value() * large.value(it.key());
    return dot;
}

} // namespace oversight
