#pragma once

#include "CleanText.h"
#include "domain/DocumentFacts.h"

#include <QList>
#include <QPair>

namespace oversight {

// Splits the body of a document into its paragraphs, each with its printed number (SIF,
// ILACS and pre-2013 reports number them), the heading of the section it sits under and the
// page where it starts. Bullets are paragraphs of their own. Paragraphs run on across page
// breaks; the cover block, contents entries, recommendation lists and Ofsted's closing
// boilerplate are left out. Unnumbered paragraphs end where a line closes a sentence well
// short of the text width. Pure and thread-safe.
class FindingReader
{
public:
    // `excluded` holds line ranges [first, last) already read as something else.
    static QList<Finding> read(const CleanText &text, const QString &kind,
                               const QList<QPair<qsizetype, qsizetype>> &excluded);

private:
    static qsizetype bodyStart(const CleanText &text, bool isLetter);
    static qsizetype bodyEnd(const CleanText &text, qsizetype from, bool isLetter);
};

} // namespace oversight
