#pragma once

#include "store/DocumentStore.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

// Stores for the analysis and chart suites: real reports imported through the real import
// job, and documents with chosen facts added through the real DocumentStore.
namespace oversight::test {

// Imports tests/data files into the database file at dbPath; file name -> document id
// (missing when a file was not imported).
QMap<QString, qint64> importData(const QString &dbPath, const QStringList &names);

// A document of an authority (DfE code) with the grades given (Area -> Grade), filed on date.
// seed makes its hash unique.
NewDocument documentWithGrades(const QString &code, const QDate &date, const QString &kind,
                               const QMap<QString, QString> &grades, int seed);

// An area SEND inspection of an authority (DfE code) with the outcome given (a SendOutcome),
// its inspection ending on date and no publication date, as the reports print none. seed
// makes its hash unique.
NewDocument areaSendDocument(const QString &code, const QDate &date, const QString &outcome,
                             int seed);

} // namespace oversight::test
