#include "PeersPanel.h"

#include "ChartPanel.h"
#include "GradeTimelineChart.h"

#include "analysis/GradeTimeline.h"
#include "analysis/PeerSelection.h"
#include "domain/DocumentFacts.h"
#include "understanding/AuthorityDirectory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

PeersPanel::PeersPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("peersPanel"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("peersArea"));
    m_area->setAccessibleName(tr("Judgement area"));
    for (const QString &area : Area::all())
        m_area->addItem(Area::label(area), area);
    connect(m_area, &QComboBox::currentIndexChanged, this, &PeersPanel::redraw);

    auto *neighbours = new QPushButton(tr("Statistical neighbours"), this);
    neighbours->setObjectName(QStringLiteral("peersNeighbours"));
    neighbours->setAccessibleName(tr("Compare with statistical neighbours"));
    connect(neighbours, &QPushButton::clicked, this,
            [this] { choosePeers(Peers::StatisticalNeighbours); });
    auto *region = new QPushButton(tr("Region"), this);
    region->setObjectName(QStringLiteral("peersRegion"));
    region->setAccessibleName(tr("Compare with the authorities of the region"));
    connect(region, &QPushButton::clicked, this, [this] { choosePeers(Peers::Region); });

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto *areaLabel = new QLabel(tr("&Area:"), controls);
    areaLabel->setBuddy(m_area);
    row->addWidget(areaLabel);
    row->addWidget(m_area);
    row->addWidget(neighbours);
    row->addWidget(region);
    row->addStretch();

    m_chart = new GradeTimelineChart;
    m_chart->setObjectName(QStringLiteral("peersChart"));
    m_panel = new ChartPanel(m_chart, QStringLiteral("peersChartPanel"), this);
    m_panel->setControls(controls);
    connect(m_chart, &GradeTimelineChart::documentActivated, this,
            &PeersPanel::documentActivated);
    connect(m_panel, &ChartPanel::documentActivated, this, &PeersPanel::documentActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
}

void PeersPanel::setDocuments(const QList<GradedDocument> &documents)
{
    m_documents = documents;
    redraw();
}

void PeersPanel::setAuthority(const QString &code)
{
    m_code = code;
    redraw();
}

void PeersPanel::setArea(const QString &area)
{
    const int index = m_area->findData(area);
    if (index >= 0)
        m_area->setCurrentIndex(index);
}

void PeersPanel::choosePeers(Peers peers)
{
    m_peers = peers;
    redraw();
}

void PeersPanel::redraw()
{
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    m_codes = m_peers == Peers::Region ? PeerSelection::region(directory, m_code)
                                       : PeerSelection::statisticalNeighbours(directory, m_code);
    const QString area = m_area->currentData().toString();
    GradeTimeline timeline = peersTimeline(area, m_codes, m_documents);
    const QString name = directory.canonicalName(m_code);
    timeline.title = m_peers == Peers::Region
                         ? tr("%1: %2 and its region").arg(Area::label(area), name)
                         : tr("%1: %2 and its statistical neighbours").arg(Area::label(area), name);
    // Peers with no graded inspection in the library would only clutter the legend.
    const qsizetype before = timeline.series.size();
    timeline.series.removeIf([](const GradeSeries &s) { return s.points.isEmpty(); });
    const qsizetype missing = before - timeline.series.size();
    if (missing > 0)
        timeline.title += tr(" (%n without inspections in the library)", nullptr, int(missing));
    m_chart->setTimeline(timeline);
    m_panel->setTable(timelineTable(timeline));
}

} // namespace oversight
