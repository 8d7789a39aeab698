// Every change to annotations and checklists is an undoable command that writes at once:
// undo and redo put rows back with the ids they had, so that links between annotations and
// checklist items survive; successive edits of one annotation undo as one; a write that fails
// leaves no command behind and tells the user why.
#include "AnnotationFixtures.h"
#include "TestBackend.h"

#include "annotations/AnnotationCommands.h"
#include "domain/DocumentFacts.h"
#include "store/Library.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createAnnotationUndoRedo();
    void editAnnotationUndoRedo();
    void deleteAnnotationUndoRestoresIdAndLinks();
    void editsOfOneAnnotationMerge_data();
    void editsOfOneAnnotationMerge();

    void createChecklistRedoBringsBackTheSameRows();
    void renameChecklistUndoRedo();
    void deleteChecklistUndoRestoresItemsAndLinks();

    void addItemUndoRedo();
    void editItemUndoRedo();
    void moveItemUndoRedo();
    void deleteItemUndoRestoresPositionAndLinks();

    void failingWriteLeavesNoCommandAndTellsTheUser_data();
    void failingWriteLeavesNoCommandAndTellsTheUser();
    void failedWriteSaysWhy_data();
    void failedWriteSaysWhy();

private:
    AnnotationStore &store() { return *m_library->annotations(); }
    QList<qint64> itemIds(qint64 checklistId);
    QStringList provokeFailedWrite(const QString &write);
    qint64 pushChecklist(const QStringList &titles, const QString &name = QStringLiteral("Plan"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_document = 0;
};

void TestAnnotationCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<Library>();
    QString error;
    QVERIFY2(m_library->open(newDatabaseLocation(*m_dir, QStringLiteral("commands")), &error),
             qPrintable(error));
    m_stack = std::make_unique<QUndoStack>();
    m_document = addHandmadeDocument(*m_library->store(), QStringLiteral("Wandsworth"), Kind::Sif,
                                     QDate(2016, 2, 16), {QStringLiteral("Do better")});
    QVERIFY(m_document > 0);
}

void TestAnnotationCommands::cleanup()
{
    m_stack.reset();
    m_library.reset();
    m_dir.reset();
}

QList<qint64> TestAnnotationCommands::itemIds(qint64 checklistId)
{
    QList<qint64> ids;
    const Checklist c = store().checklist(checklistId).value_or(Checklist{});
    for (const ChecklistItem &item : c.items)
        ids.append(item.id);
    return ids;
}

qint64 TestAnnotationCommands::pushChecklist(const QStringList &titles, const QString &name)
{
    auto *command = new CreateChecklistCommand(m_library.get(), makeChecklist(name, titles));
    m_stack->push(command);
    return command->checklistId();
}

void TestAnnotationCommands::createAnnotationUndoRedo()
{
    const qint64 checklist = pushChecklist({QStringLiteral("One"), QStringLiteral("Two")});
    const QList<qint64> items = itemIds(checklist);
    QSignalSpy changed(m_library.get(), &Library::annotationsChanged);

    auto *command = new CreateAnnotationCommand(
        m_library.get(), makeAnnotation(m_document, {items.at(1)}, Status::Met, QStringLiteral("n")));
    m_stack->push(command);
    const qint64 id = command->annotationId();
    QVERIFY(id > 0);
    QCOMPARE(changed.size(), 1);
    const std::optional<Annotation> created = store().annotation(id);
    QVERIFY(created);
    QCOMPARE(created->itemIds, QList<qint64>{items.at(1)});

    m_stack->undo();
    QVERIFY(!store().annotation(id));
    QCOMPARE(changed.size(), 2);

    m_stack->redo();
    const std::optional<Annotation> back = store().annotation(id);
    QVERIFY(back);
    QCOMPARE(back->status, Status::Met);
    QCOMPARE(back->itemIds, created->itemIds);
    QCOMPARE(back->boxes, created->boxes);
    QCOMPARE(back->createdAt, created->createdAt);
    QCOMPARE(changed.size(), 3);
}

