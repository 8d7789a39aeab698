#pragma once

#include "analysis/AnalysisQueries.h"

#include <QStringList>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)

namespace oversight {

class ChartPanel;
class GradeTimelineChart;

// Several authorities on one judgement area: the selected authority with its statistical
// neighbours, or with its region, chosen in one click.
class PeersPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Peers { StatisticalNeighbours, Region };

    explicit PeersPanel(QWidget *parent = nullptr);

    // documents: every authority's (AnalysisQueries::allDocuments), kept for redrawing.
    void setDocuments(const QList<GradedDocument> &documents);
    void setAuthority(const QString &code);
    void setArea(const QString &area);
    void choosePeers(Peers peers);

    QStringList codes() const { return m_codes; }
    GradeTimelineChart *chart() const { return m_chart; }
    ChartPanel *panel() const { return m_panel; }

signals:
    void documentActivated(qint64 documentId);

private:
    void redraw();

    QList<GradedDocument> m_documents;
    QString m_code;
    Peers m_peers = Peers::StatisticalNeighbours;
    QStringList m_codes;
    QComboBox *m_area = nullptr;
    GradeTimelineChart *m_chart = nullptr;
    ChartPanel *m_panel = nullptr;
    QPushButton *m_neighboursButton = nullptr;
    QPushButton *m_regionButton = nullptr;
    QLabel *m_without = nullptr; // the peers with no inspection in the library, by name
};

} // namespace oversight
