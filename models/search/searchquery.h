// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Scholion::Models
{

/*!
 * A user's search query translated into an SQLite FTS5 MATCH expression.
 *
 * The syntax: words, "quoted phrases", prefix* (a word or a phrase's last word), AND, OR,
 * NOT (upper case; NOT is binary: "aid NOT military"), NEAR(a b, N) and parentheses;
 * words next to each other must all occur (implicit AND). Precedence, highest first:
 * NEAR, NOT, AND, OR. Every word is quoted in ftsExpression, so no user text is ever read
 * as FTS5 syntax.
 *
 * A malformed query leaves ftsExpression empty and explains the problem in error, a
 * translated sentence that names the character position; SQL error texts never reach the
 * user.
 */
struct ParsedQuery {
    QString ftsExpression;
    QString error; ///< friendly and translated; empty when the query is valid
    int errorPosition = -1; ///< UTF-16 index into the user's query where the problem is, or -1
    /*!
     * The words and phrases that produce hits (not those after NOT), as typed, for
     * highlighting; termIsPrefix tells which ended in '*' (the '*' is not part of the term).
     */
    QStringList terms;
    QList<bool> termIsPrefix;

    bool isValid() const { return error.isEmpty() && !ftsExpression.isEmpty(); }
};

/*!
 * Parses \a userQuery. With \a wordStarts, bare words also match longer words that start
 * with them (as if each ended in '*'): the search panel's "whole words" option turned off.
 */
ParsedQuery parseSearchQuery(const QString &userQuery, bool wordStarts = false);

/*!
 * True when \a c belongs to a word for the full-text index (letters, digits, combining
 * marks, private-use characters), the way FTS5's unicode61 tokenizer decides.
 */
bool isSearchTokenCharacter(char32_t c);

/*!
 * The words of \a text as the index sees them: case-folded, Latin diacritics removed.
 * Used to check a hit against the query's exact case and by tests.
 */
QStringList searchTokens(const QString &text, bool foldCase = true);

} // namespace Scholion::Models
