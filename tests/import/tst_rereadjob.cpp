// RereadJob: every stored document read again from its stored text, read and understood on
// one thread per core and written on the calling thread, in the order of the store.
#include "Fixtures.h"
#include "StoreSnapshot.h"
#include "TestBackend.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"

#include "import/ImportJob.h"
#include "import/RereadJob.h"
#include "store/Database.h"
#include "store/SqlDialect.h"
#include "domain/FactCorrection.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class tst_RereadJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rereadRestoresWhatTheReaderReads();
    void cancelStopsBeforeTheNextDocument();
    void unchangedRowsStayAsTheyAre();
    void aFailedDocumentIsLeftWholeAndTheOthersAreStored();
    void sameFactsFromANewerReaderChangeOnlyTheVersion();
    void sameFactsStillUpdateCorrectionsAndFiling();
    void changedFactsStoreWhatAFreshImportStores();

private:
    // Stores facts for document `index` as an older reader would have read them: the first
    // finding's text ends with `word`; returns the facts stored.
    void storeOlderFindings(int index, const QString &word);
    QList<qint64> rowIds(const char *table, qint64 documentId);
    int findingsMatching(const QString &word);
    QString dbPath() const { return m_location; }
    QString m_location; // an SQLite file, or a PostgreSQL database (the _postgresql run)

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<qint64> m_ids;
};

void tst_RereadJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = newDatabaseLocation(*m_dir, QStringLiteral("oversight"));
    QVERIFY(!m_location.isEmpty());
    QVERIFY(m_dir->isValid());
    m_ids.clear();
    ImportJob job(dbPath(), {dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023),
                             dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter)});
    for (const ImportOutcome &o : job.run()) {
        QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.statusText()));
        m_ids.append(o.documentId);
    }
}

void tst_RereadJob::rereadRestoresWhatTheReaderReads()
{
    const DocumentReader &reader = defaultDocumentReader();
    {
        Database db(dbPath());
        DocumentStore store(db);
        // As if an older reader had read less of the first document, and the same of the second.
        DocumentFacts older = store.document(m_ids.at(0))->facts;
        QVERIFY(!older.recommendations.isEmpty());
        older.recommendations.clear();
        older.inspectionStart = {};
        QVERIFY(store.updateFacts(m_ids.at(0), older, kReaderVersion - 1));
        QVERIFY(store.updateFacts(m_ids.at(1), store.document(m_ids.at(1))->facts,
                                  kReaderVersion - 1));
    }

    RereadJob job(dbPath());
    QList<int> progress;
    job.onProgress([&](int done, int total) {
        QCOMPARE(total, 4);
        progress.append(done);
    });
    const RereadJob::Result result = job.run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.documents, 4);
    QCOMPARE(result.changed, 1);
    QCOMPARE(result.failed, 0);
    QVERIFY(!result.cancelled);
    QCOMPARE(progress, (QList<int>{1, 2, 3, 4}));

    Database db(dbPath());
    DocumentStore store(db);
    for (const qint64 id : m_ids) {
        const std::optional<StoredDocument> doc = store.document(id);
        QVERIFY(doc);
        QCOMPARE(doc->readerVersion, kReaderVersion);
        QVERIFY2(doc->facts == reader.read(store.pageTexts(id)), qPrintable(doc->fileName));
    }
    QVERIFY(!store.document(m_ids.at(0))->facts.recommendations.isEmpty());
}

void tst_RereadJob::cancelStopsBeforeTheNextDocument()
{
    RereadJob job(dbPath());
    int calls = 0;
    job.onProgress([&](int, int) {
        ++calls;
        job.cancel();
    });
    const RereadJob::Result result = job.run();
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 1);
}

void tst_RereadJob::storeOlderFindings(int index, const QString &word)
{
    Database db(dbPath());
    DocumentStore store(db);
    DocumentFacts older = store.document(m_ids.at(index))->facts;
    QVERIFY(!older.findings.isEmpty());
    older.findings.first().text += QLatin1Char(' ') + word;
    QVERIFY(store.updateFacts(m_ids.at(index), older, kReaderVersion - 1));
}

