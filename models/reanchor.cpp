// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchor.h"

#include <QList>

#include <algorithm>

namespace Scholion::Models
{

namespace
{
// Moves an offset off the low half of a surrogate pair.
qsizetype snap(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    if (offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() && text.at(offset - 1).isHighSurrogate()) {
        --offset;
    }
    return offset;
}

// Characters of the old prefix that match right before \a start, and of the suffix right after \a end.
qsizetype contextScore(const QString &text, qsizetype start, qsizetype end, const TextAnchor &anchor)
{
    qsizetype score = 0;
    for (qsizetype i = 1; i <= anchor.prefix.size() && start - i >= 0; ++i) {
        if (text.at(start - i) != anchor.prefix.at(anchor.prefix.size() - i)) {
            break;
        }
        ++score;
    }
    for (qsizetype i = 0; i < anchor.suffix.size() && end + i < text.size(); ++i) {
        if (text.at(end + i) != anchor.suffix.at(i)) {
            break;
        }
        ++score;
    }
    return score;
}
} // namespace

TextAnchor TextAnchor::fromText(const QString &text, qsizetype start, qsizetype end)
{
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = text.mid(start, end - start);
    // Moving the prefix start forward off a low surrogate keeps it within ContextLength.
    qsizetype prefixStart = std::clamp<qsizetype>(start - ContextLength, 0, text.size());
    if (prefixStart > 0 && prefixStart < text.size() && text.at(prefixStart).isLowSurrogate() && text.at(prefixStart - 1).isHighSurrogate()) {
        ++prefixStart;
    }
    anchor.prefix = text.mid(prefixStart, start - prefixStart);
    qsizetype suffixEnd = std::min(text.size(), end + ContextLength);
    if (suffixEnd < text.size() && text.at(suffixEnd).isLowSurrogate()) {
        --suffixEnd;
    }
    anchor.suffix = text.mid(end, suffixEnd - end);
    return anchor;
}

Reanchor::Result Reanchor::locate(const QString &newText, const TextAnchor &anchor)
{
    const qsizetype length = anchor.quote.size();
    if (length > 0 && anchor.start >= 0 && anchor.start + length <= newText.size() && QStringView(newText).sliced(anchor.start, length) == anchor.quote) {
        return {anchor.start, anchor.start + length, State::Anchored};
    }

    QList<qsizetype> hits;
    if (length > 0) {
        for (qsizetype at = newText.indexOf(anchor.quote); at >= 0 && hits.size() < 10000; at = newText.indexOf(anchor.quote, at + 1)) {
            hits << at;
        }
    }

    if (hits.size() == 1) {
        return {hits.first(), hits.first() + length, State::Moved};
    }
    if (hits.size() > 1) {
        qsizetype best = -1;
        qsizetype bestScore = -1;
        bool tie = false;
        for (const qsizetype at : std::as_const(hits)) {
            const qsizetype score = contextScore(newText, at, at + length, anchor);
            if (score > bestScore) {
                best = at;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
                // Among equals, stay closest to where the span was.
                if (std::abs(at - anchor.start) < std::abs(best - anchor.start)) {
                    best = at;
                }
            }
        }
        return {best, best + length, tie || bestScore == 0 ? State::NeedsReview : State::Moved};
    }

    // Lost: keep the old place, clamped into the new text and off any surrogate half.
    if (newText.isEmpty()) {
        return {0, 0, State::NeedsReview};
    }
    qsizetype start = snap(newText, std::min(anchor.start, newText.size() - 1));
    qsizetype end = snap(newText, std::min(std::max(anchor.end, start + 1), newText.size()));
    if (end <= start) {
        end = std::min(newText.size(), start + (newText.at(start).isHighSurrogate() ? 2 : 1));
    }
    return {start, end, State::NeedsReview};
}

} // namespace Scholion::Models
