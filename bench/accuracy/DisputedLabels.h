#pragma once

#include <QSet>
#include <QString>

namespace oversight::accuracy {

// Labels of a truth file that the project disputes, read from a commented CSV
// (bench/accuracy/disputed-labels.csv): lines starting with '#' are comments; the rest has the
// columns corpus, path, field, label, page_words, where corpus is the corpus folder's name
// ("corpus", "corpus-2"), label the value in truth.csv and page_words what the page prints.
// A disputed comparison is left out of the accuracy figures and listed on its own.
class DisputedLabels
{
public:
    // False with *error set when the file exists but cannot be read or lacks a column.
    // A missing file is an empty list.
    bool load(const QString &fileName, QString *error);

    bool contains(const QString &corpus, const QString &path, const QString &field) const
    {
        return m_keys.contains(key(corpus, path, field));
    }
    qsizetype size() const { return m_keys.size(); }

private:
    static QString key(const QString &corpus, const QString &path, const QString &field)
    {
        return corpus + QLatin1Char('\x1f') + path + QLatin1Char('\x1f') + field;
    }
    QSet<QString> m_keys;
};

} // namespace oversight::accuracy
