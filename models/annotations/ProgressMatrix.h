#pragma once

#include "annotations/Annotation.h"
#include "store/DocumentStore.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace oversight {

// One checklist's items against the documents that can give evidence on them: the authority's
// documents filed after the checklist's source, in date order; in each cell the most recently
// changed annotation, as it is the team's latest view. The one place this rule lives: the
// progress view (ProgressMatrixModel) and the PDF summaries both read it. Plain data, so it can
// be computed on any thread from any Database.
class ProgressMatrix
{
public:
    // documents: every stored document (any order); annotations: every annotation that may
    // speak to the checklist (any document). restrictToAuthority, when not 0, keeps only that
    // authority's documents even for a checklist shared by every authority.
    ProgressMatrix() = default;
    ProgressMatrix(const Checklist &checklist, const QList<StoredDocument> &documents,
                   const QList<Annotation> &annotations, qint64 restrictToAuthority = 0);

    const Checklist &checklist() const { return m_checklist; }
    const QList<StoredDocument> &documents() const { return m_documents; } // the columns
    int rowCount() const { return int(m_checklist.items.size()); }
    int columnCount() const { return int(m_documents.size()); }

    // The annotation that decides a cell, or nullptr when nothing was annotated there.
    const Annotation *cell(int row, int column) const;
    // The item's status in the latest document that speaks to it; empty when none does.
    QString latestStatus(int row) const;
    // Every annotation linked to the item in the columns' documents, oldest document first.
    QList<Annotation> evidence(int row) const;
    // Whether any item has an annotation in that column.
    bool columnHasAnnotations(int column) const;

private:
    Checklist m_checklist;
    QList<StoredDocument> m_documents;
    QHash<QPair<int, int>, Annotation> m_cells;
    QHash<int, QList<Annotation>> m_evidence; // row -> annotations
};

} // namespace oversight