QList<qint64> tst_RereadJob::rowIds(const char *table, qint64 documentId)
{
    Database db(dbPath());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE document_id = ? ORDER BY id").arg(QLatin1String(table)));
    q.addBindValue(documentId);
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

int tst_RereadJob::findingsMatching(const QString &word)
{
    Database db(dbPath());
    QSqlQuery q(db.connection());
    q.prepare(SqlDialect::of(db.connection()).isPostgres()
                  ? QStringLiteral("SELECT count(*) FROM findings WHERE text_search @@ "
                                   "plainto_tsquery('english', ?)")
                  : QStringLiteral("SELECT count(*) FROM findings_fts WHERE findings_fts MATCH ?"));
    q.addBindValue(word);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void tst_RereadJob::unchangedRowsStayAsTheyAre()
{
    // A newer reader reads one finding of the first document differently, and everything else
    // as stored: only that document's findings are written again (new rows, re-indexed); its
    // recommendations and every row of the second document stay the rows they were.
    storeOlderFindings(0, QStringLiteral("zyzzyvaword"));
    {
        Database db(dbPath());
        DocumentStore store(db);
        QVERIFY(store.updateFacts(m_ids.at(1), store.document(m_ids.at(1))->facts, kReaderVersion - 1));
    }
    QCOMPARE(findingsMatching(QStringLiteral("zyzzyvaword")), 1);
    const QList<qint64> findings0 = rowIds("findings", m_ids.at(0));
    const QList<qint64> recommendations0 = rowIds("recommendations", m_ids.at(0));
    const QList<qint64> findings1 = rowIds("findings", m_ids.at(1));
    QVERIFY(!recommendations0.isEmpty());
    QVERIFY(!findings1.isEmpty());

    const RereadJob::Result result = RereadJob(dbPath()).run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.failed, 0);
    QCOMPARE(result.changed, 1);

    QCOMPARE(rowIds("recommendations", m_ids.at(0)), recommendations0);
    QCOMPARE(rowIds("findings", m_ids.at(1)), findings1);
    QCOMPARE(rowIds("findings", m_ids.at(0)).size(), findings0.size());
    QCOMPARE(findingsMatching(QStringLiteral("zyzzyvaword")), 0);
    Database db(dbPath());
    DocumentStore store(db);
    for (const int index : {0, 1}) {
        const std::optional<StoredDocument> doc = store.document(m_ids.at(index));
        QCOMPARE(doc->readerVersion, kReaderVersion);
        QVERIFY(doc->facts == defaultDocumentReader().read(store.pageTexts(m_ids.at(index))));
    }
    // The index holds each stored finding once, the rewritten ones included (PostgreSQL's
    // tsvector is a column of the row itself: nothing to check).
    QSqlQuery q(db.connection());
    if (!SqlDialect::of(db.connection()).isPostgres())
        QVERIFY(q.exec(QStringLiteral("INSERT INTO findings_fts(findings_fts, rank) VALUES ('integrity-check', 1)")));
}

void tst_RereadJob::aFailedDocumentIsLeftWholeAndTheOthersAreStored()
{
    // Documents are written several to a transaction: one that fails half-way (here its new
    // findings are refused after its old ones were deleted) is put back as it was, and the
    // others of the same transaction are stored.
    storeOlderFindings(0, QStringLiteral("firstolderword"));
    storeOlderFindings(1, QStringLiteral("secondolderword"));
    const QList<qint64> findings0 = rowIds("findings", m_ids.at(0));
    {
        Database db(dbPath());
        QSqlQuery q(db.connection());
        if (SqlDialect::of(db.connection()).isPostgres()) {
            QVERIFY2(q.exec(QStringLiteral(
                         "CREATE FUNCTION refuse_findings() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$BEGIN RAISE EXCEPTION 'refused for the test'; END$$")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_findings BEFORE INSERT ON findings "
                                           "FOR EACH ROW WHEN (new.document_id = %1) "
                                           "EXECUTE FUNCTION refuse_findings()")
                                .arg(m_ids.at(0))),
                     qPrintable(q.lastError().text()));
        } else {
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_findings BEFORE INSERT ON findings "
                                          "WHEN new.document_id = %1 BEGIN "
                                          "SELECT RAISE(ABORT, 'refused for the test'); END")
                               .arg(m_ids.at(0))));
        }
    }
    const RereadJob::Result result = RereadJob(dbPath()).run();
    QCOMPARE(result.failed, 1);
    QCOMPARE(result.changed, 1);
    QVERIFY(result.error.contains(QLatin1String("refused for the test")));

    QCOMPARE(rowIds("findings", m_ids.at(0)), findings0);
    QCOMPARE(findingsMatching(QStringLiteral("firstolderword")), 1);
    QCOMPARE(findingsMatching(QStringLiteral("secondolderword")), 0);
    Database db(dbPath());
    DocumentStore store(db);
    QCOMPARE(store.document(m_ids.at(0))->readerVersion, kReaderVersion - 1);
    const std::optional<StoredDocument> second = store.document(m_ids.at(1));
    QCOMPARE(second->readerVersion, kReaderVersion);
    QVERIFY(second->facts == defaultDocumentReader().read(store.pageTexts(m_ids.at(1))));
}

