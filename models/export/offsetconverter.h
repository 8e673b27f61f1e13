// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scholion::Models
{

/*!
 * Converts offsets into one text between UTF-16 code units (how the project stores them) and
 * Unicode code points (what brat, W3C, REFI-QDA, CSV and Scholion JSONL use).
 *
 * Every exporter converts through this one class. It keeps a cursor, so a run of increasing
 * offsets costs O(1) amortised per call; going back walks back from the cursor (or restarts
 * at 0 when that is shorter). A lone surrogate counts as one code point, the way it is
 * written out (as U+FFFD) in UTF-8. An offset between the two halves of a surrogate pair is
 * not a character boundary: isBoundary() says so, and toCodePoints() rounds it down.
 *
 * The text is referenced, not copied: it must outlive the converter.
 */
class OffsetConverter final
{
public:
    explicit OffsetConverter(const QString &text);

    /*! The code point offset of UTF-16 offset \a utf16 (clamped to the text). */
    qsizetype toCodePoints(qsizetype utf16);
    /*! The UTF-16 offset of code point offset \a codePoints (clamped to the text). */
    qsizetype toUtf16(qsizetype codePoints);
    /*! False when \a utf16 lies inside the text or at its ends, but between a surrogate pair's halves. */
    bool isBoundary(qsizetype utf16) const;
    /*! The text's length in code points. */
    qsizetype codePointLength();

private:
    void moveTo(qsizetype utf16);

    const QString &m_text;
    qsizetype m_utf16 = 0; ///< cursor, always on a boundary
    qsizetype m_codePoints = 0; ///< code points before the cursor
    qsizetype m_length = -1; ///< code point length, once known
};

} // namespace Scholion::Models
