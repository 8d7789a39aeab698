#pragma once

#include <QString>

#include <functional>

class QObject;

namespace oversight {

// The passwords of team databases, kept in the system's keychain through QtKeychain (the
// Secret Service or KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows),
// under the service "Oversight" and the key DatabaseLocation::toString() (the URI without any
// password). Never in the settings file.
//
// Every call is asynchronous (a keychain may ask the user to unlock it): done runs later on
// context's thread, and not at all when context is destroyed first. Errors come back as a
// sentence from the keychain; with no keychain at all (no Secret Service on the session bus,
// as under offscreen tests) that is an error too, never a silent fallback to a plain file.
namespace PasswordKeychain {

// done(password, error): the kept password and ''; '' and '' when none is kept for location;
// '' and the keychain's message when it could not be asked.
void read(const QString &location, QObject *context,
          std::function<void(const QString &password, const QString &error)> done);
// done(error): '' when the password is kept.
void write(const QString &location, const QString &password, QObject *context,
           std::function<void(const QString &error)> done);
// Forgets the password kept for location, if any; done(error) with '' when none is kept now.
void remove(const QString &location, QObject *context,
            std::function<void(const QString &error)> done);

} // namespace PasswordKeychain

} // namespace oversight
