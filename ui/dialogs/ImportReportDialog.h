#pragma once

#include "import/ImportJob.h"

#include <QDialog>
#include <QHash>

namespace oversight {

// What happened to every file of an import batch: imported, already present, rejected (why),
// or cancelled; each file by name and folder, rejected files first, sortable by any column.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ResultColumn, FileColumn, FolderColumn, DetailsColumn, ColumnCount };

    // storedTitles: for files already present, how the library lists the document they
    // duplicate (ImportOutcome::documentId -> "Wandsworth: SIF inspection, 17 December 2015"),
    // so that a row says which one; without a title a row says only that it is there.
    explicit ImportReportDialog(const QList<ImportOutcome> &outcomes,
                                const QHash<qint64, QString> &storedTitles = {},
                                QWidget *parent = nullptr);
};

} // namespace oversight
