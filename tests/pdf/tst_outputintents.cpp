// withoutOutputIntents(): the copy Poppler reads text from, on files with and without an output
// intent, with the catalog in an object stream, encrypted, damaged and not PDF at all.
#include "Fixtures.h"

#include "pdf/OutputIntents.h"
#include "pdf/PdfDocument.h"

#include <QTest>

#include <cctype>

using namespace oversight;
using namespace oversight::test;

Q_DECLARE_METATYPE(oversight::OutputIntentRemoval)

namespace {

// Text of every page and every word with its box, as one list of strings to compare.
QStringList everything(const PdfDocument &pdf)
{
    QStringList out;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        out.append(pdf.pageText(page));
        for (const PdfWord &word : pdf.words(page))
            out.append(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(word.text)
                           .arg(word.box.x(), 0, 'g', 17)
                           .arg(word.box.y(), 0, 'g', 17)
                           .arg(word.box.width(), 0, 'g', 17)
                           .arg(word.box.height(), 0, 'g', 17));
    }
    return out;
}

// The same bytes with the offset after the last "startxref" pointing nowhere, so that Poppler
// has to rebuild the cross-reference table to read them.
QByteArray withBrokenStartXref(QByteArray bytes)
{
    const qsizetype at = bytes.lastIndexOf("startxref");
    qsizetype digit = at + 9;
    while (digit < bytes.size() && !std::isdigit(uchar(bytes.at(digit))))
        ++digit;
    for (; digit < bytes.size() && std::isdigit(uchar(bytes.at(digit))); ++digit)
        bytes[digit] = '9';
    return bytes;
}

} // namespace

class tst_OutputIntents : public QObject
{
    Q_OBJECT

private slots:
    void removesTheOutputIntentByAppendingAnUpdate_data();
    void removesTheOutputIntentByAppendingAnUpdate();
    void leavesOtherFilesAsTheyAre_data();
    void leavesOtherFilesAsTheyAre();
    void forTextReportsTheOriginalsProblems();
};

void tst_OutputIntents::removesTheOutputIntentByAppendingAnUpdate_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("report, catalog in the file") << Data::Wandsworth2023;
    QTest::newRow("report of 47 pages") << Data::Wandsworth2016;
    QTest::newRow("one page") << QStringLiteral("output-intent.pdf");
    QTest::newRow("catalog in an object stream") << QStringLiteral("output-intent-object-stream.pdf");
}

void tst_OutputIntents::removesTheOutputIntentByAppendingAnUpdate()
{
    QFETCH(QString, file);
    const QByteArray original = readBytes(dataPath(file));
    QVERIFY(!original.isEmpty());
    const QString originalSha = sha256Hex(original);

    const PdfForText copy = withoutOutputIntents(original);
    QCOMPARE(copy.removal, OutputIntentRemoval::Removed);
    // Every original byte stays, in place; only an update follows them.
    QVERIFY(copy.bytes.size() > original.size());
    QVERIFY(copy.bytes.startsWith(original));
    QVERIFY(copy.bytes.endsWith("%%EOF\r\n"));
    QCOMPARE(sha256Hex(original), originalSha);
    // The copy has nothing left to remove.
    QCOMPARE(withoutOutputIntents(copy.bytes).removal, OutputIntentRemoval::NoneToRemove);

    // Text and word boxes are the original's.
    const PdfDocument fromOriginal = PdfDocument::fromData(original);
    const PdfDocument fromCopy = PdfDocument::forText(original);
    QVERIFY(fromCopy.isOpen());
    QCOMPARE(fromCopy.pageCount(), fromOriginal.pageCount());
    const QStringList expected = everything(fromOriginal);
    QVERIFY(expected.size() > fromOriginal.pageCount()); // there are words to compare
    QCOMPARE(everything(fromCopy), expected);
}

void tst_OutputIntents::leavesOtherFilesAsTheyAre_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<OutputIntentRemoval>("removal");
    QTest::newRow("no output intent")
        << readBytes(dataPath(Data::MonitoringLetter)) << OutputIntentRemoval::NoneToRemove;
    QTest::newRow("no output intent, a report")
        << readBytes(dataPath(Data::Wandsworth2018)) << OutputIntentRemoval::NoneToRemove;
    QTest::newRow("encrypted, opens without a password")
        << readBytes(dataPath(QStringLiteral("output-intent-encrypted.pdf")))
        << OutputIntentRemoval::Encrypted;
    QTest::newRow("encrypted, needs a password")
        << readBytes(dataPath(Data::PasswordProtected)) << OutputIntentRemoval::Encrypted;
    QTest::newRow("damaged: cross-reference table must be rebuilt")
        << withBrokenStartXref(readBytes(dataPath(Data::Wandsworth2023)))
        << OutputIntentRemoval::Unreadable;
    QTest::newRow("not a PDF") << readBytes(dataPath(Data::BromleyHtml))
                               << OutputIntentRemoval::Unreadable;
    QTest::newRow("empty") << QByteArray() << OutputIntentRemoval::Unreadable;
}

void tst_OutputIntents::leavesOtherFilesAsTheyAre()
{
    QFETCH(QByteArray, bytes);
    QFETCH(OutputIntentRemoval, removal);
    const PdfForText copy = withoutOutputIntents(bytes);
    QCOMPARE(copy.removal, removal);
    QCOMPARE(copy.bytes, bytes);
    // Not even copied: the caller's bytes are shared.
    QCOMPARE(copy.bytes.constData(), bytes.constData());
}

void tst_OutputIntents::forTextReportsTheOriginalsProblems()
{
    const QByteArray damaged = withBrokenStartXref(readBytes(dataPath(Data::Wandsworth2023)));
    const PdfDocument repaired = PdfDocument::forText(damaged);
    QVERIFY(repaired.isOpen()); // Poppler rebuilds the table; the text is still there
    QCOMPARE(everything(repaired), everything(PdfDocument::fromData(damaged)));

    const PdfDocument locked = PdfDocument::forText(readBytes(dataPath(Data::PasswordProtected)));
    QCOMPARE(locked.problem(), PdfProblem::Encrypted);
    const PdfDocument html = PdfDocument::forText(readBytes(dataPath(Data::BromleyHtml)));
    QCOMPARE(html.problem(), PdfProblem::HtmlPage);
}

QTEST_GUILESS_MAIN(tst_OutputIntents)
#include "tst_outputintents.moc"
