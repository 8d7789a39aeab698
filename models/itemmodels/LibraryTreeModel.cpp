#include "LibraryTreeModel.h"

#include "ItemRoles.h"
#include "analysis/AnalysisQueries.h"
#include "store/Library.h"

#include "FactLabels.h"

#include "domain/DocumentDate.h"

#include <QLocale>

#include <algorithm>

namespace oversight {

namespace {
// Top-level rows carry no internal id; a document row carries its group's row + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

LibraryTreeModel::LibraryTreeModel(Library *library, QObject *parent)
    : QAbstractItemModel(parent), m_library(library)
{
    connect(library, &Library::changed, this, &LibraryTreeModel::reload);
    connect(library, &Library::documentsAdded, this, &LibraryTreeModel::reload);
    reload();
}

void LibraryTreeModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_outcomes.clear();
    if (m_library && m_library->store()) {
        const DocumentStore &store = *m_library->store();
        // Outcomes are kept with the facts only: one query for them all, not one per document.
        m_outcomes = AnalysisQueries(*m_library->database()).sendOutcomes();
        const QList<StoredDocument> docs = store.documents();
        QHash<qint64, int> groupOfAuthority;
        for (const AuthorityRow &a : store.authorities()) {
            if (a.code.isEmpty())
                continue; // its documents go to the "not recognised" group
            groupOfAuthority.insert(a.id, int(m_groups.size()));
            m_groups.append({a, {}});
        }
        Group unfiled{{0, tr("Authority not recognised"), QString(), 0}, {}};
        for (const StoredDocument &d : docs) {
            const auto it = groupOfAuthority.constFind(d.authorityId);
            if (it == groupOfAuthority.constEnd())
                unfiled.documents.append(d);
            else
                m_groups[*it].documents.append(d);
        }
        if (!unfiled.documents.isEmpty())
            m_groups.append(unfiled);
        // In the order of the dates the Date column shows.
        for (Group &group : m_groups)
            std::stable_sort(group.documents.begin(), group.documents.end(),
                             [](const StoredDocument &a, const StoredDocument &b) {
                                 return DocumentDate::of(a.facts) < DocumentDate::of(b.facts);
                             });
    }
    endResetModel();
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_groups.at(parent.row()).documents.size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return documentData(group.documents.at(index.row()), index.column(), role);
}

QVariant LibraryTreeModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return group.authority.name;
        if (column == TitleColumn)
            return tr("%n document(s)", nullptr, int(group.documents.size()));
        return {};
    case Qt::ToolTipRole:
        return group.authority.id == 0
                   ? tr("Documents whose authority is not in the DfE reference list. Right-click "
                        "one to assign its authority.")
                   : tr("%1 (DfE code %2)").arg(group.authority.name, group.authority.code);
    case AuthorityCodeRole:
        return group.authority.code;
    case NodeTypeRole:
        return QVariant::fromValue(group.authority.id ? NodeType::Authority : NodeType::Unfiled);
    case AuthorityIdRole:
        return group.authority.id;
    case SortRole:
        // "Authority not recognised" sorts last whichever way names are sorted would put it.
        return group.authority.id ? group.authority.name : QStringLiteral("\uffff");
    default:
        return {};
    }
}

QVariant LibraryTreeModel::documentData(const StoredDocument &doc, int column, int role) const
{
    const QDate date = DocumentDate::of(doc.facts);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // In "Authority not recognised", what the document calls its authority tells
            // documents apart.
            if (doc.authorityCode.isEmpty() && !doc.facts.authority.isEmpty())
                return tr("%1 (%2)").arg(Kind::label(doc.facts.kind), doc.facts.authority.simplified());
            return Kind::label(doc.facts.kind);
        case TitleColumn:
            return titleOf(doc);
        case DateColumn:
            return DocumentDate::shortText(date);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2\nFile: %3, %n page(s)", nullptr, doc.pageCount)
                          .arg(doc.displayTitle(), doc.facts.title, doc.fileName);
        if (doc.authorityCode.isEmpty())
            tip += QLatin1Char('\n')
                   + (doc.facts.authority.isEmpty()
                          ? tr("The document names no authority. Right-click to assign one.")
                          : tr("Named in the document as \u201c%1\u201d, which is not in the "
                               "reference list. Right-click to assign its authority.")
                                .arg(doc.facts.authority.simplified()));
        else if (!doc.assignedAuthorityCode.isEmpty())
            tip += QLatin1Char('\n') + tr("Authority assigned by hand.");
        if (doc.facts.kind == Kind::AreaSend)
            tip += QLatin1Char('\n')
                   + tr("Outcome: %1").arg(m_outcomes.value(doc.id).isEmpty()
                                               ? tr("not read")
                                               : SendOutcome::label(m_outcomes.value(doc.id)));
        if (doc.review == ReviewState::Flagged)
            tip += QLatin1Char('\n') + tr("Marked as needing review.");
        else if (doc.needsReview())
            tip += QLatin1Char('\n') + tr("Needs review: not found: %1.")
                                          .arg(FactLabels::joined(doc.facts.warnings));
        if (!doc.correctedFields.isEmpty())
            tip += QLatin1Char('\n') + tr("Corrected: %1.").arg(FactLabels::joined(doc.correctedFields));
        return tip;
    }
    case NeedsReviewRole:
        return doc.needsReview();
    case WarningsRole:
        return doc.facts.warnings;
    case AuthorityCodeRole:
        return doc.authorityCode;
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::Document);
    case DocumentIdRole:
        return doc.id;
    case AuthorityIdRole:
        // A name the reference list does not know is no authority to chart or summarise.
        return doc.authorityCode.isEmpty() ? 0 : doc.authorityId;
    case KindRole:
        return doc.facts.kind;
    case YearRole:
        return date.isValid() ? date.year() : 0;
    case SortRole:
        // Within an authority, documents sort by date whichever column is sorted.
        if (column == TitleColumn)
            return titleOf(doc);
        return date;
    default:
        return {};
    }
}

QString LibraryTreeModel::titleOf(const StoredDocument &doc) const
{
    if (doc.facts.kind == Kind::AreaSend) {
        const QString outcome = m_outcomes.value(doc.id);
        return outcome.isEmpty() ? doc.displayTitle()
                                 : tr("%1: %2").arg(doc.displayTitle(), SendOutcome::label(outcome));
    }
    return doc.facts.title.isEmpty() ? doc.fileName : doc.facts.title;
}

QVariant LibraryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DateColumn)
        return DocumentDate::rule();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Authority / kind");
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}

QModelIndex LibraryTreeModel::indexForDocument(qint64 documentId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<StoredDocument> &docs = m_groups.at(g).documents;
        for (int d = 0; d < docs.size(); ++d)
            if (docs.at(d).id == documentId)
                return index(d, 0, index(g, 0));
    }
    return {};
}

} // namespace oversight
