#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace oversight {

class ConnectDialog;

// The team-database side of the File menu: File > Connect to a team database, and reopening a
// recent team connection with the password the keychain keeps. Opening itself is the window's
// own path for files (the opener), so a team database is remembered, titled and followed as a
// file is. The password goes to DatabaseLocation::setPassword() for this process and, when
// asked, to the keychain (PasswordKeychain), never to the settings.
class TeamConnection : public QObject
{
    Q_OBJECT
public:
    // open(location, create, &error) opens as MainWindow::openDatabase does, but returns what went
    // wrong in error instead of showing it; create: make the schema in an empty database.
    using Opener = std::function<bool(const QString &location, bool create, QString *error)>;
    TeamConnection(QWidget *window, Opener open);

    // Shows the dialog (window-modal, not blocking), prefilled from location when one is given,
    // with message above its buttons. Returns it; it deletes itself when closed.
    ConnectDialog *showDialog(const QString &location = {}, const QString &message = {});
    // Reopens a recent team database: with the keychain's password when one is kept (read
    // asynchronously); without one, as libpq does for every client (PGPASSWORD, ~/.pgpass, a
    // server that asks none). When it does not open, the dialog comes up prefilled and says why.
    void reopen(const QString &location);
    // The same at once, for the start of the application (the last library was a team
    // database): waits for the keychain, which may ask the user to unlock it, and opens. False
    // with *error saying why (the server's answer; that no password is kept, when none is):
    // the caller then opens something else and offers showDialog(location, *error).
    bool openNow(const QString &location, QString *error);
    // The dialog while it is shown, else nullptr.
    ConnectDialog *dialog() const;

signals:
    // For the status bar: connected, or what was not kept.
    void message(const QString &text);

private:
    // Opens location with the password the keychain gave (none: libpq's own sources);
    // whyNoPassword: why no password came from the keychain, said with a failure.
    bool openWithKept(const QString &location, const QString &password,
                      const QString &whyNoPassword, QString *error);
    void connectFromDialog();
    void finish(const QString &location);

    QWidget *m_window;
    Opener m_open;
    QPointer<ConnectDialog> m_dialog;
};

} // namespace oversight
