#include "MissingFacts.h"

#include "KindClassifier.h"
#include "RecommendationReader.h"

namespace oversight {

namespace {

// The first days of the frameworks that changed what ILACS reports grade.
const QDate kCareLeaversOnTheirOwn(2023, 1, 1);
const QDate kIlacs2026(2026, 4, 1);

void need(QStringList &warnings, const DocumentFacts &facts, const QString &area)
{
    if (!facts.judgements.contains(area))
        warnings.append(QStringLiteral("judgements.") + area);
}

} // namespace

QStringList MissingFacts::find(const DocumentFacts &facts, const CleanText &text)
{
    QStringList warnings;
    const QString &kind = facts.kind;
    if (kind == Kind::Other)
        return warnings;

    if (facts.authorityCode.isEmpty())
        warnings.append(QStringLiteral("authority_code"));
    if (!facts.inspectionStart.isValid())
        warnings.append(QStringLiteral("inspection_start"));
    if (!facts.inspectionEnd.isValid() || facts.inspectionEnd < facts.inspectionStart)
        warnings.append(QStringLiteral("inspection_end"));
    if (facts.leadInspector.isEmpty())
        warnings.append(QStringLiteral("lead_inspector"));

    if (KindClassifier::isLetter(kind)) {
        if (facts.inspectors.isEmpty() || (kind == Kind::FocusedVisit && facts.inspectors.size() < 2))
            warnings.append(QStringLiteral("inspectors"));
        // A heading for the improvement points with none read under it.
        if (facts.recommendations.isEmpty()
            && RecommendationReader::findHeading(text, qMin<qsizetype>(text.endOfPage(1), 3), text.size()) >= 0)
            warnings.append(QStringLiteral("recommendations"));
        return warnings;
    }

    if (facts.judgements.isEmpty() && facts.otherJudgements.isEmpty()) {
        warnings.append(QStringLiteral("judgements"));
    } else if (kind == Kind::Sif || kind == Kind::SifReinspection) {
        for (const QString &area : {Area::Overall, Area::Leaders, Area::HelpProtection, Area::InCare,
                                    Area::CareLeavers, Area::Adoption})
            need(warnings, facts, area);
        if (kind == Kind::Sif)
            need(warnings, facts, Area::Lscb);
    } else if (KindClassifier::isIlacs(kind)) {
        // Short or standard is decided by the days on site: without them it is a guess.
        if (!facts.inspectionStart.isValid())
            warnings.append(QStringLiteral("kind"));
        for (const QString &area : {Area::Leaders, Area::HelpProtection, Area::InCare})
            need(warnings, facts, area);
        const QDate start = facts.inspectionStart;
        if (start.isValid() && start >= kCareLeaversOnTheirOwn)
            need(warnings, facts, Area::CareLeavers);
        if (!start.isValid() || start < kIlacs2026)
            need(warnings, facts, Area::Overall);
    } else if (kind == Kind::LscbReview) {
        need(warnings, facts, Area::Lscb);
    }

    if (kind == Kind::LscbReview) {
        if (facts.lscbRecommendations.isEmpty())
            warnings.append(QStringLiteral("lscb_recommendations"));
        return warnings;
    }
    if (facts.recommendations.isEmpty())
        warnings.append(QStringLiteral("recommendations"));
    if (kind == Kind::Sif && facts.lscbRecommendations.isEmpty())
        warnings.append(QStringLiteral("lscb_recommendations"));
    return warnings;
}

} // namespace oversight
