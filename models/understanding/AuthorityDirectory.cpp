#include "AuthorityDirectory.h"

#include "CleanText.h"
#include "Csv.h"

#include <QFile>
#include <QRegularExpression>

namespace oversight {

namespace {

QStringList splitList(QString value)
{
    value.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    QStringList out;
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace

AuthorityDirectory::AuthorityDirectory(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> rows = Csv::parse(text);
    if (rows.isEmpty())
        return;
    const QStringList header = rows.first();
    auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    const qsizetype urn = column("urn"), code = column("la_code"), newCode = column("la_code_new"),
                    name = column("local_authority_ons_name"), aka = column("also_known_as"),
                    region = column("region_name"), type = column("ons_la_type"),
                    neighbours = column("stat_neighbours"), scrape = column("ofsted_ilacs_scrape_la_name");
    auto cell = [](const QStringList &row, qsizetype i) {
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        AuthorityRecord record;
        record.code = cell(row, code);
        record.name = cell(row, name);
        if (record.code.isEmpty() || record.name.isEmpty())
            continue;
        record.urn = cell(row, urn);
        record.newCode = cell(row, newCode);
        record.region = cell(row, region);
        record.type = cell(row, type);
        record.aliases = splitList(cell(row, aka));
        // The Ofsted listing name, when it is a name rather than a code.
        const QString listing = cell(row, scrape);
        if (!listing.isEmpty() && !listing.front().isDigit() && !record.aliases.contains(listing))
            record.aliases.append(listing);
        record.statisticalNeighbours = splitList(cell(row, neighbours));
        m_records.append(record);
    }
    // A core that is a region's name ("City of London" -> "london") would catch every
    // "London Borough of ..." that failed to match, so region names are never keys.
    for (const AuthorityRecord &record : std::as_const(m_records))
        m_regionKeys.insert(normalise(record.region));
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const AuthorityRecord &record = m_records.at(i);
        m_byCode.insert(record.code, i);
        index(record.name, i);
        for (const QString &alias : record.aliases)
            index(alias, i);
    }
}

void AuthorityDirectory::index(const QString &name, qsizetype record)
{
    // The full key first; the core key only when no other authority claims it, so that a
    // bare core never hides a different authority ("City of London" keeps "city of london").
    const QString full = normalise(name);
    if (!full.isEmpty() && !m_byKey.contains(full))
        m_byKey.insert(full, record);
    const QString shortKey = core(name);
    if (!shortKey.isEmpty() && !m_byKey.contains(shortKey) && !m_regionKeys.contains(shortKey))
        m_byKey.insert(shortKey, record);
}

const AuthorityDirectory &AuthorityDirectory::instance()
{
    static const AuthorityDirectory directory = [] {
        QFile file(QStringLiteral(":/oversight/local_authorities.csv"));
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        return AuthorityDirectory(bytes);
    }();
    return directory;
}

QString AuthorityDirectory::normalise(const QString &name)
{
    QString s = TextTools::forMatching(name).toLower();
    s.replace(QLatin1Char('&'), QLatin1String(" and "));
    // "Bristol, City of" and "Herefordshire, County of" put the type after a comma.
    static const QRegularExpression invertedType =
        TextTools::regex(QStringLiteral(",\\s*(?:city|county) of\\s*$"));
    s.remove(invertedType);
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('\''))
            out += c;
        else
            out += QLatin1Char(' ');
    }
    out.remove(QLatin1Char('\''));
    out = out.simplified();
    if (out.startsWith(QLatin1String("the ")))
        out.remove(0, 4);
    return out;
}

QString AuthorityDirectory::core(const QString &name)
{
    QString s = normalise(name);
    // One trailing type word or phrase. They are stripped one at a time from the end: a single
    // pattern for the whole run, searched from the start, is quadratic in the number of words.
    static const QRegularExpression suffix = TextTools::regex(QStringLiteral(
        "\\s+(?:local authority|childrens services|childrens social care services|"
        "metropolitan borough council|metropolitan district council|metropolitan borough|"
        "borough council|county borough council|county council|city council|district council|"
        "unitary authority|unitary council|council|borough|corporation)$"));
    static const QRegularExpression prefix = TextTools::regex(QStringLiteral(
        "^(?:(?:london borough of|royal borough of|metropolitan borough of|borough of|"
        "city and county of|city of|county of|council of the|council of|county)\\s+)+"));
    auto removeSuffixes = [&]() {
        // s is simplified, so a match is never longer than the pattern's longest alternative
        // and a space: searching the tail alone finds the longest phrase ending the string.
        for (;;) {
            const QRegularExpressionMatch m =
                suffix.match(s, qMax<qsizetype>(0, s.size() - suffix.pattern().size()));
            if (!m.hasMatch())
                return;
            s.truncate(m.capturedStart());
        }
    };
    removeSuffixes();
    s.remove(prefix);
    removeSuffixes();
    return s.trimmed();
}

QString AuthorityDirectory::codeFor(const QString &nameAsWritten) const
{
    if (nameAsWritten.trimmed().isEmpty())
        return {};
    const QString full = normalise(nameAsWritten);
    auto it = m_byKey.constFind(full);
    if (it == m_byKey.constEnd())
        it = m_byKey.constFind(core(nameAsWritten));
    return it == m_byKey.constEnd() ? QString() : m_records.at(*it).code;
}

const AuthorityRecord *AuthorityDirectory::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed());
    return it == m_byCode.constEnd() ? nullptr : &m_records.at(*it);
}

QString AuthorityDirectory::canonicalName(const QString &code) const
{
    const AuthorityRecord *record = byCode(code);
    return record ? record->name : QString();
}

QString AuthorityDirectory::region(const QString &code) const
{
    const AuthorityRecord *record = byCode(code);
    return record ? record->region : QString();
}

QStringList AuthorityDirectory::statisticalNeighbours(const QString &code) const
{
    const AuthorityRecord *record = byCode(code);
    return record ? record->statisticalNeighbours : QStringList();
}

} // namespace oversight
