// DocumentStore: adding, de-duplicating and removing documents, filing them under authorities,
// keeping their facts, and full-text search over their pages.
#include "StoreSnapshot.h"
#include "TestBackend.h"

#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

NewDocument wandsworthReport()
{
    NewDocument doc;
    doc.fileName = QStringLiteral("wandsworth 2016.pdf");
    doc.sha256 = QStringLiteral("aa11");
    doc.pdf = QByteArrayLiteral("%PDF-1.4 Wandsworth %%EOF");
    doc.pageTexts = {
        QStringLiteral("Inspection of children's social care services. Leaders have improved the "
                       "quality of social work practice since the last inspection."),
        QStringLiteral("Children in care and care leavers: most children live in stable "
                       "placements. Safeguarding arrangements are effective: referrals are "
                       "screened quickly (within 24 hours)."),
        QStringLiteral("Recommendations. Improve the timeliness of return home interviews for "
                       "children who go missing."),
    };
    doc.facts.kind = Kind::Sif;
    doc.facts.title = QStringLiteral("Inspection of services for children in need of help");
    doc.facts.authority = QStringLiteral("London Borough of Wandsworth");
    doc.facts.authorityCode = QStringLiteral("212");
    doc.facts.inspectionStart = QDate(2015, 11, 24);
    doc.facts.inspectionEnd = QDate(2015, 12, 17);
    doc.facts.published = QDate(2016, 2, 16);
    doc.facts.leadInspector = QStringLiteral("Carolyn Spray");
    doc.facts.inspectors = {QStringLiteral("Carolyn Spray"), QStringLiteral("Second Inspector")};
    doc.facts.judgements = {{Area::Overall, Grade::RequiresImprovement},
                            {Area::Leaders, Grade::Good},
                            {Area::Adoption, Grade::Outstanding}};
    doc.facts.otherJudgements = {{QStringLiteral("Experiences of care leavers"),
                                  QStringLiteral("Requires improvement to be good")}};
    doc.facts.recommendations = {{1, QStringLiteral("Improve return home interviews."), 3},
                                 {2, QStringLiteral("Ensure plans are \"SMART\"; review them."), 3}};
    doc.facts.lscbRecommendations = {{1, QStringLiteral("Evaluate multi-agency training."), 3}};
    doc.facts.findings = {{12, QStringLiteral("Leaders"), QStringLiteral("Leaders know the service."), 1},
                          {0, QStringLiteral("Care"), QStringLiteral("Placements are stable."), 2}};
    doc.readerVersion = 3;
    return doc;
}

NewDocument wokinghamLetter()
{
    NewDocument doc;
    doc.fileName = QStringLiteral("wokingham letter.pdf");
    doc.sha256 = QStringLiteral("bb22");
    doc.pdf = QByteArrayLiteral("%PDF-1.4 Wokingham %%EOF");
    doc.pageTexts = {QStringLiteral("Focused visit to Wokingham. Social workers know their "
                                    "children well.")};
    doc.facts.kind = Kind::FocusedVisit;
    doc.facts.authority = QStringLiteral("Wokingham Borough Council");
    doc.facts.published = QDate(2018, 11, 9);
    return doc;
}

NewDocument unnamedDocument(const QString &sha)
{
    NewDocument doc;
    doc.fileName = QStringLiteral("sales.pdf");
    doc.sha256 = sha;
    doc.pdf = QByteArrayLiteral("%PDF-1.4 sales %%EOF");
    doc.pageTexts = {QStringLiteral("Quarterly sales report")};
    return doc;
}

} // namespace

class tst_DocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addStoresEverything();
    void sameBytesAreADuplicate();
    void documentsAreFiledUnderOneAuthority();
    void documentWithoutAuthorityIsUnfiled();
    void factsRoundTrip();
    void updateFactsReplacesThemAndPrunes();
    void removeCascades();
    void removeKeepsAnAuthorityThatStillHasDocuments();
    void indexesStayInStepWithTheirRows();
    void search_data();
    void search();
    void snippetMarksHits();
    void scopesAndPagesAgreeWithTheWholeSearch();
    void librariesOfSchema8SearchStopWordsOnceUpgraded();

