#pragma once

#include <QDialog>

class QMenuBar;

namespace oversight {

// Every menu command that has a keyboard shortcut, as a table, for Help > Keyboard shortcuts.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace oversight
