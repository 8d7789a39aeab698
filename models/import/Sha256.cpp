#include "Sha256.h"

#include <QCryptographicHash>

#if OVERSIGHT_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace oversight {

QString sha256Hex(const QByteArray &bytes)
{
#if OVERSIGHT_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(),
                   nullptr) == 1)
        return QString::fromLatin1(
            QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
    // Not expected; the portable code below gives the same answer.
#endif
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace oversight
