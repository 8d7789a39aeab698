#include "RecommendationCorrection.h"

#include <QJsonObject>
#include <QSet>

namespace oversight {

namespace {

const QString kRead = QStringLiteral("read");
const QString kText = QStringLiteral("text");

QString textOf(const QJsonValue &item)
{
    return item.toObject().value(kText).toString();
}

QStringList readOf(const QJsonValue &item)
{
    QStringList texts;
    for (const QJsonValue &t : item.toObject().value(kRead).toArray())
        texts << t.toString();
    return texts;
}

QJsonValue withRead(const QJsonValue &item, const QStringList &sources)
{
    QJsonObject o = item.toObject();
    o.insert(kRead, QJsonArray::fromStringList(sources));
    return o;
}

QJsonObject withoutRead(const QJsonValue &item)
{
    QJsonObject o = item.toObject();
    o.remove(kRead);
    return o;
}

// How many distinct words two keys have: in both, in either, and in the one with fewer.
struct WordCounts
{
    qsizetype both = 0;
    qsizetype either = 0;
    qsizetype smaller = 0;
};

WordCounts countWords(const QString &a, const QString &b)
{
    const QStringList wa = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wb = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QSet<QString> sa(wa.cbegin(), wa.cend());
    const QSet<QString> sb(wb.cbegin(), wb.cend());
    return {QSet<QString>(sa).intersect(sb).size(), QSet<QString>(sa).unite(sb).size(),
            qMin(sa.size(), sb.size())};
}

// The share of words two keys have in common (Jaccard): 0 to 1. A reader's drift (a word
// joined or split differently) keeps nearly all of them.
double sharedWords(const QString &a, const QString &b)
{
    const WordCounts n = countWords(a, b);
    return n.either == 0 ? 0.0 : double(n.both) / double(n.either);
}

// The share of the shorter text's words that the other text has too (the overlap
// coefficient): 0 to 1. An edit that shortens or lengthens a text keeps most of its words.
double wordsInCommon(const QString &a, const QString &b)
{
    const WordCounts n = countWords(a, b);
    return n.smaller == 0 ? 0.0 : double(n.both) / double(n.smaller);
}

// Whether `inner`'s words stand, in order, inside `outer`'s (whole words only).
bool holds(const QString &outer, const QString &inner)
{
    if (inner.isEmpty() || inner.size() >= outer.size())
        return false;
    return (QLatin1Char(' ') + outer + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + inner + QLatin1Char(' '));
}

} // namespace

QString RecommendationCorrection::key(const QString &text)
{
    QString folded = text.toCaseFolded();
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return folded.simplified();
}

QJsonArray RecommendationCorrection::asRead(const QJsonArray &read)
{
    QJsonArray items;
    for (const QJsonValue &item : read)
        items.append(withRead(withoutRead(item), {textOf(item)}));
    return items;
}

QJsonArray RecommendationCorrection::withSources(const QJsonArray &before, const QJsonArray &after)
{
    const qsizetype nb = before.size();
    const qsizetype na = after.size();
    QList<QStringList> beforeSources(nb);
    QStringList beforeKeys;
    for (qsizetype j = 0; j < nb; ++j) {
        const QJsonObject b = before.at(j).toObject();
        beforeSources[j] = b.contains(kRead) ? readOf(b) : QStringList{textOf(b)};
        beforeKeys << key(textOf(b));
    }
    QList<std::optional<QStringList>> sources(na);
    QList<bool> used(nb, false);
    QStringList afterKeys;
    for (qsizetype i = 0; i < na; ++i) {
        afterKeys << key(textOf(after.at(i)));
        if (after.at(i).toObject().contains(kRead))
            sources[i] = readOf(after.at(i));
    }
    // The same text: the same item.
    for (qsizetype i = 0; i < na; ++i) {
        for (qsizetype j = 0; !sources[i] && j < nb; ++j) {
            if (!used[j] && beforeKeys[j] == afterKeys[i]) {
                sources[i] = beforeSources[j];
                used[j] = true;
            }
        }
    }
    // A merge holds the texts of its parts; a split's parts are held in the text split.
    QList<bool> splitFrom(nb, false);
    for (qsizetype i = 0; i < na; ++i) {
        if (sources[i])
            continue;
        QStringList merged;
        QList<qsizetype> parts;
        for (qsizetype j = 0; j < nb; ++j)
            if (!used[j] && holds(afterKeys[i], beforeKeys[j])) {
                merged << beforeSources[j];
                parts << j;
            }
        if (parts.size() >= 2) {
            sources[i] = merged;
            for (qsizetype j : std::as_const(parts))
                used[j] = true;
            continue;
        }
        for (qsizetype j = 0; j < nb; ++j)
            if ((!used[j] || splitFrom[j]) && holds(beforeKeys[j], afterKeys[i])) {
                sources[i] = beforeSources[j];
                used[j] = splitFrom[j] = true;
                break;
            }
    }
    // The rest are edited texts: paired by the words they share, best pairs first; one of
    // each left over is an edit that changed every word.
    QList<qsizetype> restAfter;
    QList<qsizetype> restBefore;
    for (qsizetype i = 0; i < na; ++i)
        if (!sources[i])
            restAfter << i;
    for (qsizetype j = 0; j < nb; ++j)
        if (!used[j])
            restBefore << j;
    struct Pair
    {
        double share;
        qsizetype after;
        qsizetype before;
    };
    QList<Pair> pairs;
    for (qsizetype i : std::as_const(restAfter))
        for (qsizetype j : std::as_const(restBefore)) {
            const double share = wordsInCommon(afterKeys[i], beforeKeys[j]);
            if (share >= 0.5)
                pairs.append({share, i, j});
        }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.share > b.share; });
    for (const Pair &p : std::as_const(pairs)) {
        if (sources[p.after] || used[p.before])
            continue;
        sources[p.after] = beforeSources[p.before];
        used[p.before] = true;
        restAfter.removeOne(p.after);
        restBefore.removeOne(p.before);
    }
    if (restAfter.size() == 1 && restBefore.size() == 1)
        sources[restAfter.first()] = beforeSources[restBefore.first()];
    QJsonArray items;
    for (qsizetype i = 0; i < na; ++i)
        items.append(withRead(withoutRead(after.at(i)), sources[i].value_or(QStringList())));
    return items;
}

