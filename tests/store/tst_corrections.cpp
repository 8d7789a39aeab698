// Corrections: the user's values of facts, kept apart from what the reader read, on top of
// every re-read, through reopening, migration, and delete and re-import when kept.
#include "StoreSnapshot.h"
#include "TestBackend.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

NewDocument report()
{
    NewDocument doc;
    doc.fileName = QStringLiteral("wandsworth 2016.pdf");
    doc.sha256 = QStringLiteral("cc33");
    doc.pdf = QByteArrayLiteral("%PDF-1.4 Wandsworth %%EOF");
    doc.pageTexts = {QStringLiteral("Inspection of services for children in need of help."),
                     QStringLiteral("Recommendations. Improve return home interviews.")};
    doc.facts.kind = Kind::Sif;
    doc.facts.authority = QStringLiteral("London Borough of Wandsworth");
    doc.facts.authorityCode = QStringLiteral("212");
    doc.facts.inspectionStart = QDate(2015, 11, 24);
    doc.facts.inspectionEnd = QDate(2015, 12, 17);
    doc.facts.published = QDate(2016, 2, 16);
    doc.facts.leadInspector = QStringLiteral("Carolyn Spray");
    doc.facts.inspectors = {QStringLiteral("Carolyn Spray"), QStringLiteral("Second Inspector")};
    doc.facts.judgements = {{Area::Overall, Grade::RequiresImprovement},
                            {Area::CareLeavers, Grade::Inadequate}};
    doc.facts.recommendations = {{1, QStringLiteral("Improve return home interviews."), 2},
                                 {2, QStringLiteral("Ensure plans are specific."), 2}};
    doc.facts.findings = {{12, QStringLiteral("Leaders"), QStringLiteral("Leaders know the service."), 1}};
    doc.facts.warnings = {FactField::judgement(Area::Leaders)};
    doc.readerVersion = 3;
    return doc;
}

// An area SEND report of the same partnership: an outcome and a previous inspection, no grades.
NewDocument areaSendReport()
{
    NewDocument doc = report();
    doc.fileName = QStringLiteral("wandsworth area send.pdf");
    doc.sha256 = QStringLiteral("dd44");
    doc.facts.kind = Kind::AreaSend;
    doc.facts.judgements.clear();
    doc.facts.outcome = SendOutcome::Positive;
    doc.facts.previousInspection = QDate(2019, 3, 4);
    return doc;
}

QString gradeRow(Database &db, qint64 id, const QString &area)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT grade FROM judgements WHERE document_id = ? AND area = ?"));
    q.addBindValue(id);
    q.addBindValue(area);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class tst_Corrections : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void correctionIsStoredAndSurvivesReopen();
    void everyFieldCanBeCorrectedAndReverted_data();
    void everyFieldCanBeCorrectedAndReverted();
    void reReadKeepsCorrectionsAndLearnsWhatItReads();
    void revertAfterReReadGoesBackToTheNewReading();
    void badCorrectionsLeaveTheStoreAsItWas_data();
    void badCorrectionsLeaveTheStoreAsItWas();
    void setCorrectionPutsBackACorrectionExactly();
    void aFactTheKindCannotHaveWaitsForTheKind();
    void correctingAFlaggedFactClearsTheFlag();
    void reviewStateDecidesWhetherADocumentNeedsReview();
    void deleteDropsCorrectionsUnlessKept();
    void authorityCorrectionRefilesAndRevertFilesAsRead();
    void schemaFiveAssignmentsBecomeCorrections();
    void recommendationCorrectionsFollowTheirItemsThroughAReRead();
    void revertingTheLastCorrectedItemRevertsTheList();
    void annotationsStayWithTheirRecommendationThroughAReRead();
    void aCorrectionFromAStaleFieldIsRefusedAndNamesTheOther();

private:
    QString dbPath() const { return m_location; }
    QString m_location; // an SQLite file, or a PostgreSQL database (the _postgresql run)
    qint64 addReport(const NewDocument &doc = report());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
};

