#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace oversight {

class AnnotationFilterModel;
class AnnotationsModel;
class Library;

// Every annotation, filtered by checklist, status or the open document; choosing one shows it
// on its page. Edit and delete through the signals, which the controller turns into commands.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPanel(Library *library, QWidget *parent = nullptr);

    AnnotationsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void setCurrentDocument(qint64 documentId);

signals:
    void annotationChosen(qint64 documentId, qint64 annotationId);
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);

private:
    void refillChecklists();
    void refillPeople();
    qint64 currentAnnotationId() const;

    Library *m_library;
    AnnotationsModel *m_model;
    AnnotationFilterModel *m_filter;
    QComboBox *m_checklist;
    QComboBox *m_status;
    QComboBox *m_person;
    QCheckBox *m_thisDocument;
    QTableView *m_view;
    qint64 m_documentId = 0;
};

} // namespace oversight
