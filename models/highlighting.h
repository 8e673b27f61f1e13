// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Scholion::Models
{

/*!
 * The process's one KSyntaxHighlighting repository (STYLE.md rule 17), created on first use
 * on the GUI thread; Scholion's own definitions and themes are added from :/scholion/highlighting,
 * the user's checked lens definitions from stagedLensFolder().
 */
KSyntaxHighlighting::Repository &highlightingRepository();

/*!
 * The private folder (a "syntax" folder below a search path of the repository) into which
 * LensDefinitions copies the user definitions that passed its checks. Bad files never get there.
 */
QString stagedLensFolder();

} // namespace Scholion::Models