void tst_Corrections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = newDatabaseLocation(*m_dir, QStringLiteral("library"));
    QVERIFY(!m_location.isEmpty());
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(dbPath());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<DocumentStore>(*m_db);
}

void tst_Corrections::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

// Two people (two connections, as two members of a team database or two windows) change one
// fact from what each saw: the second is refused, told who changed it and to what, and the
// store keeps the first's change; a change from the fact as it now is goes in.
void tst_Corrections::aCorrectionFromAStaleFieldIsRefusedAndNamesTheOther()
{
    const qint64 id = addReport();
    QVERIFY(id > 0);
    const QString field = FactField::LeadInspector;
    const std::optional<FieldState> seen = m_store->fieldState(id, field);
    QVERIFY(seen);
    QCOMPARE(seen->rowVersion, 0); // not corrected yet

    Database other(dbPath());
    QVERIFY2(other.isOpen(), qPrintable(other.errorString()));
    DocumentStore theirs(other);
    QVERIFY2(theirs.correct(id, field, QStringLiteral("Jane Other HMI"), seen),
             qPrintable(theirs.lastError()));
    QVERIFY(!theirs.conflict());
    QCOMPARE(m_store->fieldState(id, field)->rowVersion, 1);

    const StoreSnapshot before = snapshotStore(dbPath());
    QVERIFY(!m_store->correct(id, field, QStringLiteral("John Mine HMI"), seen));
    QVERIFY(m_store->conflict());
    QVERIFY2(m_store->lastError().contains(QLatin1String("Jane Other HMI")), qPrintable(m_store->lastError()));
    QVERIFY2(m_store->lastError().contains(theirs.corrections(id).first().correctedBy),
             qPrintable(m_store->lastError()));
    QVERIFY(!m_store->revert(id, field, seen));
    QVERIFY(m_store->conflict());
    QCOMPARE(describeDifference(before, snapshotStore(dbPath())), QString());
    QCOMPARE(m_store->document(id)->facts.leadInspector, QStringLiteral("Jane Other HMI"));

    // From the fact as it now is: accepted, and every write of the row bumps its version.
    const std::optional<FieldState> now = m_store->fieldState(id, field);
    QVERIFY2(m_store->correct(id, field, QStringLiteral("John Mine HMI"), now), qPrintable(m_store->lastError()));
    QVERIFY(!m_store->conflict());
    QCOMPARE(m_store->fieldState(id, field)->rowVersion, 2);
    // A revert by the other from what they last saw is refused too, then and only then.
    const FieldState theirsSaw{QJsonValue(QStringLiteral("Jane Other HMI")), 1};
    QVERIFY(!theirs.revert(id, field, theirsSaw));
    QVERIFY(theirs.conflict());
    QVERIFY2(theirs.lastError().contains(QLatin1String("John Mine HMI")), qPrintable(theirs.lastError()));
    QVERIFY2(theirs.revert(id, field, theirs.fieldState(id, field)), qPrintable(theirs.lastError()));
    QCOMPARE(m_store->document(id)->facts.leadInspector, report().facts.leadInspector);
    // Without a state seen, a write is made as before (the command line corrects what is).
    QVERIFY(m_store->correct(id, field, QStringLiteral("Anyone HMI")));
}

qint64 tst_Corrections::addReport(const NewDocument &doc)
{
    qint64 id = 0;
    if (m_store->add(doc, &id) != DocumentStore::AddResult::Added)
        qWarning() << m_store->lastError();
    return id;
}

