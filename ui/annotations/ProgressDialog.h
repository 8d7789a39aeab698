#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace oversight {

class Library;
class ProgressMatrixModel;

// A checklist's items against the authority's later documents: which recommendation was met
// by which visit, at a glance. Choosing a cell shows its evidence.
class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressDialog(Library *library, qint64 checklistId, QWidget *parent = nullptr);

    ProgressMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void evidenceChosen(qint64 documentId, qint64 annotationId);

private:
    ProgressMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace oversight