void tst_RereadJob::sameFactsFromANewerReaderChangeOnlyTheVersion()
{
    // Every document as stored by the previous reader version, which read what this one reads.
    const auto factsJson = [this] {
        Database db(dbPath());
        QSqlQuery q(db.connection());
        QStringList all;
        if (q.exec(QStringLiteral("SELECT facts_json FROM documents ORDER BY id")))
            while (q.next())
                all.append(q.value(0).toString());
        return all;
    };
    {
        Database db(dbPath());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET reader_version = %1").arg(kReaderVersion - 1)));
    }
    const QStringList before = factsJson();
    const QList<qint64> findings = rowIds("findings", m_ids.at(0));
    QVERIFY(!findings.isEmpty());

    const RereadJob::Result result = RereadJob(dbPath()).run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.documents, 4);
    QCOMPARE(result.changed, 0);
    QCOMPARE(result.failed, 0);
    QCOMPARE(factsJson(), before);
    QCOMPARE(rowIds("findings", m_ids.at(0)), findings);
    Database db(dbPath());
    DocumentStore store(db);
    for (const qint64 id : m_ids)
        QCOMPARE(store.summary(id)->readerVersion, kReaderVersion);
    // Nothing left to do: a second re-read writes nothing, not even the version.
    QCOMPARE(RereadJob(dbPath()).run().changed, 0);
}

void tst_RereadJob::sameFactsStillUpdateCorrectionsAndFiling()
{
    // Two documents the newer reader reads as stored, which still need more than their version
    // written: the first carries a correction whose remembered reading is not what the reader
    // reads; the second is filed under another authority than the one it names.
    const qint64 corrected = m_ids.at(0);
    const qint64 misfiled = m_ids.at(1);
    QString readLead;
    QString code;
    {
        Database db(dbPath());
        DocumentStore store(db);
        readLead = store.document(corrected)->facts.leadInspector;
        QVERIFY(!readLead.isEmpty());
        QVERIFY(store.correct(corrected, FactField::LeadInspector, QStringLiteral("Someone Else HMI")));
        code = store.summary(misfiled)->authorityCode;
        QVERIFY(!code.isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE corrections SET read_value = '[\"An Older Reading HMI\"]'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO authorities(key, code, name) "
                                      "VALUES ('name:elsewhere', NULL, 'Elsewhere')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET authority_id = (SELECT id FROM "
                                      "authorities WHERE key = 'name:elsewhere') WHERE id = %1")
                           .arg(misfiled)));
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET reader_version = %1").arg(kReaderVersion - 1)));
        QCOMPARE(store.summary(misfiled)->authorityName, QStringLiteral("Elsewhere"));
    }

    const RereadJob::Result result = RereadJob(dbPath()).run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.failed, 0);
    QCOMPARE(result.changed, 0);

    Database db(dbPath());
    DocumentStore store(db);
    const QList<FactCorrection> corrections = store.corrections(corrected);
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections.first().readValue.toString(), readLead);
    QCOMPARE(store.document(corrected)->facts.leadInspector, QStringLiteral("Someone Else HMI"));
    QCOMPARE(store.summary(misfiled)->authorityCode, code);
    for (const StoredDocument &d : store.documents())
        QVERIFY2(d.authorityName != QLatin1String("Elsewhere"), qPrintable(d.fileName));
}