private:
    qint64 addOrFail(const NewDocument &doc);
    int rowsFor(const char *table, qint64 documentId) const;
    QString dbPath() const { return m_location; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location; // an SQLite file, or a PostgreSQL database (the _postgresql run)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
};

void tst_DocumentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = newDatabaseLocation(*m_dir, QStringLiteral("store"));
    QVERIFY(!m_location.isEmpty());
    m_db = std::make_unique<Database>(dbPath());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<DocumentStore>(*m_db);
}

void tst_DocumentStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 tst_DocumentStore::addOrFail(const NewDocument &doc)
{
    qint64 id = 0;
    const DocumentStore::AddResult result = m_store->add(doc, &id);
    if (result != DocumentStore::AddResult::Added) {
        qWarning("add(%s) failed: %s", qPrintable(doc.fileName), qPrintable(m_store->lastError()));
        return 0;
    }
    return id;
}

int tst_DocumentStore::rowsFor(const char *table, qint64 documentId) const
{
    const RawConnection raw(dbPath());
    return raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE document_id = %2")
                          .arg(QLatin1String(table))
                          .arg(documentId))
        .toInt();
}

void tst_DocumentStore::addStoresEverything()
{
    const NewDocument doc = wandsworthReport();
    const qint64 id = addOrFail(doc);
    QVERIFY(id > 0);
    QCOMPARE(m_store->documentCount(), 1);
    QCOMPARE(m_store->idForHash(doc.sha256), id);
    QCOMPARE(m_store->allHashes(), QSet<QString>{doc.sha256});
    QCOMPARE(m_store->pdf(id), doc.pdf);
    for (int page = 1; page <= doc.pageTexts.size(); ++page)
        QCOMPARE(m_store->pageText(id, page), doc.pageTexts.at(page - 1));
    QVERIFY(m_store->pageText(id, 4).isEmpty());

    const std::optional<StoredDocument> stored = m_store->summary(id);
    QVERIFY(stored);
    QCOMPARE(stored->fileName, doc.fileName);
    QCOMPARE(stored->pageCount, 3);
    QCOMPARE(stored->byteSize, doc.pdf.size());
    QCOMPARE(stored->readerVersion, 3);
    QVERIFY(stored->importedAt.isValid());
    QVERIFY(qAbs(stored->importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QVERIFY(incompleteDocuments(dbPath()).isEmpty());
}

void tst_DocumentStore::sameBytesAreADuplicate()
{
    const qint64 id = addOrFail(wandsworthReport());
    QVERIFY(id > 0);
    const StoreSnapshot before = snapshotStore(dbPath());

    NewDocument again = wandsworthReport();
    again.fileName = QStringLiteral("copy of the report.pdf");
    again.facts.kind = Kind::Other;
    qint64 duplicateId = 0;
    QCOMPARE(m_store->add(again, &duplicateId), DocumentStore::AddResult::Duplicate);
    QCOMPARE(duplicateId, id);

    const StoreSnapshot after = snapshotStore(dbPath());
    QVERIFY2(before == after, qPrintable(describeDifference(before, after)));
    QCOMPARE(m_store->summary(id)->fileName, QStringLiteral("wandsworth 2016.pdf"));
}

void tst_DocumentStore::documentsAreFiledUnderOneAuthority()
{
    const qint64 first = addOrFail(wandsworthReport());
    NewDocument later = wokinghamLetter();
    later.sha256 = QStringLiteral("cc33");
    later.facts.authority = QStringLiteral("Wandsworth Council"); // named differently, same DfE code
    later.facts.authorityCode = QStringLiteral("212");
    const qint64 second = addOrFail(later);
    // Without a code from the reader, the store matches the name itself: one authority.
    NewDocument a = wokinghamLetter();
    NewDocument b = wokinghamLetter();
    b.sha256 = QStringLiteral("dd44");
    b.facts.authority = QStringLiteral("  wokingham   BOROUGH council ");
    const qint64 third = addOrFail(a);
    const qint64 fourth = addOrFail(b);
    QVERIFY(first && second && third && fourth);

    const QList<AuthorityRow> authorities = m_store->authorities();
    QCOMPARE(authorities.size(), 2);
    // A matched authority is filed under its official name, whatever the documents call it.
    QCOMPARE(authorities.at(0).name, QStringLiteral("Wandsworth"));
    QCOMPARE(authorities.at(0).code, QStringLiteral("212"));
    QCOMPARE(authorities.at(0).documentCount, 2);
    QCOMPARE(authorities.at(1).name, QStringLiteral("Wokingham"));
    QCOMPARE(authorities.at(1).code, QStringLiteral("872"));
    QCOMPARE(authorities.at(1).documentCount, 2);
    QCOMPARE(m_store->summary(first)->authorityId, m_store->summary(second)->authorityId);
    QCOMPARE(m_store->summary(third)->authorityId, m_store->summary(fourth)->authorityId);
    QCOMPARE(m_store->summary(second)->authorityName, QStringLiteral("Wandsworth"));
    QCOMPARE(m_store->summary(first)->facts.authority, QStringLiteral("London Borough of Wandsworth"));
    QCOMPARE(m_store->documents().size(), 4);
}

void tst_DocumentStore::documentWithoutAuthorityIsUnfiled()
{
    const qint64 id = addOrFail(unnamedDocument(QStringLiteral("ee55")));
    QVERIFY(id > 0);
    QCOMPARE(m_store->summary(id)->authorityId, 0);
    QVERIFY(m_store->summary(id)->authorityName.isEmpty());
    QCOMPARE(m_store->summary(id)->facts.kind, Kind::Other);
    QVERIFY(m_store->authorities().isEmpty());
}

void tst_DocumentStore::factsRoundTrip()
{
    const NewDocument doc = wandsworthReport();
    const qint64 id = addOrFail(doc);
    QVERIFY(id > 0);
    const std::optional<StoredDocument> stored = m_store->document(id);
    QVERIFY(stored);
    QCOMPARE(stored->facts.judgements, doc.facts.judgements);
    QCOMPARE(stored->facts.recommendations, doc.facts.recommendations);
    QCOMPARE(stored->facts.findings, doc.facts.findings);
    QCOMPARE(stored->facts.inspectors, doc.facts.inspectors);
    QVERIFY(stored->facts == doc.facts);
    // The queryable tables hold the same facts.
    QCOMPARE(rowsFor("judgements", id), 3);
    QCOMPARE(rowsFor("recommendations", id), 3);
    QCOMPARE(rowsFor("findings", id), 2);
}

void tst_DocumentStore::updateFactsReplacesThemAndPrunes()
{
    const qint64 id = addOrFail(wandsworthReport());
    QVERIFY(id > 0);
    DocumentFacts reread = wokinghamLetter().facts;
    reread.judgements = {{Area::Overall, Grade::Good}};
    QVERIFY2(m_store->updateFacts(id, reread, 4), qPrintable(m_store->lastError()));

    const std::optional<StoredDocument> stored = m_store->document(id);
    QVERIFY(stored);
    QVERIFY(stored->facts == reread);
    QCOMPARE(stored->readerVersion, 4);
    QCOMPARE(rowsFor("judgements", id), 1);
    QCOMPARE(rowsFor("recommendations", id), 0);
    QCOMPARE(rowsFor("findings", id), 0);
    const QList<AuthorityRow> authorities = m_store->authorities();
    QCOMPARE(authorities.size(), 1); // Wandsworth is left with nothing and goes
    QCOMPARE(authorities.first().name, QStringLiteral("Wokingham"));
}

// The store indexes a document's pages and findings itself, a document at a time (schema 4):
// after adds, a re-read that replaces the findings, and a removal, each index holds exactly the
// rows of its table, no more and no fewer, and a word is found in the rows that hold it.
void tst_DocumentStore::indexesStayInStepWithTheirRows()
{
    const qint64 wandsworth = addOrFail(wandsworthReport());
    const qint64 wokingham = addOrFail(wokinghamLetter());
    QVERIFY(wandsworth && wokingham);
    DocumentFacts reread = wandsworthReport().facts;
    reread.findings.append({13, QStringLiteral("Leaders"),
                            QStringLiteral("Supervision is regular and reflective."), 2});
    QVERIFY2(m_store->updateFacts(wandsworth, reread, 4), qPrintable(m_store->lastError()));

    RawConnection raw(dbPath());
    if (raw.isPostgres()) {
        // PostgreSQL keeps each row's tsvector itself (a generated column): what matters is
        // that the index answers for rows re-read and removed.
        const auto count = [&](const char *table, const char *word) {
            return raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE text_search @@ "
                                             "to_tsquery('oversight_english', '%2')")
                                  .arg(QLatin1String(table), QLatin1String(word)))
                .toInt();
        };
        QCOMPARE(count("findings", "reflective"), 1);
        QCOMPARE(count("pages", "placements"), 1);
        QVERIFY2(m_store->remove(wandsworth), qPrintable(m_store->lastError()));
        QCOMPARE(count("findings", "reflective"), 0);
        QCOMPARE(m_store->search(QStringLiteral("social workers")).size(), 1);
        return;
    }
    const auto check = [&](const char *what) {
        for (const char *table : {"pages", "findings"}) {
            const QString fts = QLatin1String(table) + QLatin1String("_fts");
            QString error;
            // FTS5 compares its index with the content table and fails on any difference.
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)")
                                  .arg(fts), &error),
                     qPrintable(QStringLiteral("%1, %2: %3").arg(QLatin1String(what), fts, error)));
        }
    };
    check("after add and re-read");
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM findings_fts WHERE findings_fts "
                                       "MATCH 'reflective'")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pages_fts WHERE pages_fts "
                                       "MATCH 'placements'")).toInt(), 1);

    QVERIFY2(m_store->remove(wandsworth), qPrintable(m_store->lastError()));
    check("after remove");
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM findings_fts WHERE findings_fts "
                                       "MATCH 'reflective'")).toInt(), 0);
    QCOMPARE(m_store->search(QStringLiteral("social workers")).size(), 1);
}

