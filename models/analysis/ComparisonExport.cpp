// The comparison as a table (CSV) and as JSON (the CLI). Declared in DocumentComparison.h.
#include "DocumentComparison.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls in this file.
    return QCoreApplication::translate("oversight", text);
}

QString numbered(const Recommendation &r)
{
    return QStringLiteral("%1. %2").arg(r.number).arg(r.text);
}

QString pageOrEmpty(int page)
{
    return page > 0 ? QString::number(page) : QString();
}

} // namespace

DataTable comparisonTable(const DocumentComparison &c)
{
    DataTable table;
    table.headers = QStringList{tr("Part"),   tr("Item"),   c.a.displayTitle(),
                                c.b.displayTitle(), tr("Change"), tr("Match strength"),
                                tr("Page A"), tr("Page B")};
    for (const JudgementChange &j : c.judgements) {
        table.rows.append({tr("Judgement"), judgementRowLabel(j), judgementValueLabel(j, j.from),
                           judgementValueLabel(j, j.to), gradeChangeLabel(j.change), QString(), QString(),
                           QString()});
    }
    const QList<Recommendation> &ra = c.a.facts.recommendations;
    const QList<Recommendation> &rb = c.b.facts.recommendations;
    for (const RecommendationMatch &m : c.recommendations) {
        const Recommendation *a = m.a >= 0 ? &ra.at(m.a) : nullptr;
        const Recommendation *b = m.b >= 0 ? &rb.at(m.b) : nullptr;
        table.rows.append({tr("Recommendation"), QString(), a ? numbered(*a) : QString(),
                           b ? numbered(*b) : QString(), matchStatusLabel(m.status()),
                           m.status() == RecommendationMatch::Status::CarriedForward
                               ? QString::number(m.score, 'f', 2)
                               : QString(),
                           pageOrEmpty(a ? a->page : 0), pageOrEmpty(b ? b->page : 0)});
    }
    for (const FindingsSection &s : c.findings) {
        for (const Finding &f : s.a) {
            table.rows.append({tr("Finding"), s.section, f.text, QString(), QString(), QString(),
                               pageOrEmpty(f.page), QString()});
        }
        for (const Finding &f : s.b) {
            table.rows.append({tr("Finding"), s.section, QString(), f.text, QString(), QString(),
                               QString(), pageOrEmpty(f.page)});
        }
    }
    return table;
}

QJsonObject comparisonJson(const DocumentComparison &c)
{
    auto documentJson = [](const StoredDocument &d) {
        return QJsonObject{{QStringLiteral("id"), d.id},
                           {QStringLiteral("kind"), d.facts.kind},
                           {QStringLiteral("authority"), d.authorityName},
                           {QStringLiteral("date"), d.facts.sortDate().toString(Qt::ISODate)},
                           // The fields the user corrected (FactField names): the values
                           // compared are the corrected ones.
                           {QStringLiteral("corrected"), QJsonArray::fromStringList(d.correctedFields)}};
    };
    QJsonArray judgements;
    for (const JudgementChange &j : c.judgements) {
        judgements.append(QJsonObject{{QStringLiteral("area"), j.area},
                                      {QStringLiteral("from"), j.from},
                                      {QStringLiteral("to"), j.to},
                                      {QStringLiteral("change"), gradeChangeKey(j.change)}});
    }
    // Recommendations are named by their printed numbers, as a reader would cite them.
    QJsonArray matches, onlyA, onlyB;
    const QList<Recommendation> &ra = c.a.facts.recommendations;
    const QList<Recommendation> &rb = c.b.facts.recommendations;
    for (const RecommendationMatch &m : c.recommendations) {
        switch (m.status()) {
        case RecommendationMatch::Status::CarriedForward:
            // Below kCertainMatchThreshold a pair is only a possible match, for the reader to
            // check, as the Compare window shows it.
            matches.append(QJsonObject{{QStringLiteral("a"), ra.at(m.a).number},
                                       {QStringLiteral("b"), rb.at(m.b).number},
                                       {QStringLiteral("score"), qRound(m.score * 1000) / 1000.0},
                                       {QStringLiteral("possible_match"),
                                        m.score < kCertainMatchThreshold}});
            break;
        case RecommendationMatch::Status::NoLongerPresent:
            onlyA.append(ra.at(m.a).number);
            break;
        case RecommendationMatch::Status::New:
            onlyB.append(rb.at(m.b).number);
            break;
        }
    }
    return {{QStringLiteral("a"), documentJson(c.a)},
            {QStringLiteral("b"), documentJson(c.b)},
            {QStringLiteral("judgements"), judgements},
            {QStringLiteral("recommendations"),
             QJsonObject{{QStringLiteral("matches"), matches},
                         {QStringLiteral("only_in_a"), onlyA},
                         {QStringLiteral("only_in_b"), onlyB},
                         {QStringLiteral("count_a"), ra.size()},
                         {QStringLiteral("count_b"), rb.size()},
                         {QStringLiteral("carried_forward"),
                          c.carriedForwardCount() - c.possibleMatchCount()},
                         {QStringLiteral("possible_matches"), c.possibleMatchCount()},
                         {QStringLiteral("possible_below"), kCertainMatchThreshold}}},
            {QStringLiteral("same_authority"), c.a.authorityId > 0 && c.a.authorityId == c.b.authorityId}};
}

} // namespace oversight
