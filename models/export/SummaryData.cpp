#include "SummaryData.h"

#include "analysis/AnalysisQueries.h"
#include "annotations/AnnotationStore.h"
#include "domain/DocumentDate.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>

namespace oversight {

namespace {

// By the date the summary prints beside each document (DocumentDate::of, the inspection's),
// so that its list reads in order and the range above it names its first and last dates.
bool byDate(const StoredDocument &a, const StoredDocument &b)
{
    return DocumentDate::of(a.facts) < DocumentDate::of(b.facts);
}

} // namespace

SummaryDataLoader::SummaryDataLoader(Database &database) : m_database(database) {}

GradeTimeline SummaryDataLoader::timelineOf(qint64 authorityId, const QString &name) const
{
    if (authorityId <= 0)
        return {};
    return authorityTimeline(name, AnalysisQueries(m_database).authorityDocuments(authorityId));
}

std::optional<DocumentSummaryData> SummaryDataLoader::document(qint64 documentId,
                                                               QString *error) const
{
    DocumentStore store(m_database);
    AnnotationStore annotations(m_database);
    std::optional<StoredDocument> document = store.document(documentId);
    if (!document) {
        *error = QCoreApplication::translate("SummaryData",
                                             "There is no document %1 in this database.")
                     .arg(documentId);
        return std::nullopt;
    }
    DocumentSummaryData data;
    data.document = *document;
    const QList<StoredDocument> all = store.documents();
    for (const StoredDocument &d : all)
        data.sources.insert(d.id, d);
    const QList<Annotation> everyAnnotation = annotations.annotations();
    for (const Checklist &c : annotations.checklists()) {
        for (int i = 0; i < c.items.size(); ++i)
            data.items.insert(c.items.at(i).id, {c.name, c.items.at(i).title, i + 1});
        if (c.sourceDocumentId == documentId)
            data.ownChecklists.append(ProgressMatrix(c, all, everyAnnotation));
    }
    for (const Annotation &a : everyAnnotation) {
        if (a.documentId == documentId)
            data.annotations.append(a);
    }
    std::stable_sort(data.annotations.begin(), data.annotations.end(),
                     [](const Annotation &a, const Annotation &b) { return a.page < b.page; });
    data.timeline = timelineOf(document->authorityId, document->authorityName);
    return data;
}

std::optional<AuthoritySummaryData> SummaryDataLoader::authority(qint64 authorityId,
                                                                 QString *error) const
{
    DocumentStore store(m_database);
    AnnotationStore annotations(m_database);
    AuthoritySummaryData data;
    bool found = false;
    for (const AuthorityRow &a : store.authorities()) {
        if (a.id == authorityId) {
            data.authority = a;
            found = true;
        }
    }
    if (!found) {
        *error = QCoreApplication::translate("SummaryData",
                                             "There is no authority %1 in this database.")
                     .arg(authorityId);
        return std::nullopt;
    }
    const QList<StoredDocument> all = store.documents();
    QSet<qint64> own;
    for (const StoredDocument &summary : all) {
        if (summary.authorityId != authorityId)
            continue;
        own.insert(summary.id);
        data.documents.append(store.document(summary.id).value_or(summary));
    }
    std::stable_sort(data.documents.begin(), data.documents.end(), byDate);
    const QList<Annotation> everyAnnotation = annotations.annotations();
    QSet<qint64> usedItems; // items annotated in this authority's documents
    for (const Annotation &a : everyAnnotation) {
        if (own.contains(a.documentId))
            usedItems.unite(QSet<qint64>(a.itemIds.cbegin(), a.itemIds.cend()));
    }
    for (const Checklist &c : annotations.checklists()) {
        const bool shared = c.authorityId == 0
                            && std::any_of(c.items.cbegin(), c.items.cend(),
                                           [&](const ChecklistItem &i) {
                                               return usedItems.contains(i.id);
                                           });
        if (c.authorityId == authorityId || shared)
            data.checklists.append(ProgressMatrix(c, all, everyAnnotation, authorityId));
    }
    data.timeline = timelineOf(authorityId, data.authority.name);
    return data;
}

} // namespace oversight
