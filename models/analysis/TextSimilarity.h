#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// How alike short texts are in meaning, as cosine similarity of TF-IDF vectors over stemmed
// words with stop words left out. The IDF weights come from the texts given together, so
// words every recommendation uses ("ensure", "children") count for little and the words that
// tell one recommendation from another count for much.
class TextSimilarity
{
public:
    // texts: every text that will be compared (both sides of a comparison).
    explicit TextSimilarity(const QStringList &texts);

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
