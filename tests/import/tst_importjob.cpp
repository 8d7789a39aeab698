// ImportJob with real files: what gets in, what is refused and why, and that nothing is
// left half-written whatever happens.
#include "Fixtures.h"
#include "TestBackend.h"
#include "StoreSnapshot.h"

#include "domain/DocumentFacts.h"
#include "import/ImportJob.h"
#include "import/Sha256.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QTemporaryDir>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

using Status = ImportOutcome::Status;
Q_DECLARE_METATYPE(oversight::test::BadInput)

class tst_ImportJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsRealDocument_data();
    void importsRealDocument();
    void sameBytesUnderAnotherNameAreADuplicate();
    void duplicateWithinOneBatch();
    void outcomesFollowTheListWhateverOrderFilesFinish();
    void sha256IsTheStandardOne();
    void badInputIsRejectedAndStoreUnchanged_data();
    void badInputIsRejectedAndStoreUnchanged();
    void missingFileIsRejected();
    void oneBadFileDoesNotStopTheBatch();
    void cancelHalfWayKeepsWhatFinished();
    void folderIsImportedRecursively();
    void largeBatchWithCopiesKeepsTheFirstOfEach();
    void documentOfAnotherKindIsFiledAsOther();
    void unusableDatabaseRejectsEveryFile();
    void databaseThatCannotBeMadeRejectsEveryFile();

private:
    QString dbPath() const { return m_location; }
    QString m_location; // an SQLite file, or a PostgreSQL database (the _postgresql run)
    QString tempPath(const QString &name) const { return m_dir->filePath(name); }
    QList<ImportOutcome> importFiles(const QStringList &paths) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = newDatabaseLocation(*m_dir, QStringLiteral("oversight"));
    QVERIFY(!m_location.isEmpty());
    QVERIFY(m_dir->isValid());
}

void tst_ImportJob::cleanup()
{
    m_dir.reset();
}

QList<ImportOutcome> tst_ImportJob::importFiles(const QStringList &paths) const
{
    ImportJob job(dbPath(), paths);
    job.setThreadCount(2);
    return job.run();
}

void tst_ImportJob::importsRealDocument_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("authorityCode");
    QTest::newRow("SIF 2016") << Data::Wandsworth2016 << Kind::Sif << "212";
    QTest::newRow("SIF re-inspection 2018, name with spaces and apostrophe")
        << Data::Wandsworth2018 << Kind::SifReinspection << "212";
    QTest::newRow("ILACS 2023") << Data::Wandsworth2023 << Kind::IlacsStandard << "212";
    QTest::newRow("monitoring visit letter") << Data::MonitoringLetter << Kind::MonitoringVisit << "212";
    QTest::newRow("focused visit letter") << Data::FocusedLetter << Kind::FocusedVisit << "872";
}

void tst_ImportJob::importsRealDocument()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, authorityCode);
    const QString path = dataPath(file);
    const QByteArray bytes = readBytes(path);
    const int pages = PdfDocument::fromData(bytes).pageCount();
    QVERIFY(pages > 0);

    const QList<ImportOutcome> outcomes = importFiles({path});
    QCOMPARE(outcomes.size(), 1);
    const ImportOutcome &o = outcomes.first();
    QCOMPARE(o.path, path);
    QVERIFY2(o.status == Status::Imported, qPrintable(o.statusText()));
    QVERIFY(o.documentId > 0);
    QCOMPARE(o.statusText(), QStringLiteral("imported as document %1").arg(o.documentId));
    QCOMPARE(o.pages, pages);

    Database db(dbPath());
    DocumentStore store(db);
    const std::optional<StoredDocument> stored = store.document(o.documentId);
    QVERIFY(stored);
    QCOMPARE(stored->fileName, file);
    QCOMPARE(stored->sha256, test::sha256Hex(bytes));
    QCOMPARE(stored->pageCount, pages);
    QCOMPARE(stored->byteSize, bytes.size());
    QCOMPARE(store.pdf(o.documentId), bytes);
    QCOMPARE(stored->facts.kind, o.kind);
    QVERIFY(incompleteDocuments(dbPath()).isEmpty());
    // The stored text is Poppler's, page for page.
    const QStringList texts = PdfDocument::fromData(bytes).pageTexts();
    QCOMPARE(store.pageText(o.documentId, 1), texts.first());
    QCOMPARE(store.pageText(o.documentId, pages), texts.last());

    // Filed by what the document says, not by its file name.
    QCOMPARE(o.kind, kind);
    QCOMPARE(stored->facts.kind, kind);
    QCOMPARE(stored->facts.authorityCode, authorityCode);
    QVERIFY(!o.authority.isEmpty());
    QVERIFY(stored->authorityId > 0);
    const QList<AuthorityRow> authorities = store.authorities();
    QCOMPARE(authorities.size(), 1);
    QCOMPARE(authorities.first().id, stored->authorityId);
    QCOMPARE(authorities.first().code, authorityCode);
    QCOMPARE(authorities.first().documentCount, 1);
}

