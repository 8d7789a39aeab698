#pragma once

#include "analysis/AnalysisQueries.h"

#include <QWidget>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QTabWidget)

namespace oversight {

class ChartPanel;
class Database;
class GradeTimelineChart;
class Library;
class MapPanel;
class NationalPanel;
class PeersPanel;

// The charts of the open library in one window: an authority's timeline, its peers on one
// area, and the national picture. Reads through its own connection to the library's file
// (opened on the GUI thread) and rebuilds when the library changes. Emits documentActivated
// when a chart or table row asks to open a document; the caller shows it.
class ChartsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsWindow(Library *library, QWidget *parent = nullptr);
    ~ChartsWindow() override;

    // Selects the authority by stored id (as LibraryTreeModel's AuthorityIdRole gives it).
    void setAuthority(qint64 authorityId);
    qint64 authority() const;

    QTabWidget *tabs() const { return m_tabs; }
    GradeTimelineChart *timelineChart() const { return m_timeline; }
    PeersPanel *peersPanel() const { return m_peers; }
    NationalPanel *nationalPanel() const { return m_national; }
    MapPanel *mapPanel() const { return m_map; }

signals:
    void documentActivated(qint64 documentId);

private:
    void reopen();
    void reload();
    void showAuthority();

    Library *m_library = nullptr;
    std::unique_ptr<Database> m_database;
    QList<GradedDocument> m_allDocuments;
    QComboBox *m_authority = nullptr;
    QTabWidget *m_tabs = nullptr;
    GradeTimelineChart *m_timeline = nullptr;
    ChartPanel *m_timelinePanel = nullptr;
    PeersPanel *m_peers = nullptr;
    NationalPanel *m_national = nullptr;
    MapPanel *m_map = nullptr;
};

} // namespace oversight
