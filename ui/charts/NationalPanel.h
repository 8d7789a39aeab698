#pragma once

#include "analysis/AnalysisQueries.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QSpinBox)

namespace oversight {

class ChartPanel;
class GradeDistributionChart;
class OutcomeCountChart;

// The national picture: for a range of years, how many authorities stand at each grade on
// each judgement area, and, for one area, how that moved year by year; beside them, how many
// authorities' latest area SEND inspection in those years had each outcome (a chart of its own:
// outcomes are not grades).
class NationalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NationalPanel(QWidget *parent = nullptr);

    // documents: every authority's (AnalysisQueries::allDocuments). Sets the year range to
    // the years the documents cover when it was never chosen.
    void setDocuments(const QList<GradedDocument> &documents);
    void setYears(int from, int to);
    void setArea(const QString &area);

    GradeDistributionChart *byAreaChart() const { return m_byArea; }
    GradeDistributionChart *byYearChart() const { return m_byYear; }
    ChartPanel *byAreaPanel() const { return m_byAreaPanel; }
    OutcomeCountChart *outcomeChart() const { return m_outcomes; }
    ChartPanel *outcomePanel() const { return m_outcomesPanel; }

private:
    void redraw();

    QList<GradedDocument> m_documents;
    bool m_yearsChosen = false;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QComboBox *m_area = nullptr;
    GradeDistributionChart *m_byArea = nullptr;
    GradeDistributionChart *m_byYear = nullptr;
    ChartPanel *m_byAreaPanel = nullptr;
    ChartPanel *m_byYearPanel = nullptr;
    OutcomeCountChart *m_outcomes = nullptr;
    ChartPanel *m_outcomesPanel = nullptr;
};

} // namespace oversight
