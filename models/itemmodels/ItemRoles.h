#pragma once

#include <Qt>

namespace oversight {

// Every custom role of Oversight's item models, in one place so views and proxies agree.
enum ItemRole {
    NodeTypeRole = Qt::UserRole + 1, // NodeType
    DocumentIdRole,                  // qint64
    AuthorityIdRole,                 // qint64
    KindRole,                        // QString, Kind::
    YearRole,                        // int, year of the filing date
    SortRole,                        // what to sort by (QDate for documents, QString otherwise)
    PageRole,                        // int, 1-based page of a hit, finding or recommendation
    PassageRole,                     // QString, text to find on that page
    SnippetRole,                     // QString with hits wrapped in \x02 ... \x03
    SearchTermsRole,                 // QStringList, the words a search matched
    ChecklistIdRole,                 // qint64
    ItemIdRole,                      // qint64, a checklist item
    AnnotationIdRole,                // qint64
    StatusRole,                      // QString, Status::
    NeedsReviewRole,                 // bool: the reader could not read facts the format has
    WarningsRole,                    // QStringList, DocumentFacts::warnings (toJson keys)
    AuthorityCodeRole,               // QString, DfE LA code; empty when not recognised
    FactFieldRole,                   // QString, the FactField a facts row shows (empty: none)
    CorrectedRole,                   // bool: the user corrected the fact this row shows
};

// Unfiled: the "Authority not recognised" group, documents whose authority matched no code.
enum class NodeType { Authority, Unfiled, Document, Section, Fact, Checklist, ChecklistItem };

} // namespace oversight