void tst_Corrections::correctionIsStoredAndSurvivesReopen()
{
    const qint64 id = addReport();
    QVERIFY(id > 0);
    QVERIFY2(m_store->correct(id, FactField::judgement(Area::CareLeavers),
                              Grade::RequiresImprovement),
             qPrintable(m_store->lastError()));
    // The facts tables that charts, peers and the map read hold the corrected grade.
    QCOMPARE(gradeRow(*m_db, id, Area::CareLeavers), Grade::RequiresImprovement);

    m_store.reset();
    m_db.reset();
    m_db = std::make_unique<Database>(dbPath());
    m_store = std::make_unique<DocumentStore>(*m_db);
    const std::optional<StoredDocument> doc = m_store->document(id);
    QVERIFY(doc);
    QCOMPARE(doc->facts.judgements.value(Area::CareLeavers), Grade::RequiresImprovement);
    QCOMPARE(doc->correctedFields, QStringList{FactField::judgement(Area::CareLeavers)});
    QCOMPARE(doc->corrections.size(), 1);
    const FactCorrection &c = doc->corrections.first();
    QCOMPARE(c.value, QJsonValue(Grade::RequiresImprovement));
    QCOMPARE(c.readValue, QJsonValue(Grade::Inadequate));
    QVERIFY(!c.readerAgrees());
    QVERIFY(qAbs(c.correctedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Who: the computer's user on a file, the PostgreSQL role on a team database.
    QCOMPARE(c.correctedBy, m_db->isTeamDatabase() ? m_db->userName() : currentUserName());
    // The summary every list uses names the corrected field too.
    QCOMPARE(m_store->documents().first().correctedFields, doc->correctedFields);
}

void tst_Corrections::everyFieldCanBeCorrectedAndReverted_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("areaSend"); // corrected on an area SEND report, else a SIF report
    QTest::newRow("kind") << FactField::Kind << QJsonValue(Kind::SifReinspection) << false;
    QTest::newRow("start") << FactField::InspectionStart << QJsonValue(QStringLiteral("2015-11-23")) << false;
    QTest::newRow("end") << FactField::InspectionEnd << QJsonValue(QStringLiteral("2015-12-18")) << false;
    QTest::newRow("published") << FactField::Published << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("lead") << FactField::LeadInspector << QJsonValue(QStringLiteral("Another Person")) << false;
    QTest::newRow("inspectors") << FactField::Inspectors
                                << QJsonValue(QJsonArray{QStringLiteral("A One"), QStringLiteral("B Two")}) << false;
    QTest::newRow("grade given") << FactField::judgement(Area::Leaders) << QJsonValue(Grade::Good) << false;
    QTest::newRow("grade removed") << FactField::judgement(Area::Overall) << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("area SEND outcome") << FactField::Outcome << QJsonValue(SendOutcome::Inconsistent)
                                       << true;
    QTest::newRow("previous inspection") << FactField::PreviousInspection
                                         << QJsonValue(QStringLiteral("2019-05-13")) << true;
    QTest::newRow("no previous inspection") << FactField::PreviousInspection
                                            << QJsonValue(QJsonValue::Null) << true;
    QTest::newRow("recommendations") << FactField::Recommendations
                                     << QJsonValue(QJsonArray{QJsonObject{
                                            {QStringLiteral("number"), 1},
                                            {QStringLiteral("text"), QStringLiteral("Merged one.")},
                                            {QStringLiteral("page"), 2}}}) << false;
}

void tst_Corrections::everyFieldCanBeCorrectedAndReverted()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, areaSend);
    const qint64 id = addReport(areaSend ? areaSendReport() : report());
    const DocumentFacts read = m_store->document(id)->facts;
    QVERIFY(FactField::value(read, field) != value);
    QVERIFY2(m_store->correct(id, field, value), qPrintable(m_store->lastError()));
    QCOMPARE(FactField::value(m_store->document(id)->facts, field), value);
    QVERIFY2(m_store->revert(id, field), qPrintable(m_store->lastError()));
    const std::optional<StoredDocument> back = m_store->document(id);
    QCOMPARE(FactField::value(back->facts, field), FactField::value(read, field));
    QVERIFY(back->corrections.isEmpty());
    QVERIFY(back->correctedFields.isEmpty());
}

