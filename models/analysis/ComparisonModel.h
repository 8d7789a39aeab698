#pragma once

#include "DocumentComparison.h"

#include <QAbstractTableModel>

namespace oversight {

// One part of a DocumentComparison as a table for the comparison view: the judgements with
// their change, the recommendations with their match, or the findings section by section.
// Every row says where its text sits in each document (page and passage, per side), so that
// choosing a row can scroll both PDFs to it.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Part { Judgements, Recommendations, Findings };
    enum Column { ItemColumn, AColumn, BColumn, ChangeColumn, StrengthColumn, ColumnCount };
    enum Role {
        PageARole = Qt::UserRole + 64, // int, 1-based; 0 when the row has no text in A
        PassageARole,                  // QString to find on that page
        PageBRole,
        PassageBRole,
        ScoreRole, // double, match strength of a recommendation pair
    };

    explicit ComparisonModel(Part part, QObject *parent = nullptr);

    void setComparison(const DocumentComparison &comparison);
    Part part() const { return m_part; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString item;
        QString a;
        QString b;
        QString change;
        QString strength;
        double score = 0;
        int pageA = 0;
        int pageB = 0;
    };
    void build(const DocumentComparison &c);

    Part m_part;
    QString m_titleA;
    QString m_titleB;
    QList<Row> m_rows;
};

} // namespace oversight