void TestAnnotationCommands::editAnnotationUndoRedo()
{
    const qint64 checklist = pushChecklist({QStringLiteral("One"), QStringLiteral("Two")});
    const QList<qint64> items = itemIds(checklist);
    const qint64 id = store().createAnnotation(makeAnnotation(m_document, {items.at(0)}));
    const Annotation before = *store().annotation(id);
    Annotation after = before;
    after.status = Status::Progressing;
    after.note = QStringLiteral("Audits now monthly");
    after.itemIds = {items.at(0), items.at(1)};

    m_stack->push(new EditAnnotationCommand(m_library.get(), before, after));
    QCOMPARE(store().annotation(id)->status, Status::Progressing);
    QCOMPARE(store().annotation(id)->itemIds, after.itemIds);

    m_stack->undo();
    QCOMPARE(store().annotation(id)->status, before.status);
    QCOMPARE(store().annotation(id)->note, before.note);
    QCOMPARE(store().annotation(id)->itemIds, before.itemIds);

    m_stack->redo();
    QCOMPARE(store().annotation(id)->note, after.note);
    QCOMPARE(store().annotation(id)->itemIds, after.itemIds);
}

void TestAnnotationCommands::deleteAnnotationUndoRestoresIdAndLinks()
{
    const qint64 checklist = pushChecklist({QStringLiteral("One"), QStringLiteral("Two")});
    const QList<qint64> items = itemIds(checklist);
    const qint64 id = store().createAnnotation(
        makeAnnotation(m_document, items, Status::NotMet, QStringLiteral("No audit")));
    const Annotation original = *store().annotation(id);

    m_stack->push(new DeleteAnnotationCommand(m_library.get(), original));
    QVERIFY(!store().annotation(id));
    m_stack->undo();
    const std::optional<Annotation> back = store().annotation(id);
    QVERIFY(back);
    QCOMPARE(back->itemIds, items);
    QCOMPARE(back->note, original.note);
    QCOMPARE(back->quote, original.quote);
    QCOMPARE(back->boxes, original.boxes);
    QCOMPARE(back->createdAt, original.createdAt);
    m_stack->redo();
    QVERIFY(!store().annotation(id));
}

void TestAnnotationCommands::editsOfOneAnnotationMerge_data()
{
    QTest::addColumn<bool>("sameAnnotation");
    QTest::addColumn<int>("commands");
    QTest::newRow("two edits of one annotation undo as one") << true << 1;
    QTest::newRow("edits of two annotations stay apart") << false << 2;
}

void TestAnnotationCommands::editsOfOneAnnotationMerge()
{
    QFETCH(bool, sameAnnotation);
    QFETCH(int, commands);
    const qint64 item = itemIds(pushChecklist({QStringLiteral("One")})).first();
    m_stack->clear();
    const qint64 first = store().createAnnotation(makeAnnotation(m_document, {item}));
    const qint64 second = store().createAnnotation(makeAnnotation(m_document, {item}));
    const Annotation original = *store().annotation(first);

    Annotation typed = original;
    typed.note = QStringLiteral("Aud");
    m_stack->push(new EditAnnotationCommand(m_library.get(), original, typed));
    const Annotation other = *store().annotation(sameAnnotation ? first : second);
    Annotation more = other;
    more.note = QStringLiteral("Audits");
    more.status = Status::Met;
    m_stack->push(new EditAnnotationCommand(m_library.get(), other, more));

    QCOMPARE(m_stack->count(), commands);
    QCOMPARE(store().annotation(first)->note, sameAnnotation ? QStringLiteral("Audits") : QStringLiteral("Aud"));
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(store().annotation(first)->note, original.note);
    QCOMPARE(store().annotation(first)->status, original.status);
    QCOMPARE(store().annotation(second)->note, QString());
    m_stack->redo(); // merged: one step brings back the whole edit
    QCOMPARE(store().annotation(first)->note,
             sameAnnotation ? QStringLiteral("Audits") : QStringLiteral("Aud"));
}

