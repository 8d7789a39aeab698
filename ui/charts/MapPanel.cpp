#include "MapPanel.h"

#include "ChartPanel.h"
#include "EnglandMap.h"

#include "analysis/MapData.h"
#include "domain/DocumentFacts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace oversight {

namespace {

// Replaying: a month of history every tick, so that ten years take about fifteen seconds.
constexpr int kDaysPerStep = 30;
constexpr int kStepMilliseconds = 120;

} // namespace

MapPanel::MapPanel(const MapData *map, QWidget *parent)
    : QWidget(parent), m_data(map ? map : &MapData::england())
{
    setObjectName(QStringLiteral("mapPanel"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("mapArea"));
    m_area->setAccessibleName(tr("Judgement area or outcome shown on the map"));
    for (const QString &area : Area::all())
        m_area->addItem(Area::label(area), area);
    // Not a judgement area: the outcomes of area SEND inspections, on a scale of their own.
    m_area->insertSeparator(m_area->count());
    m_area->addItem(tr("Area SEND outcome"), kAreaSendOutcomeChoice);
    connect(m_area, &QComboBox::currentIndexChanged, this, &MapPanel::redraw);
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto *areaLabel = new QLabel(tr("&Area:"), controls);
    areaLabel->setBuddy(m_area);
    row->addWidget(areaLabel);
    row->addWidget(m_area);
    row->addStretch();

    m_map = new EnglandMap(m_data);
    connect(m_map, &EnglandMap::authorityActivated, this, &MapPanel::authorityActivated);
    m_panel = new ChartPanel(m_map, QStringLiteral("mapChartPanel"));
    m_panel->setControls(controls);
    connect(m_panel, &ChartPanel::documentActivated, this, &MapPanel::documentActivated);

    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("mapPlay"));
    m_play->setCheckable(true);
    m_play->setText(tr("Play"));
    m_play->setAccessibleName(tr("Replay the history on the map"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : stop(); });
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("mapDate"));
    m_slider->setAccessibleName(tr("Date shown on the map"));
    m_slider->setSingleStep(7);
    m_slider->setPageStep(365);
    connect(m_slider, &QSlider::valueChanged, this, &MapPanel::sliderMoved);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("mapDateLabel"));
    m_dateLabel->setMinimumWidth(
        m_dateLabel->fontMetrics().horizontalAdvance(QStringLiteral("30 September 2088")) + 8);
    m_timer = new QTimer(this);
    m_timer->setInterval(kStepMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &MapPanel::step);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_play);
    timeRow->addWidget(m_slider, 1);
    timeRow->addWidget(m_dateLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);
    layout->addLayout(timeRow);
}

void MapPanel::setDocuments(const QList<GradedDocument> &documents)
{
    m_documents = documents;
    const auto [first, last] = gradedDateRange(documents);
    m_first = first.isValid() ? first : QDate::currentDate();
    const QDate end = last.isValid() ? last : m_first;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(m_first.daysTo(end)));
    }
    if (!m_dateChosen || !m_date.isValid() || m_date < m_first || m_date > end)
        m_date = end;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(int(m_first.daysTo(m_date)));
    m_slider->setEnabled(last.isValid());
    m_play->setEnabled(last.isValid());
    redraw();
}

void MapPanel::setArea(const QString &area)
{
    const int index = m_area->findData(area);
    if (index >= 0)
        m_area->setCurrentIndex(index);
}

QString MapPanel::area() const
{
    return m_area->currentData().toString();
}

void MapPanel::setDate(const QDate &date)
{
    m_dateChosen = true;
    m_date = date;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(int(m_first.daysTo(date)));
    redraw();
}

void MapPanel::sliderMoved(int day)
{
    m_dateChosen = true;
    m_date = m_first.addDays(day);
    redraw();
}

void MapPanel::play()
{
    if (m_slider->value() >= m_slider->maximum())
        m_slider->setValue(0);
    m_timer->start();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(true);
    m_play->setText(tr("Pause"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void MapPanel::stop()
{
    m_timer->stop();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(false);
    m_play->setText(tr("Play"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

bool MapPanel::isPlaying() const
{
    return m_timer->isActive();
}

void MapPanel::step()
{
    const int next = qMin(m_slider->value() + kDaysPerStep, m_slider->maximum());
    m_slider->setValue(next);
    if (next >= m_slider->maximum())
        stop();
}

void MapPanel::redraw()
{
    const QString shownArea = area();
    const QString date = QLocale().toString(m_date, QStringLiteral("d MMMM yyyy"));
    m_dateLabel->setText(date);
    const QList<MapGrade> grades = mapGrades(*m_data, m_documents, shownArea, m_date);
    if (shownArea == kAreaSendOutcomeChoice) {
        m_map->setGrades(tr("Area SEND outcome: each authority's latest area SEND inspection "
                            "on %1").arg(date),
                         grades, EnglandMap::Scale::SendOutcomes);
        m_panel->setTable(mapTable(grades, true));
        return;
    }
    m_map->setGrades(
        tr("%1: each authority's latest grade on %2").arg(Area::label(shownArea), date), grades);
    m_panel->setTable(mapTable(grades));
}

} // namespace oversight
