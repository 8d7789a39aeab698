// The item models over checklists and annotations, each under QAbstractItemModelTester while
// commands change what they show: the checklist tree (with drag-and-drop reordering through the
// undo stack), the annotations table and its filter, and the progress matrix of items against
// the authority's later documents.
#include "AnnotationFixtures.h"
#include "TestBackend.h"

#include "annotations/AnnotationCommands.h"
#include "annotations/Checklists.h"
#include "itemmodels/AnnotationsModel.h"
#include "itemmodels/ChecklistModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "store/Library.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class TestAnnotationModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void checklistTreeFollowsCommands();
    void checklistEditsGoThroughTheStack();
    void dragAndDropMovesAnItem_data();
    void dragAndDropMovesAnItem();
    void dropIntoAnotherChecklistIsRefused();
    void checklistItemsShowTheirLatestStatus();
    void lscbRecommendationsAreNumberedApart();

    void annotationsTableFollowsCommands();
    void filterNarrowsAnnotations_data();
    void filterNarrowsAnnotations();

    void progressMatrixHasLaterDocumentsInDateOrder();
    void progressCellShowsTheLatestAnnotation();

private:
    qint64 annotate(qint64 document, const QList<qint64> &items, const QString &status,
                    const QString &note, const QDateTime &updated = {});
    QList<qint64> itemIds(qint64 checklist) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_source = 0, m_earlier = 0, m_visit2018 = 0, m_reinspection2018 = 0, m_ilacs2023 = 0;
    qint64 m_otherAuthority = 0;
    qint64 m_fromSource = 0; // checklist of the source document's three recommendations
    qint64 m_shared = 0;     // checklist for every authority, two items
};

void TestAnnotationModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(newDatabaseLocation(*m_dir, QStringLiteral("models"))));
    m_stack = std::make_unique<QUndoStack>();
    DocumentStore &store = *m_library->store();
    const QString wandsworth = QStringLiteral("Wandsworth");
    // Added out of date order: the matrix must sort them.
    m_ilacs2023 = addHandmadeDocument(store, wandsworth, Kind::IlacsStandard, QDate(2023, 1, 13));
    m_source = addHandmadeDocument(store, wandsworth, Kind::Sif, QDate(2016, 2, 16),
                                   {QStringLiteral("Strengthen oversight"),
                                    QStringLiteral("Improve audit"), QStringLiteral("Supervise")});
    m_reinspection2018 = addHandmadeDocument(store, wandsworth, Kind::SifReinspection, QDate(2018, 7, 20));
    m_earlier = addHandmadeDocument(store, wandsworth, Kind::PreSif, QDate(2012, 8, 17));
    m_visit2018 = addHandmadeDocument(store, wandsworth, Kind::MonitoringVisit, QDate(2018, 5, 9));
    m_otherAuthority = addHandmadeDocument(store, QStringLiteral("Wokingham"), Kind::FocusedVisit,
                                           QDate(2018, 11, 9));
    QVERIFY(m_ilacs2023 && m_source && m_reinspection2018 && m_earlier && m_visit2018 && m_otherAuthority);
    m_fromSource = m_library->annotations()->createChecklist(
        Checklists::fromDocument(*store.document(m_source)));
    m_shared = m_library->annotations()->createChecklist(
        makeChecklist(QStringLiteral("Agreed priorities"), {QStringLiteral("P1"), QStringLiteral("P2")}));
    QVERIFY(m_fromSource > 0 && m_shared > 0);
}

void TestAnnotationModels::cleanup()
{
    m_stack.reset();
    m_library.reset();
    m_dir.reset();
}

qint64 TestAnnotationModels::annotate(qint64 document, const QList<qint64> &items,
                                      const QString &status, const QString &note,
                                      const QDateTime &updated)
{
    Annotation a = makeAnnotation(document, items, status, note);
    a.updatedAt = updated;
    auto *command = new CreateAnnotationCommand(m_library.get(), a);
    m_stack->push(command);
    return command->annotationId();
}

QList<qint64> TestAnnotationModels::itemIds(qint64 checklist) const
{
    QList<qint64> ids;
    const Checklist c = m_library->annotations()->checklist(checklist).value_or(Checklist{});
    for (const ChecklistItem &item : c.items)
        ids.append(item.id);
    return ids;
}

