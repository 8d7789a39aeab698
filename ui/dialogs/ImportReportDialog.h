#pragma once

#include "import/ImportJob.h"

#include <QDialog>

namespace oversight {

// What happened to every file of an import batch: imported, already present, rejected (why),
// or cancelled; each file by name and folder, rejected files first, sortable by any column.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ResultColumn, FileColumn, FolderColumn, DetailsColumn, ColumnCount };

    explicit ImportReportDialog(const QList<ImportOutcome> &outcomes, QWidget *parent = nullptr);
};

} // namespace oversight
