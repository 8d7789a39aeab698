#pragma once

#include "annotations/ProgressMatrix.h"
#include "analysis/GradeTimeline.h"
#include "annotations/Annotation.h"
#include "store/DocumentStore.h"

#include <QHash>
#include <QList>
#include <optional>

namespace oversight {

// Where a checklist item belongs, to name it beside an annotation.
struct ItemReference
{
    QString checklistName;
    QString title;
    int position = 0; // 1-based within its checklist
};

// Everything a document summary shows, read in one go so that writing it needs no database.
struct DocumentSummaryData
{
    StoredDocument document;               // with every fact
    QList<ProgressMatrix> ownChecklists;   // checklists made from this document
    QList<Annotation> annotations;         // annotations on this document, by page
    QHash<qint64, ItemReference> items;    // every checklist item, by id
    QHash<qint64, StoredDocument> sources; // every document, by id (evidence names its source)
    GradeTimeline timeline;                // the authority's, empty when it has none
};

// Everything an authority summary shows.
struct AuthoritySummaryData
{
    AuthorityRow authority;
    QList<StoredDocument> documents; // with every fact, oldest first by DocumentDate::of
    GradeTimeline timeline;
    QList<ProgressMatrix> checklists; // the authority's checklists, and shared ones it used
};

// Reads summary data through the stores of one Database; use it on that database's thread.
class SummaryDataLoader
{
public:
    explicit SummaryDataLoader(Database &database);

    // nullopt (and *error, for the user) when the document or authority does not exist.
    std::optional<DocumentSummaryData> document(qint64 documentId, QString *error) const;
    std::optional<AuthoritySummaryData> authority(qint64 authorityId, QString *error) const;

private:
    GradeTimeline timelineOf(qint64 authorityId, const QString &name) const;

    Database &m_database;
};

} // namespace oversight
