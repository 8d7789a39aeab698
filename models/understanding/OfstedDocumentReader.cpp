#include "OfstedDocumentReader.h"

#include "AreaSendReader.h"
#include "AuthorityDirectory.h"
#include "CoverPageReader.h"
#include "FindingReader.h"
#include "InspectorReader.h"
#include "JudgementReader.h"
#include "KindClassifier.h"
#include "MissingFacts.h"
#include "RecommendationReader.h"
#include "TextCleaner.h"

namespace oversight {

DocumentFacts OfstedDocumentReader::read(const QStringList &pageTexts) const
{
    DocumentFacts facts;
    const CleanText text = TextCleaner::clean(pageTexts);
    // Area SEND reports are a family of their own (Ofsted with the CQC), read by their own reader.
    if (AreaSendReader::recognises(text))
        return AreaSendReader::read(text, AuthorityDirectory::instance());
    QString kind = KindClassifier::classify(text);
    if (kind == Kind::Other)
        return facts; // strict: nothing is claimed about a document we do not recognise

    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    const CoverFacts cover = CoverPageReader::read(text, kind, directory);
    if (KindClassifier::isIlacs(kind))
        kind = KindClassifier::ilacsKind(cover.firstPeriod, text.opening(2));

    facts.kind = kind;
    facts.title = cover.title;
    facts.authority = cover.authority;
    facts.authorityCode = directory.codeFor(cover.authority);
    facts.inspectionStart = cover.inspection.start;
    facts.inspectionEnd = cover.inspection.end;
    facts.published = cover.published;

    const InspectorFacts inspectors = InspectorReader::read(text, KindClassifier::isLetter(kind));
    facts.leadInspector = inspectors.lead;
    facts.inspectors = inspectors.all;

    const JudgementFacts judgements = JudgementReader::read(text, kind);
    facts.judgements = judgements.judgements;
    facts.otherJudgements = judgements.otherJudgements;

    const RecommendationFacts recommendations = RecommendationReader::read(text, kind);
    facts.recommendations = recommendations.authority;
    facts.lscbRecommendations = recommendations.lscb;

    facts.findings = FindingReader::read(text, kind, recommendations.spans);
    facts.warnings = MissingFacts::find(facts, text);
    return facts;
}

QList<int> OfstedDocumentReader::pagesNeedingLayout(const QStringList &pageTexts) const
{
    return AreaSendReader::tablePages(pageTexts);
}

const DocumentReader &defaultDocumentReader()
{
    static const OfstedDocumentReader reader;
    return reader;
}

} // namespace oversight
