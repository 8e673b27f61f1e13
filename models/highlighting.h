// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QPalette;

namespace KSyntaxHighlighting
{
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

namespace Scholion::Models
{

/*!
 * The process's one KSyntaxHighlighting repository (STYLE.md rule 17), created on first use
 * on the GUI thread; Scholion's own definitions and themes are added from :/scholion/highlighting,
 * the user's checked lens definitions from stagedLensFolder().
 */
KSyntaxHighlighting::Repository &highlightingRepository();

/*!
 * The theme that follows the system: Breeze Light, or Breeze Dark on a dark \a palette.
 *
 * Not Repository::themeForPalette(): that one reads and parses every theme file of the
 * repository (30 of them) to pick the closest background, about a tenth of the window's
 * start-up; for the light and dark palettes of a desktop it picks the same two themes.
 */
KSyntaxHighlighting::Theme systemTheme(const QPalette &palette);

/*!
 * A repository of its own with the same search paths, for a worker thread: Repository and the
 * definitions it loads are not thread-safe (rules compile and cache lazily), so a thread other
 * than the GUI thread never touches highlightingRepository(). Create it on the thread that uses
 * it, after the GUI thread's LensDefinitions staged the user definitions.
 */
std::unique_ptr<KSyntaxHighlighting::Repository> newThreadRepository();

/*!
 * The private folder (a "syntax" folder below a search path of the repository) into which
 * LensDefinitions copies the user definitions that passed its checks. Bad files never get there.
 */
QString stagedLensFolder();

} // namespace Scholion::Models
