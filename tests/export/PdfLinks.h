#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Links of a PDF as Poppler reads them, for the export suites only (the app's Poppler code
// stays behind models/pdf/).
namespace oversight::test {

struct PdfLink
{
    int page = 0;            // 0-based page the link is on
    int destinationPage = -1; // 0-based target of an internal link; -1 for other links
    QString url;             // address of a web link, empty for internal links
};

QList<PdfLink> pdfLinks(const QByteArray &pdf);

} // namespace oversight::test
