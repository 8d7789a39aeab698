#pragma once

#include "store/Database.h"

#include <QString>

#include <memory>

// A store for the export suites: Wandsworth's real reports imported through the real import
// job, a checklist made from the 2016 inspection's recommendations, and annotations on it in
// the later documents, all through AnnotationStore.
namespace oversight::test {

// Text that HTML would take for markup if it were not escaped, with accents, an emoji and
// QString::arg placeholders. Put in recommendation 1 of the 2016 inspection and in a note.
inline const QString kTrickyText =
    QStringLiteral("Ask \"why\" & check <b>café</b> 50% < 75% %1 %2 naïve 😀");
inline const QString kTrickyNote = QStringLiteral("Seen by Zoë & Renée: \"<i>not yet</i>\"");

struct ExportStore
{
    std::unique_ptr<Database> database;
    qint64 authorityId = 0;
    qint64 sif2016 = 0;
    qint64 monitoring2018 = 0;
    qint64 reinspection2018 = 0;
    qint64 ilacs2023 = 0;
    qint64 checklistId = 0;
    int annotationCount = 0;
};

// Builds the store in a database file at dbPath; false (and a message) when a step failed.
bool buildExportStore(const QString &dbPath, ExportStore *store, QString *error);

} // namespace oversight::test
