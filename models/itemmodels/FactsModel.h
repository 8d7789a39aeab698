#pragma once

#include "store/DocumentStore.h"

#include <QAbstractItemModel>

#include <optional>

namespace oversight {

// What was understood from one document, as sections (About, Judgements, Recommendations,
// Findings…) of label/value rows, after a first "Needs review" section (NeedsReviewRole) that
// lists the facts the reader could not read, when there are any. Rows that sit on a page carry
// PageRole and PassageRole so that a view can show them in the PDF.
class FactsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };

    explicit FactsModel(QObject *parent = nullptr);

    void setDocument(const std::optional<StoredDocument> &document);
    qint64 documentId() const { return m_documentId; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString value;
        int page = 0;
        QString passage;
    };
    struct Section
    {
        QString title;
        QList<Row> rows;
        bool needsReview = false; // the facts the reader could not read
    };
    void build(const StoredDocument &doc);

    qint64 m_documentId = 0;
    QList<Section> m_sections;
};

} // namespace oversight