namespace {

// Every fact row and filed fact of a library, one line a row, by file (SHA-256) and place: ids
// apart, what a store holds. The findings' order in the full-text index's ranking for `word`
// (bm25 on SQLite, ts_rank on PostgreSQL) is part of it.
QStringList storedFacts(const QString &location, const QStringList &words)
{
    RawConnection raw(location);
    QStringList lines;
    QSqlQuery q(raw.db());
    const QStringList tables{
        QStringLiteral("SELECT d.sha256, d.kind, d.title, d.authority_as_named, d.inspection_start, "
                       "d.inspection_end, d.published, d.sort_date, d.lead_inspector, d.facts_json, "
                       "d.reader_version, coalesce(a.code, ''), coalesce(a.name, '') "
                       "FROM documents d LEFT JOIN authorities a ON a.id = d.authority_id"),
        QStringLiteral("SELECT d.sha256, j.area, j.grade FROM judgements j "
                       "JOIN documents d ON d.id = j.document_id"),
        QStringLiteral("SELECT d.sha256, r.list, r.position, r.number, r.text, r.page "
                       "FROM recommendations r JOIN documents d ON d.id = r.document_id"),
        QStringLiteral("SELECT d.sha256, f.position, f.number, f.section, f.text, f.page "
                       "FROM findings f JOIN documents d ON d.id = f.document_id"),
        QStringLiteral("SELECT c.sha256, c.field, c.value, c.read_value FROM corrections c"),
    };
    for (const QString &sql : tables) {
        if (!q.exec(sql))
            return {QStringLiteral("failed: ") + q.lastError().text()};
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
        rows.sort();
        lines += rows;
    }
    for (const QString &word : words) {
        q.prepare(raw.isPostgres()
                      ? QStringLiteral("SELECT f.text FROM findings f WHERE f.text_search @@ "
                                       "plainto_tsquery('english', :word) ORDER BY ts_rank("
                                       "f.text_search, plainto_tsquery('english', :word)) DESC, f.text")
                      : QStringLiteral("SELECT f.text FROM findings_fts JOIN findings f ON f.id = "
                                       "findings_fts.rowid WHERE findings_fts MATCH :word "
                                       "ORDER BY round(bm25(findings_fts), 6), f.text"));
        q.bindValue(QStringLiteral(":word"), word);
        if (!q.exec())
            return {QStringLiteral("search failed: ") + q.lastError().text()};
        lines.append(QStringLiteral("search ") + word);
        while (q.next())
            lines.append(q.value(0).toString());
    }
    return lines;
}

// One document's judgement, recommendation and finding rows, one line a row, sorted.
QStringList factRowsOf(const QSqlDatabase &db, qint64 documentId)
{
    QStringList lines;
    QSqlQuery q(db);
    for (const char *sql :
         {"SELECT 'judgement', area, grade FROM judgements WHERE document_id = ?",
          "SELECT 'recommendation', list, position, number, text, page FROM recommendations "
          "WHERE document_id = ?",
          "SELECT 'finding', position, number, section, text, page FROM findings "
          "WHERE document_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(documentId);
        if (!q.exec())
            return {QStringLiteral("failed: ") + q.lastError().text()};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    lines.sort();
    return lines;
}

// The lines factRowsOf() gives for a document whose rows say what facts say.
QStringList factRowsFor(const DocumentFacts &facts)
{
    QStringList lines;
    for (auto it = facts.judgements.cbegin(); it != facts.judgements.cend(); ++it)
        lines.append(QStringList{QStringLiteral("judgement"), it.key(), it.value()}.join(u'|'));
    for (const auto &[list, items] :
         {std::pair{QStringLiteral("authority"), facts.recommendations},
          std::pair{QStringLiteral("lscb"), facts.lscbRecommendations}})
        for (int i = 0; i < items.size(); ++i)
            lines.append(QStringList{QStringLiteral("recommendation"), list, QString::number(i),
                                     QString::number(items.at(i).number), items.at(i).text,
                                     QString::number(items.at(i).page)}
                             .join(u'|'));
    for (int i = 0; i < facts.findings.size(); ++i) {
        const Finding &f = facts.findings.at(i);
        lines.append(QStringList{QStringLiteral("finding"), QString::number(i),
                                 QString::number(f.number), f.section, f.text,
                                 QString::number(f.page)}
                         .join(u'|'));
    }
    lines.sort();
    return lines;
}

} // namespace

void tst_RereadJob::changedFactsStoreWhatAFreshImportStores()
{
    // An older reader read some facts of two documents differently: findings with another
    // text, section or page, one too many and one missing, recommendations changed, dropped
    // and added, a grade and an area. The user corrected a fact of the first and dismissed a
    // suggestion of a finding about to change. Re-read writes only what differs, and the
    // library is then what a fresh import of the same files with the same correction holds:
    // the same rows, the same findings found in the same order; the correction and the
    // dismissal stay.
    const QString fresh = newDatabaseLocation(*m_dir, QStringLiteral("fresh"));
    QVERIFY(!fresh.isEmpty());
    QString changedText;   // a finding's text the older reader read differently
    QString dismissedText; // the text of the finding whose suggestion the user dismissed
    {
        ImportJob job(fresh, {dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023),
                              dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter)});
        for (const ImportOutcome &o : job.run())
            QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.statusText()));
    }
    const auto correctLead = [](const QString &location, int index) {
        Database db(location);
        DocumentStore store(db);
        const qint64 id = store.documents().at(index).id;
        return store.correct(id, FactField::LeadInspector, QStringLiteral("Someone Else HMI"));
    };
    {
        Database db(dbPath());
        DocumentStore store(db);
        for (const int index : {0, 1}) {
            DocumentFacts older = store.document(m_ids.at(index))->facts;
            QVERIFY(older.findings.size() >= 6);
            QVERIFY(older.recommendations.size() >= 3);
            QVERIFY(!older.judgements.isEmpty());
            changedText = older.findings[1].text;
            older.findings[1].text.prepend(QStringLiteral("Zyzzyva reading. "));
            older.findings[2].section += QStringLiteral(" (older)");
            older.findings[3].page += 1;
            older.findings.removeAt(4);
            older.findings.append({99, QStringLiteral("Older"), QStringLiteral("Zyzzyva only."), 1});
            older.recommendations[0].text += QStringLiteral(" zyzzyva");
            older.recommendations.removeAt(1);
            older.lscbRecommendations.append({9, QStringLiteral("Zyzzyva recommendation."), 2});
            older.judgements.first() = QStringLiteral("zyzzyva grade");
            older.judgements.insert(QStringLiteral("zyzzyva area"), QStringLiteral("good"));
            QVERIFY(store.updateFacts(m_ids.at(index), older, kReaderVersion - 1));
            // The older reading's rows are stored: each change is one re-read has to undo.
            QCOMPARE(factRowsOf(db.connection(), m_ids.at(index)), factRowsFor(older));
        }
        AnnotationStore annotations(db);
        const qint64 checklist =
            annotations.createChecklist(Checklists::fromDocument(*store.document(m_ids.at(0))));
        QVERIFY(checklist > 0);
        const qint64 item = annotations.checklist(checklist)->items.first().id;
        QSqlQuery q(db.connection());
        // The finding whose section the older reader read differently: its row is replaced.
        q.prepare(QStringLiteral("SELECT id, text FROM findings WHERE document_id = ? AND position = 2"));
        q.addBindValue(m_ids.at(0));
        QVERIFY(q.exec() && q.next());
        dismissedText = q.value(1).toString();
        QVERIFY(annotations.dismissSuggestion(item, q.value(0).toLongLong()));
    }
    QVERIFY(correctLead(dbPath(), 0));
    QVERIFY(correctLead(fresh, 0));
    const QStringList words{QStringLiteral("zyzzyva"), changedText.section(QLatin1Char(' '), 0, 2),
                            QStringLiteral("children")};
    QVERIFY(storedFacts(dbPath(), words) != storedFacts(fresh, words));

    const RereadJob::Result result = RereadJob(dbPath()).run();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.failed, 0);
    QCOMPARE(result.changed, 2);

    const QStringList reread = storedFacts(dbPath(), words);
    const QStringList imported = storedFacts(fresh, words);
    QVERIFY(reread.size() > 100);
    for (int i = 0; i < qMin(reread.size(), imported.size()); ++i)
        QCOMPARE(reread.at(i), imported.at(i)); // the first difference, if any
    QCOMPARE(reread.size(), imported.size());
    RawConnection raw(dbPath());
    if (!raw.isPostgres())
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO findings_fts(findings_fts, rank) VALUES ('integrity-check', 1)")));
    // The dismissal moved to the new row with the same text.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM dismissed_suggestions")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT f.text FROM dismissed_suggestions s JOIN findings f "
                                       "ON f.id = s.finding_id")).toString(),
             dismissedText);
}

QTEST_GUILESS_MAIN(tst_RereadJob)
#include "tst_rereadjob.moc"