void tst_ImportJob::sameBytesUnderAnotherNameAreADuplicate()
{
    const QString first = copyData(Data::MonitoringLetter, tempPath(QStringLiteral("letter.pdf")));
    const QString second = copyData(Data::MonitoringLetter,
                                    tempPath(QStringLiteral("other folder/Copy of letter (2).pdf")));
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const QList<ImportOutcome> imported = importFiles({first});
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().status, Status::Imported);
    const StoreSnapshot before = snapshotStore(dbPath());

    const QList<ImportOutcome> again = importFiles({second});
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().status, Status::Duplicate);
    QCOMPARE(again.first().documentId, imported.first().documentId);
    QCOMPARE(again.first().statusText(),
             QStringLiteral("duplicate of document %1").arg(imported.first().documentId));

    const StoreSnapshot after = snapshotStore(dbPath());
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
}

void tst_ImportJob::duplicateWithinOneBatch()
{
    const QString a = copyData(Data::FocusedLetter, tempPath(QStringLiteral("a.pdf")));
    const QString b = copyData(Data::FocusedLetter, tempPath(QStringLiteral("b.pdf")));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QList<ImportOutcome> outcomes = importFiles({a, b});
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).status, Status::Imported);
    QCOMPARE(outcomes.at(1).status, Status::Duplicate);
    QCOMPARE(outcomes.at(1).documentId, outcomes.at(0).documentId);
    Database db(dbPath());
    QCOMPARE(DocumentStore(db).documentCount(), 1);
}

// Files are stored as they finish (a long report first in the list must not hold up the rest),
// but outcomes are reported in the list's order, and of two copies the first listed is imported.
void tst_ImportJob::outcomesFollowTheListWhateverOrderFilesFinish()
{
    const QStringList files{copyData(Data::Wandsworth2016, tempPath(QStringLiteral("1 long.pdf"))),
                            copyData(Data::FocusedLetter, tempPath(QStringLiteral("2 letter.pdf"))),
                            copyData(Data::MonitoringLetter, tempPath(QStringLiteral("3 other.pdf"))),
                            copyData(Data::FocusedLetter, tempPath(QStringLiteral("4 copy.pdf"))),
                            tempPath(QStringLiteral("5 missing.pdf"))};
    for (int i = 0; i < 4; ++i)
        QVERIFY(!files.at(i).isEmpty());
    ImportJob job(dbPath(), files);
    job.setThreadCount(2);
    QStringList reported;
    int lastFilesDone = 0;
    bool progressMonotonic = true;
    job.onOutcome([&](const ImportOutcome &o) { reported.append(o.path); });
    job.onProgress([&](const ImportProgress &p) {
        progressMonotonic = progressMonotonic && p.filesDone >= lastFilesDone
                            && p.filesDone <= p.filesTotal;
        lastFilesDone = p.filesDone;
    });
    const QList<ImportOutcome> outcomes = job.run();
    QCOMPARE(reported, files);
    QCOMPARE(outcomes.size(), files.size());
    for (int i = 0; i < files.size(); ++i)
        QCOMPARE(outcomes.at(i).path, files.at(i));
    QVERIFY(progressMonotonic);
    QCOMPARE(lastFilesDone, int(files.size()));
    QCOMPARE(outcomes.at(0).status, Status::Imported);
    QCOMPARE(outcomes.at(1).status, Status::Imported);
    QCOMPARE(outcomes.at(2).status, Status::Imported);
    QCOMPARE(outcomes.at(3).status, Status::Duplicate);
    QCOMPARE(outcomes.at(3).documentId, outcomes.at(1).documentId);
    QCOMPARE(outcomes.at(4).status, Status::Rejected);
    Database db(dbPath());
    QCOMPARE(DocumentStore(db).document(outcomes.at(1).documentId)->fileName,
             QStringLiteral("2 letter.pdf"));
}

