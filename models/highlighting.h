// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Scholion::Models
{

/*!
 * The process's one KSyntaxHighlighting repository (STYLE.md rule 17), created on first use
 * on the GUI thread; Scholion's own definitions and themes are added from :/scholion/highlighting.
 */
KSyntaxHighlighting::Repository &highlightingRepository();

} // namespace Scholion::Models
