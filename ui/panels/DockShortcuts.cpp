#include "DockShortcuts.h"

#include <QAction>
#include <QDockWidget>

namespace oversight {

DockShortcuts::DockShortcuts(QObject *parent) : QObject(parent) {}

QAction *DockShortcuts::add(QDockWidget *dock, QWidget *target, const QString &text,
                            const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("focus") + dock->objectName());
    action->setShortcut(key);
    connect(action, &QAction::triggered, dock, [dock, target] {
        dock->show();
        dock->raise();
        target->setFocus(Qt::ShortcutFocusReason);
    });
    m_actions.append(action);
    return action;
}

QAction *DockShortcuts::add(QWidget *target, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("focus") + target->objectName());
    action->setShortcut(key);
    connect(action, &QAction::triggered, target,
            [target] { target->setFocus(Qt::ShortcutFocusReason); });
    m_actions.append(action);
    return action;
}

} // namespace oversight
