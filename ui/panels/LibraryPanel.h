#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace oversight {

class Library;
class LibraryTreeModel;
class LibraryFilterModel;

// The left-hand browser: authorities and their documents, with filters by name, kind and year.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(Library *library, QWidget *parent = nullptr);

    void selectDocument(qint64 documentId);
    qint64 currentDocumentId() const;
    QTreeView *view() const { return m_view; }

signals:
    void documentSelected(qint64 documentId);
    void deleteRequested(qint64 documentId);
    void compareRequested(qint64 earlierId, qint64 laterId);
    void chartsRequested(qint64 authorityId);
    void summaryRequested(qint64 documentId);
    void authoritySummaryRequested(qint64 authorityId);

private:
    void refillYears();

    LibraryTreeModel *m_model;
    LibraryFilterModel *m_filter;
    QLineEdit *m_nameFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_yearFilter;
    QTreeView *m_view;
    // What the view showed before its model was reset, to show it again after.
    QSet<qint64> m_expandedBeforeReset; // authority ids
    qint64 m_currentBeforeReset = 0;
    bool m_restoring = false;
};

} // namespace oversight