void TestAnnotationModels::checklistTreeFollowsCommands()
{
    ChecklistModel model(m_library.get(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // By name: "Agreed priorities" before "Wandsworth: ...".
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex shared = model.index(0, 0);
    const QModelIndex fromSource = model.index(1, 0);
    QCOMPARE(shared.data(ChecklistIdRole).toLongLong(), m_shared);
    QCOMPARE(fromSource.data(ChecklistIdRole).toLongLong(), m_fromSource);
    QCOMPARE(fromSource.data(NodeTypeRole).value<NodeType>(), NodeType::Checklist);
    QCOMPARE(fromSource.data(DocumentIdRole).toLongLong(), m_source);
    QCOMPARE(model.rowCount(fromSource), 3);
    const QModelIndex second = model.index(1, 0, fromSource);
    QCOMPARE(second.data().toString(), QStringLiteral("2. Improve audit"));
    QCOMPARE(second.data(Qt::EditRole).toString(), QStringLiteral("Improve audit"));
    QCOMPARE(second.data(NodeTypeRole).value<NodeType>(), NodeType::ChecklistItem);
    QCOMPARE(second.data(ItemIdRole).toLongLong(), itemIds(m_fromSource).at(1));
    QCOMPARE(model.parent(second), fromSource);
    QCOMPARE(model.indexForItem(itemIds(m_fromSource).at(1)), second);
    QVERIFY(model.flags(second) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(fromSource) & Qt::ItemIsDragEnabled));

    m_stack->push(new AddItemCommand(m_library.get(), m_shared, 0, {0, 0, QStringLiteral("P0"), {}}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(model.indexForChecklist(m_shared)), 3);
    QCOMPARE(model.index(0, 0, model.indexForChecklist(m_shared)).data().toString(), QStringLiteral("1. P0"));
    m_stack->push(new DeleteChecklistCommand(m_library.get(), m_fromSource));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    m_stack->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.indexForChecklist(m_fromSource)), 3);
}

