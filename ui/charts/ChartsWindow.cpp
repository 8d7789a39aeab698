#include "ChartsWindow.h"

#include "ChartPanel.h"
#include "GradeTimelineChart.h"
#include "MapPanel.h"
#include "NationalPanel.h"
#include "PeersPanel.h"

#include "analysis/GradeTimeline.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

ChartsWindow::ChartsWindow(Library *library, QWidget *parent)
    : QWidget(parent, Qt::Window), m_library(library)
{
    setObjectName(QStringLiteral("chartsWindow"));
    setWindowTitle(tr("Charts"));
    setAccessibleName(tr("Charts"));
    resize(1000, 680);

    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("chartsAuthority"));
    m_authority->setAccessibleName(tr("Authority"));
    m_authority->setMinimumContentsLength(24);
    connect(m_authority, &QComboBox::currentIndexChanged, this, &ChartsWindow::showAuthority);
    auto *authorityLabel = new QLabel(tr("A&uthority:"), this);
    authorityLabel->setBuddy(m_authority);

    m_timeline = new GradeTimelineChart;
    m_timeline->setObjectName(QStringLiteral("authorityTimelineChart"));
    m_timelinePanel = new ChartPanel(m_timeline, QStringLiteral("timelinePanel"));
    m_peers = new PeersPanel;
    m_national = new NationalPanel;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartsTabs"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_tabs->addTab(m_timelinePanel, tr("&Timeline"));
    m_tabs->addTab(m_peers, tr("&Peers"));
    m_tabs->addTab(m_national, tr("&National picture"));
    m_map = new MapPanel;
    m_tabs->addTab(m_map, tr("&Map"));
    // Clicking an authority on the map shows its timeline.
    connect(m_map, &MapPanel::authorityActivated, this, [this](const QString &code) {
        const int index = m_authority->findData(code, kCodeRole);
        if (index < 0)
            return;
        m_authority->setCurrentIndex(index);
        m_tabs->setCurrentWidget(m_timelinePanel);
    });
    connect(m_map, &MapPanel::documentActivated, this, &ChartsWindow::documentActivated);

    connect(m_timeline, &GradeTimelineChart::documentActivated, this,
            &ChartsWindow::documentActivated);
    connect(m_timelinePanel, &ChartPanel::documentActivated, this,
            &ChartsWindow::documentActivated);
    connect(m_peers, &PeersPanel::documentActivated, this, &ChartsWindow::documentActivated);

    auto *top = new QHBoxLayout;
    top->addWidget(authorityLabel);
    top->addWidget(m_authority);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_library, &Library::opened, this, &ChartsWindow::reopen);
    connect(m_library, &Library::changed, this, &ChartsWindow::reload);
    reopen();
}

ChartsWindow::~ChartsWindow() = default;

void ChartsWindow::reopen()
{
    m_database.reset();
    if (m_library->isOpen())
        m_database = std::make_unique<Database>(m_library->path());
    reload();
}

void ChartsWindow::reload()
{
    const qint64 selected = authority();
    m_allDocuments.clear();
    {
        const QSignalBlocker blocker(m_authority);
        m_authority->clear();
        if (m_database && m_database->isOpen()) {
            DocumentStore store(*m_database);
            for (const AuthorityRow &row : store.authorities()) {
                if (row.code.isEmpty())
                    continue;
                m_authority->addItem(row.name, row.id);
                m_authority->setItemData(m_authority->count() - 1, row.code, kCodeRole);
            }
            m_allDocuments = AnalysisQueries(*m_database).allDocuments();
        }
        const int index = m_authority->findData(selected);
        m_authority->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_peers->setDocuments(m_allDocuments);
    m_national->setDocuments(m_allDocuments);
    m_map->setDocuments(m_allDocuments);
    showAuthority();
}

void ChartsWindow::setAuthority(qint64 authorityId)
{
    const int index = m_authority->findData(authorityId);
    if (index >= 0)
        m_authority->setCurrentIndex(index);
}

qint64 ChartsWindow::authority() const
{
    return m_authority->currentData().toLongLong();
}

void ChartsWindow::showAuthority()
{
    GradeTimeline timeline;
    const qint64 id = authority();
    if (id > 0 && m_database && m_database->isOpen()) {
        timeline = authorityTimeline(m_authority->currentText(),
                                     AnalysisQueries(*m_database).authorityDocuments(id));
    }
    m_timeline->setTimeline(timeline);
    m_timelinePanel->setTable(timelineTable(timeline));
    m_peers->setAuthority(m_authority->currentData(kCodeRole).toString());
}

} // namespace oversight
