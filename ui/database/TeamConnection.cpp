#include "TeamConnection.h"

#include "LibraryIdentity.h"
#include "PasswordKeychain.h"
#include "dialogs/ConnectDialog.h"
#include "store/DatabaseLocation.h"

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

void TeamConnection::reopen(const QString &location)
{
    PasswordKeychain::read(
        location, this, [this, location](const QString &password, const QString &error) {
            const QString name = DatabaseLocation::parse(location).displayName();
            if (password.isEmpty()) {
                showDialog(location,
                           error.isEmpty()
                               ? tr("No password is kept in the keychain for %1.").arg(name)
                               : tr("The keychain could not be read (%1).").arg(error));
                return;
            }
            DatabaseLocation::setPassword(location, password);
            QString openError;
            if (m_open(location, false, &openError)) {
                finish(location);
                return;
            }
            showDialog(location, {})->showError(openError);
        });
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
