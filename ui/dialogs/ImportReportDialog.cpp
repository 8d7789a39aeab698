#include "ImportReportDialog.h"

#include "domain/DocumentFacts.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString resultText(const ImportOutcome &o)
{
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        return ImportReportDialog::tr("Imported");
    case ImportOutcome::Status::Duplicate:
        return ImportReportDialog::tr("Already present");
    case ImportOutcome::Status::Rejected:
        return ImportReportDialog::tr("Rejected");
    case ImportOutcome::Status::Cancelled:
        return ImportReportDialog::tr("Cancelled");
    }
    return {};
}

QString detailText(const ImportOutcome &o)
{
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        return o.authority.isEmpty()
                   ? ImportReportDialog::tr("%1, %n page(s); no authority named", nullptr, o.pages)
                         .arg(Kind::label(o.kind))
                   : ImportReportDialog::tr("%1, %2, %n page(s)", nullptr, o.pages)
                         .arg(Kind::label(o.kind), o.authority);
    case ImportOutcome::Status::Duplicate:
        return ImportReportDialog::tr("The same content is already in the database");
    case ImportOutcome::Status::Rejected:
        return o.reason;
    case ImportOutcome::Status::Cancelled:
        return ImportReportDialog::tr("Not imported: the import was cancelled");
    }
    return {};
}

} // namespace

ImportReportDialog::ImportReportDialog(const QList<ImportOutcome> &outcomes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import report"));
    int counts[4] = {0, 0, 0, 0};
    auto *table = new QTableWidget(int(outcomes.size()), 3, this);
    table->setObjectName(QStringLiteral("importReportTable"));
    table->setAccessibleName(tr("Files and what happened to them"));
    table->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < outcomes.size(); ++row) {
        const ImportOutcome &o = outcomes.at(row);
        ++counts[int(o.status)];
        auto *file = new QTableWidgetItem(QFileInfo(o.path).fileName());
        file->setToolTip(o.path);
        table->setItem(row, 0, file);
        auto *result = new QTableWidgetItem(resultText(o));
        if (o.status == ImportOutcome::Status::Rejected)
            result->setForeground(QColor(0xb0, 0x1c, 0x1c));
        table->setItem(row, 1, result);
        auto *detail = new QTableWidgetItem(detailText(o));
        detail->setToolTip(detailText(o));
        table->setItem(row, 2, detail);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    auto *summary = new QLabel(
        tr("%1 files: %2 imported, %3 already present, %4 rejected, %5 cancelled.")
            .arg(outcomes.size())
            .arg(counts[int(ImportOutcome::Status::Imported)])
            .arg(counts[int(ImportOutcome::Status::Duplicate)])
            .arg(counts[int(ImportOutcome::Status::Rejected)])
            .arg(counts[int(ImportOutcome::Status::Cancelled)]),
        this);
    summary->setObjectName(QStringLiteral("importReportSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace oversight
