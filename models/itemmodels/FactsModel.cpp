#include "FactsModel.h"

#include "domain/RecommendationCorrection.h"

#include "FactLabels.h"
#include "ItemRoles.h"

#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace oversight {

namespace {
constexpr quintptr kSection = 0;

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

// Kinds whose format grades the judgement areas: every area shows, "Not given" when absent,
// so that a missing grade can be put in.
bool gradesAreas(const QString &kind)
{
    return kind == Kind::Sif || kind == Kind::SifReinspection || kind == Kind::IlacsStandard
           || kind == Kind::IlacsShort;
}
} // namespace

FactsModel::FactsModel(QObject *parent) : QAbstractItemModel(parent) {}

void FactsModel::setDocument(const std::optional<StoredDocument> &document)
{
    beginResetModel();
    m_sections.clear();
    m_documentId = document ? document->id : 0;
    m_document = document;
    if (document)
        build(*document);
    endResetModel();
}

void FactsModel::build(const StoredDocument &doc)
{
    const DocumentFacts &f = doc.facts;
    // First, what the reader could not read: the facts below are incomplete without them.
    if (!f.warnings.isEmpty() || doc.review == ReviewState::Flagged) {
        // Once the user has reviewed the document, the reader's gaps are listed as such.
        Section review{doc.needsReview() ? tr("Needs review (%1)").arg(f.warnings.size() + int(doc.review == ReviewState::Flagged))
                                         : tr("Not found by the reader (reviewed)"),
                       {}, doc.needsReview(), true};
        if (doc.review == ReviewState::Flagged)
            review.rows.append({tr("Marked by you"),
                                tr("You marked this document as needing review"), 0, {}, {}, -1});
        for (const QString &key : f.warnings)
            review.rows.append({FactLabels::label(key),
                                tr("Not found in the document; check the PDF, then correct it "
                                   "(F2) or confirm it"),
                                0, {}, FactField::isCorrectable(key) ? key : QString(), -1});
        m_sections.append(review);
    }
    Section about{tr("About"), {}};
    const auto add = [&about](const QString &label, const QString &value) {
        if (!value.isEmpty())
            about.rows.append({label, value, 0, {}, {}, -1});
    };
    // A fact the user can correct shows even when empty, so that it can be put in.
    const auto addFact = [&about, this](const QString &label, const QString &value,
                                        const QString &field) {
        about.rows.append({label, value.isEmpty() ? tr("Not given") : value, 0, {}, field, -1});
    };
    add(tr("Title"), f.title);
    addFact(tr("Kind"), Kind::label(f.kind), FactField::Kind);
    // Filed under: the reference list's name and code; how the document names it, when that
    // differs; and whether the user assigned it.
    const QString named = f.authority.simplified();
    if (!doc.authorityCode.isEmpty()) {
        QString filed = tr("%1 (DfE code %2)").arg(doc.authorityName, doc.authorityCode);
        if (!doc.assignedAuthorityCode.isEmpty())
            filed += QLatin1Char(' ') + tr("assigned by hand");
        addFact(tr("Authority"), filed, FactField::Authority);
        if (!named.isEmpty() && named.compare(doc.authorityName, Qt::CaseInsensitive) != 0)
            add(tr("Named as"), named);
    } else {
        addFact(tr("Authority"),
                named.isEmpty() ? tr("Not recognised (the document names none)")
                                : tr("Not recognised: \u201c%1\u201d").arg(named),
                FactField::Authority);
    }
    addFact(tr("Inspection start"), longDate(f.inspectionStart), FactField::InspectionStart);
    addFact(tr("Inspection end"), longDate(f.inspectionEnd), FactField::InspectionEnd);
    addFact(tr("Published"), longDate(f.published), FactField::Published);
    if (f.kind == Kind::AreaSend) {
        // An outcome, not a grade: the area SEND framework's own three sentences.
        addFact(tr("Outcome"), SendOutcome::label(f.outcome), FactField::Outcome);
        addFact(tr("Previous inspection"), f.previousInspection.isValid()
                                               ? longDate(f.previousInspection)
                                               : tr("None (or not found)"),
                FactField::PreviousInspection);
    }
    addFact(tr("Lead inspector"), f.leadInspector, FactField::LeadInspector);
    addFact(tr("Inspectors"), f.inspectors.join(QStringLiteral("; ")), FactField::Inspectors);
    add(tr("File"), doc.fileName);
    add(tr("Pages"), QString::number(doc.pageCount));
    m_sections.append(about);

    if (!f.judgements.isEmpty() || !f.otherJudgements.isEmpty() || gradesAreas(f.kind)) {
        Section judgements{tr("Judgements"), {}};
        for (const QString &area : Area::all())
            if (f.judgements.contains(area) || gradesAreas(f.kind))
                judgements.rows.append({Area::label(area),
                                        f.judgements.contains(area)
                                            ? Grade::label(f.judgements.value(area))
                                            : tr("Not given"),
                                        0, {}, FactField::judgement(area), -1});
        for (auto it = f.otherJudgements.cbegin(); it != f.otherJudgements.cend(); ++it)
            judgements.rows.append({it.key(), it.value(), 0, {}, {}, -1});
        m_sections.append(judgements);
    }
    const auto addRecommendations = [this](const QString &title, const QString &field,
                                           const QList<Recommendation> &items) {
        if (items.isEmpty() && field == FactField::LscbRecommendations)
            return;
        Section s{title, {}};
        for (int i = 0; i < items.size(); ++i) {
            const Recommendation &r = items.at(i);
            // Area SEND reports: a priority action names the body responsible for it.
            const QString value = r.responsibleBody.isEmpty()
                                      ? r.text
                                      : tr("%1\n(Priority action for %2)").arg(r.text, r.responsibleBody);
            s.rows.append({QString::number(r.number), value, r.page, r.text, field, i});
        }
        m_sections.append(s);
    };
    addRecommendations(tr("Recommendations (%1)").arg(f.recommendations.size()),
                       FactField::Recommendations, f.recommendations);
    addRecommendations(tr("LSCB recommendations (%1)").arg(f.lscbRecommendations.size()),
                       FactField::LscbRecommendations, f.lscbRecommendations);
    if (!f.findings.isEmpty()) {
        Section findings{tr("Findings (%1)").arg(f.findings.size()), {}};
        for (const Finding &finding : f.findings) {
            const QString label = finding.number > 0 ? QString::number(finding.number)
                                                     : finding.section;
            findings.rows.append({label, finding.text, finding.page, finding.text, {}, -1});
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
    // An item of a corrected list is marked when the item itself differs from what was read.
    const FactCorrection *correction = correctionOf(row.field);
    const bool corrected = correction && (row.item < 0 || correction->isItemCorrected(row.item));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? row.label : row.value;
    case Qt::EditRole:
        return index.column() == ValueColumn ? editValue(row) : QVariant(row.label);
    case Qt::DecorationRole:
        // The mark of a correction, on the fact's name.
        return corrected && index.column() == LabelColumn
                   ? QIcon(QStringLiteral(":/oversight/icons/corrected.svg"))
                   : QVariant();
    case Qt::ToolTipRole: {
        QString tip = row.page > 0
                          ? tr("%1\n(page %2; double-click to show it)").arg(row.value).arg(row.page)
                          : row.value;
        if (corrected)
            tip += QStringLiteral("\n\n") + correctionTip(row);
        else if (!row.field.isEmpty())
            tip += QStringLiteral("\n") + tr("(F2 to correct it)");
        return tip;
    }
    case FactFieldRole:
        return row.field;
    case CorrectedRole:
        return corrected;
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

const FactCorrection *FactsModel::correctionOf(const QString &field) const
{
    if (!m_document || field.isEmpty())
        return nullptr;
    for (const FactCorrection &c : m_document->corrections)
        if (c.field == field)
            return &c;
    return nullptr;
}

QVariant FactsModel::editValue(const Row &row) const
{
    if (!m_document || row.field.isEmpty())
        return {};
    const DocumentFacts &f = m_document->facts;
    if (row.item >= 0)
        return row.passage;
    if (row.field == FactField::InspectionStart)
        return f.inspectionStart;
    if (row.field == FactField::InspectionEnd)
        return f.inspectionEnd;
    if (row.field == FactField::Published)
        return f.published;
    if (row.field == FactField::PreviousInspection)
        return f.previousInspection;
    if (row.field == FactField::Inspectors)
        return f.inspectors.join(QStringLiteral("; "));
    if (row.field == FactField::Authority)
        return m_document->authorityCode;
    return FactField::value(f, row.field).toString(); // kind, lead inspector, a grade or ""
}

QString FactsModel::correctionTip(const Row &row) const
{
    const FactCorrection *c = correctionOf(row.field);
    QString what = FactField::displayValue(row.field, c->readValue);
    if (row.item >= 0) {
        // One item of a corrected list: the items read that it comes from, if any.
        const QStringList sources =
            RecommendationCorrection::sourcesOf(c->sourcedValue().toArray(), row.item);
        what = sources.isEmpty() ? tr("nothing: the recommendation was added")
                                 : sources.join(QStringLiteral("\n"));
    }
    QString tip = c->correctedBy.isEmpty()
                      ? tr("Corrected on %1.").arg(QLocale().toString(c->correctedAt.toLocalTime(),
                                                                      QLocale::ShortFormat))
                      : tr("Corrected by %1 on %2.")
                            .arg(c->correctedBy,
                                 QLocale().toString(c->correctedAt.toLocalTime(), QLocale::ShortFormat));
    tip += QLatin1Char('\n') + tr("The reader read: %1").arg(what);
    if (c->readerAgrees())
        tip += QLatin1Char('\n') + tr("The reader now reads the same: the correction can be reverted.");
    return tip;
}

std::pair<QString, int> FactsModel::recommendationAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSection)
        return {QString(), -1};
    const Row &row = m_sections.at(int(index.internalId() - 1)).rows.at(index.row());
    return row.item >= 0 ? std::pair(row.field, row.item) : std::pair(QString(), -1);
}

QModelIndex FactsModel::indexOfField(const QString &field, int item) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        if (m_sections.at(s).needsReview)
            continue;
        const QList<Row> &rows = m_sections.at(s).rows;
        for (int r = 0; r < rows.size(); ++r)
            if (rows.at(r).field == field && rows.at(r).item == item)
                return index(r, ValueColumn, index(s, 0));
    }
    return {};
}