void tst_Corrections::reReadKeepsCorrectionsAndLearnsWhatItReads()
{
    const qint64 id = addReport();
    QVERIFY(m_store->correct(id, FactField::judgement(Area::CareLeavers), Grade::RequiresImprovement));
    QVERIFY(m_store->correct(id, FactField::LeadInspector, QStringLiteral("Carolyn Spray HMI")));

    // A newer reader reads the grade differently again, the lead inspector as corrected, and
    // one more recommendation.
    DocumentFacts reread = report().facts;
    reread.judgements.insert(Area::CareLeavers, Grade::Good);
    reread.leadInspector = QStringLiteral("Carolyn Spray HMI");
    reread.recommendations.append({3, QStringLiteral("A third one."), 2});
    QVERIFY2(m_store->updateFacts(id, reread, 4), qPrintable(m_store->lastError()));

    const std::optional<StoredDocument> doc = m_store->document(id);
    QCOMPARE(doc->readerVersion, 4);
    QCOMPARE(doc->facts.judgements.value(Area::CareLeavers), Grade::RequiresImprovement);
    QCOMPARE(gradeRow(*m_db, id, Area::CareLeavers), Grade::RequiresImprovement);
    QCOMPARE(doc->facts.recommendations.size(), 3); // not corrected: as the new reader reads
    QCOMPARE(doc->corrections.size(), 2);
    for (const FactCorrection &c : doc->corrections) {
        if (c.field == FactField::LeadInspector) {
            QVERIFY(c.readerAgrees()); // the correction could be dropped now
        } else {
            QCOMPARE(c.readValue, QJsonValue(Grade::Good));
            QVERIFY(!c.readerAgrees());
        }
    }
}

void tst_Corrections::revertAfterReReadGoesBackToTheNewReading()
{
    const qint64 id = addReport();
    QVERIFY(m_store->correct(id, FactField::judgement(Area::CareLeavers), Grade::RequiresImprovement));
    DocumentFacts reread = report().facts;
    reread.judgements.insert(Area::CareLeavers, Grade::Good);
    QVERIFY(m_store->updateFacts(id, reread, 4));
    QVERIFY(m_store->revert(id, FactField::judgement(Area::CareLeavers)));
    QCOMPARE(m_store->document(id)->facts.judgements.value(Area::CareLeavers), Grade::Good);
    QCOMPARE(gradeRow(*m_db, id, Area::CareLeavers), Grade::Good);
}

void tst_Corrections::badCorrectionsLeaveTheStoreAsItWas_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"))
                                   << QStringLiteral("not a fact that can be corrected");
    QTest::newRow("unknown grade") << FactField::judgement(Area::Overall)
                                   << QJsonValue(QStringLiteral("wonderful"))
                                   << QStringLiteral("a grade is one of");
    QTest::newRow("unknown outcome") << FactField::Outcome << QJsonValue(QStringLiteral("good"))
                                     << QStringLiteral("an area SEND outcome is one of");
    QTest::newRow("unknown area") << QStringLiteral("judgements.weather") << QJsonValue(Grade::Good)
                                  << QStringLiteral("not a fact that can be corrected");
    QTest::newRow("bad date") << FactField::Published << QJsonValue(QStringLiteral("16/02/2016"))
                              << QStringLiteral("yyyy-mm-dd");
    QTest::newRow("unknown kind") << FactField::Kind << QJsonValue(QStringLiteral("audit"))
                                  << QStringLiteral("the kind is one of");
    QTest::newRow("unknown code") << FactField::Authority << QJsonValue(QStringLiteral("999"))
                                  << QStringLiteral("999 is not a DfE LA code");
    QTest::newRow("end before start") << FactField::InspectionEnd << QJsonValue(QStringLiteral("2015-11-01"))
                                      << QStringLiteral("would end (2015-11-01) before it starts (2015-11-24)");
    // Facts the document's kind cannot have would stand in exports and summaries.
    QTest::newRow("outcome of a SIF report") << FactField::Outcome << QJsonValue(SendOutcome::Positive)
                                             << QStringLiteral("only an area SEND report has an outcome; "
                                                               "this document is a SIF inspection");
    QTest::newRow("previous inspection of a SIF report")
        << FactField::PreviousInspection << QJsonValue(QStringLiteral("2019-05-13"))
        << QStringLiteral("only an area SEND report has a previous inspection");
    QTest::newRow("empty recommendation")
        << FactField::Recommendations
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                                             {QStringLiteral("text"), QStringLiteral("  ")}}})
        << QStringLiteral("needs a text");
}