// A document's identity must not depend on which SHA-256 code the build uses (OpenSSL or Qt's):
// databases move between machines.
void tst_ImportJob::sha256IsTheStandardOne()
{
    // FIPS 180-2 test vectors.
    QCOMPARE(oversight::sha256Hex(QByteArray()),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(oversight::sha256Hex(QByteArrayLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(oversight::sha256Hex(QByteArray(1000000, 'a')),
             QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    // Every length around the 64-byte block size, and a real PDF.
    QByteArray bytes;
    for (int length = 0; length < 200; ++length) {
        QCOMPARE(oversight::sha256Hex(bytes),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        bytes.append(char(length * 37 + 11));
    }
    QFile pdf(dataPath(Data::Wandsworth2016));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QCOMPARE(oversight::sha256Hex(pdfBytes),
             QString::fromLatin1(QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex()));
}

void tst_ImportJob::badInputIsRejectedAndStoreUnchanged_data()
{
    QTest::addColumn<BadInput>("kind");
    QTest::newRow("empty file") << BadInput::Empty;
    QTest::newRow("HTML page with a .pdf name") << BadInput::HtmlPage;
    QTest::newRow("text file named .pdf") << BadInput::NotPdf;
    QTest::newRow("random bytes") << BadInput::RandomBytes;
    QTest::newRow("truncated download") << BadInput::Truncated;
    QTest::newRow("damaged") << BadInput::Damaged;
    QTest::newRow("password-protected") << BadInput::Encrypted;
    QTest::newRow("PDF without pages") << BadInput::NoPages;
    QTest::newRow("scan without text layer") << BadInput::NoTextLayer;
}

void tst_ImportJob::badInputIsRejectedAndStoreUnchanged()
{
    QFETCH(BadInput, kind);
    // A store with a document in it, so that "unchanged" means something.
    const QList<ImportOutcome> seed = importFiles({dataPath(Data::MonitoringLetter)});
    QCOMPARE(seed.first().status, Status::Imported);
    const StoreSnapshot before = snapshotStore(dbPath());
    QVERIFY(before.value(QStringLiteral("pages")).rows > 0);

    const QString bad = tempPath(QStringLiteral("bad input.pdf"));
    QVERIFY(writeBadInput(kind, bad));
    const QList<ImportOutcome> outcomes = importFiles({bad});
    QCOMPARE(outcomes.size(), 1);
    const ImportOutcome &o = outcomes.first();
    QCOMPARE(o.status, Status::Rejected);
    const QString expected = describe(expectedProblem(kind));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(o.reason, expected);
    QCOMPARE(o.statusText(), QStringLiteral("rejected: ") + expected);
    QCOMPARE(o.documentId, 0);

    const StoreSnapshot after = snapshotStore(dbPath());
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
}

void tst_ImportJob::missingFileIsRejected()
{
    const QList<ImportOutcome> outcomes = importFiles({tempPath(QStringLiteral("gone.pdf"))});
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().status, Status::Rejected);
    QVERIFY2(outcomes.first().reason.contains(QLatin1String("cannot be opened")),
             qPrintable(outcomes.first().reason));
}

void tst_ImportJob::oneBadFileDoesNotStopTheBatch()
{
    const QString bad = tempPath(QStringLiteral("truncated.pdf"));
    QVERIFY(writeBadInput(BadInput::Truncated, bad));
    const QStringList files{dataPath(Data::MonitoringLetter), bad, dataPath(Data::Wandsworth2018),
                            dataPath(Data::FocusedLetter)};
    const QList<ImportOutcome> outcomes = importFiles(files);
    QCOMPARE(outcomes.size(), 4);
    for (int i = 0; i < files.size(); ++i)
        QCOMPARE(outcomes.at(i).path, files.at(i)); // in the order given
    QCOMPARE(outcomes.at(0).status, Status::Imported);
    QCOMPARE(outcomes.at(1).status, Status::Rejected);
    QCOMPARE(outcomes.at(1).reason, describe(PdfProblem::Truncated));
    QCOMPARE(outcomes.at(2).status, Status::Imported);
    QCOMPARE(outcomes.at(3).status, Status::Imported);

    Database db(dbPath());
    DocumentStore store(db);
    QCOMPARE(store.documentCount(), 3);
    QVERIFY(store.idForHash(test::sha256Hex(readBytes(bad))) == 0);
    QVERIFY(incompleteDocuments(dbPath()).isEmpty());
}

void tst_ImportJob::cancelHalfWayKeepsWhatFinished()
{
    // The largest file (the 2016 report, 2.pdf) is read first; cancel as soon as it is stored.
    const QStringList names{Data::MonitoringLetter, Data::Wandsworth2016, Data::Wandsworth2018,
                            Data::FocusedLetter};
    const QString folder = tempPath(QStringLiteral("batch"));
    for (int i = 0; i < names.size(); ++i)
        QVERIFY(!copyData(names.at(i), folder + QStringLiteral("/%1.pdf").arg(i + 1)).isEmpty());
    const QStringList files = ImportJob::expandPaths({folder});
    QCOMPARE(ImportJob::largestFirst(files).first(), 1);

    ImportJob job(dbPath(), {folder});
    job.setThreadCount(1);
    QStringList seen;
    job.onOutcome([&](const ImportOutcome &o) { seen.append(o.path); });
    job.onProgress([&](const ImportProgress &p) {
        if (p.filesDone == 1)
            job.cancel();
    });
    const QList<ImportOutcome> outcomes = job.run();
    QVERIFY(job.isCancelled());
    QCOMPARE(seen, files); // every file gets an outcome, cancelled ones too, in list order
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes.at(1).status, Status::Imported);
    for (int i : {0, 2, 3}) {
        QCOMPARE(outcomes.at(i).status, Status::Cancelled);
        QCOMPARE(outcomes.at(i).statusText(), QStringLiteral("cancelled"));
        QCOMPARE(outcomes.at(i).documentId, 0);
    }

    Database db(dbPath());
    DocumentStore store(db);
    QCOMPARE(store.documentCount(), 1);
    QCOMPARE(store.documents().first().id, outcomes.at(1).documentId);
    QCOMPARE(store.documents().first().fileName, QStringLiteral("2.pdf"));
    const QStringList incomplete = incompleteDocuments(dbPath());
    QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QLatin1Char('\n'))));
    const RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pages")).toInt(),
             outcomes.at(1).pages);
}

