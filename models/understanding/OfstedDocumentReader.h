#pragma once

#include "DocumentReader.h"

namespace oversight {

class OfstedDocumentReader final : public DocumentReader
{
public:
    DocumentFacts read(const QStringList &pageTexts) const override;
};

} // namespace oversight