void tst_DocumentStore::removeCascades()
{
    const qint64 wandsworth = addOrFail(wandsworthReport());
    const qint64 wokingham = addOrFail(wokinghamLetter());
    QVERIFY(wandsworth && wokingham);
    QVERIFY(!m_store->search(QStringLiteral("placements")).isEmpty());

    QVERIFY2(m_store->remove(wandsworth), qPrintable(m_store->lastError()));
    QVERIFY(!m_store->summary(wandsworth));
    QVERIFY(m_store->pdf(wandsworth).isEmpty());
    for (const char *table : {"pages", "document_files", "judgements", "recommendations", "findings"})
        QVERIFY2(rowsFor(table, wandsworth) == 0, table);
    QVERIFY(m_store->search(QStringLiteral("placements")).isEmpty());
    QCOMPARE(m_store->idForHash(QStringLiteral("aa11")), 0);

    // The other document and its authority are untouched; Wandsworth's is pruned.
    QCOMPARE(m_store->documentCount(), 1);
    QCOMPARE(rowsFor("pages", wokingham), 1);
    QCOMPARE(m_store->search(QStringLiteral("focused")).size(), 1);
    const QList<AuthorityRow> authorities = m_store->authorities();
    QCOMPARE(authorities.size(), 1);
    QCOMPARE(authorities.first().name, QStringLiteral("Wokingham"));
    const RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM authorities")).toInt(), 1);
}

