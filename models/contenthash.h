// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Scholion::Models
{

/*!
 * The SHA-256 of \a bytes as 64 lower-case hex digits: how a project recognises a file it
 * imported before.
 *
 * Computed by libcrypto, which uses the processor's SHA instructions where there are any:
 * about twenty times faster than QCryptographicHash on this workload, where hashing was a
 * third of an import's time. The value is the same either way.
 */
QString sha256Hex(QByteArrayView bytes);

} // namespace Scholion::Models