void tst_ImportJob::folderIsImportedRecursively()
{
    const QString top = tempPath(QStringLiteral("Ofsted reports"));
    QVERIFY(writeBytes(top + QStringLiteral("/a.pdf"),
                       makeTextPdf({{QStringLiteral("First document in the top folder")}})));
    QVERIFY(writeBytes(top + QStringLiteral("/2018/B.PDF"),
                       makeTextPdf({{QStringLiteral("Second document, upper-case extension")}})));
    QVERIFY(!copyData(Data::FocusedLetter, top + QStringLiteral("/2018/visits/c.Pdf")).isEmpty());
    QVERIFY(writeBytes(top + QStringLiteral("/notes.txt"), "not a document to import"));
    QVERIFY(writeBytes(top + QStringLiteral("/2018/report.pdf.bak"), "backup"));

    const QStringList expected{top + QStringLiteral("/2018/B.PDF"),
                               top + QStringLiteral("/2018/visits/c.Pdf"),
                               top + QStringLiteral("/a.pdf")};
    QStringList files = ImportJob::expandPaths({top});
    files.sort();
    QCOMPARE(files, expected);

    const QList<ImportOutcome> outcomes = importFiles({top});
    QCOMPARE(outcomes.size(), 3);
    for (const ImportOutcome &o : outcomes)
        QVERIFY2(o.status == Status::Imported, qPrintable(o.path + QLatin1String(": ") + o.statusText()));
    Database db(dbPath());
    DocumentStore store(db);
    QCOMPARE(store.documentCount(), 3);
    QCOMPARE(store.search(QStringLiteral("\"upper-case extension\"")).size(), 1);
}

