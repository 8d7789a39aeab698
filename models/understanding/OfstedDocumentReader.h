#pragma once

#include "DocumentReader.h"

namespace oversight {

// The reader for Ofsted children's-services documents of every era. It cleans the page text,
// decides the kind from the title block, and hands each question to a reader with one job:
// CoverPageReader (title, authority, dates), InspectorReader, JudgementReader,
// RecommendationReader and FindingReader. Anything it does not recognise is `other`, with no
// facts. Stateless: safe to call from several threads at once.
class OfstedDocumentReader final : public DocumentReader
{
public:
    DocumentFacts read(const QStringList &pageTexts) const override;
    // The pages of an area SEND report's tables of areas for action (AreaSendReader::tablePages).
    QList<int> pagesNeedingLayout(const QStringList &pageTexts) const override;
};

} // namespace oversight
