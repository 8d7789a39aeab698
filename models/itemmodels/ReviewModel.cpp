#include "ReviewModel.h"

#include "FactLabels.h"
#include "ItemRoles.h"
#include "store/Library.h"

namespace oversight {

ReviewModel::ReviewModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    connect(library, &Library::changed, this, &ReviewModel::reload);
    connect(library, &Library::documentsAdded, this, &ReviewModel::reload);
    reload();
}

void ReviewModel::reload()
{
    beginResetModel();
    m_documents.clear();
    if (DocumentStore *store = m_library->store()) {
        for (const StoredDocument &d : store->documents())
            if (d.needsReview())
                m_documents.append(d);
    }
    endResetModel();
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredDocument &d = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AuthorityColumn:
            return d.authorityName.isEmpty() ? tr("Not recognised") : d.authorityName;
        case DocumentColumn:
            return d.displayTitle();
        case QuestionColumn: {
            QStringList question;
            if (d.review == ReviewState::Flagged)
                question << tr("marked by you");
            if (!d.facts.warnings.isEmpty())
                question << tr("not found: %1").arg(FactLabels::joined(d.facts.warnings));
            return question.join(QStringLiteral("; "));
        }
        case CorrectedColumn:
            return FactLabels::joined(d.correctedFields);
        }
        return {};
    case DocumentIdRole:
        return d.id;
    case NeedsReviewRole:
        return index.column() == AuthorityColumn;
    default:
        return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case DocumentColumn:
        return tr("Document");
    case QuestionColumn:
        return tr("In question");
    case CorrectedColumn:
        return tr("Corrected");
    }
    return {};
}

} // namespace oversight
