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

AuthorityDirectory::AuthorityDirectory(const QByteArray &csv, const QByteArray &providersCsv)
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
                    neighbours = column("stat_neighbours"), scrape = column("ofsted_ilacs_scrape_la_name"),
                    lowerTier = column("ltla23nm"), upperTier = column("utla23nm");
    auto cell = [](const QStringList &row, qsizetype i) {
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    QList<QStringList> onsNames; // the ONS district names, matched like aliases
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
        onsNames.append({cell(row, lowerTier), cell(row, upperTier)});
    }
    // A key that is a region's name ("City of London" peeled to "london") would catch every
    // "London Borough of ..." that failed to match, so region names are never peeled keys.
    for (const AuthorityRecord &record : std::as_const(m_records))
        m_regionKeys.insert(normalise(record.region));
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const AuthorityRecord &record = m_records.at(i);
        m_byCode.insert(record.code, i);
        indexName(record.name, i);
        for (const QString &alias : record.aliases)
            indexName(alias, i);
        for (const QString &ons : onsNames.at(i))
            if (!ons.isEmpty())
                indexName(ons, i);
    }
    loadProviders(providersCsv);
}

void AuthorityDirectory::claim(const QString &key, qsizetype record, int strength)
{
    if (key.isEmpty() || (strength != NameKey && m_regionKeys.contains(key)))
        return;
    const auto it = m_byKey.find(key);
    if (it == m_byKey.end())
        m_byKey.insert(key, {record, strength});
    else if (strength < it->strength)
        *it = {record, strength};
    else if (strength == it->strength && it->record != record)
        it->record = -1; // two authorities answer to it: it names neither
}

void AuthorityDirectory::indexName(const QString &name, qsizetype record)
{
    const QStringList keys = peeled(name);
    if (keys.isEmpty())
        return;
    claim(keys.first(), record, NameKey);
    for (qsizetype k = 1; k < keys.size(); ++k)
        claim(keys.at(k), record, PeeledKey);
    // Short forms of the place: the words before "upon", "on", "and" or "with"; before "of"
    // only when that leaves two words or more ("East Riding", not "Isle").
    static const QRegularExpression joiner =
        TextTools::regex(QStringLiteral("^(.+?) (?:upon|on|and|with) "));
    static const QRegularExpression ofPlace = TextTools::regex(QStringLiteral("^(\\S+ .+?) of \\S+$"));
    const QString place = keys.last();
    for (const QRegularExpression *form : {&joiner, &ofPlace}) {
        const QRegularExpressionMatch m = form->match(place);
        if (m.hasMatch())
            claim(m.captured(1), record, ShortKey);
    }
}

void AuthorityDirectory::loadProviders(const QByteArray &csv)
{
    const QList<QStringList> rows = Csv::parse(QString::fromUtf8(csv));
    if (rows.isEmpty())
        return;
    const qsizetype provider = rows.first().indexOf(QLatin1String("provider"));
    const qsizetype codes = rows.first().indexOf(QLatin1String("la_codes"));
    if (provider < 0 || codes < 0)
        return;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (row.size() <= qMax(provider, codes))
            continue;
        QList<qsizetype> records;
        for (const QString &c : splitList(row.at(codes))) {
            const auto it = m_byCode.constFind(c);
            if (it != m_byCode.constEnd())
                records.append(*it);
        }
        // A provider serving several councils names none of them on its own.
        if (records.size() == 1)
            indexName(row.at(provider), records.first());
        else if (!records.isEmpty())
            claim(normalise(row.at(provider)), -1, NameKey);
    }
}

const AuthorityDirectory &AuthorityDirectory::instance()
{
    static const AuthorityDirectory directory = [] {
        auto read = [](const char *path) {
            QFile file{QString::fromLatin1(path)};
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        return AuthorityDirectory(read(":/oversight/local_authorities.csv"),
                                  read(":/oversight/children_services_providers.csv"));
    }();
    return directory;
}

QString AuthorityDirectory::normalise(const QString &name)
{
    QString s = TextTools::forMatching(name).toLower();
    s.replace(QLatin1Char('&'), QLatin1String(" and "));
    // A bad re-save turns the apostrophe of "children's" into a 9.
    static const QRegularExpression nineAsApostrophe =
        TextTools::regex(QStringLiteral("(?<=[a-z])9(?=s\\b)"));
    s.replace(nineAsApostrophe, QStringLiteral("'"));
    // "Bristol, City of", "Herefordshire, County of" and "Bristol City of" put the type last.
    static const QRegularExpression invertedType =
        TextTools::regex(QStringLiteral("(?:,|\\s)\\s*(?:city|county) of\\s*$"));
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

QStringList AuthorityDirectory::peeled(const QString &name)
{
    QString s = normalise(name);
    if (s.isEmpty())
        return {};
    // One trailing type word or phrase, longest first; the body that speaks for children's
    // services counts as one.
    static const QRegularExpression suffix = TextTools::regex(QStringLiteral(
        " (?:local authority|childrens services trust|childrens trust|children and families trust|"
        "children first|childrens services|childrens social care services|childrens social care|"
        "children and families services|local safeguarding children board|"
        "local safeguarding children partnership|safeguarding children board|"
        "safeguarding children partnership|lscb|metropolitan borough council|"
        "metropolitan district council|metropolitan council|metropolitan borough|mbc|mdc|"
        "county borough council|borough council|county council|city council|district council|"
        "unitary authority|unitary council|council|borough|corporation|city|county)$"));
    static const QRegularExpression prefix = TextTools::regex(QStringLiteral(
        "^(?:london borough of|royal borough of|metropolitan borough of|borough of|"
        "city and county of|city of|county of|council of|county) (?:the )?"));
    // s is simplified, so a match is never longer than the pattern: searching the tail alone
    // finds the longest phrase ending the string without a quadratic scan of long text.
    const qsizetype reach = suffix.pattern().size();
    QStringList keys{s};
    for (;;) {
        QRegularExpressionMatch m = suffix.match(s, qMax<qsizetype>(0, s.size() - reach));
        if (m.hasMatch() && m.capturedStart() > 0) {
            s.truncate(m.capturedStart());
        } else {
            m = prefix.match(s);
            if (!m.hasMatch() || m.capturedEnd() >= s.size())
                break;
            s.remove(0, m.capturedEnd());
        }
        keys.append(s);
    }
    return keys;
}

QString AuthorityDirectory::core(const QString &name)
{
    const QStringList keys = peeled(name);
    return keys.isEmpty() ? QString() : keys.last();
}

QString AuthorityDirectory::lookUp(const QString &name) const
{
    for (const QString &key : peeled(name)) {
        const auto it = m_byKey.constFind(key);
        if (it == m_byKey.constEnd())
            continue;
        // A key two authorities share stays ambiguous however much more is peeled.
        return it->record < 0 ? QString() : m_records.at(it->record).code;
    }
    return {};
}

QString AuthorityDirectory::codeFor(const QString &nameAsWritten) const
{
    if (nameAsWritten.trimmed().isEmpty())
        return {};
    // "Achieving for Children (Richmond upon Thames)": the name outside the brackets first,
    // then each part inside them.
    static const QRegularExpression brackets = TextTools::regex(QStringLiteral("\\(([^()]*)\\)"));
    if (!nameAsWritten.contains(QLatin1Char('(')))
        return lookUp(nameAsWritten);
    QString outside = nameAsWritten;
    outside.remove(brackets);
    QString code = lookUp(outside);
    for (auto it = brackets.globalMatch(nameAsWritten); code.isEmpty() && it.hasNext();)
        code = lookUp(it.next().captured(1));
    return code;
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
