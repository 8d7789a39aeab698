#include "ProgressDialog.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProgressMatrixModel.h"
#include "store/Library.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

ProgressDialog::ProgressDialog(Library *library, qint64 checklistId, QWidget *parent)
    : QDialog(parent),
      m_model(new ProgressMatrixModel(library, this)),
      m_view(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("progressDialog"));
    m_model->setChecklist(checklistId);
    const std::optional<Checklist> c = library->annotations()->checklist(checklistId);
    setWindowTitle(tr("Progress: %1").arg(c ? c->name : QString()));

    m_view->setObjectName(QStringLiteral("progressMatrix"));
    m_view->setAccessibleName(tr("Checklist items against later documents"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->verticalHeader()->setMaximumWidth(460);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 annotation = index.data(AnnotationIdRole).toLongLong())
            emit evidenceChosen(index.data(DocumentIdRole).toLongLong(), annotation);
    });
    const auto summarise = [this] {
        int met = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (int col = m_model->columnCount() - 1; col >= 0; --col) {
                const QString s = m_model->statusAt(r, col);
                if (!s.isEmpty()) { // the latest document with a view on the item decides
                    met += s == Status::Met;
                    break;
                }
            }
        m_summary->setText(m_model->columnCount() == 0
                               ? tr("No later documents of this authority yet.")
                               : tr("%1 of %2 items met by the latest evidence, over %n later "
                                    "document(s).", nullptr, m_model->columnCount())
                                     .arg(met)
                                     .arg(m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, summarise);
    summarise();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, 600);
}

} // namespace oversight
