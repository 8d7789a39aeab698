#pragma once

#include "analysis/AnalysisQueries.h"

#include <QDate>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QSlider)
QT_FORWARD_DECLARE_CLASS(QTimer)
QT_FORWARD_DECLARE_CLASS(QToolButton)

namespace oversight {

class ChartPanel;
class EnglandMap;
class MapData;

// The map tab: England's authorities coloured by the grade they stood at on a date for one
// judgement area (or, with the choice "Area SEND outcome", by their latest area SEND outcome),
// a slider over the dates of the inspections held, and a play button that replays the
// history. The map has a table of the same numbers and exports like every chart.
class MapPanel : public QWidget
{
    Q_OBJECT
public:
    // map: the boundaries (MapData::england() unless a test gives its own); must outlive this.
    explicit MapPanel(const MapData *map = nullptr, QWidget *parent = nullptr);

    // documents: every authority's (AnalysisQueries::allDocuments). The slider spans the dates
    // of the graded ones and moves to the last unless a date was chosen and still fits.
    void setDocuments(const QList<GradedDocument> &documents);
    void setArea(const QString &area);
    QString area() const;
    void setDate(const QDate &date);
    QDate date() const { return m_date; }

    void play();
    void stop();
    bool isPlaying() const;

    EnglandMap *map() const { return m_map; }
    ChartPanel *chartPanel() const { return m_panel; }
    QSlider *slider() const { return m_slider; }

signals:
    // The authority (DfE code) clicked on the map.
    void authorityActivated(const QString &code);
    void documentActivated(qint64 documentId);

private:
    void redraw();
    void step();
    void sliderMoved(int day);

    const MapData *m_data = nullptr;
    QList<GradedDocument> m_documents;
    QDate m_first;
    QDate m_date;
    bool m_dateChosen = false;
    QComboBox *m_area = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_dateLabel = nullptr;
    QToolButton *m_play = nullptr;
    QTimer *m_timer = nullptr;
    EnglandMap *m_map = nullptr;
    ChartPanel *m_panel = nullptr;
};

} // namespace oversight
