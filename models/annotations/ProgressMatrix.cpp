#include "ProgressMatrix.h"

#include <algorithm>

namespace oversight {

ProgressMatrix::ProgressMatrix(const Checklist &checklist, const QList<StoredDocument> &documents,
                               const QList<Annotation> &annotations, qint64 restrictToAuthority)
    : m_checklist(checklist)
{
    QDate after;
    for (const StoredDocument &d : documents) {
        if (d.id == checklist.sourceDocumentId)
            after = d.facts.sortDate();
    }
    for (const StoredDocument &d : documents) {
        const bool sameAuthority = checklist.authorityId == 0
                                   || d.authorityId == checklist.authorityId;
        const bool wanted = restrictToAuthority == 0 || d.authorityId == restrictToAuthority;
        const bool later = !after.isValid() || d.facts.sortDate() > after;
        if (sameAuthority && wanted && later && d.id != checklist.sourceDocumentId)
            m_documents.append(d);
    }
    std::stable_sort(m_documents.begin(), m_documents.end(),
                     [](const StoredDocument &a, const StoredDocument &b) {
                         return a.facts.sortDate() < b.facts.sortDate();
                     });
    QHash<qint64, int> rowOfItem;
    for (int r = 0; r < checklist.items.size(); ++r)
        rowOfItem.insert(checklist.items.at(r).id, r);
    QHash<qint64, int> columnOfDocument;
    for (int c = 0; c < m_documents.size(); ++c)
        columnOfDocument.insert(m_documents.at(c).id, c);
    for (const Annotation &a : annotations) {
        const auto column = columnOfDocument.constFind(a.documentId);
        if (column == columnOfDocument.constEnd())
            continue;
        for (qint64 item : a.itemIds) {
            const auto row = rowOfItem.constFind(item);
            if (row == rowOfItem.constEnd())
                continue;
            m_evidence[*row].append(a);
            const QPair<int, int> key{*row, *column};
            const auto existing = m_cells.constFind(key);
            if (existing == m_cells.constEnd() || existing->updatedAt <= a.updatedAt)
                m_cells.insert(key, a);
        }
    }
    for (auto it = m_evidence.begin(); it != m_evidence.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [&](const Annotation &a, const Annotation &b) {
            const int ca = columnOfDocument.value(a.documentId);
            const int cb = columnOfDocument.value(b.documentId);
            return ca != cb ? ca < cb : a.page < b.page;
        });
    }
}

const Annotation *ProgressMatrix::cell(int row, int column) const
{
    const auto it = m_cells.constFind({row, column});
    return it == m_cells.constEnd() ? nullptr : &*it;
}

QString ProgressMatrix::latestStatus(int row) const
{
    for (int c = columnCount() - 1; c >= 0; --c) {
        if (const Annotation *a = cell(row, c))
            return a->status;
    }
    return {};
}

QList<Annotation> ProgressMatrix::evidence(int row) const
{
    return m_evidence.value(row);
}

bool ProgressMatrix::columnHasAnnotations(int column) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (cell(r, column))
            return true;
    }
    return false;
}

} // namespace oversight
