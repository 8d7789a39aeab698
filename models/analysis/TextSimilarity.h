#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// How alike short texts are in meaning, as cosine similarity of TF-IDF vectors (sublinear
// term frequency) over stemmed words with stop words left out. The IDF weights come from a
// background of texts on the same subject (for recommendations: every paragraph of the two
// reports), so words the reports use everywhere ("protection", "plans") count for little and
// the words that tell one recommendation from another ("advocacy", "family finding") count
// for much. Weights from the compared texts alone are too few to tell the two apart.
class TextSimilarity
{
public:
    // texts: every text that will be compared; background: more texts of the same kind, used
    // only for the IDF weights (texts are counted in them too).
    explicit TextSimilarity(const QStringList &texts, const QStringList &background = {});

    // 0 (nothing in common) to 1 (the same words in the same proportions); i and j index the
    // texts given to the constructor.
    double similarity(qsizetype i, qsizetype j) const;

    // The words a text is reduced to: lower case, stop words out, each word stemmed.
    static QStringList terms(const QString &text);
    // A light suffix-stripping stemmer (a subset of Porter's rules): enough to make
    // "permanence"/"permanent", "decisions"/"decision", "planning"/"plans" meet.
    static QString stem(const QString &word);

private:
    QList<QHash<QString, double>> m_vectors; // unit length
};

} // namespace oversight
