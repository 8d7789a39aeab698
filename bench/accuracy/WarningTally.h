#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace oversight::accuracy {

// How well a reader's warnings (DocumentFacts::warnings) tell which facts it missed or got
// wrong. For each document it is given the fields that disagreed with the truth file and the
// warnings the reader gave; a wrong fact is caught when a warning names it ("judgements" or
// "judgements.<area>" for a judgement, "authority_code" for the authority's name or code,
// otherwise the field's own key), and a warning is a false alarm when no wrong fact answers it.
class WarningTally
{
public:
    void add(const QString &file, const QStringList &wrongFields, const QStringList &warnings);

    int wrongFacts() const { return m_wrongFacts; }
    int caught() const { return m_caught; }
    int documents() const { return m_documents; }
    int documentsRight() const { return m_documentsRight; }
    int falseAlarms() const { return int(m_falseAlarms.size()); }

    // One line: "N of M wrong or missing facts caught (P%); K false alarms".
    QString summary() const;
    // The false alarms, one a line, as "file: warning".
    void printFalseAlarms(QTextStream &out) const;

    static bool catches(const QString &warning, const QString &field);

private:
    int m_documents = 0;
    int m_documentsRight = 0;
    int m_wrongFacts = 0;
    int m_caught = 0;
    QStringList m_falseAlarms;
};

} // namespace oversight::accuracy
