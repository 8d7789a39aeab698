#include "DocumentComparison.h"

#include "TextSimilarity.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace oversight {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls in this file.
    return QCoreApplication::translate("oversight", text);
}

GradeChange changeBetween(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return GradeChange::New;
    if (to.isEmpty())
        return GradeChange::NoLongerGiven;
    const int delta = Grade::rank(to) - Grade::rank(from);
    return delta > 0 ? GradeChange::Up : delta < 0 ? GradeChange::Down : GradeChange::Same;
}

QList<RecommendationMatch> matchRecommendations(const QList<Recommendation> &a,
                                                const QList<Recommendation> &b,
                                                const QStringList &background, double threshold)
{
    QStringList texts;
    for (const Recommendation &r : a)
        texts.append(r.text);
    for (const Recommendation &r : b)
        texts.append(r.text);
    const TextSimilarity similarity(texts, background);

    struct Pair
    {
        int a;
        int b;
        double score;
    };
    QList<Pair> pairs;
    for (int i = 0; i < a.size(); ++i) {
        for (int j = 0; j < b.size(); ++j) {
            const double score = similarity.similarity(i, a.size() + j);
            if (score >= threshold)
                pairs.append({i, j, score});
        }
    }
    // Best pair first; ties by position so the result does not depend on the sort.
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    QList<int> partnerOfA(a.size(), -1);
    QList<double> scoreOfA(a.size(), 0.0);
    QList<bool> bTaken(b.size(), false);
    for (const Pair &p : pairs) {
        if (partnerOfA.at(p.a) >= 0 || bTaken.at(p.b))
            continue;
        partnerOfA[p.a] = p.b;
        scoreOfA[p.a] = p.score;
        bTaken[p.b] = true;
    }
    QList<RecommendationMatch> matches;
    for (int i = 0; i < a.size(); ++i)
        matches.append({i, partnerOfA.at(i), scoreOfA.at(i)});
    for (int j = 0; j < b.size(); ++j) {
        if (!bTaken.at(j))
            matches.append({-1, j, 0.0});
    }
    return matches;
}

// Section headings of re-inspections add "to be good" to the judgement's name; folded away
// so that the same section of both frameworks lines up.
QString sectionKey(const QString &section)
{
    static const QRegularExpression toBeGood(QStringLiteral("\\s+to be good\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString key = section;
    key.remove(toBeGood);
    return key.simplified().toCaseFolded();
}

QList<FindingsSection> groupFindings(const QList<Finding> &a, const QList<Finding> &b)
{
    QList<FindingsSection> sections;
    QHash<QString, qsizetype> index;
    auto sectionFor = [&](const Finding &f) -> FindingsSection & {
        const QString key = sectionKey(f.section);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, sections.size());
            sections.append({f.section, {}, {}});
        }
        return sections[*it];
    };
    for (const Finding &f : a)
        sectionFor(f).a.append(f);
    for (const Finding &f : b)
        sectionFor(f).b.append(f);
    return sections;
}

} // namespace

RecommendationMatch::Status RecommendationMatch::status() const
{
    if (a >= 0 && b >= 0)
        return Status::CarriedForward;
    return a >= 0 ? Status::NoLongerPresent : Status::New;
}

int DocumentComparison::carriedForwardCount() const
{
    return int(std::count_if(recommendations.cbegin(), recommendations.cend(),
                             [](const RecommendationMatch &m) {
                                 return m.status() == RecommendationMatch::Status::CarriedForward;
                             }));
}

int DocumentComparison::possibleMatchCount() const
{
    return int(std::count_if(recommendations.cbegin(), recommendations.cend(),
                             [](const RecommendationMatch &m) {
                                 return m.status() == RecommendationMatch::Status::CarriedForward
                                        && m.score < kCertainMatchThreshold;
                             }));
}

DocumentComparison compareDocuments(const StoredDocument &a, const StoredDocument &b,
                                    double threshold)
{
    DocumentComparison c;
    c.a = a;
    c.b = b;
    for (const QString &area : Area::all()) {
        const QString from = a.facts.judgements.value(area);
        const QString to = b.facts.judgements.value(area);
        if (from.isEmpty() && to.isEmpty())
            continue;
        c.judgements.append({area, from, to, changeBetween(from, to)});
    }
    QStringList background;
    for (const Finding &f : a.facts.findings + b.facts.findings)
        background.append(f.text);
    c.recommendations = matchRecommendations(a.facts.recommendations, b.facts.recommendations,
                                             background, threshold);
    c.findings = groupFindings(a.facts.findings, b.facts.findings);
    return c;
}

QString gradeChangeLabel(GradeChange change)
{
    switch (change) {
    case GradeChange::Up: return tr("Improved");
    case GradeChange::Down: return tr("Declined");
    case GradeChange::Same: return tr("Same");
    case GradeChange::New: return tr("New");
    case GradeChange::NoLongerGiven: return tr("No longer given");
    }
    return {};
}

QString matchStatusLabel(RecommendationMatch::Status status)
{
    switch (status) {
    case RecommendationMatch::Status::CarriedForward: return tr("Carried forward");
    case RecommendationMatch::Status::New: return tr("New in B");
    // Not "no longer present": that reads as met, and B's silence says nothing of that.
    case RecommendationMatch::Status::NoLongerPresent: return tr("Not repeated in B");
    }
    return {};
}

QString matchLabel(const RecommendationMatch &match)
{
    if (match.status() == RecommendationMatch::Status::CarriedForward
        && match.score < kCertainMatchThreshold)
        return tr("Possible match");
    return matchStatusLabel(match.status());
}

QString matchStrengthLabel(double score)
{
    if (score >= 0.5)
        return tr("strong");
    return score >= kCertainMatchThreshold ? tr("fair") : tr("weak");
}

QString gradeChangeKey(GradeChange change)
{
    switch (change) {
    case GradeChange::Up: return QStringLiteral("up");
    case GradeChange::Down: return QStringLiteral("down");
    case GradeChange::Same: return QStringLiteral("same");
    case GradeChange::New: return QStringLiteral("new");
    case GradeChange::NoLongerGiven: return QStringLiteral("no_longer_given");
    }
    return {};
}

QString matchStatusKey(RecommendationMatch::Status status)
{
    switch (status) {
    case RecommendationMatch::Status::CarriedForward: return QStringLiteral("carried_forward");
    case RecommendationMatch::Status::New: return QStringLiteral("new");
    case RecommendationMatch::Status::NoLongerPresent: return QStringLiteral("no_longer_present");
    }
    return {};
}

} // namespace oversight
