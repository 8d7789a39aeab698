#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QWidget;

namespace oversight {

// Keyboard ways into the window's parts: one action per dock (shown, raised and given the
// focus at the widget a reader starts from), and one back to the page view. The main window
// puts them in the View menu, so the Help's shortcut list shows them too.
class DockShortcuts : public QObject
{
    Q_OBJECT
public:
    explicit DockShortcuts(QObject *parent = nullptr);

    // An action named "focus" + the dock's object name, with text and key; triggered, it
    // shows and raises the dock and puts the focus on target (a widget inside it).
    QAction *add(QDockWidget *dock, QWidget *target, const QString &text, const QKeySequence &key);
    // An action that puts the focus on a widget outside any dock (the page view).
    QAction *add(QWidget *target, const QString &text, const QKeySequence &key);
    QList<QAction *> actions() const { return m_actions; }

private:
    QList<QAction *> m_actions;
};

} // namespace oversight
