#pragma once

#include "store/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace oversight {

// The database's contents for other tools: CSV for spreadsheets and JSON for programs.
// Use on the thread that owns the Database; blocks while it reads.
class DataExport
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)
public:
    explicit DataExport(Database &database);

    // One row per document: authority, its code, kind, dates, lead inspector and a column for
    // every judgement area (the grade in words), then counts. UTF-8 CSV with a BOM.
    QByteArray documentsCsv() const;
    // One row per annotation and checklist item it is linked to (one row when linked to none).
    QByteArray annotationsCsv() const;
    // Everything: authorities, documents with every fact, checklists with items, annotations.
    QJsonObject everything() const;

private:
    Database &m_database;
};

} // namespace oversight