// Many small files of several sizes finish in every order on two threads: each gets its own
// outcome, in list order, and of each set of identical files the first listed is the one
// imported while the others are duplicates of it.
void tst_ImportJob::largeBatchWithCopiesKeepsTheFirstOfEach()
{
    const QString folder = tempPath(QStringLiteral("many"));
    QList<QByteArray> originals;
    for (int i = 0; i < 60; ++i) {
        QStringList lines;
        for (int line = 0; line <= i % 7; ++line)
            lines << QStringLiteral("Document %1, line %2 of a note about supervision.").arg(i).arg(line);
        originals.append(makeTextPdf({lines}));
    }
    // File k holds original (k * 7) % 60 for k < 60, then 30 copies of earlier ones.
    QList<int> contentOf;
    for (int k = 0; k < 90; ++k)
        contentOf.append(k < 60 ? (k * 7) % 60 : (k * 13) % 60);
    for (int k = 0; k < contentOf.size(); ++k)
        QVERIFY(writeBytes(folder + QStringLiteral("/%1.pdf").arg(k, 3, 10, QLatin1Char('0')),
                           originals.at(contentOf.at(k))));
    const QStringList files = ImportJob::expandPaths({folder});
    QCOMPARE(files.size(), contentOf.size());

    ImportJob job(dbPath(), {folder});
    job.setThreadCount(2);
    QStringList reported;
    job.onOutcome([&](const ImportOutcome &o) { reported.append(o.path); });
    const QList<ImportOutcome> outcomes = job.run();
    QCOMPARE(reported, files);
    QHash<int, qint64> idOfContent;
    for (int k = 0; k < outcomes.size(); ++k) {
        const ImportOutcome &o = outcomes.at(k);
        QCOMPARE(o.path, files.at(k));
        const bool first = !idOfContent.contains(contentOf.at(k));
        QVERIFY2(o.status == (first ? Status::Imported : Status::Duplicate),
                 qPrintable(o.path + QLatin1String(": ") + o.statusText()));
        QVERIFY(o.documentId > 0);
        if (first)
            idOfContent.insert(contentOf.at(k), o.documentId);
        else
            QCOMPARE(o.documentId, idOfContent.value(contentOf.at(k)));
    }
    Database db(dbPath());
    QCOMPARE(DocumentStore(db).documentCount(), 60);
}

void tst_ImportJob::documentOfAnotherKindIsFiledAsOther()
{
    const QString path = tempPath(QStringLiteral("Q3 sales report.pdf"));
    QVERIFY(writeBytes(path, makeSalesReportPdf()));
    const QList<ImportOutcome> outcomes = importFiles({path});
    QCOMPARE(outcomes.size(), 1);
    const ImportOutcome &o = outcomes.first();
    QVERIFY2(o.status == Status::Imported, qPrintable(o.statusText()));
    QCOMPARE(o.kind, Kind::Other);
    QVERIFY(o.authority.isEmpty());
    QCOMPARE(o.pages, 2);

    Database db(dbPath());
    DocumentStore store(db);
    const std::optional<StoredDocument> stored = store.document(o.documentId);
    QVERIFY(stored);
    QCOMPARE(stored->facts.kind, Kind::Other);
    QCOMPARE(stored->authorityId, 0);
    QVERIFY(stored->facts.authority.isEmpty());
    QVERIFY(stored->facts.judgements.isEmpty());
    QVERIFY(stored->facts.recommendations.isEmpty());
    QVERIFY(store.authorities().isEmpty());
    // Its text layer went in: the second page is found by what it says.
    const QList<SearchHit> hits = store.search(QStringLiteral("\"garden furniture\""));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().page, 2);
}

void tst_ImportJob::unusableDatabaseRejectsEveryFile()
{
    if (onPostgres()) {
        // A team database that holds another program's tables is refused the same way.
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY)")));
        const QList<ImportOutcome> outcomes = importFiles({dataPath(Data::MonitoringLetter)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, Status::Rejected);
        QVERIFY2(outcomes.first().reason.startsWith(QLatin1String("the database cannot be opened")),
                 qPrintable(outcomes.first().reason));
        QCOMPARE(raw.tables(), QStringList{QStringLiteral("invoices")});
        return;
    }
    QVERIFY(writeBytes(dbPath(), QByteArray("this is a text file, not a database\n").repeated(100)));
    const QList<ImportOutcome> outcomes =
        importFiles({dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter)});
    QCOMPARE(outcomes.size(), 2);
    for (const ImportOutcome &o : outcomes) {
        QCOMPARE(o.status, Status::Rejected);
        QVERIFY2(o.reason.startsWith(QLatin1String("the database cannot be opened")),
                 qPrintable(o.reason));
    }
}

void tst_ImportJob::databaseThatCannotBeMadeRejectsEveryFile()
{
    // A database that does not exist yet: the first files are read while it is being made.
    // When it cannot be made (here its folder is a file), every file is rejected all the same.
    QVERIFY(writeBytes(tempPath(QStringLiteral("not-a-folder")), QByteArray("a file\n")));
    const QString path = tempPath(QStringLiteral("not-a-folder/oversight.db"));
    ImportJob job(path, {dataPath(Data::Wandsworth2016), dataPath(Data::MonitoringLetter),
                         dataPath(Data::FocusedLetter)});
    const QList<ImportOutcome> outcomes = job.run();
    QCOMPARE(outcomes.size(), 3);
    for (const ImportOutcome &o : outcomes) {
        QCOMPARE(o.status, Status::Rejected);
        QVERIFY2(o.reason.startsWith(QLatin1String("the database cannot be opened")),
                 qPrintable(o.reason));
    }
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
