#pragma once

#include "store/Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace oversight {

// One document as the charts see it: where it is filed, when, what kind, and its grades.
struct GradedDocument
{
    qint64 id = 0;
    qint64 authorityId = 0;
    QString authorityCode; // DfE code; empty when the authority matched none
    QString authorityName;
    QDate date; // the filing date (published, else end of inspection): where charts place it
    // The date lists show it under (DocumentDate::of: the inspection's last day, else its first,
    // else publication), which tooltips and tables name beside the filing date.
    QDate listDate;
    QString kind;
    QMap<QString, QString> grades; // Area -> Grade, only those the document gives
    // Area SEND inspections: the outcome (a SendOutcome value; empty when not read). Never
    // one of the grades: it has no place on the four-point scale.
    QString outcome;
};

// The read-only SQL behind the analysis features. Plain SQL with bound parameters (the one
// SQLite-only part, reading the outcome from the facts kept whole, comes from SqliteDialect), on the connection of the Database given; use it from that database's thread.
// Documents without a filing date are left out: they cannot be placed on a time axis.
class AnalysisQueries
{
public:
    explicit AnalysisQueries(Database &database);

    // Every dated document of one authority, oldest first, with its grades.
    QList<GradedDocument> authorityDocuments(qint64 authorityId) const;
    // Every dated document of every authority that has a DfE code, with its grades, oldest
    // first; documents of kinds that carry no grades are included (their grades are empty).
    QList<GradedDocument> allDocuments() const;

    // The stored authority for a DfE code or a name as the user types it (case-insensitive,
    // canonical or as written in documents); 0 when there is none.
    qint64 authorityIdFor(const QString &codeOrName) const;
    // Document id -> outcome (a SendOutcome value) of every area SEND inspection stored, filed
    // or not; an outcome not read is an empty string.
    QHash<qint64, QString> sendOutcomes() const;
    // DfE code -> stored authority id, for every stored authority with a code.
    QMap<QString, qint64> authorityIdsByCode() const;

    QString lastError() const { return m_error; }

private:
    QList<GradedDocument> run(const QString &where, const QVariantList &values) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace oversight
