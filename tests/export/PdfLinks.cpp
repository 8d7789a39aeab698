#include "PdfLinks.h"

#include <poppler-qt6.h>

#include <memory>

namespace oversight::test {

QList<PdfLink> pdfLinks(const QByteArray &pdf)
{
    QList<PdfLink> links;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return links;
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        for (const std::unique_ptr<Poppler::Link> &link : page->links()) {
            PdfLink found;
            found.page = p;
            if (link->linkType() == Poppler::Link::Goto) {
                const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
                found.destinationPage = go->destination().pageNumber() - 1;
            } else if (link->linkType() == Poppler::Link::Browse) {
                found.url = static_cast<const Poppler::LinkBrowse *>(link.get())->url();
            }
            links.append(found);
        }
    }
    return links;
}

} // namespace oversight::test
