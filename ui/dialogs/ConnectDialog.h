#pragma once

#include "store/DatabaseLocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace oversight {

// File > Connect to a team database: where the team's library is (host, port, database,
// user, TLS mode as libpq's sslmode) and the password, with "Remember in the keychain".
// A form only: Connect emits connectRequested() and leaves the dialog open; whoever connects
// (TeamConnection) then closes it with accept() or says what went wrong with showError(),
// so that a mistyped field is corrected in place.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (a recent connection being reopened); the password is
    // never part of a location and is left as it is.
    void setLocation(const DatabaseLocation &location);
    // The location the fields give (no password): check isValid() / error().
    DatabaseLocation location() const;
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // For another use of the same form (File > Copy library to team database): the accept
    // button's text ("&Copy"), and whether "Remember in the keychain" is offered (unchecked
    // and hidden when not).
    void setAcceptText(const QString &text);
    void setRememberOffered(bool offered);

    // A line above the buttons: why the dialog is asked (informational) or what failed.
    void showMessage(const QString &text);
    void showError(const QString &text);
    // Connected, but the password could not be kept: says so, and turns the dialog into one
    // the user closes (the library is open behind it).
    void showConnectedWithoutKeychain(const QString &keychainError);
    // While connecting: the fields and Connect are disabled and the line says what is done.
    void setBusy(bool busy, const QString &text = {});

    // The libpq TLS modes, in the order offered: (sslmode, what the user reads).
    static QList<QPair<QString, QString>> tlsModes();

signals:
    void connectRequested();

private:
    void updateConnectButton();
    void setMessage(const QString &text, bool isError);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tlsMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
};

} // namespace oversight
