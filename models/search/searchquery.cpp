// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QCoreApplication>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

bool isLatin(char32_t c)
{
    return (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool isCombiningDiacritic(char32_t c)
{
    return c >= 0x300 && c <= 0x36F;
}

// unicode61 with remove_diacritics 2 folds Latin letters with diacritics to their base letter
// and drops combining diacritics; other scripts keep their marks.
char32_t withoutDiacritic(char32_t c)
{
    if (!isLatin(c) || QChar::decompositionTag(c) != QChar::Canonical) {
        return c;
    }
    const QString decomposed = QChar::decomposition(c);
    const QList<uint> codePoints = decomposed.toUcs4();
    if (codePoints.isEmpty()) {
        return c;
    }
    for (qsizetype i = 1; i < codePoints.size(); ++i) {
        if (!isCombiningDiacritic(codePoints.at(i))) {
            return c;
        }
    }
    return withoutDiacritic(codePoints.constFirst());
}

// SQLite's FTS5 query parser overflows its stack beyond about 100 nested parentheses, and the
// parser below recurses once per parenthesis: both stay well under that.
constexpr int MaxNesting = 64;

// How deeply the parentheses of an FTS5 expression nest (quoted text does not count).
int nestingOf(const QString &expression)
{
    int depth = 0;
    int deepest = 0;
    bool quoted = false;
    for (const QChar c : expression) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote inside a term toggles twice
        } else if (!quoted && c == u'(') {
            deepest = std::max(deepest, ++depth);
        } else if (!quoted && c == u')') {
            --depth;
        }
    }
    return deepest;
}

struct Token {
    enum class Kind {
        Word,
        Phrase,
        Open,
        Close,
        Comma,
        And,
        Or,
        Not,
        Near,
        End,
    };
    Kind kind = Kind::End;
    QString text;
    bool prefix = false;
    int position = 0;
};

class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    QueryParser(const QString &query, bool wordStarts)
        : m_query(query)
        , m_wordStarts(wordStarts)
    {
    }

    ParsedQuery parse()
    {
        ParsedQuery result;
        if (m_query.trimmed().isEmpty()) {
            result.error = tr("Type a word or a “phrase” to search for.");
            return result;
        }
        if (lex()) {
            QString expression = parseOr(false);
            if (m_error.isEmpty() && peek().kind == Token::Kind::End && nestingOf(expression) > MaxNesting) {
                // Each word or operator of a chain nests the expression one level deeper.
                fail(-1, tr("The query is too long to search: use at most about %1 words and operators.").arg(MaxNesting));
            }
            if (m_error.isEmpty() && peek().kind != Token::Kind::End) {
                const Token &token = peek();
                if (token.kind == Token::Kind::Close) {
                    fail(token.position, tr("The closing parenthesis at character %1 has no opening one.").arg(token.position + 1));
                } else {
                    fail(token.position, tr("Unexpected “%1” at character %2.").arg(token.text).arg(token.position + 1));
                }
            }
            if (m_error.isEmpty()) {
                result.ftsExpression = expression;
                result.terms = m_terms;
                result.termIsPrefix = m_prefixes;
                return result;
            }
        }
        result.error = m_error;
        result.errorPosition = m_errorPosition;
        return result;
    }

