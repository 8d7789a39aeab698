#pragma once

#include "analysis/DataTable.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QHBoxLayout)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
QT_FORWARD_DECLARE_CLASS(QToolButton)

namespace oversight {

class DataTableModel;

// A chart with its numbers: a toggle between the chart and a table of the same data, and
// export of the chart to PNG or SVG (and of the table to CSV). The chart widget is any widget
// (a chart view, the map); the panel takes ownership of it.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(QWidget *chart, const QString &objectName, QWidget *parent = nullptr);

    QWidget *chartWidget() const { return m_chart; }
    DataTableModel *tableModel() const { return m_model; }
    void setTable(const DataTable &table);
    // A widget to sit at the left of the panel's tool row (the chart's own choices).
    void setControls(QWidget *controls);

    void showTable(bool table);
    bool isShowingTable() const;

    // Asks for a file and writes the chart (.png/.svg) there; errors show inline.
    void exportChart();
    void exportTable();
    // Where an export is offered first: the chart's title as a file name (with extension,
    // ".png" or ".csv"), in the folder the last export went to, else the user's documents.
    QString suggestedPath(const QString &extension) const;

signals:
    void documentActivated(qint64 documentId);

private:
    static void rememberFolder(const QString &path);

    QWidget *m_chart = nullptr;
    QTableView *m_table = nullptr;
    DataTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_tableToggle = nullptr;
    QLabel *m_message = nullptr;
    QHBoxLayout *m_tools = nullptr;
};

} // namespace oversight
