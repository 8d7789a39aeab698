#include "AssignAuthorityDialog.h"

#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace oversight {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

AssignAuthorityDialog::AssignAuthorityDialog(const QString &documentTitle, const QString &named,
                                             const QString &currentCode, QWidget *parent)
    : QDialog(parent),
      m_authorities(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignAuthorityDialog"));
    setWindowTitle(tr("Assign authority"));
    for (const AuthorityRecord &record : AuthorityDirectory::instance().all()) {
        auto *item = new QStandardItem(tr("%1 (%2, %3)").arg(record.name, record.code, record.region));
        item->setData(record.code, kCodeRole);
        // Typing matches the name, its other names or the code.
        item->setData(QStringList({record.name, record.code}).join(QLatin1Char(' ')) + QLatin1Char(' ')
                          + record.aliases.join(QLatin1Char(' ')),
                      kSearchRole);
        item->setEditable(false);
        m_authorities->appendRow(item);
    }
    m_authorities->sort(0);
    m_filter->setSourceModel(m_authorities);
    m_filter->setFilterRole(kSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    const QString asNamed = named.simplified().isEmpty()
                                ? tr("The document names no authority.")
                                : tr("The document names its authority \u201c%1\u201d.").arg(named.simplified());
    intro->setText(tr("<b>%1</b><br>%2 Choose the authority in the DfE reference list to file it "
                      "under; a re-read keeps your choice.")
                       .arg(documentTitle.toHtmlEscaped(), asNamed.toHtmlEscaped()));

    m_search->setObjectName(QStringLiteral("authoritySearch"));
    m_search->setPlaceholderText(tr("Type a name or a DfE code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search authorities"));
    m_list->setObjectName(QStringLiteral("authorityList"));
    m_list->setAccessibleName(tr("Authorities in the DfE reference list"));
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_search->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.simplified());
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updateButtons();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssignAuthorityDialog::updateButtons);
    connect(m_list, &QAbstractItemView::activated, this, [this] {
        if (!chosenCode().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 420);

    selectCode(currentCode);
    updateButtons();
    m_search->setFocus();
}

QString AssignAuthorityDialog::chosenCode() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(kCodeRole).toString() : QString();
}

void AssignAuthorityDialog::selectCode(const QString &code)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (!code.isEmpty() && index.data(kCodeRole).toString() == code) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

bool AssignAuthorityDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AssignAuthorityDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenCode().isEmpty());
}

} // namespace oversight
