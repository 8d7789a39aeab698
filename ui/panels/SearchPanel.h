#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace oversight {

class Library;
class SearchResultsModel;

// The results of a full-text search, one row per page that matches: how many match in all
// ("showing 200 of 534"), more on request or as the list scrolls to its end, sortable by any
// column, and limited to everything, the open document's authority or the open document.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Everything, ThisAuthority, ThisDocument };

    explicit SearchPanel(Library *library, QWidget *parent = nullptr);

    SearchResultsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The open document and its authority (0: none), for the narrower scopes.
    void setCurrentDocument(qint64 documentId, qint64 authorityId);
    void setScope(Scope scope);
    // The query syntax, in a line: for the search box's hint and tooltip.
    static QString syntaxHint();

public slots:
    void search(const QString &query);

signals:
    // The user chose a hit: show that page with the terms highlighted.
    void hitChosen(qint64 documentId, int page, const QStringList &terms);

private:
    void updateSummary();
    void applyScope();

    SearchResultsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_summary;
    QComboBox *m_scope;
    QPushButton *m_more;
    QTableView *m_view;
    qint64 m_documentId = 0;
    qint64 m_authorityId = 0;
};

} // namespace oversight