void tst_Corrections::badCorrectionsLeaveTheStoreAsItWas()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const qint64 id = addReport();
    QVERIFY(m_store->correct(id, FactField::LeadInspector, QStringLiteral("Someone Else")));
    const StoreSnapshot before = snapshotStore(dbPath());
    QVERIFY(!m_store->correct(id, field, value));
    QVERIFY2(m_store->lastError().contains(message), qPrintable(m_store->lastError()));
    QCOMPARE(describeDifference(before, snapshotStore(dbPath())), QString());
    QVERIFY(!m_store->correct(id + 100, FactField::LeadInspector, QStringLiteral("X")));
    QVERIFY2(m_store->lastError().contains(QLatin1String("no document")), qPrintable(m_store->lastError()));
}

// A grade on an area SEND report, an outcome on a SIF report: refused, with nothing written,
// until the kind is corrected to one that has it.
void tst_Corrections::aFactTheKindCannotHaveWaitsForTheKind()
{
    const qint64 send = addReport(areaSendReport());
    const StoreSnapshot before = snapshotStore(dbPath());
    QVERIFY(!m_store->correct(send, FactField::judgement(Area::Overall), Grade::Good));
    QVERIFY2(m_store->lastError().contains(QLatin1String("Area SEND inspection gives no graded judgements")),
             qPrintable(m_store->lastError()));
    QCOMPARE(describeDifference(before, snapshotStore(dbPath())), QString());
    // Clearing what should not be there is always allowed.
    QVERIFY2(m_store->correct(send, FactField::judgement(Area::Overall), QJsonValue::Null),
             qPrintable(m_store->lastError()));

    const qint64 sif = addReport();
    QVERIFY(!m_store->correct(sif, FactField::Outcome, SendOutcome::Positive));
    QVERIFY2(m_store->correct(sif, FactField::Kind, Kind::AreaSend), qPrintable(m_store->lastError()));
    QVERIFY2(m_store->correct(sif, FactField::Outcome, SendOutcome::Positive),
             qPrintable(m_store->lastError()));
    QCOMPARE(m_store->document(sif)->facts.outcome, SendOutcome::Positive);
}

void tst_Corrections::setCorrectionPutsBackACorrectionExactly()
{
    const qint64 id = addReport();
    const QString field = FactField::judgement(Area::CareLeavers);
    const FactCorrection earlier{field, Grade::Good, Grade::Inadequate,
                                 QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC),
                                 QStringLiteral("someone")};
    QVERIFY2(m_store->setCorrection(id, earlier), qPrintable(m_store->lastError()));
    QVERIFY(m_store->correct(id, field, Grade::Outstanding));
    QCOMPARE(m_store->corrections(id).first().readValue, QJsonValue(Grade::Inadequate));
    QVERIFY(m_store->setCorrection(id, earlier)); // what an undo does
    const FactCorrection back = m_store->corrections(id).first();
    QCOMPARE(back.value, earlier.value);
    QCOMPARE(back.correctedAt, earlier.correctedAt);
    QCOMPARE(back.correctedBy, earlier.correctedBy);
    QCOMPARE(m_store->document(id)->facts.judgements.value(Area::CareLeavers), Grade::Good);
}

void tst_Corrections::correctingAFlaggedFactClearsTheFlag()
{
    const qint64 id = addReport();
    const QString leaders = FactField::judgement(Area::Leaders);
    QVERIFY(m_store->document(id)->needsReview());
    // Confirming "not given" (the value read) is a correction that keeps the value.
    QVERIFY(m_store->correct(id, leaders, QJsonValue(QJsonValue::Null)));
    const std::optional<StoredDocument> doc = m_store->document(id);
    QVERIFY(doc->facts.warnings.isEmpty());
    QVERIFY(!doc->needsReview());
    QVERIFY(doc->corrections.first().readerAgrees());
    QVERIFY(!m_store->documents().first().needsReview());
    // A re-read that misses it again does not flag it again: the user confirmed it.
    QVERIFY(m_store->updateFacts(id, report().facts, 4));
    QVERIFY(!m_store->document(id)->needsReview());
}

