#include "PasswordKeychain.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QObject>

#include <qt6keychain/keychain.h>

namespace oversight::PasswordKeychain {

namespace {

const QString Service = QStringLiteral("Oversight");

QString keyFor(const QString &location)
{
    return DatabaseLocation::parse(location).toString();
}

// Starts job (deleted when finished) and calls done on context's thread once it has finished.
template <typename Done>
void run(QKeychain::Job *job, const QString &location, QObject *context, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(location));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) { done(finished); });
    job->start();
}

// A sentence for the user: QtKeychain's own text where it says something, else what its code
// means (without a session bus, as on a server or under offscreen tests, it says only
// "Unknown error").
QString problem(const QKeychain::Job *job)
{
    const QString text = job->errorString();
    const bool informative = !text.isEmpty() && text != QLatin1String("Unknown error");
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("PasswordKeychain", "no keychain is available");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("PasswordKeychain", "the keychain refused access");
    default:
        return informative ? text
                           : QCoreApplication::translate("PasswordKeychain",
                                                         "no keychain service answered");
    }
}

} // namespace

void read(const QString &location, QObject *context,
          std::function<void(const QString &password, const QString &error)> done)
{
    run(new QKeychain::ReadPasswordJob(Service), location, context,
        [done = std::move(done)](QKeychain::Job *job) {
            switch (job->error()) {
            case QKeychain::NoError:
                done(static_cast<QKeychain::ReadPasswordJob *>(job)->textData(), {});
                break;
            case QKeychain::EntryNotFound:
                done({}, {});
                break;
            default:
                done({}, problem(job));
            }
        });
}

void write(const QString &location, const QString &password, QObject *context,
           std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setTextData(password);
    run(job, location, context, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : problem(finished));
    });
}

void remove(const QString &location, QObject *context,
            std::function<void(const QString &error)> done)
{
    run(new QKeychain::DeletePasswordJob(Service), location, context,
        [done = std::move(done)](QKeychain::Job *job) {
            const bool gone =
                job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            done(gone ? QString() : problem(job));
        });
}

} // namespace oversight::PasswordKeychain