void tst_DocumentStore::removeKeepsAnAuthorityThatStillHasDocuments()
{
    NewDocument second = wandsworthReport();
    second.sha256 = QStringLiteral("ff66");
    const qint64 first = addOrFail(wandsworthReport());
    const qint64 other = addOrFail(second);
    QVERIFY(first && other);
    QVERIFY(m_store->remove(first));
    const QList<AuthorityRow> authorities = m_store->authorities();
    QCOMPARE(authorities.size(), 1);
    QCOMPARE(authorities.first().documentCount, 1);
    QCOMPARE(m_store->summary(other)->authorityName, QStringLiteral("Wandsworth"));
}

void tst_DocumentStore::search_data()
{
    // Pages are named A1..A3 (the Wandsworth report) and B1 (the Wokingham letter).
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("pages");
    QTest::newRow("phrase") << "\"quality of social work\"" << QStringList{"A1"};
    QTest::newRow("phrase out of order matches nothing") << "\"work social quality\"" << QStringList{};
    QTest::newRow("words anywhere on the page") << "practice leaders" << QStringList{"A1"};
    QTest::newRow("every word required") << "leaders wokingham" << QStringList{};
    QTest::newRow("case and stems") << "PLACEMENT" << QStringList{"A2"};
    QTest::newRow("prefix") << "safeguard*" << QStringList{"A2"};
    QTest::newRow("phrase ending in a prefix") << "\"social wor*\"" << QStringList{"A1", "B1"};
    QTest::newRow("phrase followed by a star") << "\"social wor\"*" << QStringList{"A1", "B1"};
    QTest::newRow("phrase prefix in order only") << "\"work soc*\"" << QStringList{};
    QTest::newRow("prefix across documents") << "child*" << QStringList{"A1", "A2", "A3", "B1"};
    QTest::newRow("hyphenated words") << "children-in-care" << QStringList{"A2"};
    QTest::newRow("leading minus") << "care -placements" << QStringList{"A2"};
    QTest::newRow("unbalanced quote") << "\"return home" << QStringList{"A3"};
    QTest::newRow("colon") << "safeguarding: effective" << QStringList{"A2"};
    QTest::newRow("column filter syntax is text") << "text:missing" << QStringList{};
    QTest::newRow("parentheses") << "(within 24 hours)" << QStringList{"A2"};
    QTest::newRow("AND is a word") << "leavers AND care" << QStringList{"A2"};
    QTest::newRow("OR is a word") << "missing OR wokingham" << QStringList{};
    QTest::newRow("NOT alone") << "NOT" << QStringList{};
    QTest::newRow("NEAR group") << "NEAR(care leavers)" << QStringList{};
    QTest::newRow("caret and star") << "^ * ^leavers" << QStringList{"A2"};
    QTest::newRow("only quotes") << "\"\"" << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
    // Both stores keep every word, stop words too (PostgreSQL since schema 9): a phrase is
    // found only where its words are written in turn, whatever they are.
    QTest::newRow("apostrophe") << "children's" << QStringList{"A1"};
    QTest::newRow("phrase with a stop word") << "\"care and care leavers\"" << QStringList{"A2"};
    QTest::newRow("stop word is not any word") << "\"children of care\"" << QStringList{};
    QTest::newRow("negation is kept") << "\"not effective\"" << QStringList{};
    QTest::newRow("stop word alone") << "the" << QStringList{"A1", "A3"};
}

