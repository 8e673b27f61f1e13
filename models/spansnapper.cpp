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

// Is the character that covers UTF-16 offset \a offset part of a word (a letter, digit or mark)?
bool isWordCharacterAt(const QString &text, qsizetype offset)
{
    if (offset < 0 || offset >= text.size()) {
        return false;
    }
    char32_t c = text.at(offset).unicode();
    if (QChar::isHighSurrogate(c) && offset + 1 < text.size()) {
        c = QChar::surrogateToUcs4(text.at(offset), text.at(offset + 1));
    } else if (QChar::isLowSurrogate(c) && offset > 0) {
        c = QChar::surrogateToUcs4(text.at(offset - 1), text.at(offset));
    }
    const QChar::Category category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
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
        // and is trimmed below.
        if (isWordCharacterAt(text, start) && isWordCharacterAt(text, start - 1)) {
            start = boundaryAtOrBefore(words, start);
        }
        if (isWordCharacterAt(text, end - 1) && isWordCharacterAt(text, end)) {
            end = boundaryAtOrAfter(words, end, text.size());
        }
    }

    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

} // namespace Scholion::Models
