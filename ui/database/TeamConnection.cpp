#include "TeamConnection.h"

#include "LibraryIdentity.h"
#include "PasswordKeychain.h"
#include "dialogs/ConnectDialog.h"
#include "store/DatabaseLocation.h"

#include <QEventLoop>

namespace oversight {

TeamConnection::TeamConnection(QWidget *window, Opener open)
    : QObject(window), m_window(window), m_open(std::move(open))
{
}

ConnectDialog *TeamConnection::dialog() const
{
    return m_dialog;
}

ConnectDialog *TeamConnection::showDialog(const QString &location, const QString &message)
{
    if (!m_dialog) {
        m_dialog = new ConnectDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ConnectDialog::connectRequested, this,
                &TeamConnection::connectFromDialog);
    }
    if (!location.isEmpty())
        m_dialog->setLocation(DatabaseLocation::parse(location));
    m_dialog->showMessage(message);
    m_dialog->open();
    return m_dialog;
}

bool TeamConnection::openWithKept(const QString &location, const QString &password,
                                  const QString &whyNoPassword, QString *error)
{
    if (!password.isEmpty())
        DatabaseLocation::setPassword(location, password);
    QString openError;
    if (m_open(location, false, &openError)) {
        finish(location);
        return true;
    }
    *error = whyNoPassword.isEmpty()
                 ? openError
                 : QStringLiteral("%1\n%2").arg(whyNoPassword, openError.trimmed());
    return false;
}

namespace {

// Why the keychain gave no password for location, for the user; empty when it gave one.
QString keychainProblem(const QString &location, const QString &password,
                               const QString &keychainError)
{
    if (!password.isEmpty())
        return {};
    const QString name = DatabaseLocation::parse(location).displayName();
    return keychainError.isEmpty()
               ? TeamConnection::tr("No password is kept in the keychain for %1.").arg(name)
               : TeamConnection::tr("The keychain could not be read (%1).").arg(keychainError);
}

} // namespace

void TeamConnection::reopen(const QString &location)
{
    PasswordKeychain::read(
        location, this, [this, location](const QString &password, const QString &keychainError) {
            QString error;
            if (!openWithKept(location, password,
                              keychainProblem(location, password, keychainError), &error))
                showDialog(location, {})->showError(error);
        });
}

bool TeamConnection::openNow(const QString &location, QString *error)
{
    QString password;
    QString keychainError;
    QEventLoop loop;
    bool answered = false;
    PasswordKeychain::read(location, this, [&](const QString &kept, const QString &problem) {
        password = kept;
        keychainError = problem;
        answered = true;
        loop.quit();
    });
    if (!answered) // it may answer at once
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return openWithKept(location, password, keychainProblem(location, password, keychainError),
                        error);
}

void TeamConnection::connectFromDialog()
{
    ConnectDialog *dialog = m_dialog;
    const DatabaseLocation location = dialog->location();
    if (!location.isValid()) {
        dialog->showError(location.error());
        return;
    }
    const QString key = location.toString();
    const QString password = dialog->password();
    const bool remember = dialog->rememberPassword();
    DatabaseLocation::setPassword(key, password);
    dialog->setBusy(true, tr("Connecting to %1…").arg(location.displayName()));
    QString error;
    if (!m_open(key, true, &error)) {
        dialog->showError(error);
        return;
    }
    if (!remember || password.isEmpty()) {
        // Not to be remembered: a password kept before for this connection goes too.
        if (!remember)
            PasswordKeychain::remove(key, this, [](const QString &) {});
        dialog->accept();
        finish(key);
        return;
    }
    dialog->setBusy(true, tr("Keeping the password in the keychain…"));
    PasswordKeychain::write(
        key, password, dialog, [this, dialog, key](const QString &keychainError) {
            if (keychainError.isEmpty()) {
                dialog->accept();
                finish(key);
                return;
            }
            dialog->showConnectedWithoutKeychain(keychainError);
            emit message(tr("Connected to %1; the password could not be kept in the keychain.")
                             .arg(LibraryIdentity::describe(key)));
        });
}

void TeamConnection::finish(const QString &location)
{
    emit message(tr("Connected to %1.").arg(LibraryIdentity::describe(location)));
}

} // namespace oversight
