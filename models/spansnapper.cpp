// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spansnapper.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Scholion::Models
{

namespace
{
// The nearest boundary of \a type at or before \a offset.
qsizetype boundaryAtOrBefore(QTextBoundaryFinder &finder, qsizetype offset)
{
    finder.setPosition(offset);
    if (finder.isAtBoundary()) {
        return offset;
    }
    const qsizetype previous = finder.toPreviousBoundary();
    return previous < 0 ? 0 : previous;
}

// The nearest boundary at or after \a offset.
qsizetype boundaryAtOrAfter(QTextBoundaryFinder &finder, qsizetype offset, qsizetype size)
{
    finder.setPosition(offset);
    if (finder.isAtBoundary()) {
        return offset;
    }
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? size : next;
}

} // namespace

std::pair<qsizetype, qsizetype> SpanSnapper::snap(const QString &text, qsizetype start, qsizetype end, bool toWords)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, 0, text.size());
    if (start > end) {
        std::swap(start, end);
    }

    // Grapheme clusters first: a boundary never cuts a character apart.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    start = boundaryAtOrBefore(graphemes, start);
    end = boundaryAtOrAfter(graphemes, end, text.size());

    if (toWords && start < end) {
        QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
        // Only a boundary inside a word moves: a selection starting at a space stays put,
        // and is trimmed below. "Inside" is Unicode's word boundaries, not the characters
        // on either side: "Korvath's" and "1,000" are one word each.
        start = boundaryAtOrBefore(words, start);
        end = boundaryAtOrAfter(words, end, text.size());
    }

    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

qsizetype SpanSnapper::step(const QString &text, qsizetype offset, bool forward, bool wordStart, bool toWords)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    if (!toWords) {
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
        graphemes.setPosition(offset);
        const qsizetype next = forward ? graphemes.toNextBoundary() : graphemes.toPreviousBoundary();
        return next < 0 ? offset : next;
    }
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(offset);
    const auto wanted = wordStart ? QTextBoundaryFinder::StartOfItem : QTextBoundaryFinder::EndOfItem;
    for (qsizetype at = forward ? words.toNextBoundary() : words.toPreviousBoundary(); at >= 0;
        at = forward ? words.toNextBoundary() : words.toPreviousBoundary()) {
        if (words.boundaryReasons() & wanted) {
            return at;
        }
    }
    return offset;
}

} // namespace Scholion::Models
