#include "ExportFixtures.h"

#include "Fixtures.h"
#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "import/ImportJob.h"
#include "store/DocumentStore.h"

#include <QFileInfo>

namespace oversight::test {

namespace {

// The first words of a page, as a user would select them.
QString passage(const DocumentStore &documents, qint64 id, int page)
{
    return documents.pageText(id, page).simplified().left(140);
}

} // namespace

bool buildExportStore(const QString &dbPath, ExportStore *store, QString *error)
{
    ImportJob job(dbPath, {dataPath(Data::Wandsworth2016), dataPath(Data::MonitoringLetter),
                           dataPath(Data::Wandsworth2018), dataPath(Data::Wandsworth2023)});
    job.setThreadCount(2);
    for (const ImportOutcome &o : job.run()) {
        const QString name = QFileInfo(o.path).fileName();
        if (name == Data::Wandsworth2016)
            store->sif2016 = o.documentId;
        else if (name == Data::MonitoringLetter)
            store->monitoring2018 = o.documentId;
        else if (name == Data::Wandsworth2018)
            store->reinspection2018 = o.documentId;
        else if (name == Data::Wandsworth2023)
            store->ilacs2023 = o.documentId;
    }
    if (!store->sif2016 || !store->monitoring2018 || !store->reinspection2018 || !store->ilacs2023) {
        *error = QStringLiteral("import failed");
        return false;
    }
    store->database = std::make_unique<Database>(dbPath);
    DocumentStore documents(*store->database);
    std::optional<StoredDocument> sif = documents.document(store->sif2016);
    if (!sif || sif->facts.recommendations.size() < 3) {
        *error = QStringLiteral("the 2016 inspection has too few recommendations");
        return false;
    }
    store->authorityId = sif->authorityId;
    sif->facts.recommendations[0].text = kTrickyText;
    if (!documents.updateFacts(sif->id, sif->facts, sif->readerVersion)) {
        *error = documents.lastError();
        return false;
    }
    sif = documents.document(store->sif2016);

    AnnotationStore annotations(*store->database);
    store->checklistId = annotations.createChecklist(Checklists::fromDocument(*sif));
    const std::optional<Checklist> checklist = annotations.checklist(store->checklistId);
    if (!checklist || checklist->items.size() < 3) {
        *error = annotations.lastError();
        return false;
    }
    const QList<ChecklistItem> &items = checklist->items;
    struct Planned
    {
        qint64 document;
        int page;
        QString status;
        QString note;
        QList<qint64> items;
    };
    const QList<Planned> planned{
        {store->monitoring2018, 2, Status::Progressing, kTrickyNote, {items.at(0).id}},
        {store->reinspection2018, 3, Status::Met, QStringLiteral("Thresholds now understood."),
         {items.at(0).id, items.at(1).id}},
        {store->ilacs2023, 4, Status::NotMet, QString(), {items.at(2).id}},
        {store->sif2016, 5, Status::NotAssessed, QStringLiteral("Baseline, 2016."),
         {items.at(1).id}},
        {store->sif2016, 6, Status::NotAssessed, QStringLiteral("Worth a look"), {}},
    };
    for (const Planned &p : planned) {
        Annotation a;
        a.documentId = p.document;
        a.page = p.page;
        a.quote = passage(documents, p.document, p.page);
        a.boxes = {QRectF(72, 100, 300, 14)};
        a.status = p.status;
        a.note = p.note;
        a.itemIds = p.items;
        if (!annotations.createAnnotation(a)) {
            *error = annotations.lastError();
            return false;
        }
        ++store->annotationCount;
    }
    return true;
}

} // namespace oversight::test
