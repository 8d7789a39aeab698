#pragma once

#include "annotations/Annotation.h"
#include "store/DocumentStore.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Helpers shared by the annotation suites: documents made by hand (quick, for commands and
// models) or read from the checked-in PDFs (for the store's survival tests).
namespace oversight::test {

// A document filed under authority (as named, with its DfE code if given), of kind, published
// on date, with the given recommendations (one per page, from page 2) and findings.
// Returns its id, or 0.
qint64 addHandmadeDocument(DocumentStore &store, const QString &authority, const QString &kind,
                           const QDate &published, const QStringList &recommendations = {},
                           const QStringList &findings = {}, const QString &authorityCode = {});

// Reads a tests/data PDF as import would, ready for DocumentStore::add (which may run against
// an older schema than ImportJob would migrate to).
NewDocument readDataDocument(const QString &name);

// Imports tests/data files into the database at path with ImportJob; false if any failed.
bool importData(const QString &databasePath, const QStringList &names);

// An annotation on page 1 of a document with one box, linked to items.
Annotation makeAnnotation(qint64 documentId, const QList<qint64> &itemIds,
                          const QString &status = Status::NotAssessed,
                          const QString &note = {});

// A checklist with items titled as given.
Checklist makeChecklist(const QString &name, const QStringList &titles, qint64 authorityId = 0);

} // namespace oversight::test
