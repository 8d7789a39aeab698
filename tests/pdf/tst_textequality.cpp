// The proof that text extraction without output intents changes nothing a reader sees: for every
// PDF of both shared corpora, the text of every page and every word with its box, extracted by
// PdfDocument::forText(), are exactly what PdfDocument::fromData() extracts from the original.
#include "pdf/OutputIntents.h"
#include "pdf/PdfDocument.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

using namespace oversight;

namespace {

struct Checked
{
    QString path;
    OutputIntentRemoval removal = OutputIntentRemoval::Unreadable;
    int pages = 0;
    int words = 0;
    QString difference; // empty when everything matched
};

QString boxText(const QRectF &box)
{
    return QStringLiteral("(%1, %2, %3 x %4)")
        .arg(box.x(), 0, 'g', 17)
        .arg(box.y(), 0, 'g', 17)
        .arg(box.width(), 0, 'g', 17)
        .arg(box.height(), 0, 'g', 17);
}

// QRectF's == is fuzzy; the boxes must be the same to the last bit.
bool sameBox(const QRectF &a, const QRectF &b)
{
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width()
           && a.height() == b.height();
}

Checked check(const QString &path)
{
    Checked result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.difference = QStringLiteral("cannot be read");
        return result;
    }
    const QByteArray bytes = file.readAll();
    result.removal = withoutOutputIntents(bytes).removal;
    const PdfDocument original = PdfDocument::fromData(bytes);
    const PdfDocument forText = PdfDocument::forText(bytes);
    if (original.problem() != forText.problem()) {
        result.difference = QStringLiteral("problem %1 instead of %2")
                                .arg(int(forText.problem()))
                                .arg(int(original.problem()));
        return result;
    }
    if (original.pageCount() != forText.pageCount()) {
        result.difference = QStringLiteral("%1 pages instead of %2")
                                .arg(forText.pageCount())
                                .arg(original.pageCount());
        return result;
    }
    result.pages = original.pageCount();
    for (int page = 0; page < result.pages; ++page) {
        if (original.pageText(page) != forText.pageText(page)) {
            result.difference = QStringLiteral("page %1: text differs").arg(page + 1);
            return result;
        }
        const QList<PdfWord> expected = original.words(page);
        const QList<PdfWord> words = forText.words(page);
        if (expected.size() != words.size()) {
            result.difference = QStringLiteral("page %1: %2 words instead of %3")
                                    .arg(page + 1)
                                    .arg(words.size())
                                    .arg(expected.size());
            return result;
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (words.at(i).text != expected.at(i).text
                || !sameBox(words.at(i).box, expected.at(i).box)) {
                result.difference = QStringLiteral("page %1, word %2: \"%3\" %4 instead of "
                                                   "\"%5\" %6")
                                        .arg(page + 1)
                                        .arg(i + 1)
                                        .arg(words.at(i).text, boxText(words.at(i).box),
                                             expected.at(i).text, boxText(expected.at(i).box));
                return result;
            }
        }
        result.words += int(words.size());
    }
    return result;
}

} // namespace

class tst_TextEquality : public QObject
{
    Q_OBJECT

private slots:
    void everyCorpusPdfReadsTheSame_data();
    void everyCorpusPdfReadsTheSame();
};

void tst_TextEquality::everyCorpusPdfReadsTheSame_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::newRow("corpus") << QStringLiteral(OVERSIGHT_SHARED_DIR "/corpus");
    QTest::newRow("corpus-2") << QStringLiteral(OVERSIGHT_SHARED_DIR "/corpus-2");
}

void tst_TextEquality::everyCorpusPdfReadsTheSame()
{
    QFETCH(QString, corpus);
    QStringList files;
    QDirIterator it(corpus, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY2(files.size() >= 50, qPrintable(QStringLiteral("too few PDFs in %1").arg(corpus)));

    const QList<Checked> results = QtConcurrent::blockingMapped(files, check);
    int removed = 0, pages = 0, words = 0;
    QStringList differences;
    for (const Checked &c : results) {
        removed += c.removal == OutputIntentRemoval::Removed ? 1 : 0;
        pages += c.pages;
        words += c.words;
        if (!c.difference.isEmpty())
            differences.append(c.path + QStringLiteral(": ") + c.difference);
    }
    qInfo("%s: %lld PDFs, %d with an output intent removed, %d pages, %d words compared",
          qPrintable(corpus), qlonglong(files.size()), removed, pages, words);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    // The comparison proves something only if the copies were made.
    QVERIFY2(removed > 0, "no file had its output intent removed");
}

QTEST_GUILESS_MAIN(tst_TextEquality)
#include "tst_textequality.moc"
