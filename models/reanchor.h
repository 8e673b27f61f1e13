// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scholion::Models
{

/*! Where a span was, and the text that identifies it (the W3C TextQuoteSelector idea). */
struct TextAnchor {
    qsizetype start = 0; ///< UTF-16 offset, inclusive
    qsizetype end = 0; ///< UTF-16 offset, exclusive
    QString quote;
    QString prefix;
    QString suffix;

    /*! How many characters of context a span keeps on each side. */
    static constexpr qsizetype ContextLength = 32;

    /*! The anchor of [start, end) in \a text, with up to ContextLength characters of context, never splitting a surrogate pair. */
    static TextAnchor fromText(const QString &text, qsizetype start, qsizetype end);
};

/*!
 * Finds a span again after its document's text changed.
 * - The quote still at its old offsets: Anchored.
 * - The quote found once elsewhere, or several times with one occurrence matching the old
 *   prefix/suffix best: Moved there.
 * - Not found, or several equally good places: NeedsReview; the span keeps the best guess
 *   (or its old offsets, clamped to the new text) so nothing disappears.
 */
class Reanchor final
{
public:
    enum class State {
        Anchored = 0,
        Moved = 1,
        NeedsReview = 2,
    };
    struct Result {
        qsizetype start = 0;
        qsizetype end = 0;
        State state = State::Anchored;
    };

    static Result locate(const QString &newText, const TextAnchor &anchor);
};

} // namespace Scholion::Models