Qt::ItemFlags FactsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() != kSection && index.column() == ValueColumn
        && !m_sections.at(int(index.internalId() - 1)).rows.at(index.row()).field.isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FactsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !m_document)
        return false;
    const Row &row = m_sections.at(int(index.internalId() - 1)).rows.at(index.row());
    if (editValue(row) == value)
        return false; // nothing changed: no correction
    QJsonValue corrected;
    QString description = tr("Correct %1").arg(FactLabels::label(row.field));
    if (row.item >= 0) {
        QJsonArray items = FactField::value(m_document->facts, row.field).toArray();
        QJsonObject item = items.at(row.item).toObject();
        item.insert(QStringLiteral("text"), value.toString().simplified());
        items.replace(row.item, item);
        corrected = items;
        description = tr("Correct recommendation %1").arg(row.label);
    } else if (value.userType() == QMetaType::QDate) {
        const QDate date = value.toDate();
        corrected = date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    } else if (row.field == FactField::Inspectors) {
        QJsonArray names;
        for (const QString &name : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!name.simplified().isEmpty())
                names.append(name.simplified());
        corrected = names;
    } else if ((!FactField::judgementArea(row.field).isEmpty() || row.field == FactField::Outcome)
               && value.toString().isEmpty()) {
        corrected = QJsonValue::Null; // not given
    } else {
        corrected = value.toString().trimmed();
    }
    emit correctionRequested(m_documentId, row.field, corrected, description);
    return true;
}

QVariant FactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Fact") : tr("Value");
}

} // namespace oversight
