#pragma once

#include "store/DocumentStore.h"

#include <QWidget>

#include <optional>

class QTreeView;

namespace oversight {

class FactsModel;

// The right-hand panel: what Oversight understood from the open document.
class FactsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FactsPanel(QWidget *parent = nullptr);

    void setDocument(const std::optional<StoredDocument> &document);
    FactsModel *model() const { return m_model; }

signals:
    // The user chose a recommendation or finding: show this passage on its page.
    void passageChosen(int page, const QString &passage);
    // The user asked to annotate a recommendation or finding.
    void annotateRequested(int page, const QString &passage);

private:
    FactsModel *m_model;
    QTreeView *m_view;
};

} // namespace oversight
