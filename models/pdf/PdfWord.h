#pragma once

#include <QRectF>
#include <QString>

namespace oversight {

// One word on a page with its box in page points (1/72 inch, origin top left), as
// PdfDocument::words() gives it. A header of its own, with Qt Core only, so that readers of
// page layout (understanding/LayoutGaps) need nothing of the pdf layer but this value.
struct PdfWord
{
    QString text;
    QRectF box;
};

} // namespace oversight