void tst_Corrections::reviewStateDecidesWhetherADocumentNeedsReview()
{
    const qint64 id = addReport();
    QVERIFY(m_store->document(id)->needsReview()); // the reader missed the leaders' grade
    QVERIFY(m_store->setReviewState(id, ReviewState::Reviewed));
    QVERIFY(!m_store->summary(id)->needsReview());
    QVERIFY(m_store->setReviewState(id, ReviewState::Flagged));
    QCOMPARE(m_store->summary(id)->review, ReviewState::Flagged);
    QVERIFY(m_store->setReviewState(id, ReviewState::AsRead));
    QVERIFY(m_store->summary(id)->needsReview());
    QVERIFY(!m_store->setReviewState(id + 7, ReviewState::Reviewed));
}

void tst_Corrections::deleteDropsCorrectionsUnlessKept()
{
    qint64 id = addReport();
    QVERIFY(m_store->correct(id, FactField::judgement(Area::CareLeavers), Grade::Good));
    QVERIFY(m_store->remove(id));
    id = addReport();
    QCOMPARE(m_store->document(id)->facts.judgements.value(Area::CareLeavers), Grade::Inadequate);
    QVERIFY(m_store->corrections(id).isEmpty());

    QVERIFY(m_store->correct(id, FactField::judgement(Area::CareLeavers), Grade::Good));
    QVERIFY(m_store->correct(id, FactField::Authority, QStringLiteral("213")));
    QVERIFY(m_store->remove(id, DocumentStore::Corrections::Keep));
    QCOMPARE(m_store->documentCount(), 0);
    id = addReport();
    const std::optional<StoredDocument> doc = m_store->document(id);
    QCOMPARE(doc->facts.judgements.value(Area::CareLeavers), Grade::Good);
    QCOMPARE(gradeRow(*m_db, id, Area::CareLeavers), Grade::Good);
    QCOMPARE(doc->authorityCode, QStringLiteral("213"));
    QCOMPARE(doc->assignedAuthorityCode, QStringLiteral("213"));
    QCOMPARE(doc->corrections.size(), 2);
}

void tst_Corrections::authorityCorrectionRefilesAndRevertFilesAsRead()
{
    const qint64 id = addReport();
    QVERIFY2(m_store->correct(id, FactField::Authority, QStringLiteral("213")),
             qPrintable(m_store->lastError()));
    QCOMPARE(m_store->summary(id)->authorityCode, QStringLiteral("213"));
    QCOMPARE(m_store->authorities().size(), 1); // Wandsworth's row went with its only document
    // assign-authority is the same correction.
    QVERIFY(m_store->assignAuthority(id, QString()));
    QCOMPARE(m_store->summary(id)->authorityCode, QStringLiteral("212"));
    QVERIFY(m_store->corrections(id).isEmpty());
    QVERIFY(m_store->assignAuthority(id, QStringLiteral("213")));
    QCOMPARE(m_store->corrections(id).first().field, FactField::Authority);
}

