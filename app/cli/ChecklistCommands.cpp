#include "ChecklistCommands.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "annotations/SuggestionEngine.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight::cli {

namespace {

QJsonObject checklistJson(const Checklist &c)
{
    QJsonArray items;
    for (int i = 0; i < c.items.size(); ++i)
        items.append(QJsonObject{{QStringLiteral("id"), c.items.at(i).id},
                                 {QStringLiteral("number"), i + 1},
                                 {QStringLiteral("title"), c.items.at(i).title},
                                 {QStringLiteral("guidance"), c.items.at(i).guidance}});
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("authority_id"), c.authorityId},
            {QStringLiteral("source_document_id"), c.sourceDocumentId},
            {QStringLiteral("items"), items}};
}

} // namespace

int checklistCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes a checklist of a document's recommendations, or lists the checklists."));
    const QCommandLineOption fromDocument(QStringLiteral("from-document"),
                                          QStringLiteral("The document whose recommendations "
                                                         "become the items."),
                                          QStringLiteral("ID"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the checklists."));
    parser.addOptions({dbOption(), jsonOption(), fromDocument, list});
    int exit = Ok;
    const QString command = QStringLiteral("checklist");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db")) || parser.isSet(fromDocument) == parser.isSet(list))
        return usageError(parser, command,
                          QStringLiteral("needs --db DB and either --from-document ID or --list"),
                          err);
    bool isNumber = false;
    const qint64 documentId = parser.value(fromDocument).toLongLong(&isNumber);
    if (parser.isSet(fromDocument) && !isNumber)
        return usageError(parser, command, QStringLiteral("--from-document needs a number"), err);
    const std::unique_ptr<Database> database = openDatabase(parser, err);
    if (!database)
        return Failed;
    if (parser.isSet(fromDocument) && refuseReadOnly(*database, command, err))
        return Failed;
    AnnotationStore annotations(*database);
    if (parser.isSet(list)) {
        const QList<Checklist> checklists = annotations.checklists();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Checklist &c : checklists)
                array.append(checklistJson(c));
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Checklist &c : checklists)
                out << '[' << c.id << "] " << c.name << " (" << c.items.size()
                    << (c.items.size() == 1 ? " item)\n" : " items)\n");
            if (checklists.isEmpty())
                out << "no checklists yet (checklist --from-document ID makes one)\n";
        }
        return Ok;
    }
    DocumentStore store(*database);
    const std::optional<StoredDocument> doc = store.document(documentId);
    if (!doc) {
        err << "no document " << documentId << " in the database\n";
        return Failed;
    }
    const Checklist checklist = Checklists::fromDocument(*doc);
    if (checklist.items.isEmpty()) {
        err << "document " << documentId << " has no recommendations to make a checklist of\n";
        return Failed;
    }
    const qint64 id = annotations.createChecklist(checklist);
    if (!id) {
        err << "the checklist could not be stored: " << annotations.lastError() << '\n';
        return Failed;
    }
    out << id << '\n';
    return Ok;
}

int suggestCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "For every item of a checklist, the passages of the authority's later documents that "
        "most likely speak to it."));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"),
                                             QStringLiteral("The checklist."), QStringLiteral("ID"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 QStringLiteral("Suggestions per item (default 3)."),
                                 QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({dbOption(), jsonOption(), checklistOption, top});
    int exit = Ok;
    const QString command = QStringLiteral("suggest");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    bool isNumber = false;
    const qint64 checklistId = parser.value(checklistOption).toLongLong(&isNumber);
    const int count = parser.value(top).toInt();
    if (!parser.isSet(QStringLiteral("db")) || !isNumber || count < 1)
        return usageError(parser, command,
                          QStringLiteral("needs --db DB, --checklist ID and a --top of 1 or more"),
                          err);
    const std::unique_ptr<Database> database = openDatabase(parser, err);
    if (!database)
        return Failed;
    const std::optional<Checklist> checklist = AnnotationStore(*database).checklist(checklistId);
    if (!checklist) {
        err << "no checklist " << checklistId << " in the database\n";
        return Failed;
    }
    DocumentStore store(*database);
    const SuggestionEngine engine(*database);
    const QMap<qint64, QList<Suggestion>> suggestions = engine.suggestForChecklist(*checklist, count);
    QJsonArray items;
    for (int i = 0; i < checklist->items.size(); ++i) {
        const ChecklistItem &item = checklist->items.at(i);
        QJsonArray found;
        if (!parser.isSet(QStringLiteral("json")))
            out << i + 1 << ". " << item.title << '\n';
        for (const Suggestion &s : suggestions.value(item.id)) {
            const std::optional<StoredDocument> doc = store.summary(s.documentId);
            const QString title = doc ? doc->displayTitle() : QString();
            found.append(QJsonObject{{QStringLiteral("document_id"), s.documentId},
                                     {QStringLiteral("document"), title},
                                     {QStringLiteral("page"), s.page},
                                     {QStringLiteral("section"), s.section},
                                     {QStringLiteral("text"), s.text},
                                     {QStringLiteral("score"), s.score}});
            if (!parser.isSet(QStringLiteral("json")))
                out << "   " << title << ", page " << s.page << " (" << qRound(s.score * 100)
                    << "%): " << s.text.left(160) << '\n';
        }
        items.append(QJsonObject{{QStringLiteral("item_id"), item.id},
                                 {QStringLiteral("number"), i + 1},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("suggestions"), found}});
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(QJsonObject{{QStringLiteral("checklist_id"), checklistId},
                                         {QStringLiteral("items"), items}})
                   .toJson(QJsonDocument::Indented);
    return Ok;
}

int annotationsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Every annotation with its checklist items, status, note, document, page and quote."));
    parser.addOptions({dbOption(), jsonOption()});
    int exit = Ok;
    const QString command = QStringLiteral("annotations");
    if (!parseCommand(parser, command, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(parser, command, QStringLiteral("needs --db DB"), err);
    const std::unique_ptr<Database> database = openDatabase(parser, err);
    if (!database)
        return Failed;
    AnnotationStore annotations(*database);
    DocumentStore store(*database);
    QHash<qint64, QPair<Checklist, int>> items; // item id -> (checklist, 1-based number)
    for (const Checklist &c : annotations.checklists())
        for (int i = 0; i < c.items.size(); ++i)
            items.insert(c.items.at(i).id, {c, i + 1});
    QJsonArray array;
    for (const Annotation &a : annotations.annotations()) {
        QJsonArray linked;
        for (qint64 id : a.itemIds) {
            const auto it = items.constFind(id);
            if (it == items.constEnd())
                continue;
            const ChecklistItem *item = nullptr;
            for (const ChecklistItem &candidate : it->first.items)
                if (candidate.id == id)
                    item = &candidate;
            linked.append(QJsonObject{{QStringLiteral("checklist_id"), it->first.id},
                                      {QStringLiteral("checklist"), it->first.name},
                                      {QStringLiteral("item_id"), id},
                                      {QStringLiteral("number"), it->second},
                                      {QStringLiteral("title"), item ? item->title : QString()}});
        }
        const std::optional<StoredDocument> doc = store.summary(a.documentId);
        array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("document_id"), a.documentId},
                                 {QStringLiteral("document"), doc ? doc->displayTitle() : QString()},
                                 {QStringLiteral("authority"), doc ? doc->authorityName : QString()},
                                 {QStringLiteral("page"), a.page},
                                 {QStringLiteral("quote"), a.quote},
                                 {QStringLiteral("status"), a.status},
                                 {QStringLiteral("note"), a.note},
                                 {QStringLiteral("items"), linked}});
        if (!parser.isSet(QStringLiteral("json")))
            out << '[' << a.id << "] " << (doc ? doc->displayTitle() : QString()) << ", page "
                << a.page << ", " << Status::label(a.status) << ": “" << a.quote.simplified()
                << "”" << (a.note.isEmpty() ? QString() : QStringLiteral(" — ") + a.note) << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace oversight::cli
