#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace oversight::accuracy {

// Counts, per field, how often the extractor agreed with the truth file, and keeps every
// disagreement for the report.
//   right:   equal (both empty counts: a judgement correctly left absent is right)
//   wrong:   something extracted that differs from the truth (including an invented value)
//   missing: the truth has a value and nothing was extracted
class AccuracyTally
{
public:
    struct Counts
    {
        int right = 0;
        int wrong = 0;
        int missing = 0;
        int total() const { return right + wrong + missing; }
        double accuracy() const { return total() ? 100.0 * right / total() : 100.0; }
    };
    struct Mismatch
    {
        QString file;
        QString field;
        QString expected;
        QString actual;
    };

    explicit AccuracyTally(const QStringList &fields);

    // `equal` lets a field compare loosely (case, spacing); defaults to exact comparison.
    void compare(const QString &file, const QString &field, const QString &expected,
                 const QString &actual, bool equal);
    void compare(const QString &file, const QString &field, const QString &expected,
                 const QString &actual)
    {
        compare(file, field, expected, actual, expected == actual);
    }

    const Counts &counts(const QString &field) const;
    void printTable(QTextStream &out) const;
    void printMismatches(QTextStream &out) const;
    // Each field below its minimum accuracy (percent), as "field 97.0% < 99%".
    QStringList missedTargets(const QMap<QString, double> &minimum) const;

private:
    QStringList m_fields;
    QMap<QString, Counts> m_counts;
    QList<Mismatch> m_mismatches;
};

} // namespace oversight::accuracy
