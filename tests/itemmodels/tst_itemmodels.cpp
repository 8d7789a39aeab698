// The item models over a real store filled by a real import, each under
// QAbstractItemModelTester, and what a user sees through them.
#include "Fixtures.h"
#include "analysis/DataTableModel.h"
#include "domain/DocumentDate.h"
#include "import/ImportJob.h"
#include "itemmodels/FactsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryFilterModel.h"
#include "itemmodels/LibraryTreeModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "store/Library.h"

#include <QLocale>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void libraryTreeFilesDocumentsUnderTheirAuthority();
    void libraryTreeReloadsWhenTheLibraryChanges();
    void filterByNameKindAndYear();
    void searchResultsPointAtThePageHoldingThePhrase();
    void searchWithNoHitsIsEmpty();
    void searchCountsEveryPageAndFetchesMore();
    void factsModelShowsTheDocument();
    void documentDateIsTheInspectionsLastDay_data();
    void documentDateIsTheInspectionsLastDay();
    void datesFollowTheUiLanguage();
    void everyListShowsTheSameDate();
    void chartTablesShowDatesAsListsDo();

private:
    void importData(const QStringList &names);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QString m_dbPath;
};

void TestItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("models.sqlite"));
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_dbPath));
}

void TestItemModels::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestItemModels::importData(const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names)
        paths.append(dataPath(name));
    ImportJob job(m_dbPath, paths);
    for (const ImportOutcome &o : job.run())
        QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.statusText()));
    m_library->notifyChanged();
}

void TestItemModels::libraryTreeFilesDocumentsUnderTheirAuthority()
{
    importData({Data::Wandsworth2016, Data::Wandsworth2023, Data::FocusedLetter});
    LibraryTreeModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    int documents = 0;
    QStringList groups;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        groups.append(group.data().toString());
        QDate previous;
        for (int d = 0; d < model.rowCount(group); ++d) {
            const QModelIndex doc = model.index(d, 0, group);
            QCOMPARE(doc.data(NodeTypeRole).value<NodeType>(), NodeType::Document);
            QVERIFY(doc.data(DocumentIdRole).toLongLong() > 0);
            QCOMPARE(doc.parent(), group);
            // Documents are in date order within their authority.
            const QDate date = doc.data(SortRole).toDate();
            if (previous.isValid() && date.isValid())
                QVERIFY(previous <= date);
            previous = date;
            ++documents;
        }
    }
    QCOMPARE(documents, 3);
    // Two Wandsworth documents share one authority; Wokingham's letter has its own.
    const auto wandsworth = std::find_if(groups.cbegin(), groups.cend(), [](const QString &g) {
        return g.contains(QLatin1String("Wandsworth"));
    });
    QVERIFY2(wandsworth != groups.cend(), qPrintable(groups.join(QLatin1Char('|'))));
    const QModelIndex group = model.index(int(wandsworth - groups.cbegin()), 0);
    QCOMPARE(model.rowCount(group), 2);
    QCOMPARE(group.data(NodeTypeRole).value<NodeType>(), NodeType::Authority);
}

void TestItemModels::libraryTreeReloadsWhenTheLibraryChanges()
{
    LibraryTreeModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    importData({Data::MonitoringLetter});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    const qint64 id = model.index(0, 0, model.index(0, 0)).data(DocumentIdRole).toLongLong();
    QCOMPARE(model.indexForDocument(id), model.index(0, 0, model.index(0, 0)));
}

