#include "EditingControls.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace oversight::EditingControls {

namespace {
constexpr char kProperty[] = "oversightEditsDatabase";

void setEnabled(QObject *object, bool enabled)
{
    if (auto *action = qobject_cast<QAction *>(object))
        action->setEnabled(enabled);
    else if (auto *widget = qobject_cast<QWidget *>(object))
        widget->setEnabled(enabled);
}
} // namespace

void mark(QObject *control, Mode mode)
{
    if (control)
        control->setProperty(kProperty, int(mode) + 1);
}

bool isMarked(const QObject *object)
{
    return object && object->property(kProperty).toInt() > 0;
}

void apply(QObject *root, bool writable)
{
    if (!root)
        return;
    const auto plain = [](const QObject *o) {
        return o->property(kProperty).toInt() == int(Mode::Plain) + 1;
    };
    if (plain(root))
        setEnabled(root, writable);
    const QList<QObject *> children = root->findChildren<QObject *>();
    for (QObject *child : children) {
        if (plain(child))
            setEnabled(child, writable);
    }
}

} // namespace oversight::EditingControls
