#pragma once

#include "export/SummaryOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

namespace oversight {

// Asks what a PDF summary should hold (annotations, notes, chart, full recommendations), its
// page size, and the name and organisation for its running header. The name, organisation and
// page size are remembered in QSettings ("export/userName", "export/organisation",
// "export/pageSize") for the next summary.
class SummaryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Document, Authority };

    // canChooseScope: offer "this document" or "its authority" (File > Export summary);
    // otherwise the scope is fixed to the one given (the context menus).
    SummaryDialog(Scope scope, bool canChooseScope, QWidget *parent = nullptr);

    SummaryOptions options() const;
    Scope scope() const;

    // Saves the remembered fields; called on accept.
    void remember(QSettings &settings) const;
    void recall(const QSettings &settings);

    void accept() override;

private:
    QComboBox *m_scope;
    QCheckBox *m_annotations;
    QCheckBox *m_notes;
    QCheckBox *m_chart;
    QCheckBox *m_fullRecommendations;
    QComboBox *m_pageSize;
    QLineEdit *m_userName;
    QLineEdit *m_organisation;
};

} // namespace oversight
