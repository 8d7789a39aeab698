#include "AnnotateDialog.h"

#include "annotations/Checklists.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {
constexpr int kItemIdRole = Qt::UserRole + 1;
}

AnnotateDialog::AnnotateDialog(const Annotation &annotation, const QList<Checklist> &checklists,
                               QWidget *parent)
    : QDialog(parent),
      m_annotation(annotation),
      m_items(new QTreeWidget(this)),
      m_status(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("annotateDialog"));
    setWindowTitle(annotation.id ? tr("Edit annotation") : tr("Annotate passage"));

    auto *quote = new QLabel(QStringLiteral("“%1”").arg(annotation.quote.simplified()), this);
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    quote->setObjectName(QStringLiteral("annotationQuote"));
    quote->setMaximumHeight(90);

    m_items->setObjectName(QStringLiteral("annotationItems"));
    m_items->setAccessibleName(tr("Checklist items this passage speaks to"));
    m_items->setHeaderLabel(tr("Checklist items this passage speaks to"));
    m_items->header()->setStretchLastSection(true);
    m_items->setWordWrap(true);
    for (const Checklist &c : checklists) {
        auto *top = new QTreeWidgetItem(m_items, {c.name});
        top->setFlags(Qt::ItemIsEnabled);
        for (int i = 0; i < c.items.size(); ++i) {
            const ChecklistItem &item = c.items.at(i);
            // One line, cut with an ellipsis where it is too long; the whole text in the tooltip.
            auto *child = new QTreeWidgetItem(
                top, {QStringLiteral("%1. %2").arg(Checklists::itemNumber(c, i), item.title.simplified())});
            child->setToolTip(0, item.title);
            child->setData(0, kItemIdRole, item.id);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            child->setCheckState(0, annotation.itemIds.contains(item.id) ? Qt::Checked : Qt::Unchecked);
            if (annotation.itemIds.contains(item.id))
                top->setExpanded(true);
        }
    }
    if (m_items->topLevelItemCount() == 1)
        m_items->expandAll();
    connect(m_items, &QTreeWidget::itemChanged, this, &AnnotateDialog::updateOk);

    m_status->setObjectName(QStringLiteral("annotationStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const QString &status : Status::all())
        m_status->addItem(Status::label(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(annotation.status)));

    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What this passage shows about the item, and why"));
    m_note->setPlainText(annotation.note);
    m_note->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(m_items, 1);
    if (checklists.isEmpty())
        layout->addWidget(new QLabel(tr("There is no checklist for this authority yet: create "
                                        "one from a document's recommendations first."),
                                     this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 560);
    updateOk();
}

void AnnotateDialog::updateOk()
{
    m_ok->setEnabled(!annotation().itemIds.isEmpty());
}

Annotation AnnotateDialog::annotation() const
{
    Annotation a = m_annotation;
    a.itemIds.clear();
    for (int t = 0; t < m_items->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = m_items->topLevelItem(t);
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->checkState(0) == Qt::Checked)
                a.itemIds.append(top->child(c)->data(0, kItemIdRole).toLongLong());
    }
    a.status = m_status->currentData().toString();
    a.note = m_note->toPlainText();
    return a;
}

} // namespace oversight