void TestAnnotationModels::checklistEditsGoThroughTheStack()
{
    ChecklistModel model(m_library.get(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setData(model.indexForChecklist(m_shared), QStringLiteral("Our priorities")));
    QVERIFY(!model.setData(model.indexForChecklist(m_shared), QStringLiteral("   "))); // blank
    const QModelIndex item = model.index(1, 0, model.indexForChecklist(m_shared));
    QVERIFY(model.setData(item, QStringLiteral("P2, reworded")));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_library->annotations()->checklist(m_shared)->name, QStringLiteral("Our priorities"));
    QCOMPARE(model.indexForChecklist(m_shared).data().toString(), QStringLiteral("Our priorities"));
    QCOMPARE(m_library->annotations()->checklist(m_shared)->items.at(1).title, QStringLiteral("P2, reworded"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(model.indexForChecklist(m_shared).data().toString(), QStringLiteral("Agreed priorities"));
    QCOMPARE(m_library->annotations()->checklist(m_shared)->items.at(1).title, QStringLiteral("P2"));
}

// Each item says how far its latest evidence shows it met: the annotation on the latest
// document decides, whatever the order the annotations were made in.
void TestAnnotationModels::checklistItemsShowTheirLatestStatus()
{
    ChecklistModel model(m_library.get(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> items = itemIds(m_fromSource);
    const QModelIndex first = model.indexForItem(items.at(0));
    QVERIFY(first.data(StatusRole).toString().isEmpty());
    QVERIFY(!first.data().toString().contains(Status::label(Status::Met)));
    annotate(m_reinspection2018, {items.at(0)}, Status::Met, QStringLiteral("later"));
    annotate(m_visit2018, {items.at(0), items.at(1)}, Status::Progressing, QStringLiteral("earlier"));
    const QModelIndex item1 = model.indexForItem(items.at(0));
    const QModelIndex item2 = model.indexForItem(items.at(1));
    QCOMPARE(item1.data(StatusRole).toString(), Status::Met); // July 2018 after May 2018
    QVERIFY(item1.data().toString().endsWith(Status::label(Status::Met)));
    QCOMPARE(item1.data(Qt::DecorationRole).value<QColor>(), Status::color(Status::Met));
    QCOMPARE(item2.data(StatusRole).toString(), Status::Progressing);
    QVERIFY(model.indexForItem(items.at(2)).data(StatusRole).toString().isEmpty());
    QCOMPARE(item1.data(Qt::EditRole).toString(), QStringLiteral("Strengthen oversight"));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(model.indexForItem(items.at(0)).data(StatusRole).toString().isEmpty());
}

// A report's LSCB recommendations are a list of their own: numbered from 1 (not as the SIF's
// paragraphs they are) and marked as the LSCB's, not carried on after the authority's; in the
// checklist tree, the progress matrix and the annotations table alike.
void TestAnnotationModels::lscbRecommendationsAreNumberedApart()
{
    StoredDocument document = *m_library->store()->document(m_source);
    // A SIF report numbers them as its paragraphs.
    document.facts.lscbRecommendations = {{116, QStringLiteral("Board\naudit"), 9}, // a line break from the PDF
                                          {117, QStringLiteral("Board training"), 9}};
    const qint64 id = m_library->annotations()->createChecklist(Checklists::fromDocument(document));
    QVERIFY(id > 0);
    ChecklistModel model(m_library.get(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex checklist = model.indexForChecklist(id);
    QCOMPARE(model.rowCount(checklist), 5);
    QCOMPARE(model.index(2, 0, checklist).data().toString(), QStringLiteral("3. Supervise"));
    QCOMPARE(model.index(3, 0, checklist).data().toString(), QStringLiteral("LSCB 1. Board audit"));
    QCOMPARE(model.index(4, 0, checklist).data().toString(), QStringLiteral("LSCB 2. Board training"));
    // A checklist of the user's own is numbered by place.
    QCOMPARE(model.index(1, 0, model.indexForChecklist(m_shared)).data().toString(),
             QStringLiteral("2. P2"));

    // The progress matrix numbers its rows the same way.
    ProgressMatrixModel matrix(m_library.get());
    QAbstractItemModelTester matrixTester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setChecklist(id);
    QCOMPARE(matrix.rowCount(), 5);
    QCOMPARE(matrix.headerData(2, Qt::Vertical).toString(), QStringLiteral("3. Supervise"));
    QCOMPARE(matrix.headerData(3, Qt::Vertical).toString(), QStringLiteral("LSCB 1. Board audit"));
    QCOMPARE(matrix.headerData(4, Qt::Vertical).toString(), QStringLiteral("LSCB 2. Board training"));

    // So does the annotations table, naming the items an annotation speaks to.
    AnnotationsModel annotations(m_library.get());
    const Checklist made = *m_library->annotations()->checklist(id);
    const qint64 annotation = annotate(m_visit2018, {made.items.at(0).id, made.items.at(4).id},
                                       Status::Progressing, QString());
    QCOMPARE(annotations.indexForAnnotation(annotation)
                 .siblingAtColumn(AnnotationsModel::ItemsColumn)
                 .data()
                 .toString(),
             QStringLiteral("1. Strengthen oversight; LSCB 2. Board training"));
}

void TestAnnotationModels::dragAndDropMovesAnItem_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("dropRow");  // between items; -1: onto the checklist itself
    QTest::addColumn<QList<int>>("order"); // the items' old rows, in their new order
    QTest::newRow("first item dropped below the last") << 0 << 3 << QList<int>{1, 2, 0};
    QTest::newRow("last item dropped above the first") << 2 << 0 << QList<int>{2, 0, 1};
    QTest::newRow("first item dropped between the others") << 0 << 2 << QList<int>{1, 0, 2};
    QTest::newRow("item dropped on the checklist goes last") << 0 << -1 << QList<int>{1, 2, 0};
}

void TestAnnotationModels::dragAndDropMovesAnItem()
{
    QFETCH(int, from);
    QFETCH(int, dropRow);
    QFETCH(QList<int>, order);
    ChecklistModel model(m_library.get(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> before = itemIds(m_fromSource);
    const QModelIndex checklist = model.indexForChecklist(m_fromSource);

    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(from, 0, checklist)}));
    QVERIFY(mime);
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, checklist));
    // false: the command reloads the model, so the view must not remove the dragged row itself.
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, checklist));
    QCOMPARE(m_stack->count(), 1);
    QList<qint64> expected;
    for (int row : order)
        expected.append(before.at(row));
    QCOMPARE(itemIds(m_fromSource), expected);
    const QModelIndex reloaded = model.indexForChecklist(m_fromSource);
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.index(row, 0, reloaded).data(ItemIdRole).toLongLong(), expected.at(row));

    m_stack->undo();
    QCOMPARE(itemIds(m_fromSource), before);
}