void tst_Corrections::schemaFiveAssignmentsBecomeCorrections()
{
    m_store.reset();
    m_db.reset();
    if (onPostgres()) // a new, empty database to build schema 5 in
        m_location = newDatabaseLocation(*m_dir, QStringLiteral("schema5"));
    else
        QFile::remove(dbPath());
    {
        Database v5(dbPath(), 5);
        QVERIFY2(v5.isOpen(), qPrintable(v5.errorString()));
        QCOMPARE(v5.schemaVersion(), 5);
        // A document as schema 5 stored it, filed by hand under Westminster (213).
        QSqlQuery q(v5.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO authorities(id, key, code, name) VALUES (3, 'code:213', '213', 'Westminster')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO documents(id, authority_id, sha256, file_name, kind, title, "
            "authority_as_named, inspection_start, inspection_end, published, sort_date, "
            "page_count, byte_size, imported_at, lead_inspector, facts_json, reader_version, "
            "authority_assigned) VALUES (5, 3, 'cc33', 'report.pdf', 'sif', 'Inspection', "
            "'London Borough of Wandsworth', '2015-11-24', '2015-12-17', '2016-02-16', "
            "'2016-02-16', 1, 10, '2020-01-01T10:00:00Z', 'Carolyn Spray', "
            "'{\"kind\":\"sif\",\"authority_code\":\"212\",\"judgements\":{\"care_leavers\":\"inadequate\"}}', "
            "3, '213')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO judgements(document_id, area, grade) VALUES (5, 'care_leavers', 'inadequate')")));
    }
    m_db = std::make_unique<Database>(dbPath());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    m_store = std::make_unique<DocumentStore>(*m_db);
    const StoredDocument doc = *m_store->document(m_store->documents().first().id);
    QCOMPARE(doc.corrections.size(), 1);
    QCOMPARE(doc.corrections.first().field, FactField::Authority);
    QCOMPARE(doc.corrections.first().value, QJsonValue(QStringLiteral("213")));
    QCOMPARE(doc.corrections.first().readValue, QJsonValue(QStringLiteral("212")));
    QCOMPARE(doc.facts.judgements.value(Area::CareLeavers), Grade::Inadequate);
    // Reverting files it as read, as "assigned by hand" did before.
    QVERIFY(m_store->revert(doc.id, FactField::Authority));
    QCOMPARE(m_store->summary(doc.id)->authorityCode, QStringLiteral("212"));
}

void tst_Corrections::recommendationCorrectionsFollowTheirItemsThroughAReRead()
{
    const qint64 id = addReport();
    // The user rewrites the second recommendation in the facts panel: the whole list goes to
    // the store with one item changed.
    const QString rewritten = QStringLiteral("Ensure that every child in need has a specific plan.");
    QJsonArray items = FactField::value(m_store->document(id)->facts, FactField::Recommendations).toArray();
    QJsonObject second = items.at(1).toObject();
    second.insert(QStringLiteral("text"), rewritten);
    items.replace(1, second);
    QVERIFY2(m_store->correct(id, FactField::Recommendations, items), qPrintable(m_store->lastError()));

    // A newer reader reads the two in the other order, and one more it missed before.
    const QString missed = QStringLiteral("Review the arrangements for private fostering.");
    DocumentFacts reread = report().facts;
    reread.recommendations = {{1, missed, 3},
                              {2, QStringLiteral("Ensure plans are specific."), 2},
                              {3, QStringLiteral("Improve return home interviews."), 2}};
    QVERIFY2(m_store->updateFacts(id, reread, 4), qPrintable(m_store->lastError()));

    const auto texts = [](const QList<Recommendation> &list) {
        QStringList found;
        for (const Recommendation &r : list)
            found << r.text;
        return found;
    };
    std::optional<StoredDocument> doc = m_store->document(id);
    // The rewrite stays on the item it was made on, not on the second place; the new item is
    // in, after the item it follows in the new reading... which is none: first.
    QCOMPARE(texts(doc->facts.recommendations),
             (QStringList{missed, QStringLiteral("Improve return home interviews."), rewritten}));
    QCOMPARE(doc->corrections.size(), 1);
    const FactCorrection list = doc->corrections.first();
    QVERIFY(!list.isItemCorrected(0));
    QVERIFY(!list.isItemCorrected(1));
    QVERIFY(list.isItemCorrected(2));
    // The rows charts and checklists read are the corrected ones.
    QSqlQuery rows(m_db->connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT text FROM recommendations WHERE document_id = %1 "
                                     "AND list = 'authority' ORDER BY position").arg(id)));
    QStringList stored;
    while (rows.next())
        stored << rows.value(0).toString();
    QCOMPARE(stored, texts(doc->facts.recommendations));

    // Reverting the rewritten item puts back what is read now; the others are untouched.
    const std::optional<QJsonValue> reverted = list.withItemReverted(2);
    QVERIFY(reverted);
    QVERIFY(m_store->correct(id, FactField::Recommendations, *reverted));
    doc = m_store->document(id);
    QCOMPARE(texts(doc->facts.recommendations),
             (QStringList{missed, QStringLiteral("Improve return home interviews."),
                          QStringLiteral("Ensure plans are specific.")}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!doc->corrections.first().isItemCorrected(i));
}

