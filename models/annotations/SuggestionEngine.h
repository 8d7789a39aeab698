#pragma once

#include "Annotation.h"
#include "store/Database.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace oversight {

// A passage of a later document that probably speaks to a checklist item.
struct Suggestion
{
    qint64 findingId = 0;
    qint64 documentId = 0;
    int page = 0;    // 1-based page where the passage starts
    QString section; // heading the passage sits under, may be empty
    QString text;
    // How strongly the passage matches, 0..1, higher is better: x / (x + 10) of the bm25
    // relevance x. Orders an item's suggestions; across items only a rough guide.
    double score = 0;
};

// Proposes, for a checklist item, the findings of later documents of the same authority that
// most likely give evidence on it, best first (see SuggestionTerms for how an item becomes a
// query). Leaves out findings the user dismissed for the item and passages already annotated
// for it: an annotation linked to the item, on the same document and page, whose quote and the
// finding's text overlap (one holds the other, or the quote's first 60 characters, spaces and
// case ignored, occur in the finding).
//
// Reads the store through the given connection, with one full-text query per item; keeps
// private temporary tables on that connection. Blocks (milliseconds per item); use from the
// thread that owns the Database. Never throws: on error, an empty list and lastError().
class SuggestionEngine
{
public:
    explicit SuggestionEngine(Database &database);

    // At most top suggestions for item among the documents of authorityId dated after `after`
    // (every document of the authority when `after` is invalid).
    QList<Suggestion> suggest(const ChecklistItem &item, qint64 authorityId, const QDate &after,
                              int top = 3) const;

    // suggest() for every item of the checklist, keyed by item id: the authority is the
    // checklist's, the documents those dated after its source document (every other document
    // of the authority when it has no source document or that one has no date). A checklist
    // shared by every authority (authorityId 0) gets an empty list for each item.
    QMap<qint64, QList<Suggestion>> suggestForChecklist(const Checklist &checklist,
                                                        int top = 3) const;

    // The findings the user dismissed for the item (AnnotationStore::dismissSuggestion), as
    // suggestions with score 0, by their document's date, then page; so that they can be seen
    // and restored. Empty when there are none or on error (lastError()).
    QList<Suggestion> dismissed(qint64 itemId) const;

    QString lastError() const { return m_error; }

private:
    QList<Suggestion> run(const ChecklistItem &item, qint64 authorityId, const QString &after,
                          qint64 sourceDocumentId, int top) const;
    QString matchExpression(const ChecklistItem &item) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace oversight