QJsonArray RecommendationCorrection::rebase(const QJsonArray &corrected, const QJsonArray &oldRead,
                                            const QJsonArray &newRead)
{
    QList<QJsonObject> out;
    QList<QStringList> sources;
    for (const QJsonValue &item : corrected) {
        out << item.toObject();
        sources << readOf(item);
    }
    // Which item each source text belongs to, by key.
    const auto ownerOf = [&](const QString &k) -> qsizetype {
        for (qsizetype i = 0; i < sources.size(); ++i)
            for (const QString &s : std::as_const(sources[i]))
                if (key(s) == k)
                    return i;
        return -1;
    };
    QSet<QString> newKeys;
    for (const QJsonValue &n : newRead)
        newKeys.insert(key(textOf(n)));
    QSet<QString> deleted;
    for (const QJsonValue &o : oldRead) {
        const QString k = key(textOf(o));
        if (ownerOf(k) < 0)
            deleted.insert(k);
    }
    const auto userTextAt = [&](const QString &k) -> qsizetype {
        for (qsizetype i = 0; i < out.size(); ++i)
            if (key(out[i].value(kText).toString()) == k)
                return i;
        return -1;
    };
    // A source the reader no longer reads as it did may be read a little differently now:
    // the new text most like it takes its place.
    for (const QJsonValue &n : newRead) {
        const QString k = key(textOf(n));
        if (ownerOf(k) >= 0 || deleted.contains(k) || userTextAt(k) >= 0)
            continue;
        qsizetype owner = -1;
        qsizetype slot = -1;
        double best = 0.6;
        for (qsizetype i = 0; i < sources.size(); ++i)
            for (qsizetype s = 0; s < sources[i].size(); ++s) {
                const QString sk = key(sources[i][s]);
                const double share = sharedWords(k, sk);
                if (!newKeys.contains(sk) && share >= best) {
                    owner = i;
                    slot = s;
                    best = share;
                }
            }
        if (owner >= 0)
            sources[owner][slot] = textOf(n);
    }
    // Walk the new reading: known items set the place, new ones go in after it.
    qsizetype place = -1;
    bool inserted = false;
    for (const QJsonValue &n : newRead) {
        const QString text = textOf(n);
        const QString k = key(text);
        qsizetype at = ownerOf(k);
        if (at < 0 && deleted.contains(k))
            continue;
        if (at < 0) {
            at = userTextAt(k);
            if (at >= 0)
                sources[at] << text; // the reader now reads what the user wrote
        }
        if (at >= 0) {
            for (QString &s : sources[at])
                if (key(s) == k)
                    s = text;
            place = at;
            continue;
        }
        out.insert(place + 1, withoutRead(n));
        sources.insert(place + 1, {text});
        ++place;
        inserted = true;
    }
    QJsonArray items;
    for (qsizetype i = 0; i < out.size(); ++i) {
        // A corrected list is numbered in its own order (as the facts panel numbers it).
        if (inserted)
            out[i].insert(QStringLiteral("number"), int(i + 1));
        items.append(withRead(out[i], sources[i]));
    }
    return items;
}

bool RecommendationCorrection::isItemCorrected(const QJsonArray &corrected, qsizetype index)
{
    if (index < 0 || index >= corrected.size())
        return false;
    const QStringList sources = readOf(corrected.at(index));
    if (sources.size() != 1 || key(sources.first()) != key(textOf(corrected.at(index))))
        return true;
    // One half of a split keeps the whole text only when the other half is empty: shared
    // sources always mean a split.
    for (qsizetype i = 0; i < corrected.size(); ++i)
        if (i != index && readOf(corrected.at(i)).contains(sources.first()))
            return true;
    return false;
}

QStringList RecommendationCorrection::sourcesOf(const QJsonArray &corrected, qsizetype index)
{
    return index >= 0 && index < corrected.size() ? readOf(corrected.at(index)) : QStringList();
}

QJsonArray RecommendationCorrection::revertItem(const QJsonArray &corrected, qsizetype index,
                                                const QJsonArray &read)
{
    if (index < 0 || index >= corrected.size())
        return corrected;
    QSet<QString> keys;
    for (const QString &s : readOf(corrected.at(index)))
        keys.insert(key(s));
    QJsonArray items;
    bool placed = false;
    for (qsizetype i = 0; i < corrected.size(); ++i) {
        bool inGroup = i == index;
        for (const QString &s : readOf(corrected.at(i)))
            inGroup = inGroup || keys.contains(key(s));
        if (!inGroup) {
            items.append(corrected.at(i));
            continue;
        }
        if (placed)
            continue;
        placed = true;
        for (const QJsonValue &r : read)
            if (keys.contains(key(textOf(r))))
                items.append(withRead(withoutRead(r), {textOf(r)}));
    }
    return items;
}

bool RecommendationCorrection::sameItems(const QJsonArray &a, const QJsonArray &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (withoutRead(a.at(i)) != withoutRead(b.at(i)))
            return false;
    return true;
}

} // namespace oversight
