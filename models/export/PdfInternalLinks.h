#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace oversight {

// Where an internal link lands: a page (0-based) and a height on it in PDF points from the
// page's bottom edge, as PDF destinations count.
struct PdfDestination
{
    int page = 0;
    qreal top = 0;
};

// Qt 6.4's PDF writer turns a QTextDocument link to "#name" into a web link (a URI action
// whose address is "#name"), which viewers hand to a browser. This rewrites each of those into
// an internal link (a /Dest to a page and height), leaving other links alone, and corrects the
// cross-reference table for the bytes that moved. Works on the PDFs QPdfWriter writes (one
// classic xref table); returns the input unchanged when it cannot find its way in them.
QByteArray resolveInternalLinks(const QByteArray &pdf,
                                const QHash<QString, PdfDestination> &destinations);

} // namespace oversight
