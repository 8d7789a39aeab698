#include "ConnectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oversight {

namespace {
constexpr int DefaultPort = 5432;                        // PostgreSQL's
const QString DefaultTlsMode = QStringLiteral("prefer"); // libpq's default
} // namespace

QList<QPair<QString, QString>> ConnectDialog::tlsModes()
{
    // https://www.postgresql.org/docs/15/libpq-ssl.html#LIBPQ-SSL-PROTECTION
    return {{QStringLiteral("disable"), tr("Off (disable)")},
            {QStringLiteral("allow"), tr("Only if the server insists (allow)")},
            {QStringLiteral("prefer"), tr("When the server offers it (prefer)")},
            {QStringLiteral("require"), tr("Always, certificate not checked (require)")},
            {QStringLiteral("verify-ca"), tr("Always, certificate checked (verify-ca)")},
            {QStringLiteral("verify-full"),
             tr("Always, certificate and host name checked (verify-full)")}};
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_tlsMode(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("R&emember in the keychain"), this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a team database"));
    setMinimumWidth(480); // room for the longest TLS mode and a server's answer

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("server name or address"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setAccessibleName(tr("Port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User"));
    m_user->setText(qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")));
    m_tlsMode->setObjectName(QStringLiteral("tlsMode"));
    m_tlsMode->setAccessibleName(tr("Encryption (TLS)"));
    for (const auto &mode : tlsModes())
        m_tlsMode->addItem(mode.second, mode.first);
    m_tlsMode->setCurrentIndex(m_tlsMode->findData(DefaultTlsMode));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Keep the password in the system's keychain, never in "
                              "Oversight's settings"));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::connectRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateConnectButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tlsMode);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    updateConnectButton();
}

void ConnectDialog::setLocation(const DatabaseLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    const int mode =
        m_tlsMode->findData(location.sslMode.isEmpty() ? DefaultTlsMode : location.sslMode);
    m_tlsMode->setCurrentIndex(mode >= 0 ? mode : m_tlsMode->findData(DefaultTlsMode));
}

DatabaseLocation ConnectDialog::location() const
{
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::PostgreSql;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    const QString mode = m_tlsMode->currentData().toString();
    // libpq's default need not be written into every location.
    location.sslMode = mode == DefaultTlsMode ? QString() : mode;
    return location;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectDialog::setAcceptText(const QString &text)
{
    m_connect->setText(text);
}

void ConnectDialog::setRememberOffered(bool offered)
{
    if (!offered)
        m_remember->setChecked(false);
    m_remember->setVisible(offered);
}

void ConnectDialog::showMessage(const QString &text)
{
    setMessage(text, false);
}

void ConnectDialog::showError(const QString &text)
{
    setBusy(false);
    setMessage(text, true);
}

void ConnectDialog::setMessage(const QString &text, bool isError)
{
    // An error in bold, not red: legible on the light and the dark theme alike.
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { font-weight: bold; }") : QString());
    m_message->setText(text.trimmed());
    m_message->setVisible(!text.isEmpty());
    // Tall enough for the whole message (a server's answer may run to several lines).
    adjustSize();
}

void ConnectDialog::showConnectedWithoutKeychain(const QString &keychainError)
{
    setBusy(false);
    showMessage(tr("Connected. The password could not be kept in the keychain: %1. "
                   "Oversight uses it until it closes and asks for it next time.")
                    .arg(keychainError));
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user,
                                                           m_tlsMode, m_password, m_remember})
        field->setEnabled(false);
    // Out of the box (which would show them again when it lays out the new button), hidden;
    // removeButton() leaves them without a parent, so they are given back one.
    for (QAbstractButton *button : m_buttons->buttons()) {
        m_buttons->removeButton(button);
        button->setParent(m_buttons);
        button->hide();
    }
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    close->setFocus();
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void ConnectDialog::setBusy(bool busy, const QString &text)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user,
                                                           m_tlsMode, m_password, m_remember})
        field->setEnabled(!busy);
    if (busy)
        showMessage(text);
    m_connect->setEnabled(!busy);
    if (!busy)
        updateConnectButton();
}

void ConnectDialog::updateConnectButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty());
}

} // namespace oversight
