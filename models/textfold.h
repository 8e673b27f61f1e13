// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scholion::Models
{

/*!
 * The form in which names are compared: compatibility-decomposed, without combining marks,
 * case-folded. "Lucía", "LUCIA" and "lucía" fold alike; so do "ﬁ" and "fi".
 */
QString foldForMatching(const QString &text);

} // namespace Scholion::Models
