// How SummaryPdfWriter cuts rich text into pages: table rows stay whole, header rows repeat,
// headings stay with what follows, every line is printed once, and a page break asked for is
// honoured. Content is made up so that each case is certain to meet a page end.
#include "export/SummaryPdfWriter.h"
#include "export/SummaryTextDocument.h"
#include "pdf/PdfDocument.h"

#include <QTest>

using namespace oversight;

class TestPdfPagination : public QObject
{
    Q_OBJECT

private slots:
    void tableRowsAreNeverSplit();
    void headerRowsRepeatOnEveryPage();
    void headingsStayWithWhatFollows();
    void everyLineIsPrintedOnce();
    void pageBreakBeforeIsHonoured();
    void headingsBetweenTablesArePrinted();

private:
    static QStringList print(const QString &html, int *pageCount = nullptr);
    static QString tallRows(int rows);
};

QStringList TestPdfPagination::print(const QString &html, int *pageCount)
{
    SummaryOptions options;
    SummaryPdfWriter writer(options);
    const QByteArray pdf = writer.write(
        QStringLiteral("Pagination"),
        [&html](qreal width, const QHash<QString, int> &) {
            return std::make_unique<SummaryTextDocument>(html, QList<GradeTimeline>{}, width);
        },
        false);
    if (pageCount)
        *pageCount = writer.pageCount();
    return PdfDocument::fromData(pdf).pageTexts();
}

QString TestPdfPagination::tallRows(int rows)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\"><thead><tr><th>HEADCELL</th><th>Other</th>"
                                  "</tr></thead>");
    for (int r = 0; r < rows; ++r) {
        // Rows of different heights, so that page ends fall at many places within rows.
        QString filler;
        for (int l = 0; l < 2 + r % 5; ++l)
            filler += QStringLiteral("<br>filler line %1 of row %2").arg(l).arg(r);
        html += QStringLiteral("<tr><td>ROWSTART%1%2<br>ROWEND%1</td><td>cell %1</td></tr>")
                    .arg(r)
                    .arg(filler);
    }
    return html + QStringLiteral("</table>");
}

void TestPdfPagination::tableRowsAreNeverSplit()
{
    int count = 0;
    const QStringList pages = print(tallRows(90), &count);
    QVERIFY(pages.size() >= 4);
    QCOMPARE(pages.size(), count);
    for (int r = 0; r < 90; ++r) {
        const QRegularExpression start(QStringLiteral("ROWSTART%1\\b").arg(r));
        const QRegularExpression end(QStringLiteral("ROWEND%1\\b").arg(r));
        int startPage = -1, endPage = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages.at(p).contains(start))
                startPage = p;
            if (pages.at(p).contains(end))
                endPage = p;
        }
        QVERIFY2(startPage >= 0, qPrintable(QString::number(r)));
        QCOMPARE(endPage, startPage);
    }
}

void TestPdfPagination::headerRowsRepeatOnEveryPage()
{
    const QStringList pages = print(tallRows(90));
    for (const QString &page : pages)
        QCOMPARE(page.count(QStringLiteral("HEADCELL")), 1);
}

void TestPdfPagination::headingsStayWithWhatFollows()
{
    // Move the heading down a line at a time until it has met the page end at every height.
    for (int before = 40; before < 90; before += 3) {
        QString html;
        for (int i = 0; i < before; ++i)
            html += QStringLiteral("<p>Paragraph %1 before the heading.</p>").arg(i);
        html += QStringLiteral("<h2>KEEPHEADING</h2><p>AFTERHEADING</p>");
        const QStringList pages = print(html);
        for (const QString &page : pages) {
            if (page.contains(QStringLiteral("KEEPHEADING")))
                QVERIFY2(page.contains(QStringLiteral("AFTERHEADING")),
                         qPrintable(QString::number(before)));
        }
    }
}

void TestPdfPagination::everyLineIsPrintedOnce()
{
    // Separate paragraphs, and one paragraph long enough to run over several pages.
    QString html;
    for (int i = 0; i < 200; ++i)
        html += QStringLiteral("<p>LINE%1 end</p>").arg(i);
    html += QStringLiteral("<p>");
    for (int i = 0; i < 3000; ++i)
        html += QStringLiteral("W%1 ").arg(i);
    html += QStringLiteral("</p>");
    const QStringList pages = print(html);
    const QString all = pages.join(QLatin1Char('\n'));
    for (int i = 0; i < 200; ++i)
        QCOMPARE(all.count(QRegularExpression(QStringLiteral("LINE%1 end").arg(i))), 1);
    for (int i = 0; i < 3000; ++i)
        QVERIFY2(all.count(QRegularExpression(QStringLiteral("\\bW%1\\b").arg(i))) == 1,
                 qPrintable(QString::number(i)));
}

void TestPdfPagination::pageBreakBeforeIsHonoured()
{
    const QStringList pages = print(QStringLiteral(
        "<p>FIRSTPAGE</p><h2 style=\"page-break-before: always\">SECONDPAGE</h2><p>more</p>"));
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages.at(0).contains(QStringLiteral("FIRSTPAGE")));
    QVERIFY(pages.at(1).contains(QStringLiteral("SECONDPAGE")));
}

void TestPdfPagination::headingsBetweenTablesArePrinted()
{
    const QString table = QStringLiteral("<table border=\"1\"><thead><tr><th>H</th></tr></thead>"
                                         "<tr><td>cell</td></tr></table>");
    const QStringList pages = print(table + QStringLiteral("<h2>BETWEEN</h2>") + table
                                    + QStringLiteral("<h3>SMALLER</h3>") + table);
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.at(0).contains(QStringLiteral("BETWEEN")), qPrintable(pages.at(0)));
    QVERIFY(pages.at(0).contains(QStringLiteral("SMALLER")));
}

QTEST_MAIN(TestPdfPagination)
#include "tst_pdfpagination.moc"
