#pragma once

#include "import/ImportJob.h"

#include <QDialog>

namespace oversight {

// What happened to every file of an import batch: imported, already present, rejected (why),
// or cancelled.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(const QList<ImportOutcome> &outcomes, QWidget *parent = nullptr);
};

} // namespace oversight
