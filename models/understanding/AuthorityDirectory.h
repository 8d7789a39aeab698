#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// One English local authority as the DfE reference list describes it.
struct AuthorityRecord
{
    QString code;                     // DfE LA code, e.g. "212"
    QString newCode;                  // ONS code, e.g. "E09000032"
    QString urn;                      // Ofsted URN
    QString name;                     // canonical name, e.g. "Wandsworth"
    QString region;                   // e.g. "London"
    QString type;                     // e.g. "London Borough"
    QStringList aliases;              // other names it is known by
    QStringList statisticalNeighbours; // DfE LA codes, closest first
};

// Matches authority names as documents write them ("London Borough of Wandsworth", "St. Helens
// Metropolitan Borough Council", "Southend-on-Sea city council", "City of Wolverhampton") to the
// DfE reference list compiled in as :/oversight/local_authorities.csv, and looks records up by
// code. The shared instance loads the list once; all methods are const and thread-safe.
class AuthorityDirectory
{
public:
    // Builds a directory from CSV text with the reference list's columns (used by tests).
    explicit AuthorityDirectory(const QByteArray &csv);

    // The directory of the compiled-in reference list, loaded on first use.
    static const AuthorityDirectory &instance();

    // DfE LA code for a name as written, or empty when no authority matches it.
    QString codeFor(const QString &nameAsWritten) const;
    // The record for a DfE LA code, or nullptr.
    const AuthorityRecord *byCode(const QString &code) const;
    QString canonicalName(const QString &code) const;
    QString region(const QString &code) const;
    QStringList statisticalNeighbours(const QString &code) const;
    const QList<AuthorityRecord> &all() const { return m_records; }
    bool isEmpty() const { return m_records.isEmpty(); }

    // The matching key of a name: lower case, "&" as "and", punctuation and hyphens as
    // spaces, "St." as "st", "the" dropped.
    static QString normalise(const QString &name);
    // The key with the words that only say what sort of council it is removed:
    // "London Borough of", "Royal Borough of", "City of", "County Council", "Metropolitan
    // Borough Council", "local authority", "children's services" and the like.
    static QString core(const QString &name);

private:
    void index(const QString &name, qsizetype record);

    QList<AuthorityRecord> m_records;
    QHash<QString, qsizetype> m_byKey;  // normalised or core name -> record index
    QHash<QString, qsizetype> m_byCode; // DfE code -> record index
    QSet<QString> m_regionKeys;
};

} // namespace oversight