private:
    void fail(int position, const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPosition = position;
        }
    }

    bool lex()
    {
        const qsizetype length = m_query.size();
        int nearDepth = 0;
        int depth = 0;
        qsizetype i = 0;
        while (i < length) {
            const QChar c = m_query.at(i);
            const int position = int(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (c == u'"') {
                const qsizetype close = m_query.indexOf(u'"', i + 1);
                if (close < 0) {
                    fail(position, tr("The quotation mark at character %1 is not closed.").arg(position + 1));
                    return false;
                }
                Token token{Token::Kind::Phrase, m_query.mid(i + 1, close - i - 1), false, position};
                i = close + 1;
                if (i < length && m_query.at(i) == u'*') {
                    token.prefix = true;
                    ++i;
                }
                m_tokens << token;
                continue;
            }
            if (c == u'(') {
                if (++depth > MaxNesting) {
                    fail(position, tr("The parenthesis at character %1 is nested too deeply (at most %2 levels).").arg(position + 1).arg(MaxNesting));
                    return false;
                }
                m_tokens << Token{Token::Kind::Open, u"("_s, false, position};
                ++i;
                continue;
            }
            if (c == u')') {
                if (nearDepth == depth) {
                    nearDepth = 0;
                }
                --depth;
                m_tokens << Token{Token::Kind::Close, u")"_s, false, position};
                ++i;
                continue;
            }
            if (c == u',' && nearDepth > 0 && nearDepth == depth) {
                m_tokens << Token{Token::Kind::Comma, u","_s, false, position};
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < length) {
                const QChar e = m_query.at(end);
                if (e.isSpace() || e == u'"' || e == u'(' || e == u')' || (e == u',' && nearDepth > 0 && nearDepth == depth)) {
                    break;
                }
                ++end;
            }
            QString word = m_query.mid(i, end - i);
            i = end;
            if (word == u"AND"_s) {
                m_tokens << Token{Token::Kind::And, word, false, position};
            } else if (word == u"OR"_s) {
                m_tokens << Token{Token::Kind::Or, word, false, position};
            } else if (word == u"NOT"_s) {
                m_tokens << Token{Token::Kind::Not, word, false, position};
            } else if (word == u"NEAR"_s && i < length && m_query.at(i) == u'(') {
                m_tokens << Token{Token::Kind::Near, word, false, position};
                nearDepth = depth + 1;
            } else {
                bool prefix = false;
                if (word.endsWith(u'*')) {
                    prefix = true;
                    word.chop(1);
                    if (word.isEmpty()) {
                        fail(position, tr("The * at character %1 must follow a word, as in “pledg*”.").arg(position + 1));
                        return false;
                    }
                }
                m_tokens << Token{Token::Kind::Word, word, prefix, position};
            }
        }
        m_tokens << Token{Token::Kind::End, {}, false, int(length)};
        return true;
    }

    const Token &peek() const { return m_tokens.at(m_next); }
    Token take() { return m_tokens.at(m_next < m_tokens.size() - 1 ? m_next++ : m_next); }

    static bool startsOperand(Token::Kind kind)
    {
        return kind == Token::Kind::Word || kind == Token::Kind::Phrase || kind == Token::Kind::Open || kind == Token::Kind::Near;
    }

    // An operator needs an operand after it: explain what is there instead.
    bool expectOperandAfter(const Token &op)
    {
        if (startsOperand(peek().kind)) {
            return true;
        }
        fail(op.position, tr("“%1” at character %2 needs a word or a phrase after it.").arg(op.text).arg(op.position + 1));
        return false;
    }

    QString parseOr(bool negated)
    {
        QString left = parseAnd(negated);
        while (m_error.isEmpty() && peek().kind == Token::Kind::Or) {
            const Token op = take();
            if (!expectOperandAfter(op)) {
                return {};
            }
            const QString right = parseAnd(negated);
            left = u"("_s + left + u" OR "_s + right + u")"_s;
        }
        return left;
    }

    QString parseAnd(bool negated)
    {
        QString left = parseNot(negated);
        while (m_error.isEmpty()) {
            if (peek().kind == Token::Kind::And) {
                const Token op = take();
                if (!expectOperandAfter(op)) {
                    return {};
                }
            } else if (!startsOperand(peek().kind)) {
                break;
            }
            const QString right = parseNot(negated);
            left = u"("_s + left + u" AND "_s + right + u")"_s;
        }
        return left;
    }

    QString parseNot(bool negated)
    {
        QString left = parsePrimary(negated);
        while (m_error.isEmpty() && peek().kind == Token::Kind::Not) {
            const Token op = take();
            if (!expectOperandAfter(op)) {
                return {};
            }
            const QString right = parsePrimary(true);
            left = u"("_s + left + u" NOT "_s + right + u")"_s;
        }
        return left;
    }

    QString term(const Token &token, bool negated)
    {
        if (token.kind == Token::Kind::Phrase && token.text.trimmed().isEmpty()) {
            fail(token.position, tr("The quotation marks at character %1 enclose nothing.").arg(token.position + 1));
            return {};
        }
        const QList<uint> codePoints = token.text.toUcs4();
        const bool hasWord = std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
            return isSearchTokenCharacter(c);
        });
        if (!hasWord) {
            fail(token.position,
                tr("“%1” at character %2 has no letters or digits to search for; use a regular expression to find other characters.")
                    .arg(token.text)
                    .arg(token.position + 1));
            return {};
        }
        const bool prefix = token.prefix || (m_wordStarts && token.kind == Token::Kind::Word);
        if (!negated) {
            m_terms << token.text;
            m_prefixes << prefix;
        }
        QString quoted = token.text;
        quoted.replace(u'"', u"\"\""_s);
        // FTS5 reads the expression as a C string, which a NUL would end; for the index it separates words like a space.
        quoted.replace(QChar(u'\0'), u' ');
        return u"\""_s + quoted + u"\""_s + (prefix ? u" *"_s : QString());
    }

    QString parseNear(const Token &nearToken, bool negated)
    {
        take(); // (
        const QString usage =
            tr("NEAR at character %1 needs two or more words or phrases and an optional distance, as in NEAR(aid package, 5).").arg(nearToken.position + 1);
        QStringList items;
        while (peek().kind == Token::Kind::Word || peek().kind == Token::Kind::Phrase) {
            items << term(take(), negated);
            if (!m_error.isEmpty()) {
                return {};
            }
        }
        QString distance;
        if (peek().kind == Token::Kind::Comma) {
            take();
            const Token number = take();
            bool ok = false;
            const int value = number.text.toInt(&ok);
            if (number.kind != Token::Kind::Word || number.prefix || !ok || value < 0) {
                fail(number.position,
                    tr("The distance of NEAR at character %1 must be a whole number of words, as in NEAR(aid package, 5).").arg(nearToken.position + 1));
                return {};
            }
            distance = u", "_s + QString::number(value);
        }
        if (peek().kind != Token::Kind::Close) {
            if (peek().kind == Token::Kind::End) {
                fail(nearToken.position, tr("The parenthesis of NEAR at character %1 is not closed.").arg(nearToken.position + 1));
            } else {
                fail(nearToken.position, usage);
            }
            return {};
        }
        take();
        if (items.size() < 2) {
            fail(nearToken.position, usage);
            return {};
        }
        return u"NEAR("_s + items.join(u' ') + distance + u")"_s;
    }

    QString parsePrimary(bool negated)
    {
        const Token token = take();
        switch (token.kind) {
        case Token::Kind::Word:
        case Token::Kind::Phrase:
            return term(token, negated);
        case Token::Kind::Near:
            return parseNear(token, negated);
        case Token::Kind::Open: {
            if (peek().kind == Token::Kind::Close) {
                fail(token.position, tr("The parentheses at character %1 are empty.").arg(token.position + 1));
                return {};
            }
            const QString inner = parseOr(negated);
            if (!m_error.isEmpty()) {
                return {};
            }
            if (peek().kind != Token::Kind::Close) {
                fail(token.position, tr("The parenthesis at character %1 is not closed.").arg(token.position + 1));
                return {};
            }
            take();
            return u"("_s + inner + u")"_s;
        }
        case Token::Kind::And:
        case Token::Kind::Or:
        case Token::Kind::Not:
            fail(token.position, tr("“%1” at character %2 needs a word or a phrase before it.").arg(token.text).arg(token.position + 1));
            return {};
        case Token::Kind::Close:
            fail(token.position, tr("The closing parenthesis at character %1 has no opening one.").arg(token.position + 1));
            return {};
        case Token::Kind::Comma:
        case Token::Kind::End:
            break;
        }
        fail(token.position, tr("The query ends where a word or a phrase should follow."));
        return {};
    }

    const QString &m_query;
    const bool m_wordStarts;
    QList<Token> m_tokens;
    qsizetype m_next = 0;
    QStringList m_terms;
    QList<bool> m_prefixes;
    QString m_error;
    int m_errorPosition = -1;
};

} // namespace

bool isSearchTokenCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

QStringList searchTokens(const QString &text, bool foldCase)
{
    QStringList tokens;
    QString current;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (!isSearchTokenCharacter(c)) {
            if (!current.isEmpty()) {
                tokens << current;
                current.clear();
            }
            continue;
        }
        if (isCombiningDiacritic(c)) {
            continue;
        }
        char32_t folded = withoutDiacritic(c);
        if (foldCase) {
            folded = QChar::toCaseFolded(folded);
        }
        current += QString::fromUcs4(&folded, 1);
    }
    if (!current.isEmpty()) {
        tokens << current;
    }
    return tokens;
}

ParsedQuery parseSearchQuery(const QString &userQuery, bool wordStarts)
{
    return QueryParser(userQuery, wordStarts).parse();
}

} // namespace Scholion::Models