void TestAnnotationCommands::createChecklistRedoBringsBackTheSameRows()
{
    const qint64 id = pushChecklist({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    QVERIFY(id > 0);
    const Checklist created = *store().checklist(id);
    QCOMPARE(created.items.size(), 3);

    m_stack->undo();
    QVERIFY(!store().checklist(id));
    QVERIFY(store().checklists().isEmpty());
    m_stack->redo();
    const std::optional<Checklist> back = store().checklist(id);
    QVERIFY(back);
    QCOMPARE(back->name, created.name);
    QCOMPARE(back->items, created.items); // same ids, titles, guidance, order
}

void TestAnnotationCommands::renameChecklistUndoRedo()
{
    const qint64 id = pushChecklist({QStringLiteral("One")}, QStringLiteral("Old name"));
    m_stack->push(new RenameChecklistCommand(m_library.get(), id, QStringLiteral("Old name"),
                                             QStringLiteral("New name")));
    QCOMPARE(store().checklist(id)->name, QStringLiteral("New name"));
    m_stack->undo();
    QCOMPARE(store().checklist(id)->name, QStringLiteral("Old name"));
    m_stack->redo();
    QCOMPARE(store().checklist(id)->name, QStringLiteral("New name"));
}

void TestAnnotationCommands::deleteChecklistUndoRestoresItemsAndLinks()
{
    const qint64 doomed = pushChecklist({QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3")},
                                        QStringLiteral("Doomed"));
    const qint64 kept = pushChecklist({QStringLiteral("B1")}, QStringLiteral("Kept"));
    const QList<qint64> doomedItems = itemIds(doomed);
    const qint64 keptItem = itemIds(kept).first();
    const qint64 both = store().createAnnotation(makeAnnotation(m_document, {doomedItems.at(1), keptItem}));
    const qint64 only = store().createAnnotation(makeAnnotation(m_document, {doomedItems.at(2)}));
    const Checklist before = *store().checklist(doomed);
    const QList<qint64> bothLinks = store().annotation(both)->itemIds;

    m_stack->push(new DeleteChecklistCommand(m_library.get(), doomed));
    QVERIFY(!store().checklist(doomed));
    QCOMPARE(store().annotation(both)->itemIds, QList<qint64>{keptItem});
    QVERIFY(store().annotation(only)->itemIds.isEmpty());

    m_stack->undo();
    const std::optional<Checklist> back = store().checklist(doomed);
    QVERIFY(back);
    QCOMPARE(back->items, before.items);
    QCOMPARE(store().annotation(both)->itemIds, bothLinks);
    QCOMPARE(store().annotation(only)->itemIds, QList<qint64>{doomedItems.at(2)});

    m_stack->redo();
    QVERIFY(!store().checklist(doomed));
    QCOMPARE(store().annotation(both)->itemIds, QList<qint64>{keptItem});
}

void TestAnnotationCommands::addItemUndoRedo()
{
    const qint64 checklist = pushChecklist({QStringLiteral("One"), QStringLiteral("Two")});
    auto *command = new AddItemCommand(m_library.get(), checklist, 1,
                                       {0, 0, QStringLiteral("Between"), QString()});
    m_stack->push(command);
    const qint64 added = command->itemId();
    QVERIFY(added > 0);
    QCOMPARE(store().itemPosition(added), 1);
    QCOMPARE(itemIds(checklist).size(), 3);

    m_stack->undo();
    QCOMPARE(store().itemPosition(added), -1);
    QCOMPARE(itemIds(checklist).size(), 2);
    m_stack->redo();
    QCOMPARE(store().itemPosition(added), 1);
    QCOMPARE(store().checklist(checklist)->items.at(1).title, QStringLiteral("Between"));
}

void TestAnnotationCommands::editItemUndoRedo()
{
    const qint64 checklist = pushChecklist({QStringLiteral("One")});
    const ChecklistItem before = store().checklist(checklist)->items.first();
    ChecklistItem after = before;
    after.title = QStringLiteral("One, reworded");
    after.guidance = QStringLiteral("Look at audits");
    m_stack->push(new EditItemCommand(m_library.get(), before, after));
    QCOMPARE(store().checklist(checklist)->items.first(), after);
    m_stack->undo();
    QCOMPARE(store().checklist(checklist)->items.first(), before);
    m_stack->redo();
    QCOMPARE(store().checklist(checklist)->items.first(), after);
}

void TestAnnotationCommands::moveItemUndoRedo()
{
    const qint64 checklist = pushChecklist({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    const QList<qint64> order = itemIds(checklist);
    m_stack->push(new MoveItemCommand(m_library.get(), order.at(0), 0, 2));
    QCOMPARE(itemIds(checklist), (QList<qint64>{order.at(1), order.at(2), order.at(0)}));
    m_stack->undo();
    QCOMPARE(itemIds(checklist), order);
    m_stack->redo();
    QCOMPARE(itemIds(checklist), (QList<qint64>{order.at(1), order.at(2), order.at(0)}));
}

void TestAnnotationCommands::deleteItemUndoRestoresPositionAndLinks()
{
    const qint64 checklist = pushChecklist({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    const QList<qint64> order = itemIds(checklist);
    const qint64 linked = store().createAnnotation(makeAnnotation(m_document, {order.at(0), order.at(1)}));
    const ChecklistItem middle = store().checklist(checklist)->items.at(1);

    m_stack->push(new DeleteItemCommand(m_library.get(), middle));
    QCOMPARE(itemIds(checklist), (QList<qint64>{order.at(0), order.at(2)}));
    QCOMPARE(store().annotation(linked)->itemIds, QList<qint64>{order.at(0)});

    m_stack->undo();
    QCOMPARE(itemIds(checklist), order);
    QCOMPARE(store().checklist(checklist)->items.at(1), middle);
    QCOMPARE(store().annotation(linked)->itemIds, (QList<qint64>{order.at(0), order.at(1)}));
    m_stack->redo();
    QCOMPARE(itemIds(checklist), (QList<qint64>{order.at(0), order.at(2)}));
}

void TestAnnotationCommands::failingWriteLeavesNoCommandAndTellsTheUser_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("edit of an annotation deleted behind its back") << QStringLiteral("edit");
    QTest::newRow("rename of a checklist deleted behind its back") << QStringLiteral("rename");
    QTest::newRow("move of an item deleted behind its back") << QStringLiteral("move");
    QTest::newRow("edit of an item deleted behind its back") << QStringLiteral("editItem");
    QTest::newRow("undo of a create whose row is gone") << QStringLiteral("undoCreate");
}

// Makes one write fail as named by the data row: the row it writes was removed behind the
// command's back. Returns the messages the library reported; checks the command left the stack.
QStringList TestAnnotationCommands::provokeFailedWrite(const QString &write)
{
    const qint64 checklist = pushChecklist({QStringLiteral("A"), QStringLiteral("B")});
    const ChecklistItem item = store().checklist(checklist)->items.first();
    auto *create = new CreateAnnotationCommand(m_library.get(), makeAnnotation(m_document, {item.id}));
    m_stack->push(create);
    const qint64 annotation = create->annotationId();
    const Annotation before = *store().annotation(annotation);
    const int commandsBefore = m_stack->count();
    QSignalSpy errors(m_library.get(), &Library::errorOccurred);

    int expectedCommands = commandsBefore; // a failed push leaves nothing to undo
    if (write == QLatin1String("edit")) {
        store().deleteAnnotation(annotation);
        Annotation after = before;
        after.note = QStringLiteral("lost");
        m_stack->push(new EditAnnotationCommand(m_library.get(), before, after));
    } else if (write == QLatin1String("rename")) {
        store().deleteChecklist(checklist);
        m_stack->push(new RenameChecklistCommand(m_library.get(), checklist, QStringLiteral("Plan"),
                                                 QStringLiteral("Gone")));
    } else if (write == QLatin1String("move")) {
        store().deleteItem(item.id);
        m_stack->push(new MoveItemCommand(m_library.get(), item.id, 0, 1));
    } else if (write == QLatin1String("editItem")) {
        store().deleteItem(item.id);
        ChecklistItem after = item;
        after.title = QStringLiteral("lost");
        m_stack->push(new EditItemCommand(m_library.get(), item, after));
    } else {
        store().deleteAnnotation(annotation);
        m_stack->undo();
        expectedCommands = commandsBefore - 1; // the command that could not be undone went
    }
    if (m_stack->count() != expectedCommands)
        return {QStringLiteral("stack holds %1 commands, not %2").arg(m_stack->count()).arg(expectedCommands)};
    QStringList messages;
    for (const QList<QVariant> &signal : std::as_const(errors))
        messages.append(signal.first().toString());
    return messages;
}

void TestAnnotationCommands::failingWriteLeavesNoCommandAndTellsTheUser()
{
    QFETCH(QString, write);
    const QStringList messages = provokeFailedWrite(write);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(QStringLiteral("The change could not be saved")),
             qPrintable(messages.first()));
}

void TestAnnotationCommands::failedWriteSaysWhy_data()
{
    failingWriteLeavesNoCommandAndTellsTheUser_data();
}

void TestAnnotationCommands::failedWriteSaysWhy()
{
    QFETCH(QString, write);
    const QStringList messages = provokeFailedWrite(write);
    QCOMPARE(messages.size(), 1);
    // The user is told why, not left with "...could not be saved: " and nothing after it.
    QVERIFY2(!messages.first().trimmed().endsWith(QLatin1Char(':')), qPrintable(messages.first()));
}

QTEST_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