void TestAnnotationModels::dropIntoAnotherChecklistIsRefused()
{
    ChecklistModel model(m_library.get(), m_stack.get());
    const QModelIndex source = model.indexForChecklist(m_fromSource);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0, source)}));
    const QModelIndex other = model.indexForChecklist(m_shared);
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, other));
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, other));
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {})); // top level
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(model.rowCount(other), 2);
}

void TestAnnotationModels::annotationsTableFollowsCommands()
{
    AnnotationsModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    const QList<qint64> items = itemIds(m_fromSource);
    const qint64 id = annotate(m_visit2018, {items.at(0), items.at(2)}, Status::Progressing,
                               QStringLiteral("Oversight  better\nnow"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.indexForAnnotation(id);
    QCOMPARE(row.row(), 0);
    QCOMPARE(row.data(AnnotationIdRole).toLongLong(), id);
    QCOMPARE(row.data(DocumentIdRole).toLongLong(), m_visit2018);
    QVERIFY(row.data().toString().startsWith(QStringLiteral("Wandsworth — ")));
    QCOMPARE(row.siblingAtColumn(AnnotationsModel::PageColumn).data().toInt(), 1);
    QCOMPARE(row.siblingAtColumn(AnnotationsModel::ItemsColumn).data().toString(),
             QStringLiteral("1. Strengthen oversight; 3. Supervise"));
    QCOMPARE(row.siblingAtColumn(AnnotationsModel::StatusColumn).data().toString(), Status::label(Status::Progressing));
    QCOMPARE(row.siblingAtColumn(AnnotationsModel::StatusColumn).data(Qt::DecorationRole).value<QColor>(),
             Status::color(Status::Progressing));
    QCOMPARE(row.siblingAtColumn(AnnotationsModel::NoteColumn).data().toString(), QStringLiteral("Oversight better now"));
    QCOMPARE(row.data(AnnotationsModel::ChecklistIdsRole).toList(), QVariantList{m_fromSource});

    m_stack->undo();
    QCOMPARE(model.rowCount(), 0);
    m_stack->redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.indexForAnnotation(id).row(), 0);
}

void TestAnnotationModels::filterNarrowsAnnotations_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QStringList>("notes");
    QTest::newRow("nothing set shows all") << QString() << QStringList{"a", "b", "c", "d"};
    QTest::newRow("checklist from the report") << "checklist" << QStringList{"a", "b", "d"};
    QTest::newRow("shared checklist") << "shared" << QStringList{"c", "d"};
    QTest::newRow("one item") << "item" << QStringList{"b", "d"};
    QTest::newRow("status met") << "status" << QStringList{"b", "c"};
    QTest::newRow("document") << "document" << QStringList{"a", "c"};
    QTest::newRow("checklist and status") << "checklist+status" << QStringList{"b"};
}

