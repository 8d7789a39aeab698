#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {
void collect(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> &rows)
{
    for (QAction *a : menu->actions()) {
        const QString name = QString(a->text()).remove(QLatin1Char('&'));
        if (a->menu())
            collect(a->menu(), path + name + QStringLiteral(" › "), rows);
        else if (!a->shortcut().isEmpty())
            rows.append({path + name, a->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (QAction *a : menus->actions())
        if (a->menu())
            collect(a->menu(), QString(a->text()).remove(QLatin1Char('&')) + QStringLiteral(" › "), rows);
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace oversight
