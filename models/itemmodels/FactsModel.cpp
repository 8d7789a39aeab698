#include "FactsModel.h"

#include "FactLabels.h"
#include "ItemRoles.h"

#include <QLocale>

namespace oversight {

namespace {
constexpr quintptr kSection = 0;

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}
} // namespace

FactsModel::FactsModel(QObject *parent) : QAbstractItemModel(parent) {}

void FactsModel::setDocument(const std::optional<StoredDocument> &document)
{
    beginResetModel();
    m_sections.clear();
    m_documentId = document ? document->id : 0;
    if (document)
        build(*document);
    endResetModel();
}

void FactsModel::build(const StoredDocument &doc)
{
    const DocumentFacts &f = doc.facts;
    // First, what the reader could not read: the facts below are incomplete without them.
    if (!f.warnings.isEmpty()) {
        Section review{tr("Needs review (%1)").arg(f.warnings.size()), {}, true};
        for (const QString &key : f.warnings)
            review.rows.append({FactLabels::label(key), tr("Not found in the document; check the PDF"),
                                0, {}});
        m_sections.append(review);
    }
    Section about{tr("About"), {}};
    const auto add = [&about](const QString &label, const QString &value) {
        if (!value.isEmpty())
            about.rows.append({label, value, 0, {}});
    };
    add(tr("Title"), f.title);
    add(tr("Kind"), Kind::label(f.kind));
    // Filed under: the reference list's name and code; how the document names it, when that
    // differs; and whether the user assigned it.
    const QString named = f.authority.simplified();
    if (!doc.authorityCode.isEmpty()) {
        QString filed = tr("%1 (DfE code %2)").arg(doc.authorityName, doc.authorityCode);
        if (!doc.assignedAuthorityCode.isEmpty())
            filed += QLatin1Char(' ') + tr("assigned by hand");
        add(tr("Authority"), filed);
        if (!named.isEmpty() && named.compare(doc.authorityName, Qt::CaseInsensitive) != 0)
            add(tr("Named as"), named);
    } else {
        add(tr("Authority"), named.isEmpty() ? tr("Not recognised (the document names none)")
                                             : tr("Not recognised: \u201c%1\u201d").arg(named));
    }
    if (f.inspectionStart.isValid() || f.inspectionEnd.isValid())
        add(tr("Inspection dates"),
            f.inspectionStart == f.inspectionEnd || !f.inspectionEnd.isValid()
                ? longDate(f.inspectionStart)
                : tr("%1 to %2").arg(longDate(f.inspectionStart), longDate(f.inspectionEnd)));
    add(tr("Published"), longDate(f.published));
    if (f.kind == Kind::AreaSend) {
        // An outcome, not a grade: the area SEND framework's own three sentences.
        add(tr("Outcome"), SendOutcome::label(f.outcome));
        add(tr("Previous inspection"), f.previousInspection.isValid()
                                           ? longDate(f.previousInspection)
                                           : tr("None (or not found)"));
    }
    add(tr("Lead inspector"), f.leadInspector);
    if (f.inspectors.size() > 1)
        add(tr("Inspectors"), f.inspectors.join(QStringLiteral(", ")));
    add(tr("File"), doc.fileName);
    add(tr("Pages"), QString::number(doc.pageCount));
    m_sections.append(about);

    if (!f.judgements.isEmpty() || !f.otherJudgements.isEmpty()) {
        Section judgements{tr("Judgements"), {}};
        for (const QString &area : Area::all())
            if (f.judgements.contains(area))
                judgements.rows.append({Area::label(area), Grade::label(f.judgements.value(area)),
                                        0, {}});
        for (auto it = f.otherJudgements.cbegin(); it != f.otherJudgements.cend(); ++it)
            judgements.rows.append({it.key(), it.value(), 0, {}});
        m_sections.append(judgements);
    }
    const auto addRecommendations = [this](const QString &title,
                                           const QList<Recommendation> &items) {
        if (items.isEmpty())
            return;
        Section s{title, {}};
        for (const Recommendation &r : items) {
            // Area SEND reports: a priority action names the body responsible for it.
            const QString value = r.responsibleBody.isEmpty()
                                      ? r.text
                                      : tr("%1\n(Priority action for %2)").arg(r.text, r.responsibleBody);
            s.rows.append({QString::number(r.number), value, r.page, r.text});
        }
        m_sections.append(s);
    };
    addRecommendations(tr("Recommendations (%1)").arg(f.recommendations.size()),
                       f.recommendations);
    addRecommendations(tr("LSCB recommendations (%1)").arg(f.lscbRecommendations.size()),
                       f.lscbRecommendations);
    if (!f.findings.isEmpty()) {
        Section findings{tr("Findings (%1)").arg(f.findings.size()), {}};
        for (const Finding &finding : f.findings) {
            const QString label = finding.number > 0 ? QString::number(finding.number)
                                                     : finding.section;
            findings.rows.append({label, finding.text, finding.page, finding.text});
        }
        m_sections.append(findings);
    }
}

QModelIndex FactsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSection);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FactsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSection)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSection);
}

int FactsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kSection)
        return 0;
    return int(m_sections.at(parent.row()).rows.size());
}

int FactsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSection) {
        const Section &s = m_sections.at(index.row());
        if (role == Qt::DisplayRole && index.column() == LabelColumn)
            return s.title;
        if (role == NodeTypeRole)
            return QVariant::fromValue(NodeType::Section);
        if (role == NeedsReviewRole)
            return s.needsReview;
        return {};
    }
    const Row &row = m_sections.at(int(index.internalId() - 1)).rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? row.label : row.value;
    case Qt::ToolTipRole:
        return row.page > 0 ? tr("%1\n(page %2; double-click to show it)").arg(row.value).arg(row.page)
                            : row.value;
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::Fact);
    case DocumentIdRole:
        return m_documentId;
    case PageRole:
        return row.page;
    case PassageRole:
        return row.passage;
    default:
        return {};
    }
}

QVariant FactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Fact") : tr("Value");
}

} // namespace oversight
