#pragma once

#include "store/DocumentStore.h"

#include <QAbstractItemModel>
#include <QJsonValue>

#include <optional>

namespace oversight {

// What was understood from one document, as sections (About, Judgements, Recommendations,
// Findings…) of label/value rows, after a first "Needs review" section (NeedsReviewRole) that
// lists the facts the reader could not read, when there are any. Rows that sit on a page carry
// PageRole and PassageRole so that a view can show them in the PDF.
//
// Rows of facts a user can correct carry FactFieldRole and are editable in the value column:
// EditRole gives and takes a QDate for dates (invalid: not stated), a Kind or Grade key (""
// for "not given") for kinds and judgements, a DfE LA code for the authority, "; " between
// inspectors' names, and a recommendation's text. setData() changes nothing itself: it asks
// for the correction (correctionRequested) and the facts come back corrected through
// setDocument() once it is stored. Corrected rows carry CorrectedRole, a mark and a tooltip
// saying what the reader read, and when and by whom it was corrected.
class FactsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };

    explicit FactsModel(QObject *parent = nullptr);

    void setDocument(const std::optional<StoredDocument> &document);
    qint64 documentId() const { return m_documentId; }
    // The document shown (with its corrections); nullopt when none.
    const std::optional<StoredDocument> &document() const { return m_document; }
    // For a recommendation row: its list's field and its position in the list; ("", -1)
    // for any other row.
    std::pair<QString, int> recommendationAt(const QModelIndex &index) const;
    // The index of the value of a field's row (for a list, of its item at position item).
    QModelIndex indexOfField(const QString &field, int item = -1) const;
    // The document's correction of a field; nullptr when the field is as read.
    const FactCorrection *correctionOf(const QString &field) const;
    // Whether the first section lists what the reader could not read (or the user's mark).
    bool hasReviewSection() const { return !m_sections.isEmpty() && m_sections.first().isReview; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user edited a fact: correct field of the document to value (FactField's shape).
    // description is the undo stack's words for it.
    void correctionRequested(qint64 documentId, const QString &field, const QJsonValue &value,
                             const QString &description);

private:
    struct Row
    {
        QString label;
        QString value;
        int page = 0;
        QString passage;
        QString field;  // the FactField it shows; empty when it cannot be corrected
        int item = -1;  // a recommendation's position in its list
    };
    QVariant editValue(const Row &row) const;
    QString correctionTip(const Row &row) const;
    struct Section
    {
        QString title;
        QList<Row> rows;
        bool needsReview = false; // the facts the reader could not read, still to review
        bool isReview = false;    // the first section: what the reader could not read
    };
    void build(const StoredDocument &doc);

    qint64 m_documentId = 0;
    std::optional<StoredDocument> m_document;
    QList<Section> m_sections;
};

} // namespace oversight
