// A child process for tst_cli_store's kill -9 loop: annotates a stored document as the GUI
// does (AnnotationStore, one transaction per edit), over and over, and prints a line after
// each edit has committed, so that the test knows what must survive a kill at any moment.
//   annotation_writer DB DOCUMENT_ID ROUNDS
// Each round creates an annotation linked to the first item of a checklist (made once),
// then edits its status, note and items: "created ID", then "edited ID NOTE".
#include "annotations/AnnotationStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRectF>

#include <cstdio>

using namespace oversight;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    Database::Options options;
    options.create = Database::Create::Never;
    Database database(args.at(1), options);
    if (!database.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    AnnotationStore store(database);
    const qint64 documentId = args.at(2).toLongLong();
    QList<Checklist> checklists = store.checklists();
    if (checklists.isEmpty()) {
        Checklist list;
        list.name = QStringLiteral("Kill loop");
        list.source = QStringLiteral("user");
        list.items = {{0, 0, QStringLiteral("First item"), {}}, {0, 0, QStringLiteral("Second item"), {}}};
        if (!store.createChecklist(list))
            return 1;
        checklists = store.checklists();
    }
    const QList<ChecklistItem> items = checklists.first().items;
    for (int round = 0; round < args.at(3).toInt(); ++round) {
        Annotation a;
        a.documentId = documentId;
        a.page = 1 + round % 3;
        a.quote = QStringLiteral("passage %1").arg(round);
        a.boxes = {QRectF(72, 100 + round, 200, 12)};
        a.itemIds = {items.first().id};
        const qint64 id = store.createAnnotation(a);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("created %lld\n", id);
        std::fflush(stdout);
        a.id = id;
        a.status = Status::Progressing;
        a.note = QStringLiteral("edited-%1").arg(round);
        a.itemIds = {items.first().id, items.last().id};
        if (!store.updateAnnotation(a)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("edited %lld %s\n", id, qPrintable(a.note));
        std::fflush(stdout);
    }
    return 0;
}