void tst_DocumentStore::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, pages);
    const qint64 a = addOrFail(wandsworthReport());
    const qint64 b = addOrFail(wokinghamLetter());
    QVERIFY(a && b);

    const QList<SearchHit> hits = m_store->search(query);
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    QStringList found;
    for (const SearchHit &hit : hits) {
        found.append((hit.documentId == a ? QStringLiteral("A") : QStringLiteral("B"))
                     + QString::number(hit.page));
        QVERIFY(hit.score <= 0); // bm25: lower is better, never positive
        QCOMPARE(hit.authorityName, hit.documentId == a ? QStringLiteral("Wandsworth")
                                                        : QStringLiteral("Wokingham"));
        QVERIFY(!hit.documentTitle.isEmpty());
    }
    found.sort();
    QCOMPARE(found, pages);
}

void tst_DocumentStore::snippetMarksHits()
{
    QVERIFY(addOrFail(wandsworthReport()));
    // A phrase is marked as one hit, in the page's own spelling.
    QList<SearchHit> hits = m_store->search(QStringLiteral("\"STABLE placements\""));
    QCOMPARE(hits.size(), 1);
    QString snippet = hits.first().snippet;
    QVERIFY2(snippet.contains(QStringLiteral("\x02stable placements\x03")), qPrintable(snippet));
    QCOMPARE(snippet.count(QChar(2)), 1);
    QCOMPARE(snippet.count(QChar(3)), 1);

    // Separate words are marked each, stems included.
    hits = m_store->search(QStringLiteral("screen referral"));
    QCOMPARE(hits.size(), 1);
    snippet = hits.first().snippet;
    QVERIFY2(snippet.contains(QStringLiteral("\x02referrals\x03")), qPrintable(snippet));
    QVERIFY2(snippet.contains(QStringLiteral("\x02screened\x03")), qPrintable(snippet));
    QCOMPARE(snippet.count(QChar(2)), 2);
    QCOMPARE(snippet.count(QChar(3)), 2);
    StoredDocument expected;
    expected.facts = wandsworthReport().facts;
    QCOMPARE(hits.first().documentTitle, expected.displayTitle());

    // Fewer hits than there are pages when limited.
    QCOMPARE(m_store->search(QStringLiteral("child*"), 2).size(), 2);

    // A bullet drawn in a Wingdings font (Poppler gives its private-use code point) shows as a
    // bullet, not as a box no font draws; the page text keeps what Poppler gave.
    NewDocument bulleted = wokinghamLetter();
    bulleted.sha256 = QStringLiteral("cc33");
    bulleted.pageTexts = {QStringLiteral("Child protection in this area\n\uF06E At 31 October "
                                         "2015, 1,731 children had been identified")};
    const qint64 id = addOrFail(bulleted);
    QVERIFY(id);
    hits = m_store->search(QStringLiteral("identified"));
    QCOMPARE(hits.size(), 1);
    snippet = hits.first().snippet;
    QVERIFY2(snippet.contains(QStringLiteral("area \u2022 At 31 October")), qPrintable(snippet));
    QVERIFY(!snippet.contains(QChar(0xF06E)));
    QVERIFY(m_store->pageTexts(id).first().contains(QChar(0xF06E)));
}

