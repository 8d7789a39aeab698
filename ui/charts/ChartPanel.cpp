#include "ChartPanel.h"

#include "ChartExport.h"

#include "analysis/DataTableModel.h"
#include "itemmodels/ItemRoles.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace oversight {

ChartPanel::ChartPanel(QWidget *chart, const QString &objectName, QWidget *parent)
    : QWidget(parent), m_chart(chart)
{
    setObjectName(objectName);
    m_model = new DataTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setAccessibleName(tr("Table of the chart's numbers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(DocumentIdRole).toLongLong();
        if (id > 0)
            emit documentActivated(id);
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(chart);
    m_stack->addWidget(m_table);

    m_tableToggle = new QToolButton(this);
    m_tableToggle->setObjectName(objectName + QStringLiteral("TableToggle"));
    m_tableToggle->setText(tr("Show as table"));
    m_tableToggle->setAccessibleName(tr("Show the chart's numbers as a table"));
    m_tableToggle->setCheckable(true);
    connect(m_tableToggle, &QToolButton::toggled, this, &ChartPanel::showTable);

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(objectName + QStringLiteral("Export"));
    exportButton->setText(tr("Export chart…"));
    exportButton->setAccessibleName(tr("Export the chart as PNG or SVG"));
    connect(exportButton, &QToolButton::clicked, this, &ChartPanel::exportChart);

    auto *csvButton = new QToolButton(this);
    csvButton->setObjectName(objectName + QStringLiteral("ExportCsv"));
    csvButton->setText(tr("Export table…"));
    csvButton->setAccessibleName(tr("Export the chart's numbers as CSV"));
    connect(csvButton, &QToolButton::clicked, this, &ChartPanel::exportTable);

    m_message = new QLabel(this);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_tools = new QHBoxLayout;
    m_tools->addStretch();
    m_tools->addWidget(m_tableToggle);
    m_tools->addWidget(exportButton);
    m_tools->addWidget(csvButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_tools);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setControls(QWidget *controls)
{
    m_tools->insertWidget(0, controls, 1);
}

void ChartPanel::setTable(const DataTable &table)
{
    m_model->setTable(table);
}

void ChartPanel::showTable(bool table)
{
    m_stack->setCurrentIndex(table ? 1 : 0);
    m_tableToggle->setChecked(table);
    m_tableToggle->setText(table ? tr("Show as chart") : tr("Show as table"));
}

bool ChartPanel::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

QString ChartPanel::suggestedPath(const QString &extension) const
{
    // The chart's title as a file name, in the folder the last export went to (the user's
    // documents the first time), never the program's working folder.
    QString title;
    if (const auto *view = qobject_cast<const QChartView *>(m_chart))
        title = view->chart()->title();
    QString name;
    for (const QChar c : (title.isEmpty() ? objectName() : title).toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    const QString folder = QSettings().value(QStringLiteral("export/lastFolder"),
                                             QStandardPaths::writableLocation(
                                                 QStandardPaths::DocumentsLocation))
                               .toString();
    return QDir(folder).filePath(name.left(80) + extension);
}

void ChartPanel::rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
}

void ChartPanel::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), suggestedPath(QStringLiteral(".png")),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QString error;
    const bool ok = ChartExport::exportWidget(m_chart, path, &error);
    m_message->setText(ok ? tr("Saved %1.").arg(path) : error);
    m_message->show();
}

void ChartPanel::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"),
                                                      suggestedPath(QStringLiteral(".csv")),
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                    && file.write(toCsv(m_model->table()).toUtf8()) >= 0;
    m_message->setText(ok ? tr("Saved %1.").arg(path) : tr("Cannot write %1.").arg(path));
    m_message->show();
}

} // namespace oversight
