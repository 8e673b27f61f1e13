// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace Scholion::Models
{

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1 && length == 32) {
        return QString::fromLatin1(QByteArrayView(reinterpret_cast<const char *>(digest), length).toByteArray().toHex());
    }
    // libcrypto refused (a FIPS configuration without SHA-256 is not something we have seen).
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Scholion::Models
