#pragma once

#include <QByteArray>

namespace oversight {

// What withoutOutputIntents() did with a PDF.
enum class OutputIntentRemoval {
    Removed,      // the bytes are the original's with an incremental update appended
    NoneToRemove, // the catalog has no /OutputIntents: the bytes are the original's
    Encrypted,    // not touched: an update would need the file's key
    Unreadable,   // not touched: Poppler cannot read the file, or only by rebuilding its xref
    Failed,       // not touched: the update did not read back as expected
};

struct PdfForText
{
    QByteArray bytes; // the original bytes, or the original bytes followed by the update
    OutputIntentRemoval removal = OutputIntentRemoval::NoneToRemove;
};

// A copy of a PDF for text extraction only: the original bytes followed by an incremental update
// (ISO 32000-1, 7.5.6) whose catalog is the original's without /OutputIntents.
//
// Why: Poppler 22.12 (Gfx::initDisplayProfile) reads a catalog's single output intent's ICC
// profile and has Little CMS build four colour transforms from it for every page it draws,
// text extraction included; on a recent Ofsted report that is 75-80% of the time Poppler spends
// extracting text. Text and word boxes do not depend on colour, so dropping the output intent
// leaves them exactly as Poppler extracts them from the original (tested on both corpora).
// Never use the copy for viewing or storing: the viewer keeps the file's colour intent, and
// the store keeps the original bytes (their SHA-256 is the document's identity).
//
// In: the bytes of a whole PDF. Out: the copy, or the original bytes unchanged (implicitly
// shared, no copy) when the catalog has no output intent, the file is encrypted, cannot be read
// without rebuilding its cross-reference table, or the update does not read back with the same
// page count and no output intent. Never throws; safe on several threads at once (each call
// has its own Poppler objects). Uses Poppler's core API, which is not ABI-stable: this file
// and its .cpp are built against the Poppler that Debian 12 ships (22.12).
PdfForText withoutOutputIntents(const QByteArray &pdf);

} // namespace oversight
