#include "PdfInternalLinks.h"

#include <QList>
#include <QRegularExpression>

namespace oversight {

namespace {

struct Replacement
{
    qsizetype position;
    qsizetype length;
    QByteArray text;
};

// Object numbers of the page objects, in page order, from the page tree's /Kids.
QList<int> pageObjects(const QByteArray &pdf)
{
    static const QRegularExpression pages(
        QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Kids\\s*\\[([^\\]]*)\\]"));
    static const QRegularExpression reference(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QList<int> objects;
    const QRegularExpressionMatch tree = pages.match(QString::fromLatin1(pdf));
    if (!tree.hasMatch())
        return objects;
    auto refs = reference.globalMatch(tree.captured(1));
    while (refs.hasNext())
        objects.append(refs.next().captured(1).toInt());
    return objects;
}

// Moves every offset in the xref table, and startxref, past the replacements before it.
QByteArray shiftXref(QByteArray pdf, const QList<Replacement> &done)
{
    const auto shifted = [&done](qsizetype offset) {
        qsizetype delta = 0;
        for (const Replacement &r : done) {
            if (r.position < offset)
                delta += r.text.size() - r.length;
        }
        return offset + delta;
    };
    const qsizetype xref = pdf.lastIndexOf("\nxref");
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (xref < 0 || trailer < 0)
        return {};
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) (\\d{5}) n"));
    const QString table = QString::fromLatin1(pdf.mid(xref, trailer - xref));
    auto entries = entry.globalMatch(table);
    while (entries.hasNext()) {
        const QRegularExpressionMatch m = entries.next();
        const QByteArray moved = QByteArray::number(shifted(m.captured(1).toLongLong()))
                                     .rightJustified(10, '0');
        pdf.replace(xref + m.capturedStart(1), 10, moved);
    }
    const qsizetype start = pdf.lastIndexOf("startxref");
    if (start < 0)
        return {};
    qsizetype digits = start + 9;
    while (digits < pdf.size() && (pdf.at(digits) == '\n' || pdf.at(digits) == '\r'))
        ++digits;
    qsizetype digitsEnd = digits;
    while (digitsEnd < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(digitsEnd))))
        ++digitsEnd;
    const qsizetype oldXref = pdf.mid(digits, digitsEnd - digits).toLongLong();
    pdf.replace(digits, digitsEnd - digits, QByteArray::number(shifted(oldXref)));
    return pdf;
}

} // namespace

QByteArray resolveInternalLinks(const QByteArray &pdf,
                                const QHash<QString, PdfDestination> &destinations)
{
    const QList<int> pages = pageObjects(pdf);
    if (pages.isEmpty())
        return pdf;
    static const QRegularExpression link(QStringLiteral(
        "/A\\s*<<\\s*/Type\\s*/Action\\s*/S\\s*/URI\\s*/URI\\s*\\(#([^)]*)\\)\\s*>>"));
    QList<Replacement> replacements;
    // Latin-1 keeps one character per byte, so match positions are byte offsets.
    auto links = link.globalMatch(QString::fromLatin1(pdf));
    while (links.hasNext()) {
        const QRegularExpressionMatch m = links.next();
        const auto target = destinations.constFind(m.captured(1));
        if (target == destinations.constEnd() || target->page >= pages.size())
            continue;
        const QByteArray dest = QByteArrayLiteral("/Dest [")
                                + QByteArray::number(pages.at(target->page))
                                + QByteArrayLiteral(" 0 R /XYZ 0 ")
                                + QByteArray::number(target->top, 'f', 2)
                                + QByteArrayLiteral(" null]");
        replacements.append({m.capturedStart(0), m.capturedLength(0), dest});
    }
    if (replacements.isEmpty())
        return pdf;
    QByteArray out = pdf;
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it)
        out.replace(it->position, it->length, it->text);
    const QByteArray fixed = shiftXref(out, replacements);
    return fixed.isEmpty() ? pdf : fixed;
}

} // namespace oversight