// What the search panel does: a page of hits at a time, a count, within an authority or one
// document; every page and scope gives the whole search's hits in its order.
void tst_DocumentStore::scopesAndPagesAgreeWithTheWholeSearch()
{
    const qint64 a = addOrFail(wandsworthReport());
    const qint64 b = addOrFail(wokinghamLetter());
    QVERIFY(a && b);
    const QString query = QStringLiteral("child*");
    const auto key = [](const SearchHit &hit) { return qMakePair(hit.documentId, hit.page); };

    const QList<SearchHit> all = m_store->search(query, SearchScope(), 100, 0);
    QCOMPARE(all.size(), 4);
    QCOMPARE(m_store->searchCount(query, SearchScope()), 4);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).score <= all.at(i).score);
    for (int offset = 0; offset < all.size(); ++offset) {
        const QList<SearchHit> one = m_store->search(query, SearchScope(), 1, offset);
        QCOMPARE(one.size(), 1);
        QCOMPARE(key(one.first()), key(all.at(offset)));
        QCOMPARE(one.first().snippet, all.at(offset).snippet);
    }
    QVERIFY(m_store->search(query, SearchScope(), 1, int(all.size())).isEmpty());

    for (const qint64 document : {a, b}) {
        QList<QPair<qint64, int>> expected;
        for (const SearchHit &hit : all)
            if (hit.documentId == document)
                expected.append(key(hit));
        const auto filed = m_store->summary(document);
        QVERIFY(filed && filed->authorityId > 0);
        SearchScope authority;
        authority.authorityId = filed->authorityId;
        SearchScope alone;
        alone.documentId = document;
        for (const SearchScope &scope : {authority, alone}) {
            QList<QPair<qint64, int>> found;
            for (const SearchHit &hit : m_store->search(query, scope, 100, 0))
                found.append(key(hit));
            QCOMPARE(found, expected);
            QCOMPARE(m_store->searchCount(query, scope), int(expected.size()));
        }
    }
    SearchScope wokingham;
    wokingham.authorityId = m_store->summary(b)->authorityId;
    QVERIFY(m_store->search(QStringLiteral("placements"), wokingham, 100, 0).isEmpty());
    QCOMPARE(m_store->searchCount(QStringLiteral("placements"), wokingham), 0);
}