void TestAnnotationModels::filterNarrowsAnnotations()
{
    QFETCH(QString, by);
    QFETCH(QStringList, notes);
    const QList<qint64> report = itemIds(m_fromSource);
    const QList<qint64> shared = itemIds(m_shared);
    annotate(m_visit2018, {report.at(0)}, Status::NotMet, QStringLiteral("a"));
    annotate(m_ilacs2023, {report.at(1)}, Status::Met, QStringLiteral("b"));
    annotate(m_visit2018, {shared.at(0)}, Status::Met, QStringLiteral("c"));
    annotate(m_ilacs2023, {report.at(1), shared.at(1)}, Status::Progressing, QStringLiteral("d"));

    AnnotationsModel source(m_library.get());
    AnnotationFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (by.startsWith(QLatin1String("checklist")))
        filter.setChecklist(m_fromSource);
    if (by == QLatin1String("shared"))
        filter.setChecklist(m_shared);
    if (by == QLatin1String("item"))
        filter.setItem(report.at(1));
    if (by.endsWith(QLatin1String("status")))
        filter.setStatus(Status::Met);
    if (by == QLatin1String("document"))
        filter.setDocument(m_visit2018);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, AnnotationsModel::NoteColumn).data().toString());
    shown.sort();
    QCOMPARE(shown, notes);

    // A new annotation that every row's filter accepts shows up without touching the filter.
    annotate(m_visit2018, {report.at(0), report.at(1), shared.at(0)}, Status::Met, QStringLiteral("e"));
    QCOMPARE(filter.rowCount(), int(notes.size()) + 1);
    m_stack->undo();
    QCOMPARE(filter.rowCount(), int(notes.size()));
}

void TestAnnotationModels::progressMatrixHasLaterDocumentsInDateOrder()
{
    ProgressMatrixModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no checklist yet
    model.setChecklist(m_fromSource);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    const QList<qint64> columns{m_visit2018, m_reinspection2018, m_ilacs2023};
    for (int c = 0; c < columns.size(); ++c) {
        QCOMPARE(model.documents().at(c).id, columns.at(c));
        QCOMPARE(model.index(0, c).data(DocumentIdRole).toLongLong(), columns.at(c));
    }
    QVERIFY(model.headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("1. Strengthen oversight")));
    QVERIFY(model.headerData(2, Qt::Horizontal).toString().startsWith(Kind::label(Kind::IlacsStandard)));
    QCOMPARE(model.index(2, 0).data(ItemIdRole).toLongLong(), itemIds(m_fromSource).at(2));

    // A shared checklist with no source: every document of every authority, oldest first.
    model.setChecklist(m_shared);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.documents().first().id, m_earlier);
    QCOMPARE(model.documents().last().id, m_ilacs2023);
}

void TestAnnotationModels::progressCellShowsTheLatestAnnotation()
{
    ProgressMatrixModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChecklist(m_fromSource);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QList<qint64> items = itemIds(m_fromSource);
    const QDateTime y2020(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC);
    const qint64 older = annotate(m_visit2018, {items.at(0)}, Status::Progressing,
                                  QStringLiteral("older"), y2020);
    const qint64 newer = annotate(m_visit2018, {items.at(0)}, Status::Met, QStringLiteral("newer"),
                                  y2020.addYears(1));
    annotate(m_ilacs2023, {items.at(2)}, Status::NotMet, QStringLiteral("2023"));
    annotate(m_source, {items.at(1)}, Status::Met, QStringLiteral("on the source"));
    annotate(m_otherAuthority, {items.at(1)}, Status::Met, QStringLiteral("elsewhere"));
    QCOMPARE(reset.size(), 5);

    QCOMPARE(model.statusAt(0, 0), Status::Met);
    QCOMPARE(model.index(0, 0).data(AnnotationIdRole).toLongLong(), newer);
    QCOMPARE(model.index(0, 0).data(Qt::DisplayRole).toString(), Status::label(Status::Met));
    QCOMPARE(model.statusAt(2, 2), Status::NotMet);
    for (int c = 0; c < model.columnCount(); ++c) // item 2 only annotated outside the columns
        QCOMPARE(model.index(1, c).data(StatusRole).toString(), QString());
    QCOMPARE(model.index(1, 0).data(AnnotationIdRole).toLongLong(), 0);

    // Editing the older annotation makes it the team's latest view.
    Annotation edited = *m_library->annotations()->annotation(older);
    const Annotation before = edited;
    edited.status = Status::NotMet;
    m_stack->push(new EditAnnotationCommand(m_library.get(), before, edited));
    QCOMPARE(model.statusAt(0, 0), Status::NotMet);
    QCOMPARE(model.index(0, 0).data(AnnotationIdRole).toLongLong(), older);
}

QTEST_MAIN(TestAnnotationModels)
#include "tst_annotationmodels.moc"
