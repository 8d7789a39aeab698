#include "DefaultLayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

#include <algorithm>

namespace oversight {

DefaultLayout::DefaultLayout(QMainWindow *window) : QObject(window), m_window(window) {}

void DefaultLayout::applyOnFirstShow(QMainWindow *window)
{
    window->installEventFilter(new DefaultLayout(window));
}

QSize DefaultLayout::windowSize(const QSize &available)
{
    return {std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10)};
}

// The library needs its names and a whole date ("16 February 2016"); the facts need their
// labels and a readable column of values beside them; the page keeps the rest (about half).
int DefaultLayout::libraryWidth(int windowWidth)
{
    return std::clamp(windowWidth * 22 / 100, 290, 420);
}

int DefaultLayout::factsWidth(int windowWidth)
{
    return std::clamp(windowWidth * 30 / 100, 400, 560);
}

int DefaultLayout::searchHeight(int windowHeight)
{
    return std::clamp(windowHeight * 30 / 100, 190, 340);
}

bool DefaultLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        apply();
        deleteLater();
    }
    return false;
}

void DefaultLayout::apply()
{
    auto *library = m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    auto *facts = m_window->findChild<QDockWidget *>(QStringLiteral("factsDock"));
    auto *search = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
    if (library && facts)
        m_window->resizeDocks({library, facts},
                              {libraryWidth(m_window->width()), factsWidth(m_window->width())},
                              Qt::Horizontal);
    if (search)
        m_window->resizeDocks({search}, {searchHeight(m_window->height())}, Qt::Vertical);
}

} // namespace oversight
