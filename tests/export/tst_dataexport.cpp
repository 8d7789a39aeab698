// CSV and JSON exports of a real store, read back: a row per document with its judgements,
// RFC 4180 quoting that survives commas, quotes and line breaks, UTF-8 with a BOM, and JSON
// holding every document, checklist and annotation.
#include "ExportFixtures.h"

#include "export/CsvWriter.h"
#include "export/DataExport.h"
#include "store/DocumentStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvFieldsRoundTrip_data();
    void csvFieldsRoundTrip();
    void documentsCsvHasARowPerDocument();
    void documentsCsvStartsWithBom();
    void documentsCsvGivesAnAreaSendOutcome();
    void annotationsCsvKeepsNotesWhole();
    void jsonHoldsEverything();

private:
    QTemporaryDir m_dir;
    ExportStore m_store;
};

void TestDataExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(buildExportStore(m_dir.filePath(QStringLiteral("export.sqlite")), &m_store, &error),
             qPrintable(error));
}

void TestDataExport::csvFieldsRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "Wandsworth" << "Wandsworth";
    QTest::newRow("comma") << "Smith, Jane" << "\"Smith, Jane\"";
    QTest::newRow("quotes") << "the \"front door\"" << "\"the \"\"front door\"\"\"";
    QTest::newRow("line break") << "one\ntwo" << "\"one\ntwo\"";
    QTest::newRow("CRLF") << "one\r\ntwo" << "\"one\r\ntwo\"";
    QTest::newRow("accents") << "Zoë Renée" << "Zoë Renée";
    QTest::newRow("empty") << "" << "";
}

void TestDataExport::csvFieldsRoundTrip()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
    CsvWriter csv;
    csv.addRow({QStringLiteral("a"), value, QStringLiteral("z")});
    csv.addRow({QStringLiteral("second"), QStringLiteral("row"), QStringLiteral("")});
    const QList<QStringList> rows = CsvWriter::parse(csv.toBytes());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), value, QStringLiteral("z")}));
    QCOMPARE(rows.at(1).size(), 3);
}

void TestDataExport::documentsCsvHasARowPerDocument()
{
    const QList<QStringList> rows = CsvWriter::parse(DataExport(*m_store.database).documentsCsv());
    DocumentStore store(*m_store.database);
    QCOMPARE(rows.size(), store.documentCount() + 1);
    const QStringList header = rows.constFirst();
    for (const QString &column : {QStringLiteral("Authority"), QStringLiteral("Authority code"),
                                  QStringLiteral("Kind"), QStringLiteral("Inspection start"),
                                  QStringLiteral("Lead inspector"), Area::label(Area::Overall)})
        QVERIFY2(header.contains(column), qPrintable(column));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const StoredDocument sif = *store.document(m_store.sif2016);
    const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList &r) {
        return r.constFirst() == QString::number(sif.id);
    });
    QVERIFY(row != rows.cend());
    QCOMPARE(row->at(header.indexOf(QStringLiteral("Authority"))), QStringLiteral("Wandsworth"));
    QCOMPARE(row->at(header.indexOf(QStringLiteral("Authority code"))), sif.facts.authorityCode);
    QCOMPARE(row->at(header.indexOf(QStringLiteral("Kind"))), Kind::label(sif.facts.kind));
    QCOMPARE(row->at(header.indexOf(QStringLiteral("Lead inspector"))), sif.facts.leadInspector);
    for (auto it = sif.facts.judgements.cbegin(); it != sif.facts.judgements.cend(); ++it)
        QCOMPARE(row->at(header.indexOf(Area::label(it.key()))), Grade::label(*it));
    // The authority's recommendations and the LSCB's are counted apart.
    QVERIFY(!sif.facts.lscbRecommendations.isEmpty());
    QCOMPARE(row->at(header.indexOf(QStringLiteral("Recommendations"))),
             QString::number(sif.facts.recommendations.size()));
    QCOMPARE(row->at(header.indexOf(QStringLiteral("LSCB recommendations"))),
             QString::number(sif.facts.lscbRecommendations.size()));
}

void TestDataExport::documentsCsvGivesAnAreaSendOutcome()
{
    // An area SEND report has no grades: its outcome and previous inspection are its facts.
    Database database(m_dir.filePath(QStringLiteral("send.sqlite")));
    QVERIFY2(database.isOpen(), qPrintable(database.errorString()));
    NewDocument send;
    send.fileName = QStringLiteral("area send.pdf");
    send.sha256 = QString(64, QLatin1Char('5'));
    send.pdf = QByteArray("%PDF-1.4\n%%EOF\n");
    send.pageTexts = {QStringLiteral("Area SEND inspection of Bolton Local Area Partnership")};
    send.facts.kind = Kind::AreaSend;
    send.facts.authority = QStringLiteral("Bolton");
    send.facts.authorityCode = QStringLiteral("350");
    send.facts.outcome = SendOutcome::Inconsistent;
    send.facts.previousInspection = QDate(2017, 10, 16);
    QCOMPARE(DocumentStore(database).add(send), DocumentStore::AddResult::Added);
    const QList<QStringList> rows = CsvWriter::parse(DataExport(database).documentsCsv());
    QCOMPARE(rows.size(), 2);
    const QStringList &header = rows.at(0);
    QCOMPARE(rows.at(1).size(), header.size());
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("Area SEND outcome"))),
             SendOutcome::label(SendOutcome::Inconsistent));
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("Previous inspection"))),
             QStringLiteral("2017-10-16"));
}

void TestDataExport::documentsCsvStartsWithBom()
{
    const QByteArray csv = DataExport(*m_store.database).documentsCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
}

void TestDataExport::annotationsCsvKeepsNotesWhole()
{
    const QList<QStringList> rows =
        CsvWriter::parse(DataExport(*m_store.database).annotationsCsv());
    QVERIFY(rows.size() > m_store.annotationCount); // the header, and one linked twice
    const int note = int(rows.constFirst().indexOf(QStringLiteral("Note")));
    QVERIFY(note >= 0);
    bool found = false;
    for (const QStringList &row : rows)
        found = found || row.at(note) == kTrickyNote;
    QVERIFY(found);
}

void TestDataExport::jsonHoldsEverything()
{
    const QJsonObject json = DataExport(*m_store.database).everything();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("oversight-export"));
    int documents = json.value(QStringLiteral("unfiled_documents")).toArray().size();
    for (const QJsonValue &a : json.value(QStringLiteral("authorities")).toArray())
        documents += a.toObject().value(QStringLiteral("documents")).toArray().size();
    QCOMPARE(documents, DocumentStore(*m_store.database).documentCount());
    QCOMPARE(json.value(QStringLiteral("checklists")).toArray().size(), 1);
    const QJsonArray annotations = json.value(QStringLiteral("annotations")).toArray();
    QCOMPARE(annotations.size(), m_store.annotationCount);
    bool tricky = false;
    for (const QJsonValue &a : annotations)
        tricky = tricky || a.toObject().value(QStringLiteral("note")).toString() == kTrickyNote;
    QVERIFY(tricky);
}

QTEST_MAIN(TestDataExport)
#include "tst_dataexport.moc"
