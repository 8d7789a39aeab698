#include "Fixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace oversight::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/") + name;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QString copyData(const QString &name, const QString &path)
{
    const QByteArray bytes = readBytes(dataPath(name));
    if (bytes.isEmpty() || !writeBytes(path, bytes))
        return {};
    return path;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray makeTextPdf(const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setTitle(QStringLiteral("Test document"));
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(12);
        painter.setFont(font);
        for (int p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            int y = 60;
            for (const QString &line : pages.at(p)) {
                painter.drawText(50, y, line);
                y += 20;
            }
        }
    }
    return bytes;
}

QByteArray makeSalesReportPdf()
{
    return makeTextPdf({
        {QStringLiteral("Northwind Traders Ltd"), QStringLiteral("Quarterly sales report, Q3 2021"),
         QStringLiteral("Prepared by the finance team on 4 October 2021"), QString(),
         QStringLiteral("Region      Units     Revenue"), QStringLiteral("North       1,204     £48,160"),
         QStringLiteral("South       2,310     £92,400"), QStringLiteral("East          877     £35,080")},
        {QStringLiteral("Outlook"),
         QStringLiteral("Sales of garden furniture rose by 12% against the same quarter last year."),
         QStringLiteral("The board recommends a further investment in the online shop.")},
    });
}

QByteArray makeImageOnlyPdf()
{
    // A grey "page photo" with dark bars where lines of print would be, but no glyphs.
    QImage scan(600, 800, QImage::Format_RGB32);
    scan.fill(QColor(236, 234, 228));
    {
        QPainter painter(&scan);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(40, 40, 40));
        for (int y = 80; y < 740; y += 28)
            painter.drawRect(60, y, 420 + (y * 7) % 60, 10);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.drawImage(QRect(0, 0, 595, 842), scan);
    }
    return bytes;
}

QByteArray makePdfWithoutPages()
{
    // QPdfWriter always writes a page, so this one is put together by hand, with a correct
    // cross-reference table so that only the empty page tree is wrong with it.
    const QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                                    "<< /Type /Pages /Kids [] /Count 0 >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

PdfProblem expectedProblem(BadInput kind)
{
    switch (kind) {
    case BadInput::Empty:
        return PdfProblem::Empty;
    case BadInput::HtmlPage:
        return PdfProblem::HtmlPage;
    case BadInput::NotPdf:
    case BadInput::RandomBytes:
        return PdfProblem::NotPdf;
    case BadInput::Truncated:
        return PdfProblem::Truncated;
    case BadInput::Damaged:
        return PdfProblem::Damaged;
    case BadInput::Encrypted:
        return PdfProblem::Encrypted;
    case BadInput::NoPages:
        return PdfProblem::NoPages;
    case BadInput::NoTextLayer:
        return PdfProblem::NoTextLayer;
    }
    return PdfProblem::None;
}

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes[0] = '\x01'; // never '<' or '%': not HTML, not a PDF header
    return bytes;
}

} // namespace

bool writeBadInput(BadInput kind, const QString &path)
{
    switch (kind) {
    case BadInput::Empty:
        return writeBytes(path, QByteArray());
    case BadInput::HtmlPage:
        return !copyData(Data::BromleyHtml, path).isEmpty();
    case BadInput::NotPdf:
        return writeBytes(path, "Minutes of the corporate parenting panel, 3 March 2019\n"
                                "Present: the chair, the director of children's services.\n");
    case BadInput::RandomBytes:
        return writeBytes(path, randomBytes(64 * 1024, 20160216));
    case BadInput::Truncated: {
        const QByteArray whole = readBytes(dataPath(Data::Wandsworth2016));
        return !whole.isEmpty() && writeBytes(path, whole.left(whole.size() / 2));
    }
    case BadInput::Damaged:
        // A header and an end marker around bytes that hold no PDF object at all.
        return writeBytes(path, "%PDF-1.7\n" + randomBytes(16 * 1024, 1807) + "\n%%EOF\n");
    case BadInput::Encrypted:
        return !copyData(Data::PasswordProtected, path).isEmpty();
    case BadInput::NoPages:
        return writeBytes(path, makePdfWithoutPages());
    case BadInput::NoTextLayer:
        return writeBytes(path, makeImageOnlyPdf());
    }
    return false;
}

QStringList simplifiedPageTexts(const QString &path)
{
    const PdfDocument pdf = PdfDocument::fromData(readBytes(path));
    QStringList texts = pdf.pageTexts();
    for (QString &text : texts)
        text = text.simplified();
    return texts;
}

int onlyPageHolding(const QString &path, const QString &phrase)
{
    const QStringList texts = simplifiedPageTexts(path);
    int found = 0;
    for (int i = 0; i < texts.size(); ++i) {
        if (texts.at(i).contains(phrase, Qt::CaseInsensitive)) {
            if (found)
                return 0;
            found = i + 1;
        }
    }
    return found;
}

} // namespace oversight::test
