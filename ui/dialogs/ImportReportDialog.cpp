#include "ImportReportDialog.h"

#include "domain/DocumentFacts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

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

QString detailText(const ImportOutcome &o, const QHash<qint64, QString> &storedTitles)
{
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        return o.authority.isEmpty()
                   ? ImportReportDialog::tr("%1, %n page(s); no authority named", nullptr, o.pages)
                         .arg(Kind::label(o.kind))
                   : ImportReportDialog::tr("%1, %2, %n page(s)", nullptr, o.pages)
                         .arg(Kind::label(o.kind), o.authority);
    case ImportOutcome::Status::Duplicate:
        if (const QString title = storedTitles.value(o.documentId); !title.isEmpty())
            return ImportReportDialog::tr("The same content is already in the database: %1").arg(title);
        return ImportReportDialog::tr("The same content is already in the database");
    case ImportOutcome::Status::Rejected:
        return o.reason;
    case ImportOutcome::Status::Cancelled:
        return ImportReportDialog::tr("Not imported: the import was cancelled");
    }
    return {};
}

} // namespace

ImportReportDialog::ImportReportDialog(const QList<ImportOutcome> &outcomes,
                                       const QHash<qint64, QString> &storedTitles, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import report"));
    int counts[4] = {0, 0, 0, 0};
    // What needs the user's attention first: rejected files, then cancelled ones, then the
    // rest, each in the order they were imported.
    QList<ImportOutcome> ordered = outcomes;
    const auto rank = [](ImportOutcome::Status status) {
        switch (status) {
        case ImportOutcome::Status::Rejected: return 0;
        case ImportOutcome::Status::Cancelled: return 1;
        case ImportOutcome::Status::Duplicate: return 2;
        case ImportOutcome::Status::Imported: return 3;
        }
        return 4;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const ImportOutcome &a, const ImportOutcome &b) {
                         return rank(a.status) < rank(b.status);
                     });
    auto *table = new QTableWidget(int(ordered.size()), ColumnCount, this);
    table->setObjectName(QStringLiteral("importReportTable"));
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    table->setAccessibleName(tr("Files and what happened to them"));
    table->setHorizontalHeaderLabels({tr("Result"), tr("File"), tr("Folder"), tr("Details")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ofsted's files mostly share a few names: the folder tells them apart. Its middle goes
    // first when it is long, the full path is in the tooltip.
    table->setTextElideMode(Qt::ElideMiddle);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    for (int row = 0; row < ordered.size(); ++row) {
        const ImportOutcome &o = ordered.at(row);
        ++counts[int(o.status)];
        const QFileInfo info(o.path);
        const QString fullPath = QDir::toNativeSeparators(info.absoluteFilePath());
        auto *result = new QTableWidgetItem(resultText(o));
        if (o.status == ImportOutcome::Status::Rejected)
            result->setForeground(QColor(0xb0, 0x1c, 0x1c));
        table->setItem(row, ResultColumn, result);
        auto *file = new QTableWidgetItem(info.fileName());
        file->setToolTip(fullPath);
        table->setItem(row, FileColumn, file);
        auto *folder = new QTableWidgetItem(QDir::toNativeSeparators(info.absolutePath()));
        folder->setToolTip(fullPath);
        table->setItem(row, FolderColumn, folder);
        const QString details = detailText(o, storedTitles);
        auto *detail = new QTableWidgetItem(details);
        detail->setToolTip(details);
        table->setItem(row, DetailsColumn, detail);
    }
    // By any column; until then, rejected first. No sort indicator before sorting is turned on:
    // QTableView sorts at once by the indicator's column (Result, descending), which put
    // imported files before cancelled and already present ones.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(FolderColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(FileColumn);
    table->setColumnWidth(FileColumn, std::min(table->columnWidth(FileColumn), 340));
    table->setColumnWidth(FolderColumn, 260);

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
    resize(1040, 460);
}

} // namespace oversight
