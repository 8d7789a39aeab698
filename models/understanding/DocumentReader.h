#pragma once

#include "domain/DocumentFacts.h"

#include <QStringList>

namespace oversight {

// The one door from page text to facts. Import, re-read and the CLI call only this, so the
// extractor can be deepened without touching them.
//
// pageTexts holds one string per page, in order, as PdfDocument::pageTexts() gives them
// (Poppler's physical-layout text). Implementations are pure functions of their input:
// no file, store or network access, and safe to call from several threads at once.
class DocumentReader
{
public:
    virtual ~DocumentReader() = default;
    virtual DocumentFacts read(const QStringList &pageTexts) const = 0;
};

// Bumped whenever the default reader's output changes, so that documents read by an older one
// can be offered a re-read.
inline constexpr int kReaderVersion = 3;

// The reader Oversight uses for every document: Ofsted reports and letters of every era,
// and `other` (with no invented facts) for anything else.
const DocumentReader &defaultDocumentReader();

} // namespace oversight
