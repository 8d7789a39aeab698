// What the library and facts models show of authorities and of documents that need review,
// each model under QAbstractItemModelTester: one group per recognised authority, a last
// "Authority not recognised" group, "needs review" marks and their filter, the facts not found,
// and assigning an authority through the undo stack.
#include "annotations/AssignAuthorityCommand.h"
#include "itemmodels/FactsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryFilterModel.h"
#include "itemmodels/LibraryTreeModel.h"
#include "store/Library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oversight;

class tst_AuthorityModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unrecognisedAuthoritiesShareOneLastGroup();
    void documentsWithWarningsNeedReview();
    void needsReviewFilterShowsOnlyThem();
    void factsModelSaysWhichFactsWereNotFound();
    void factsModelSaysWhereTheDocumentIsFiled();
    void assigningIsUndoable();

private:
    qint64 add(const QString &named, const QString &code, const QStringList &warnings = {},
               const QString &kind = Kind::IlacsStandard);
    QModelIndex groupNamed(const QAbstractItemModel &model, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    int m_added = 0;
};

void tst_AuthorityModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_dir->filePath(QStringLiteral("models.sqlite"))));
    m_added = 0;
}

void tst_AuthorityModels::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 tst_AuthorityModels::add(const QString &named, const QString &code,
                                const QStringList &warnings, const QString &kind)
{
    NewDocument doc;
    ++m_added;
    doc.fileName = QStringLiteral("doc %1.pdf").arg(m_added);
    doc.sha256 = QStringLiteral("hash %1").arg(m_added);
    doc.pdf = QByteArray("%PDF ") + QByteArray::number(m_added);
    doc.pageTexts = {QStringLiteral("page")};
    doc.facts.kind = kind;
    doc.facts.authority = named;
    doc.facts.authorityCode = code;
    doc.facts.published = QDate(2020, 1, m_added);
    doc.facts.warnings = warnings;
    qint64 id = 0;
    if (m_library->store()->add(doc, &id) != DocumentStore::AddResult::Added)
        qWarning("add failed: %s", qPrintable(m_library->store()->lastError()));
    m_library->notifyChanged();
    return id;
}

QModelIndex tst_AuthorityModels::groupNamed(const QAbstractItemModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data().toString() == name)
            return model.index(row, 0);
    return {};
}

void tst_AuthorityModels::unrecognisedAuthoritiesShareOneLastGroup()
{
    LibraryTreeModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    add(QStringLiteral("Wandsworth"), QStringLiteral("212"));
    add(QStringLiteral("Dudley MBC"), QString()); // matched by the store's rules
    add(QStringLiteral("Borsetshire County Council"), QString());
    add(QStringLiteral("Felpersham Children's Partnership"), QString());
    add(QString(), QString(), {}, Kind::Other); // names no authority at all

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Dudley"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Wandsworth"));
    const QModelIndex unrecognised = model.index(2, 0);
    QCOMPARE(unrecognised.data().toString(), QStringLiteral("Authority not recognised"));
    QCOMPARE(unrecognised.data(NodeTypeRole).value<NodeType>(), NodeType::Unfiled);
    QCOMPARE(model.rowCount(unrecognised), 3);
    // Each says what its document calls the authority, and offers no charts for it.
    const QModelIndex first = model.index(0, 0, unrecognised);
    QVERIFY2(first.data().toString().contains(QStringLiteral("Borsetshire County Council")),
             qPrintable(first.data().toString()));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("assign")));
    QCOMPARE(first.data(AuthorityIdRole).toLongLong(), 0);
    QCOMPARE(first.data(AuthorityCodeRole).toString(), QString());
    QCOMPARE(model.index(0, 0, model.index(1, 0)).data(AuthorityCodeRole).toString(), QStringLiteral("212"));

    // Sorted by name either way, the group stays last.
    LibraryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(LibraryTreeModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data(SortRole).toString().front(), QChar(0xffff));
}

void tst_AuthorityModels::documentsWithWarningsNeedReview()
{
    LibraryTreeModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    add(QStringLiteral("Wandsworth"), QStringLiteral("212"),
        {QStringLiteral("judgements.lscb"), QStringLiteral("inspectors")});
    add(QStringLiteral("Wandsworth"), QStringLiteral("212"));
    const QModelIndex group = model.index(0, 0);
    QCOMPARE(model.rowCount(group), 2);
    const QModelIndex flagged = model.index(0, 0, group);
    const QModelIndex clean = model.index(1, 0, group);
    QVERIFY(flagged.data(NeedsReviewRole).toBool());
    QVERIFY(!clean.data(NeedsReviewRole).toBool());
    QCOMPARE(flagged.data(WarningsRole).toStringList(),
             QStringList({QStringLiteral("judgements.lscb"), QStringLiteral("inspectors")}));
    const QString tip = flagged.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Needs review")) && tip.contains(QStringLiteral("Inspectors"))
                 && tip.contains(Area::label(Area::Lscb)),
             qPrintable(tip));
    QVERIFY(!clean.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Needs review")));
}

