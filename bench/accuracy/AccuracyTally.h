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
        int disputed = 0; // left out of the figures: the label is disputed (DisputedLabels)
        int total() const { return right + wrong + missing; }
        // Percent right of those compared; only meaningful when total() > 0 (a field never
        // compared is not 100%: printTable shows "n/a").
        double accuracy() const { return total() ? 100.0 * right / total() : 0.0; }
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

    // A comparison left out because the truth file's label is disputed.
    void dispute(const QString &file, const QString &field, const QString &expected,
                 const QString &actual);

    const Counts &counts(const QString &field) const;
    void printTable(QTextStream &out) const;
    void printMismatches(QTextStream &out) const;
    // Each field below its minimum accuracy (percent), as "field 97.0% < 99%"; a field never
    // compared misses no target.
    QStringList missedTargets(const QMap<QString, double> &minimum) const;

private:
    QStringList m_fields;
    QMap<QString, Counts> m_counts;
    QList<Mismatch> m_mismatches;
    QList<Mismatch> m_disputes;
};

} // namespace oversight::accuracy
