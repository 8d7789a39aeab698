#include "AccuracyTally.h"

namespace oversight::accuracy {

AccuracyTally::AccuracyTally(const QStringList &fields)
    : m_fields(fields)
{
    for (const QString &field : fields)
        m_counts.insert(field, {});
}

void AccuracyTally::compare(const QString &file, const QString &field, const QString &expected,
                            const QString &actual, bool equal)
{
    Counts &counts = m_counts[field];
    if (equal) {
        ++counts.right;
        return;
    }
    if (actual.isEmpty() && !expected.isEmpty())
        ++counts.missing;
    else
        ++counts.wrong;
    m_mismatches.append({file, field, expected, actual});
}

void AccuracyTally::dispute(const QString &file, const QString &field, const QString &expected,
                            const QString &actual)
{
    ++m_counts[field].disputed;
    m_disputes.append({file, field, expected, actual});
}

const AccuracyTally::Counts &AccuracyTally::counts(const QString &field) const
{
    static const Counts none;
    const auto it = m_counts.constFind(field);
    return it == m_counts.constEnd() ? none : *it;
}

void AccuracyTally::printTable(QTextStream &out) const
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("field"), -22)
               .arg(QStringLiteral("right"), 6)
               .arg(QStringLiteral("wrong"), 6)
               .arg(QStringLiteral("missing"), 8)
               .arg(QStringLiteral("disputed"), 9)
               .arg(QStringLiteral("accuracy"), 9);
    for (const QString &field : m_fields) {
        const Counts &c = counts(field);
        const QString accuracy = c.total() > 0
            ? QStringLiteral("%1%").arg(c.accuracy(), 0, 'f', 1)
            : QStringLiteral("n/a"); // nothing compared: no figure, not 100%
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(field, -22)
                   .arg(c.right, 6)
                   .arg(c.wrong, 6)
                   .arg(c.missing, 8)
                   .arg(c.disputed, 9)
                   .arg(accuracy, 9);
    }
}

void AccuracyTally::printMismatches(QTextStream &out) const
{
    for (const Mismatch &m : m_disputes) {
        out << "  disputed label (bench/accuracy/disputed-labels.csv): " << m.file << "\n      "
            << m.field << ": truth.csv \"" << m.expected << "\", read \"" << m.actual << "\"\n";
    }
    if (m_mismatches.isEmpty()) {
        out << "No mismatches.\n";
        return;
    }
    out << "Mismatches (" << m_mismatches.size() << "):\n";
    for (const Mismatch &m : m_mismatches) {
        out << "  " << m.file << "\n      " << m.field << ": expected \""
            << m.expected << "\", got \"" << m.actual << "\"\n";
    }
}

QStringList AccuracyTally::missedTargets(const QMap<QString, double> &minimum) const
{
    QStringList missed;
    for (auto it = minimum.constBegin(); it != minimum.constEnd(); ++it) {
        const Counts &c = counts(it.key());
        if (c.total() > 0 && c.accuracy() + 1e-9 < it.value())
            missed.append(QStringLiteral("%1 %2% < %3%")
                              .arg(it.key())
                              .arg(c.accuracy(), 0, 'f', 1)
                              .arg(it.value()));
    }
    return missed;
}

} // namespace oversight::accuracy
