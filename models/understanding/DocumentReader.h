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

    // The pages (0-based, ascending) whose row boundaries this reader takes from the page's
    // layout: before read(), import and re-read give each of them through
    // LayoutGaps::markGaps() with the page's word boxes (LayoutGaps::addTo does both). Decided
    // from the text alone, cheaply: nearly every document needs none, and word boxes cost
    // about as much as the text. The default: none.
    virtual QList<int> pagesNeedingLayout(const QStringList &pageTexts) const
    {
        Q_UNUSED(pageTexts);
        return {};
    }
};

// Bumped whenever the default reader's output changes, so that documents read by an older one
// can be offered a re-read.
// 4: an area SEND report's rows of areas for improvement are split where the layout shows a
// gap (LayoutGaps), also on re-read of text stored before.
inline constexpr int kReaderVersion = 4;

// The reader Oversight uses for every document: Ofsted reports and letters of every era,
// and `other` (with no invented facts) for anything else.
const DocumentReader &defaultDocumentReader();

} // namespace oversight
