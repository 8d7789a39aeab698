#pragma once

#include <QByteArray>
#include <QString>

namespace oversight {

// SHA-256 of bytes as 64 lower-case hex digits: a document's identity in the store (the same
// bytes under any name are one document). OpenSSL's libcrypto does it when the build found it,
// using the processor's SHA instructions where there are any (about ten times Qt's own code,
// which every import pays once per file); otherwise QCryptographicHash. Both give the same digits.
QString sha256Hex(const QByteArray &bytes);

} // namespace oversight