void TestItemModels::filterByNameKindAndYear()
{
    importData({Data::Wandsworth2016, Data::Wandsworth2023, Data::FocusedLetter});
    LibraryTreeModel source(m_library.get());
    LibraryFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = filter.rowCount();
    QVERIFY(all >= 2);

    filter.setAuthorityFilter(QStringLiteral("wandsWORTH"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);

    // Wandsworth's 2016 report, filtered by its year, leaves one document.
    const QModelIndex first = filter.index(0, 0, filter.index(0, 0));
    const int year = first.data(YearRole).toInt();
    QVERIFY(year >= 2015);
    // Read now: filtering invalidates the proxy's indexes (first would dangle).
    const QString kind = first.data(KindRole).toString();
    filter.setYearFilter(year);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    filter.setYearFilter(1990);
    QCOMPARE(filter.rowCount(), 0); // an authority with nothing left is hidden

    filter.setYearFilter(0);
    filter.setAuthorityFilter(QString());
    filter.setKindFilter(QStringLiteral("no_such_kind"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setKindFilter(kind);
    QVERIFY(filter.rowCount() >= 1);
    filter.setKindFilter(QString());
    QCOMPARE(filter.rowCount(), all);
}

void TestItemModels::searchResultsPointAtThePageHoldingThePhrase()
{
    importData({Data::Wandsworth2016, Data::MonitoringLetter});
    const QString phrase = QStringLiteral("strategy discussions take place solely with the police");
    const int page = onlyPageHolding(dataPath(Data::Wandsworth2016), phrase);
    QVERIFY(page > 0);

    SearchResultsModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QLatin1Char('"') + phrase + QLatin1Char('"'));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex hit = model.index(0, 0);
    QCOMPARE(hit.data(PageRole).toInt(), page);
    QVERIFY(hit.data(SnippetRole).toString().contains(QChar(2)));
    QCOMPARE(model.terms(), QStringList{phrase}); // a quoted phrase stays one term
    QVERIFY(!model.index(0, SearchResultsModel::SnippetColumn).data().toString().contains(QChar(2)));
}

void TestItemModels::searchWithNoHitsIsEmpty()
{
    importData({Data::MonitoringLetter});
    SearchResultsModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("xylophonic"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QStringLiteral("visit"));
    QVERIFY(model.rowCount() > 0);
    model.setQuery(QStringLiteral("monitor* visit"));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.terms(), (QStringList{QStringLiteral("monitor*"), QStringLiteral("visit")}));
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

// Honest counts: the model holds a batch, knows how many match in all, and fetches the rest
// in batches, in the order one search of them all gives; a scope narrows the count.
void TestItemModels::searchCountsEveryPageAndFetchesMore()
{
    importData({Data::Wandsworth2016, Data::FocusedLetter});
    const QString query = QStringLiteral("children");
    const QList<SearchHit> all = m_library->store()->search(query, SearchScope(), 100000);
    QVERIFY(all.size() > 7);
    QCOMPARE(m_library->store()->searchCount(query), int(all.size()));

    SearchResultsModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchSize(3);
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), int(all.size()));
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), int(all.size()));
    QCOMPARE(inserted.size(), (int(all.size()) - 1) / 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(DocumentIdRole).toLongLong(), all.at(row).documentId);
        QCOMPARE(model.index(row, 0).data(PageRole).toInt(), all.at(row).page);
    }

    // One document only: its pages, counted on their own.
    const qint64 letter = all.constLast().documentId;
    int inLetter = 0;
    for (const SearchHit &hit : all)
        inLetter += hit.documentId == letter ? 1 : 0;
    SearchScope scope;
    scope.documentId = letter;
    model.setScope(scope);
    QCOMPARE(model.totalCount(), inLetter);
    while (model.canFetchMore())
        model.fetchMore();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(DocumentIdRole).toLongLong(), letter);
}

void TestItemModels::factsModelShowsTheDocument()
{
    importData({Data::Wandsworth2016});
    const QList<StoredDocument> docs = m_library->store()->documents();
    QCOMPARE(docs.size(), 1);
    FactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_library->store()->document(docs.constFirst().id));
    QVERIFY(model.rowCount() >= 1);
    const QModelIndex about = model.index(0, 0);
    QStringList labels;
    for (int i = 0; i < model.rowCount(about); ++i)
        labels.append(model.index(i, 0, about).data().toString());
    QVERIFY2(labels.contains(QStringLiteral("File")), qPrintable(labels.join(QLatin1Char(','))));
    QVERIFY(labels.contains(QStringLiteral("Pages")));
    // Every row that says it is on a page carries a page within the document.
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int r = 0; r < model.rowCount(section); ++r) {
            const int page = model.index(r, 0, section).data(PageRole).toInt();
            QVERIFY(page >= 0 && page <= docs.constFirst().pageCount);
        }
    }
    model.setDocument(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

// One rule for every list: the inspection's (or visit's) last day, else its first, else the
// publication date.
void TestItemModels::documentDateIsTheInspectionsLastDay_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QDate>("expected");
    const QDate start(2015, 11, 24), end(2015, 12, 17), published(2016, 2, 16);
    QTest::newRow("inspection and publication") << start << end << published << end;
    QTest::newRow("inspection only") << start << end << QDate() << end;
    QTest::newRow("one-day visit") << start << QDate() << published << start;
    QTest::newRow("publication only") << QDate() << QDate() << published << published;
    QTest::newRow("no date") << QDate() << QDate() << QDate() << QDate();
}

