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
#include <QButtonGroup>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

PeersPanel::PeersPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("peersPanel"));
    m_without = new QLabel(this);
    m_without->setObjectName(QStringLiteral("peersWithoutInspections"));
    m_without->setWordWrap(true);
    m_without->hide();
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("peersArea"));
    m_area->setAccessibleName(tr("Judgement area"));
    for (const QString &area : Area::all())
        m_area->addItem(Area::label(area), area);
    connect(m_area, &QComboBox::currentIndexChanged, this, &PeersPanel::redraw);

    auto *neighbours = m_neighboursButton = new QPushButton(tr("Statistical neighbours"), this);
    neighbours->setObjectName(QStringLiteral("peersNeighbours"));
    neighbours->setAccessibleName(tr("Compare with statistical neighbours"));
    connect(neighbours, &QPushButton::clicked, this,
            [this] { choosePeers(Peers::StatisticalNeighbours); });
    auto *region = m_regionButton = new QPushButton(tr("Region"), this);
    region->setObjectName(QStringLiteral("peersRegion"));
    region->setAccessibleName(tr("Compare with the authorities of the region"));
    connect(region, &QPushButton::clicked, this, [this] { choosePeers(Peers::Region); });

    // Two buttons of one choice: the one in force shows pressed.
    for (QPushButton *button : {neighbours, region})
        button->setCheckable(true);
    neighbours->setChecked(m_peers == Peers::StatisticalNeighbours);
    region->setChecked(m_peers == Peers::Region);
    auto *choice = new QButtonGroup(this);
    choice->setExclusive(true);
    choice->addButton(neighbours);
    choice->addButton(region);

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
    layout->addWidget(m_without);
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
    m_neighboursButton->setChecked(peers == Peers::StatisticalNeighbours);
    m_regionButton->setChecked(peers == Peers::Region);
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
    // They are named under the chart instead, so that the reader knows who is missing.
    QStringList without;
    for (const GradeSeries &s : std::as_const(timeline.series))
        if (s.points.isEmpty())
            without.append(s.name);
    timeline.series.removeIf([](const GradeSeries &s) { return s.points.isEmpty(); });
    if (!without.isEmpty())
        timeline.title += tr(" (%n without inspections in the library)", nullptr,
                             int(without.size()));
    m_without->setText(without.isEmpty()
                           ? QString()
                           : tr("Not in the library yet: %1.")
                                 .arg(QLocale().createSeparatedList(without)));
    m_without->setVisible(!without.isEmpty());
    m_chart->setTimeline(timeline);
    m_panel->setTable(timelineTable(timeline));
}

} // namespace oversight
