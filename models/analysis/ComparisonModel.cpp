#include "ComparisonModel.h"

namespace oversight {

ComparisonModel::ComparisonModel(Part part, QObject *parent)
    : QAbstractTableModel(parent), m_part(part)
{
}

void ComparisonModel::setComparison(const DocumentComparison &comparison)
{
    beginResetModel();
    m_rows.clear();
    // A side with no document (nothing chosen yet) is headed "A" or "B", not "Other document".
    m_titleA = comparison.a.id > 0 ? comparison.a.displayTitle() : QString();
    m_titleB = comparison.b.id > 0 ? comparison.b.displayTitle() : QString();
    build(comparison);
    endResetModel();
}

void ComparisonModel::build(const DocumentComparison &c)
{
    switch (m_part) {
    case Part::Judgements:
        for (const JudgementChange &j : c.judgements) {
            m_rows.append({judgementRowLabel(j), judgementValueLabel(j, j.from),
                           judgementValueLabel(j, j.to), gradeChangeLabel(j.change), QString(), 0,
                           0, 0});
        }
        break;
    case Part::Recommendations: {
        const QList<Recommendation> &ra = c.a.facts.recommendations;
        const QList<Recommendation> &rb = c.b.facts.recommendations;
        for (const RecommendationMatch &m : c.recommendations) {
            Row row;
            if (m.a >= 0) {
                row.a = ra.at(m.a).text;
                row.pageA = ra.at(m.a).page;
                row.item = recommendationLabel(tr("A"), ra.at(m.a), c.a.facts.kind);
            }
            if (m.b >= 0) {
                row.b = rb.at(m.b).text;
                row.pageB = rb.at(m.b).page;
                row.item += (row.item.isEmpty() ? QString() : QStringLiteral(" → "))
                            + recommendationLabel(tr("B"), rb.at(m.b), c.b.facts.kind);
            }
            row.change = matchLabel(m);
            if (m.status() == RecommendationMatch::Status::CarriedForward) {
                row.score = m.score;
                row.strength = tr("%1 (%2)").arg(matchStrengthLabel(m.score),
                                                 QString::number(m.score, 'f', 2));
            }
            m_rows.append(row);
        }
        break;
    }
    case Part::Findings:
        // Side by side within each section: the n-th paragraph of A beside the n-th of B.
        for (const FindingsSection &s : c.findings) {
            const qsizetype n = qMax(s.a.size(), s.b.size());
            for (qsizetype i = 0; i < n; ++i) {
                Row row;
                row.item = s.section;
                if (i < s.a.size()) {
                    row.a = s.a.at(i).text;
                    row.pageA = s.a.at(i).page;
                }
                if (i < s.b.size()) {
                    row.b = s.b.at(i).text;
                    row.pageB = s.b.at(i).page;
                }
                m_rows.append(row);
            }
        }
        break;
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ItemColumn: return row.item;
        case AColumn: return row.a;
        case BColumn: return row.b;
        case ChangeColumn: return row.change;
        case StrengthColumn: return row.strength;
        default: return {};
        }
    case PageARole: return row.pageA;
    case PassageARole: return row.a;
    case PageBRole: return row.pageB;
    case PassageBRole: return row.b;
    case ScoreRole: return row.score;
    default: return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case ItemColumn:
        return m_part == Part::Judgements ? tr("Area")
               : m_part == Part::Findings ? tr("Section")
                                          : tr("Numbers");
    case AColumn: return m_titleA.isEmpty() ? tr("A") : m_titleA;
    case BColumn: return m_titleB.isEmpty() ? tr("B") : m_titleB;
    case ChangeColumn: return tr("Change");
    case StrengthColumn: return tr("Match strength");
    default: return {};
    }
}

} // namespace oversight
