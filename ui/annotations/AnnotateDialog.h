#pragma once

#include "annotations/Annotation.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QTreeWidget;

namespace oversight {

// Links a passage to checklist items with a status and a note; used to create an annotation
// and to edit one. Offers the checklists of the document's authority and the shared ones.
class AnnotateDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotateDialog(const Annotation &annotation, const QList<Checklist> &checklists,
                   QWidget *parent = nullptr);

    // The annotation as the user left it (status, note, items).
    Annotation annotation() const;

private:
    void updateOk();

    Annotation m_annotation;
    QTreeWidget *m_items;
    QComboBox *m_status;
    QPlainTextEdit *m_note;
    QPushButton *m_ok = nullptr;
};

} // namespace oversight
