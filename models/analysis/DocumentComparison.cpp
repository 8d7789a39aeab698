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

// The 2023 framework's order of outcomes, best first (SendOutcome::all()): 3 down to 1.
int outcomeRank(const QString &outcome)
{
    const qsizetype i = SendOutcome::all().indexOf(outcome);
    return i < 0 ? 0 : int(SendOutcome::all().size() - i);
}

GradeChange changeBetween(const QString &from, const QString &to,
                          int (*rank)(const QString &) = &Grade::rank)
{
    if (from.isEmpty())
        return GradeChange::New;
    if (to.isEmpty())
        return GradeChange::NoLongerGiven;
    const int delta = rank(to) - rank(from);
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
    const bool sendA = a.facts.kind == Kind::AreaSend;
    const bool sendB = b.facts.kind == Kind::AreaSend;
    if (sendA && sendB) {
        c.basis = DocumentComparison::Basis::SendOutcomes;
        const QString &from = a.facts.outcome;
        const QString &to = b.facts.outcome;
        if (!from.isEmpty() || !to.isEmpty())
            c.judgements.append({kSendOutcomeRow, from, to, changeBetween(from, to, &outcomeRank)});
    } else if (sendA || sendB) {
        c.basis = DocumentComparison::Basis::RecommendationsOnly;
    } else {
        for (const QString &area : Area::all()) {
            const QString from = a.facts.judgements.value(area);
            const QString to = b.facts.judgements.value(area);
            if (from.isEmpty() && to.isEmpty())
                continue;
            c.judgements.append({area, from, to, changeBetween(from, to)});
        }
    }
    QStringList background;
    for (const Finding &f : a.facts.findings + b.facts.findings)
        background.append(f.text);
    c.recommendations = matchRecommendations(a.facts.recommendations, b.facts.recommendations,
                                             background, threshold);
    c.findings = groupFindings(a.facts.findings, b.facts.findings);
    return c;
}

QString judgementsNotComparedReason(const DocumentComparison &comparison)
{
    if (comparison.basis != DocumentComparison::Basis::RecommendationsOnly)
        return {};
    const bool sendA = comparison.a.facts.kind == Kind::AreaSend;
    const QString send = sendA ? QStringLiteral("A") : QStringLiteral("B");
    const QString other = sendA ? QStringLiteral("B") : QStringLiteral("A");
    const QString otherKind = Kind::label((sendA ? comparison.b : comparison.a).facts.kind);
    return tr("%1 is an area SEND inspection and %2 is not (%3): the two are made under "
              "different frameworks, and an area SEND outcome is not a grade, so their judgements "
              "are not compared. Only their recommendations are, side by side.")
        .arg(send, other, otherKind);
}

QString judgementRowLabel(const JudgementChange &change)
{
    return change.area == kSendOutcomeRow ? tr("Area SEND outcome") : Area::label(change.area);
}

QString judgementValueLabel(const JudgementChange &change, const QString &value)
{
    return change.area == kSendOutcomeRow ? SendOutcome::label(value) : Grade::label(value);
}

QString recommendationLabel(const QString &side, const Recommendation &recommendation,
                            const QString &kind)
{
    const QString number = QStringLiteral("%1 %2").arg(side).arg(recommendation.number);
    if (kind != Kind::AreaSend)
        return number;
    return recommendation.priorityAction ? tr("%1 (priority action)").arg(number)
                                         : tr("%1 (area for improvement)").arg(number);
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