void tst_AuthorityModels::needsReviewFilterShowsOnlyThem()
{
    LibraryTreeModel model(m_library.get());
    LibraryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 flagged = add(QStringLiteral("Wandsworth"), QStringLiteral("212"), {QStringLiteral("judgements")});
    add(QStringLiteral("Wandsworth"), QStringLiteral("212"));
    add(QStringLiteral("Barnet"), QStringLiteral("302"));
    QCOMPARE(filter.rowCount(), 2);

    filter.setNeedsReviewOnly(true);
    QCOMPARE(filter.rowCount(), 1); // Barnet has none to review
    const QModelIndex group = filter.index(0, 0);
    QCOMPARE(group.data().toString(), QStringLiteral("Wandsworth"));
    QCOMPARE(filter.rowCount(group), 1);
    QCOMPARE(filter.index(0, 0, group).data(DocumentIdRole).toLongLong(), flagged);
    // With the other filters.
    filter.setKindFilter(Kind::FocusedVisit);
    QCOMPARE(filter.rowCount(), 0);
    filter.setKindFilter(QString());
    filter.setNeedsReviewOnly(false);
    QCOMPARE(filter.rowCount(), 2);
}

void tst_AuthorityModels::factsModelSaysWhichFactsWereNotFound()
{
    const qint64 flagged = add(QStringLiteral("Wandsworth"), QStringLiteral("212"),
                               {QStringLiteral("recommendations"), QStringLiteral("inspection_end")});
    const qint64 clean = add(QStringLiteral("Wandsworth"), QStringLiteral("212"));
    FactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_library->store()->document(flagged));
    const QModelIndex review = model.index(0, 0);
    QVERIFY(review.data(NeedsReviewRole).toBool());
    QVERIFY2(review.data().toString().contains(QStringLiteral("Needs review")), qPrintable(review.data().toString()));
    QCOMPARE(model.rowCount(review), 2);
    QCOMPARE(model.index(0, FactsModel::LabelColumn, review).data().toString(), QStringLiteral("Recommendations"));
    QCOMPARE(model.index(1, FactsModel::LabelColumn, review).data().toString(), QStringLiteral("Inspection end date"));

    model.setDocument(m_library->store()->document(clean));
    QVERIFY(!model.index(0, 0).data(NeedsReviewRole).toBool());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("About"));
}

void tst_AuthorityModels::factsModelSaysWhereTheDocumentIsFiled()
{
    const qint64 dudley = add(QStringLiteral("Dudley MBC"), QString());
    const qint64 unknown = add(QStringLiteral("Borsetshire County Council"), QString());
    FactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto about = [&model](const QString &label) {
        const QModelIndex section = model.index(0, 0);
        for (int row = 0; row < model.rowCount(section); ++row)
            if (model.index(row, 0, section).data().toString() == label)
                return model.index(row, 1, section).data().toString();
        return QString();
    };
    model.setDocument(m_library->store()->document(dudley));
    QCOMPARE(about(QStringLiteral("Authority")), QStringLiteral("Dudley (DfE code 332)"));
    QCOMPARE(about(QStringLiteral("Named as")), QStringLiteral("Dudley MBC"));
    model.setDocument(m_library->store()->document(unknown));
    QVERIFY(about(QStringLiteral("Authority")).startsWith(QStringLiteral("Not recognised")));
    QVERIFY(m_library->store()->assignAuthority(unknown, QStringLiteral("301")));
    model.setDocument(m_library->store()->document(unknown));
    QVERIFY2(about(QStringLiteral("Authority")).contains(QStringLiteral("assigned")),
             qPrintable(about(QStringLiteral("Authority"))));
    QCOMPARE(about(QStringLiteral("Named as")), QStringLiteral("Borsetshire County Council"));
}

void tst_AuthorityModels::assigningIsUndoable()
{
    LibraryTreeModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    add(QStringLiteral("Slough"), QStringLiteral("871"));
    const qint64 id = add(QStringLiteral("Borsetshire Children's Partnership"), QString());
    QVERIFY(groupNamed(model, QStringLiteral("Authority not recognised")).isValid());

    QUndoStack stack;
    QSignalSpy changed(m_library.get(), &Library::changed);
    stack.push(new AssignAuthorityCommand(m_library.get(), id, QString(), QStringLiteral("871")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 1); // the group went with its last document
    QCOMPARE(model.rowCount(groupNamed(model, QStringLiteral("Slough"))), 2);
    QCOMPARE(m_library->store()->summary(id)->assignedAuthorityCode, QStringLiteral("871"));
    QVERIFY(stack.undoText().contains(QStringLiteral("Slough")));

    stack.undo();
    QCOMPARE(m_library->store()->summary(id)->assignedAuthorityCode, QString());
    const QModelIndex unrecognised = groupNamed(model, QStringLiteral("Authority not recognised"));
    QVERIFY(unrecognised.isValid());
    QCOMPARE(model.index(0, 0, unrecognised).data(DocumentIdRole).toLongLong(), id);

    stack.redo();
    QCOMPARE(model.rowCount(groupNamed(model, QStringLiteral("Slough"))), 2);

    // A command whose write fails (the document is gone) says so and leaves the stack usable.
    QVERIFY(m_library->store()->remove(id));
    QSignalSpy errors(m_library.get(), &Library::errorOccurred);
    stack.push(new AssignAuthorityCommand(m_library.get(), id, QString(), QStringLiteral("212")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QString::number(id)));
}

QTEST_GUILESS_MAIN(tst_AuthorityModels)
#include "tst_authoritymodels.moc"