#include "tst_documentstore.moc"

// A library written before schema 9 keeps its rows, and on PostgreSQL its tsvectors are made
// of pages made again with the stop words kept: the phrase "not effective" no longer finds "are effective".
void tst_DocumentStore::librariesOfSchema8SearchStopWordsOnceUpgraded()
{
    const QString location = newDatabaseLocation(*m_dir, QStringLiteral("schema8"));
    QVERIFY(!location.isEmpty());
    qint64 wandsworth = 0;
    {
        Database old(location, 8);
        QVERIFY2(old.isOpen(), qPrintable(old.errorString()));
        DocumentStore store(old);
        qint64 wokingham = 0;
        QCOMPARE(store.add(wandsworthReport(), &wandsworth), DocumentStore::AddResult::Added);
        QCOMPARE(store.add(wokinghamLetter(), &wokingham), DocumentStore::AddResult::Added);
    }
    if (onPostgres()) {
        // What schema 9 mends: the 'english' configuration drops 'not', leaving 'effect' alone,
        // which the page's "are effective" holds.
        const RawConnection raw(location);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pages WHERE text_search @@ "
                                           "to_tsquery('english', 'not <-> effective')"))
                     .toInt(),
                 1);
    }
    // Every row is kept; only the schema version and, on PostgreSQL, the pages' tsvectors (and
    // so that table's checksum) change.
    const auto keptState = [&location] {
        StoreSnapshot state = snapshotStore(location);
        state.remove(QStringLiteral("user_version"));
        state.remove(QStringLiteral("oversight_schema")); // PostgreSQL's version table
        state[QStringLiteral("pages")].checksum.clear();
        return state;
    };
    const StoreSnapshot before = keptState();
    QCOMPARE(before.value(QStringLiteral("pages")).rows, 4);

    Database upgraded(location);
    QVERIFY2(upgraded.isOpen(), qPrintable(upgraded.errorString()));
    QCOMPARE(upgraded.schemaVersion(), Database::latestSchemaVersion());
    const StoreSnapshot after = keptState();
    QVERIFY2(after == before, qPrintable(describeDifference(before, after)));
    DocumentStore store(upgraded);
    QVERIFY(store.search(QStringLiteral("\"not effective\"")).isEmpty());
    QVERIFY(store.search(QStringLiteral("\"children of care\"")).isEmpty());
    const QList<SearchHit> phrase = store.search(QStringLiteral("\"care and care leavers\""));
    QCOMPARE(phrase.size(), 1);
    QCOMPARE(phrase.first().documentId, wandsworth);
    QCOMPARE(phrase.first().page, 2);
}

QTEST_GUILESS_MAIN(tst_DocumentStore)
