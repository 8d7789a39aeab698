#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace oversight {

class Library;
class SearchResultsModel;

// The results of a full-text search, one row per page that matches.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Library *library, QWidget *parent = nullptr);

    SearchResultsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void search(const QString &query);

signals:
    // The user chose a hit: show that page with the terms highlighted.
    void hitChosen(qint64 documentId, int page, const QStringList &terms);

private:
    void updateSummary();

    SearchResultsModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace oversight
