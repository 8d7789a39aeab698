#pragma once

#include <QObject>
#include <QSize>

class QMainWindow;

namespace oversight {

// The window's layout on a first start (nothing saved yet): docks sized in proportion to the
// window when it is first shown, so that the library's dates and the facts' values read at
// 1366x768 as at 1920x1080, and a window size that fits the screen.
class DefaultLayout : public QObject
{
    Q_OBJECT
public:
    // Sizes window's docks (libraryDock, factsDock, searchDock) once, when it is first shown;
    // the object is the window's child and deletes itself after.
    static void applyOnFirstShow(QMainWindow *window);
    // A first window size for a screen's available area (pixels): most of it, at most
    // 1600x1000.
    static QSize windowSize(const QSize &available);
    // Library, facts and search-results sizes for a window size (pixels).
    static int libraryWidth(int windowWidth);
    static int factsWidth(int windowWidth);
    static int searchHeight(int windowHeight);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DefaultLayout(QMainWindow *window);
    void apply();

    QMainWindow *m_window;
};

} // namespace oversight
