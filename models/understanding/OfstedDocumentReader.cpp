#include "OfstedDocumentReader.h"

namespace oversight {

// Placeholder until the extractor lands: everything is `other`.
DocumentFacts OfstedDocumentReader::read(const QStringList &pageTexts) const
{
    Q_UNUSED(pageTexts);
    return {};
}

const DocumentReader &defaultDocumentReader()
{
    static const OfstedDocumentReader reader;
    return reader;
}

} // namespace oversight