void TestItemModels::documentDateIsTheInspectionsLastDay()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QDate, published);
    QFETCH(QDate, expected);
    DocumentFacts facts;
    facts.inspectionStart = start;
    facts.inspectionEnd = end;
    facts.published = published;
    QCOMPARE(DocumentDate::of(facts), expected);
}

// Lists write a date in the UI language's short format with a four-digit year; Welsh's own
// short format has two ("16/02/16"). In words, the long format without the weekday.
void TestItemModels::datesFollowTheUiLanguage()
{
    const QDate date(2016, 2, 16);
    const QLocale welsh(QLocale::Welsh, QLocale::UnitedKingdom);
    QVERIFY(!welsh.dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy")));
    QCOMPARE(DocumentDate::shortText(date, welsh), QStringLiteral("16/02/2016"));
    QCOMPARE(DocumentDate::longText(date, welsh), QStringLiteral("16 Chwefror 2016"));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(DocumentDate::shortText(date, english), QStringLiteral("16/02/2016"));
    QCOMPARE(DocumentDate::longText(date, english), QStringLiteral("16 February 2016"));
    // Another locale's order is kept: month first in the United States.
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(DocumentDate::shortText(date, us), QStringLiteral("2/16/2016"));
    QCOMPARE(DocumentDate::longText(date, us), QStringLiteral("February 16, 2016"));
    QVERIFY(DocumentDate::shortText(QDate(), welsh).isEmpty());
}

// A SIF report gives its inspection dates and its publication date, an ILACS report here its
// inspection dates: both are listed by the inspection's last day, in the library and in every
// document title (search results, compare, suggestions), and the Date header says so.
void TestItemModels::everyListShowsTheSameDate()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    importData({Data::Wandsworth2016, Data::Wandsworth2023});
    LibraryTreeModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(LibraryTreeModel::DateColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             DocumentDate::rule());
    int checked = 0;
    bool publishedToo = false;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int d = 0; d < model.rowCount(group); ++d) {
            const qint64 id = model.index(d, 0, group).data(DocumentIdRole).toLongLong();
            const StoredDocument doc = *m_library->store()->document(id);
            QVERIFY(doc.facts.inspectionEnd.isValid());
            publishedToo = publishedToo || (doc.facts.published.isValid()
                                            && doc.facts.published != doc.facts.inspectionEnd);
            const QString shown = model.index(d, LibraryTreeModel::DateColumn, group).data().toString();
            QCOMPARE(shown, QLocale().toString(doc.facts.inspectionEnd, QStringLiteral("dd/MM/yyyy")));
            QVERIFY2(doc.displayTitle().endsWith(DocumentDate::longText(doc.facts.inspectionEnd)),
                     qPrintable(doc.displayTitle()));
            ++checked;
        }
    }
    QLocale::setDefault(before);
    QCOMPARE(checked, 2);
    QVERIFY2(publishedToo, "no document here tells the rule from the publication date");
}

// A chart's table holds ISO dates for its CSV; on screen they read as in the lists.
void TestItemModels::chartTablesShowDatesAsListsDo()
{
    DataTable table;
    table.headers = {QStringLiteral("Date"), QStringLiteral("Kind")};
    table.rows = {{QStringLiteral("2016-02-16"), QStringLiteral("SIF inspection")}};
    DataTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    QCOMPARE(model.index(0, 0).data().toString(), DocumentDate::shortText(QDate(2016, 2, 16)));
    QVERIFY(!model.index(0, 0).data().toString().contains(QLatin1String("2016-02-16")));
    QCOMPARE(model.index(0, 0).data(SortRole).toString(), QStringLiteral("2016-02-16"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("SIF inspection"));
    QVERIFY(toCsv(table).contains(QLatin1String("2016-02-16")));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
