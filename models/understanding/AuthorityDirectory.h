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

// Matches authority names as documents write them to the DfE reference list compiled in as
// :/oversight/local_authorities.csv, and looks records up by code. The shared instance loads
// the list once; all methods are const and thread-safe.
//
// The rules are about the forms a council's name takes, never about particular documents:
// - the type of council before or after the place, peeled one at a time: "London Borough of
//   X", "Royal Borough of X", "City of X", "County of X", "X Council", "X City Council",
//   "X County Council", "X Metropolitan Borough Council", "X MBC", "X Metropolitan Council",
//   "X City", "X, City of" and "X City of" (the reference list's inverted form);
// - the body that speaks for the council's children's services: "X children's services",
//   "X Children's Trust", "X Children's Services Trust", "X Children First", "X Children and
//   Families Trust", "X (Local) Safeguarding Children Board/Partnership", "X LSCB";
// - a short form that only one authority can mean: the part before "upon", "on", "and",
//   "with" ("Newcastle" for Newcastle upon Tyne, "Stockton" for Stockton-on-Tees), or before
//   "of" when that is two words or more ("East Riding" for East Riding of Yorkshire). A short
//   form two authorities share ("Kingston") matches neither;
// - companies that run a council's children's services under a name of their own, from
//   :/oversight/children_services_providers.csv (a provider serving several councils, such
//   as Achieving for Children, matches none of them on its own);
// - a part in brackets is tried apart from the rest: "Achieving for Children (Richmond upon
//   Thames)".
// A region's name is never an authority: "London" alone matches nothing.
class AuthorityDirectory
{
public:
    // Builds a directory from CSV text with the reference list's columns, and optionally a
    // providers list (columns provider, la_codes); used by tests.
    explicit AuthorityDirectory(const QByteArray &csv, const QByteArray &providersCsv = {});

    // The directory of the compiled-in reference list, loaded on first use.
    static const AuthorityDirectory &instance();

    // DfE LA code for a name as written, or empty when no authority, or more than one,
    // matches it.
    QString codeFor(const QString &nameAsWritten) const;
    // The record for a DfE LA code, or nullptr.
    const AuthorityRecord *byCode(const QString &code) const;
    QString canonicalName(const QString &code) const;
    QString region(const QString &code) const;
    QStringList statisticalNeighbours(const QString &code) const;
    const QList<AuthorityRecord> &all() const { return m_records; }
    bool isEmpty() const { return m_records.isEmpty(); }

    // The matching key of a name: lower case, "&" as "and", punctuation and hyphens as
    // spaces, "St." as "st", apostrophes dropped, "the" dropped, a trailing "city of" or
    // "county of" (the reference list's "Bristol, City of") dropped.
    static QString normalise(const QString &name);
    // The keys a name is looked up by, longest first: the normalised name, then the name with
    // one more word of council type (see the class comment) peeled off at either end.
    static QStringList peeled(const QString &name);
    // The last of peeled(): the place alone ("north yorkshire" for "North Yorkshire County
    // Council").
    static QString core(const QString &name);

private:
    // How strongly a key names an authority: an exact name beats a peeled one, which beats a
    // short form.
    enum Strength { NameKey = 0, PeeledKey = 1, ShortKey = 2 };
    struct Claim
    {
        qsizetype record = -1; // -1 when two authorities claim the key with the same strength
        int strength = NameKey;
    };
    void indexName(const QString &name, qsizetype record);
    void claim(const QString &key, qsizetype record, int strength);
    void loadProviders(const QByteArray &csv);
    QString lookUp(const QString &name) const;

    QList<AuthorityRecord> m_records;
    QHash<QString, Claim> m_byKey;      // key -> record index
    QHash<QString, qsizetype> m_byCode; // DfE code -> record index
    QSet<QString> m_regionKeys;
};

} // namespace oversight
