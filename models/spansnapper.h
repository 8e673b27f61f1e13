// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace Scholion::Models
{

/*!
 * Turns a selection into the span to annotate:
 * - white space at either end is trimmed;
 * - with \a toWords, a boundary inside a word moves outwards to the word's edge
 *   (QTextBoundaryFinder, so "Korvath's" and CJK words follow Unicode's rules);
 * - a boundary never falls inside a grapheme cluster (a surrogate pair, an emoji ZWJ
 *   sequence, a letter with combining marks).
 * Returns [start, end) in UTF-16 offsets; start == end when nothing but white space was
 * selected.
 */
class SpanSnapper final
{
public:
    static std::pair<qsizetype, qsizetype> snap(const QString &text, qsizetype start, qsizetype end, bool toWords);

    /*!
     * Where a span edge goes when nudged: the next (\a forward) or previous word start
     * (\a wordStart) or word end, or, without \a toWords, the next or previous grapheme
     * boundary. Returns \a offset itself when there is none.
     */
    static qsizetype step(const QString &text, qsizetype offset, bool forward, bool wordStart, bool toWords);
};

} // namespace Scholion::Models
