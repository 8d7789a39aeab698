#pragma once

class QObject;

namespace oversight {

// The controls (actions, buttons) that change the database, marked so that one place turns them
// off while the database is read-only (DatabaseActions, which also says why in a banner) and so
// that a test can find every one of them. Menus built when they open (context menus) ask
// Library::isReadOnly() themselves.
namespace EditingControls {

// How a marked control's enabled state is kept.
enum class Mode {
    Plain,       // apply() sets it: enabled exactly when the database can be written
    SelfManaged, // its owner enables it (it also depends on a selection) and checks the access
};

// Marks an action or widget as one that changes the database.
void mark(QObject *control, Mode mode = Mode::Plain);
bool isMarked(const QObject *object);

// Enables (writable) or disables every Plain control among root and its descendants.
void apply(QObject *root, bool writable);

} // namespace EditingControls
} // namespace oversight