void tst_Corrections::revertingTheLastCorrectedItemRevertsTheList()
{
    const qint64 id = addReport();
    QJsonArray items = FactField::value(m_store->document(id)->facts, FactField::Recommendations).toArray();
    items.removeAt(0);
    QVERIFY(m_store->correct(id, FactField::Recommendations, items)); // delete the first
    QCOMPARE(m_store->document(id)->facts.recommendations.size(), 1);
    // A re-read that still reads the deleted item keeps it deleted.
    QVERIFY(m_store->updateFacts(id, report().facts, 4));
    QCOMPARE(m_store->document(id)->facts.recommendations.size(), 1);
    // Undoing the deletion is a correction of the whole list (the item is in no row to
    // revert); a revert of the list puts both back.
    QVERIFY(m_store->revert(id, FactField::Recommendations));
    QCOMPARE(m_store->document(id)->facts.recommendations.size(), 2);
    QVERIFY(m_store->corrections(id).isEmpty());
    // One edited item reverted alone: nothing else differs, so the correction goes.
    items = FactField::value(m_store->document(id)->facts, FactField::Recommendations).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("text"), QStringLiteral("Improve the interviews."));
    items.replace(0, first);
    QVERIFY(m_store->correct(id, FactField::Recommendations, items));
    QVERIFY(!m_store->corrections(id).first().withItemReverted(0).has_value());
}

void tst_Corrections::annotationsStayWithTheirRecommendationThroughAReRead()
{
    const qint64 id = addReport();
    AnnotationStore annotations(*m_db);
    // A checklist made from the corrected recommendations, an annotation linked to the second.
    QJsonArray items = FactField::value(m_store->document(id)->facts, FactField::Recommendations).toArray();
    QJsonObject second = items.at(1).toObject();
    second.insert(QStringLiteral("text"), QStringLiteral("Ensure every plan is specific."));
    items.replace(1, second);
    QVERIFY(m_store->correct(id, FactField::Recommendations, items));
    const qint64 checklistId = annotations.createChecklist(Checklists::fromDocument(*m_store->document(id)));
    QVERIFY2(checklistId > 0, qPrintable(annotations.lastError()));
    const ChecklistItem linked = annotations.checklist(checklistId)->items.at(1);
    QCOMPARE(linked.title, QStringLiteral("Ensure every plan is specific."));
    Annotation note;
    note.documentId = id;
    note.page = 2;
    note.quote = QStringLiteral("Recommendations.");
    note.itemIds = {linked.id};
    const qint64 noteId = annotations.createAnnotation(note);
    QVERIFY2(noteId > 0, qPrintable(annotations.lastError()));

    // A newer reader reads the list the other way round.
    DocumentFacts reread = report().facts;
    std::reverse(reread.recommendations.begin(), reread.recommendations.end());
    QVERIFY(m_store->updateFacts(id, reread, 4));

    // The annotation is still on the item with the corrected text, and the checklist's items
    // are still those texts.
    const std::optional<Annotation> after = annotations.annotation(noteId);
    QVERIFY(after);
    QCOMPARE(after->itemIds, QList<qint64>{linked.id});
    const Checklist checklist = *annotations.checklist(checklistId);
    const auto item = std::find_if(checklist.items.cbegin(), checklist.items.cend(),
                                   [&](const ChecklistItem &i) { return i.id == linked.id; });
    QVERIFY(item != checklist.items.cend());
    QCOMPARE(item->title, QStringLiteral("Ensure every plan is specific."));
    QCOMPARE(m_store->document(id)->facts.recommendations.at(1).text,
             QStringLiteral("Ensure every plan is specific."));
}

QTEST_GUILESS_MAIN(tst_Corrections)
#include "tst_corrections.moc"
