#include "NationalPanel.h"

#include "ChartPanel.h"
#include "GradeDistributionChart.h"
#include "OutcomeCountChart.h"

#include "analysis/NationalPicture.h"
#include "domain/DocumentFacts.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace oversight {

namespace {

QSpinBox *yearBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(2000, 2100);
    box->setValue(QDate::currentDate().year());
    return box;
}

} // namespace

NationalPanel::NationalPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nationalPanel"));
    m_from = yearBox(QStringLiteral("nationalFromYear"), tr("First year"), this);
    m_to = yearBox(QStringLiteral("nationalToYear"), tr("Last year"), this);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("nationalArea"));
    m_area->setAccessibleName(tr("Judgement area followed year by year"));
    for (const QString &area : Area::all())
        m_area->addItem(Area::label(area), area);
    auto chosen = [this] {
        m_yearsChosen = true;
        redraw();
    };
    connect(m_from, &QSpinBox::valueChanged, this, chosen);
    connect(m_to, &QSpinBox::valueChanged, this, chosen);
    connect(m_area, &QComboBox::currentIndexChanged, this, &NationalPanel::redraw);

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&From:"), controls);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), controls);
    toLabel->setBuddy(m_to);
    auto *areaLabel = new QLabel(tr("&Year by year:"), controls);
    areaLabel->setBuddy(m_area);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(areaLabel);
    row->addWidget(m_area);
    row->addStretch();

    m_byArea = new GradeDistributionChart;
    m_byArea->setObjectName(QStringLiteral("nationalByAreaChart"));
    m_byYear = new GradeDistributionChart;
    m_byYear->setObjectName(QStringLiteral("nationalByYearChart"));
    m_byAreaPanel = new ChartPanel(m_byArea, QStringLiteral("nationalByAreaPanel"));
    m_byAreaPanel->setControls(controls);
    m_byYearPanel = new ChartPanel(m_byYear, QStringLiteral("nationalByYearPanel"));
    m_outcomes = new OutcomeCountChart;
    m_outcomes->setObjectName(QStringLiteral("nationalSendOutcomesChart"));
    m_outcomesPanel = new ChartPanel(m_outcomes, QStringLiteral("nationalSendOutcomesPanel"));
    // Beside the year-by-year chart: three bars need less room than the grade charts' axes,
    // and the two grade charts keep their height.
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_byYearPanel);
    lower->addWidget(m_outcomesPanel);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_byAreaPanel);
    splitter->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void NationalPanel::setDocuments(const QList<GradedDocument> &documents)
{
    m_documents = documents;
    if (!m_yearsChosen && !documents.isEmpty()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setValue(documents.constFirst().date.year());
        m_to->setValue(documents.constLast().date.year());
    }
    redraw();
}

void NationalPanel::setYears(int from, int to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setValue(from);
    m_to->setValue(to);
    m_yearsChosen = true;
    redraw();
}

void NationalPanel::setArea(const QString &area)
{
    const int index = m_area->findData(area);
    if (index >= 0)
        m_area->setCurrentIndex(index);
}

void NationalPanel::redraw()
{
    const int from = qMin(m_from->value(), m_to->value());
    const int to = qMax(m_from->value(), m_to->value());
    const QString area = m_area->currentData().toString();
    const QList<GradeDistribution> byArea = distributionByArea(m_documents, from, to);
    const QList<GradeDistribution> byYear = distributionByYear(m_documents, area, from, to);
    m_byArea->setDistribution(tr("Latest grade of each authority inspected %1–%2").arg(from).arg(to),
                              byArea);
    m_byYear->setDistribution(tr("%1: grade each authority stood at, year by year")
                                  .arg(Area::label(area)),
                              byYear);
    m_byAreaPanel->setTable(distributionTable(tr("Area"), byArea));
    m_byYearPanel->setTable(distributionTable(tr("Year"), byYear));
    const GradeDistribution outcomes = outcomeDistribution(m_documents, from, to);
    m_outcomes->setOutcomes(tr("Latest area SEND outcome, %1–%2").arg(from).arg(to), outcomes);
    m_outcomesPanel->setTable(outcomeTable(outcomes));
}

} // namespace oversight
