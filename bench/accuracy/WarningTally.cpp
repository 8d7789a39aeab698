#include "WarningTally.h"

#include "domain/DocumentFacts.h"

namespace oversight::accuracy {

bool WarningTally::catches(const QString &warning, const QString &field)
{
    if (warning == field)
        return true;
    if (Area::all().contains(field))
        return warning == QLatin1String("judgements") || warning == QLatin1String("judgements.") + field;
    if (field == QLatin1String("authority_name") || field == QLatin1String("authority_code"))
        return warning == QLatin1String("authority_code") || warning == QLatin1String("authority");
    return false;
}

void WarningTally::add(const QString &file, const QStringList &wrongFields,
                       const QStringList &warnings)
{
    ++m_documents;
    if (wrongFields.isEmpty())
        ++m_documentsRight;
    for (const QString &field : wrongFields) {
        ++m_wrongFacts;
        if (std::any_of(warnings.cbegin(), warnings.cend(),
                        [&](const QString &w) { return catches(w, field); }))
            ++m_caught;
    }
    for (const QString &warning : warnings) {
        if (std::none_of(wrongFields.cbegin(), wrongFields.cend(),
                         [&](const QString &f) { return catches(warning, f); }))
            m_falseAlarms.append(QStringLiteral("%1: %2").arg(file, warning));
    }
}

QString WarningTally::summary() const
{
    const QString share = m_wrongFacts
        ? QStringLiteral("%1%").arg(100.0 * m_caught / m_wrongFacts, 0, 'f', 1)
        : QStringLiteral("n/a");
    return QStringLiteral("%1 of %2 wrong or missing facts caught by a warning (%3); "
                          "%4 false alarms; %5 of %6 documents read right")
        .arg(m_caught)
        .arg(m_wrongFacts)
        .arg(share)
        .arg(m_falseAlarms.size())
        .arg(m_documentsRight)
        .arg(m_documents);
}

void WarningTally::printFalseAlarms(QTextStream &out) const
{
    for (const QString &alarm : m_falseAlarms)
        out << "  false alarm: " << alarm << "\n";
}

} // namespace oversight::accuracy
