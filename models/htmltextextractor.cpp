// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltextextractor.h"

#include "textdecoder.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

// ---------------------------------------------------------------------------------------------
// Element table

enum ElementFlag : quint32 {
    Block = 1U << 0, // separated from its surroundings by a blank line
    ClosesParagraph = 1U << 1, // its start tag closes an open <p>
    Void = 1U << 2, // has no content and no end tag
    Drop = 1U << 3, // its content is never visible
    RawText = 1U << 4, // content ends only at the matching end tag; it is dropped
    EscapableRawText = 1U << 5, // like RawText, but entities are decoded (title, textarea)
    ListContainer = 1U << 6,
    ListItem = 1U << 7,
    DefinitionList = 1U << 8,
    DefinitionItem = 1U << 9,
    TableRow = 1U << 10,
    TableCell = 1U << 11,
    TableScope = 1U << 12, // boundary when looking for an open row or cell
    ParagraphScope = 1U << 13, // boundary when looking for an open <p>
    Preformatted = 1U << 14,
    LineBreak = 1U << 15,
    MainHeading = 1U << 16,
    DocumentHead = 1U << 17,
    HeadContent = 1U << 18, // may appear inside <head> without ending it
    Foreign = 1U << 19, // svg, math: self-closing tags count, no raw text inside
};

quint32 elementFlags(const QString &name)
{
    constexpr quint32 block = Block | ClosesParagraph;
    static const QHash<QString, quint32> table = {
        {u"address"_s, block},
        {u"article"_s, block},
        {u"aside"_s, block},
        {u"blockquote"_s, block},
        {u"center"_s, block},
        {u"details"_s, block},
        {u"div"_s, block},
        {u"fieldset"_s, block},
        {u"figcaption"_s, block},
        {u"figure"_s, block},
        {u"footer"_s, block},
        {u"form"_s, block},
        {u"header"_s, block},
        {u"hgroup"_s, block},
        {u"main"_s, block},
        {u"nav"_s, block},
        {u"p"_s, block},
        {u"search"_s, block},
        {u"section"_s, block},
        {u"summary"_s, block},
        {u"legend"_s, Block},
        {u"h1"_s, block | MainHeading},
        {u"h2"_s, block},
        {u"h3"_s, block},
        {u"h4"_s, block},
        {u"h5"_s, block},
        {u"h6"_s, block},
        {u"ul"_s, block | ListContainer},
        {u"ol"_s, block | ListContainer},
        {u"menu"_s, block | ListContainer},
        {u"dir"_s, block | ListContainer},
        {u"li"_s, block | ListItem},
        {u"dl"_s, block | DefinitionList},
        {u"dt"_s, block | DefinitionItem},
        {u"dd"_s, block | DefinitionItem},
        {u"pre"_s, block | Preformatted},
        {u"listing"_s, block | Preformatted},
        {u"table"_s, block | TableScope | ParagraphScope},
        {u"caption"_s, Block | ParagraphScope},
        {u"tr"_s, Block | TableRow},
        {u"td"_s, TableCell | ParagraphScope},
        {u"th"_s, TableCell | ParagraphScope},
        {u"hr"_s, block | Void},
        {u"br"_s, Void | LineBreak},
        {u"area"_s, Void},
        {u"base"_s, Void | HeadContent},
        {u"basefont"_s, Void | HeadContent},
        {u"bgsound"_s, Void | HeadContent},
        {u"col"_s, Void},
        {u"embed"_s, Void},
        {u"frame"_s, Void},
        {u"img"_s, Void},
        {u"input"_s, Void},
        {u"keygen"_s, Void},
        {u"link"_s, Void | HeadContent},
        {u"meta"_s, Void | HeadContent},
        {u"param"_s, Void},
        {u"source"_s, Void},
        {u"track"_s, Void},
        {u"wbr"_s, Void},
        {u"script"_s, RawText | HeadContent},
        {u"style"_s, RawText | HeadContent},
        {u"noscript"_s, RawText | HeadContent},
        {u"iframe"_s, RawText},
        {u"noembed"_s, RawText},
        {u"noframes"_s, RawText},
        {u"title"_s, EscapableRawText | HeadContent},
        {u"textarea"_s, EscapableRawText},
        {u"head"_s, Drop | DocumentHead},
        {u"template"_s, Drop | HeadContent | ParagraphScope | TableScope},
        {u"svg"_s, Drop | Foreign | ParagraphScope},
        {u"math"_s, Drop | Foreign | ParagraphScope},
        {u"object"_s, Drop | ParagraphScope},
        {u"applet"_s, Drop | ParagraphScope},
        {u"canvas"_s, Drop},
        {u"select"_s, Drop},
        {u"option"_s, Drop},
        {u"optgroup"_s, Drop},
        {u"datalist"_s, Drop},
        {u"audio"_s, Drop},
        {u"video"_s, Drop},
        {u"button"_s, ParagraphScope},
        {u"marquee"_s, ParagraphScope},
    };
    return table.value(name);
}

// ---------------------------------------------------------------------------------------------
// Characters

constexpr bool isHtmlSpace(char32_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Whitespace that collapses outside <pre>: HTML's, plus \v and the no-break space.
constexpr bool isCollapsibleSpace(char32_t c)
{
    return isHtmlSpace(c) || c == u'\v' || c == 0xA0;
}

// Characters that are never shown: NUL, other controls, the soft hyphen.
constexpr bool isInvisible(char32_t c)
{
    return c < 0x20 || c == 0x7F || c == 0xAD;
}

constexpr bool isAsciiLetter(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}

constexpr bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// ---------------------------------------------------------------------------------------------
// Character references

struct NamedEntity {
    QStringView name;
    char32_t codePoint;
};

// clang-format off
constexpr NamedEntity namedEntities[] = {
    {u"amp", 0x26}, {u"AMP", 0x26}, {u"lt", 0x3C}, {u"LT", 0x3C}, {u"gt", 0x3E}, {u"GT", 0x3E},
    {u"quot", 0x22}, {u"QUOT", 0x22}, {u"apos", 0x27}, {u"nbsp", 0xA0},
    {u"copy", 0xA9}, {u"COPY", 0xA9}, {u"reg", 0xAE}, {u"REG", 0xAE}, {u"trade", 0x2122}, {u"TRADE", 0x2122},
    {u"hellip", 0x2026}, {u"mldr", 0x2026}, {u"mdash", 0x2014}, {u"ndash", 0x2013}, {u"minus", 0x2212},
    {u"lsquo", 0x2018}, {u"rsquo", 0x2019}, {u"ldquo", 0x201C}, {u"rdquo", 0x201D},
    {u"sbquo", 0x201A}, {u"bdquo", 0x201E}, {u"laquo", 0xAB}, {u"raquo", 0xBB},
    {u"lsaquo", 0x2039}, {u"rsaquo", 0x203A},
    {u"euro", 0x20AC}, {u"pound", 0xA3}, {u"yen", 0xA5}, {u"cent", 0xA2}, {u"curren", 0xA4},
    {u"sect", 0xA7}, {u"para", 0xB6}, {u"deg", 0xB0}, {u"plusmn", 0xB1}, {u"times", 0xD7},
    {u"divide", 0xF7}, {u"middot", 0xB7}, {u"bull", 0x2022}, {u"prime", 0x2032}, {u"Prime", 0x2033},
    {u"dagger", 0x2020}, {u"Dagger", 0x2021}, {u"permil", 0x2030}, {u"iexcl", 0xA1}, {u"iquest", 0xBF},
    {u"ordf", 0xAA}, {u"ordm", 0xBA}, {u"sup1", 0xB9}, {u"sup2", 0xB2}, {u"sup3", 0xB3},
    {u"frac14", 0xBC}, {u"frac12", 0xBD}, {u"frac34", 0xBE}, {u"micro", 0xB5}, {u"not", 0xAC},
    {u"brvbar", 0xA6}, {u"uml", 0xA8}, {u"macr", 0xAF}, {u"acute", 0xB4}, {u"cedil", 0xB8},
    {u"circ", 0x2C6}, {u"tilde", 0x2DC}, {u"fnof", 0x192},
    {u"larr", 0x2190}, {u"uarr", 0x2191}, {u"rarr", 0x2192}, {u"darr", 0x2193}, {u"harr", 0x2194},
    {u"le", 0x2264}, {u"ge", 0x2265}, {u"ne", 0x2260}, {u"asymp", 0x2248}, {u"infin", 0x221E},
    {u"thinsp", 0x2009}, {u"ensp", 0x2002}, {u"emsp", 0x2003}, {u"zwj", 0x200D}, {u"zwnj", 0x200C},
    {u"lrm", 0x200E}, {u"rlm", 0x200F}, {u"shy", 0xAD},
    {u"Agrave", 0xC0}, {u"Aacute", 0xC1}, {u"Acirc", 0xC2}, {u"Atilde", 0xC3}, {u"Auml", 0xC4},
    {u"Aring", 0xC5}, {u"AElig", 0xC6}, {u"Ccedil", 0xC7}, {u"Egrave", 0xC8}, {u"Eacute", 0xC9},
    {u"Ecirc", 0xCA}, {u"Euml", 0xCB}, {u"Igrave", 0xCC}, {u"Iacute", 0xCD}, {u"Icirc", 0xCE},
    {u"Iuml", 0xCF}, {u"ETH", 0xD0}, {u"Ntilde", 0xD1}, {u"Ograve", 0xD2}, {u"Oacute", 0xD3},
    {u"Ocirc", 0xD4}, {u"Otilde", 0xD5}, {u"Ouml", 0xD6}, {u"Oslash", 0xD8}, {u"Ugrave", 0xD9},
    {u"Uacute", 0xDA}, {u"Ucirc", 0xDB}, {u"Uuml", 0xDC}, {u"Yacute", 0xDD}, {u"THORN", 0xDE},
    {u"szlig", 0xDF},
    {u"agrave", 0xE0}, {u"aacute", 0xE1}, {u"acirc", 0xE2}, {u"atilde", 0xE3}, {u"auml", 0xE4},
    {u"aring", 0xE5}, {u"aelig", 0xE6}, {u"ccedil", 0xE7}, {u"egrave", 0xE8}, {u"eacute", 0xE9},
    {u"ecirc", 0xEA}, {u"euml", 0xEB}, {u"igrave", 0xEC}, {u"iacute", 0xED}, {u"icirc", 0xEE},
    {u"iuml", 0xEF}, {u"eth", 0xF0}, {u"ntilde", 0xF1}, {u"ograve", 0xF2}, {u"oacute", 0xF3},
    {u"ocirc", 0xF4}, {u"otilde", 0xF5}, {u"ouml", 0xF6}, {u"oslash", 0xF8}, {u"ugrave", 0xF9},
    {u"uacute", 0xFA}, {u"ucirc", 0xFB}, {u"uuml", 0xFC}, {u"yacute", 0xFD}, {u"thorn", 0xFE},
    {u"yuml", 0xFF}, {u"Yuml", 0x178}, {u"OElig", 0x152}, {u"oelig", 0x153}, {u"Scaron", 0x160},
    {u"scaron", 0x161},
    {u"Alpha", 0x391}, {u"Beta", 0x392}, {u"Gamma", 0x393}, {u"Delta", 0x394}, {u"Epsilon", 0x395},
    {u"Zeta", 0x396}, {u"Eta", 0x397}, {u"Theta", 0x398}, {u"Iota", 0x399}, {u"Kappa", 0x39A},
    {u"Lambda", 0x39B}, {u"Mu", 0x39C}, {u"Nu", 0x39D}, {u"Xi", 0x39E}, {u"Omicron", 0x39F},
    {u"Pi", 0x3A0}, {u"Rho", 0x3A1}, {u"Sigma", 0x3A3}, {u"Tau", 0x3A4}, {u"Upsilon", 0x3A5},
    {u"Phi", 0x3A6}, {u"Chi", 0x3A7}, {u"Psi", 0x3A8}, {u"Omega", 0x3A9},
    {u"alpha", 0x3B1}, {u"beta", 0x3B2}, {u"gamma", 0x3B3}, {u"delta", 0x3B4}, {u"epsilon", 0x3B5},
    {u"zeta", 0x3B6}, {u"eta", 0x3B7}, {u"theta", 0x3B8}, {u"iota", 0x3B9}, {u"kappa", 0x3BA},
    {u"lambda", 0x3BB}, {u"mu", 0x3BC}, {u"nu", 0x3BD}, {u"xi", 0x3BE}, {u"omicron", 0x3BF},
    {u"pi", 0x3C0}, {u"rho", 0x3C1}, {u"sigmaf", 0x3C2}, {u"sigma", 0x3C3}, {u"tau", 0x3C4},
    {u"upsilon", 0x3C5}, {u"phi", 0x3C6}, {u"chi", 0x3C7}, {u"psi", 0x3C8}, {u"omega", 0x3C9},
};
// clang-format on

constexpr qsizetype MaxEntityNameLength = 32;

// Names that HTML also recognises without the closing ';'.
bool isLegacyEntity(QStringView name)
{
    return name == u"amp" || name == u"AMP" || name == u"lt" || name == u"LT" || name == u"gt" || name == u"GT" || name == u"quot" || name == u"QUOT" ||
        name == u"nbsp";
}

char32_t lookupEntity(QStringView name)
{
    static const auto sorted = [] {
        std::array<NamedEntity, std::size(namedEntities)> entities{};
        std::copy(std::begin(namedEntities), std::end(namedEntities), entities.begin());
        std::sort(entities.begin(), entities.end(), [](const NamedEntity &a, const NamedEntity &b) {
            return a.name.compare(b.name) < 0;
        });
        return entities;
    }();
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), name, [](const NamedEntity &entity, QStringView key) {
        return entity.name.compare(key) < 0;
    });
    return (it != sorted.end() && it->name == name) ? it->codePoint : 0;
}

// What a numeric reference means: invalid values become U+FFFD, and 128-159 are read as
// Windows-1252, as browsers do.
char32_t numericReferenceValue(char32_t value)
{
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return 0xFFFD;
    }
    if (value >= 0x80 && value <= 0x9F) {
        return TextDecoder::windows1252Char(char(value));
    }
    return value;
}

struct Reference {
    qsizetype length = 0; // characters consumed, 0 when s does not start with a reference
    char32_t codePoint = 0;
};

// Decodes the character reference at the start of s (s[0] == '&').
Reference decodeReference(QStringView s, bool inAttribute)
{
    const qsizetype n = s.size();
    if (n < 2) {
        return {};
    }
    if (s[1] == u'#') {
        qsizetype p = 2;
        bool hex = false;
        if (p < n && (s[p] == u'x' || s[p] == u'X')) {
            hex = true;
            ++p;
        }
        const qsizetype digitsStart = p;
        char32_t value = 0;
        bool overflow = false;
        for (; p < n; ++p) {
            const char16_t c = s[p].unicode();
            char32_t digit = 0;
            if (c >= u'0' && c <= u'9') {
                digit = c - u'0';
            } else if (hex && c >= u'a' && c <= u'f') {
                digit = c - u'a' + 10;
            } else if (hex && c >= u'A' && c <= u'F') {
                digit = c - u'A' + 10;
            } else {
                break;
            }
            if (!overflow) {
                value = value * (hex ? 16 : 10) + digit;
                overflow = value > 0x10FFFF;
            }
        }
        if (p == digitsStart) {
            return {};
        }
        if (p < n && s[p] == u';') {
            ++p;
        }
        return {p, overflow ? char32_t(0xFFFD) : numericReferenceValue(value)};
    }

    qsizetype p = 1;
    while (p < n && p <= MaxEntityNameLength && isAsciiAlnum(s[p])) {
        ++p;
    }
    const QStringView name = s.sliced(1, p - 1);
    if (name.isEmpty() || (p < n && isAsciiAlnum(s[p]))) {
        return {};
    }
    if (p < n && s[p] == u';') {
        if (const char32_t c = lookupEntity(name)) {
            return {p + 1, c};
        }
        return {};
    }
    if (isLegacyEntity(name) && !(inAttribute && p < n && s[p] == u'=')) {
        return {p, lookupEntity(name)};
    }
    return {};
}

enum class References {
    Keep,
    DecodeText,
    DecodeAttribute,
};

// Collapses whitespace and decodes references, for titles, headings and attribute values.
class Collapser
{
public:
    void add(char32_t c)
    {
        if (isCollapsibleSpace(c)) {
            m_space = !m_text.isEmpty();
        } else if (!isInvisible(c)) {
            if (m_space) {
                m_text.append(u' ');
                m_space = false;
            }
            appendCodePoint(m_text, c);
        }
    }

    void addText(QStringView text, References references)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (references != References::Keep && text[i] == u'&') {
                const Reference ref = decodeReference(text.sliced(i), references == References::DecodeAttribute);
                if (ref.length > 0) {
                    add(ref.codePoint);
                    i += ref.length - 1;
                    continue;
                }
            }
            add(text[i].unicode());
        }
    }

    QString result() const { return m_text; }

private:
    QString m_text;
    bool m_space = false;
};

QString collapsed(QStringView text, References references)
{
    Collapser collapser;
    collapser.addText(text, references);
    return collapser.result();
}

// ---------------------------------------------------------------------------------------------
// Dates

bool readDigits(QStringView s, qsizetype &pos, qsizetype minCount, qsizetype maxCount, int &value)
{
    value = 0;
    qsizetype count = 0;
    while (pos < s.size() && count < maxCount && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9') {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count >= minCount;
}

QString parseDate(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    bool parsed = false;
    if (readDigits(s, pos, 4, 4, year) && pos < s.size()) {
        const QChar separator = s[pos];
        if (separator == u'-' || separator == u'/' || separator == u'.') {
            ++pos;
            parsed = readDigits(s, pos, 1, 2, month) && pos < s.size() && s[pos] == separator && readDigits(s, ++pos, 1, 2, day);
        } else {
            parsed = readDigits(s, pos, 2, 2, month) && readDigits(s, pos, 2, 2, day);
        }
        parsed = parsed && (pos == s.size() || !s[pos].isDigit());
    }
    if (parsed) {
        const QDate date(year, month, day);
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    if (!s.isEmpty()) {
        const QDateTime rfc = QDateTime::fromString(s.toString(), Qt::RFC2822Date);
        if (rfc.isValid()) {
            return rfc.date().toString(Qt::ISODate);
        }
    }
    return {};
}

bool isDateMetaName(QStringView name)
{
    static constexpr QStringView names[] = {u"date", u"dc.date", u"dcterms.date", u"article:published_time", u"pubdate"};
    const QStringView trimmed = name.trimmed();
    return std::any_of(std::begin(names), std::end(names), [trimmed](QStringView candidate) {
        return trimmed.compare(candidate, Qt::CaseInsensitive) == 0;
    });
}

// ---------------------------------------------------------------------------------------------
// Tokens

struct Attribute {
    QStringView name;
    QStringView value;
};

struct Tag {
    QStringView name;
    QVarLengthArray<Attribute, 8> attributes;
    bool selfClosing = false;
    bool complete = false; // false when the input ended inside the tag

    QStringView attribute(QStringView attributeName, bool *present = nullptr) const
    {
        for (const Attribute &attribute : attributes) {
            if (attribute.name.compare(attributeName, Qt::CaseInsensitive) == 0) {
                if (present) {
                    *present = true;
                }
                return attribute.value;
            }
        }
        if (present) {
            *present = false;
        }
        return {};
    }
};

bool styleHides(QStringView style)
{
    QString compact;
    compact.reserve(style.size());
    for (const QChar c : style) {
        if (!isHtmlSpace(c.unicode())) {
            compact.append(c.toLower());
        }
    }
    return compact.contains("display:none"_L1);
}

bool isHidden(const Tag &tag)
{
    for (const Attribute &attribute : tag.attributes) {
        if (attribute.name.compare(u"hidden", Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (attribute.name.compare(u"aria-hidden", Qt::CaseInsensitive) == 0 && attribute.value.trimmed().compare(u"true", Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (attribute.name.compare(u"style", Qt::CaseInsensitive) == 0 && styleHides(attribute.value)) {
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Output

/*
 * Builds the text. Spaces, line breaks and cell separators are held back until visible text
 * follows, which is what trims lines and collapses runs: a pending line break swallows a
 * pending space, and nothing pending survives at the start or the end of the text.
 */
class Writer
{
public:
    void character(QChar c)
    {
        flush();
        m_text.append(c);
    }
    void space() { m_space = true; }
    // A block boundary: 1 = line break, 2 = blank line. Cancels pending cell separators.
    void block(int newlines)
    {
        m_breaks = std::max(m_breaks, newlines);
        m_tabs = 0;
        m_rowStart = false;
    }
    // The start of a table row: a block boundary after which cell separators still count.
    void rowStart(int newlines)
    {
        block(newlines);
        m_rowStart = true;
    }
    void lineBreak()
    {
        m_breaks = std::min(m_breaks + 1, 2);
        m_tabs = 0;
        m_rowStart = false;
    }
    void cellSeparator() { ++m_tabs; }

    const QString &text() const { return m_text; }

private:
    void flush()
    {
        if (!m_text.isEmpty()) {
            if (m_breaks > 0) {
                m_text.append(m_breaks == 1 ? "\n"_L1 : "\n\n"_L1);
            }
            if (m_tabs > 0) {
                // Separators count after the start of the row, not after a block inside a cell.
                if (m_breaks == 0 || m_rowStart) {
                    m_text.append(QString(m_tabs, u'\t'));
                }
            } else if (m_breaks == 0 && m_space) {
                const QChar last = m_text.back();
                if (last != u' ' && last != u'\n' && last != u'\t') {
                    m_text.append(u' ');
                }
            }
        }
        m_breaks = 0;
        m_tabs = 0;
        m_space = false;
        m_rowStart = false;
    }

    QString m_text;
    int m_breaks = 0;
    int m_tabs = 0;
    bool m_space = false;
    bool m_rowStart = false;
};

// Trims the end of every line, keeps at most one blank line in a row, trims both ends.
QString normalized(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool blankPending = false;
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start <= n) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = n;
        }
        qsizetype lineEnd = end;
        while (lineEnd > start && (text[lineEnd - 1] == u' ' || text[lineEnd - 1] == u'\t')) {
            --lineEnd;
        }
        const QStringView line = QStringView(text).sliced(start, lineEnd - start);
        if (line.isEmpty()) {
            blankPending = !result.isEmpty();
        } else {
            if (!result.isEmpty()) {
                result.append(blankPending ? "\n\n"_L1 : "\n"_L1);
            }
            result.append(line);
            blankPending = false;
        }
        start = end + 1;
    }
    qsizetype first = 0;
    while (first < result.size() && (result[first] == u' ' || result[first] == u'\t')) {
        ++first;
    }
    return first == 0 ? result : result.sliced(first);
}

// ---------------------------------------------------------------------------------------------
// The parser

struct OpenElement {
    QString name;
    quint32 flags = 0;
    bool suppresses = false; // hides its content
    bool visible = false; // neither it nor an ancestor hides content
    bool capturesHeading = false;
    qsizetype captureStart = 0;
};

class Parser
{
public:
    explicit Parser(QStringView html)
        : m_html(html)
    {
    }

    HtmlExtract run();

private:
    bool markup();
    void skipPast(QStringView terminator, qsizetype from);
    Tag readTag(qsizetype nameStart);
    void startTag(const Tag &tag);
    void endTag(const QString &name);
    void rawText(const QString &name, const Tag &tag);
    void text(QStringView segment);
    void emitUnit(char16_t c);
    void emitCodePoint(char32_t c);

    void push(const QString &name, quint32 flags, bool suppresses);
    void popTop();
    void closeOpen(const QString &name, quint32 boundaryFlags);
    bool topIs(quint32 flag) const { return !m_stack.isEmpty() && (m_stack.constLast().flags & flag); }
    int blockLevel() const { return m_itemDepth > 0 ? 1 : 2; }

    void noteMeta(const Tag &tag);
    void noteTime(const Tag &tag);

    QStringView m_html;
    qsizetype m_pos = 0;
    Writer m_writer;
    QList<OpenElement> m_stack;
    QHash<QString, int> m_openCount;
    QList<int> m_rowCells; // cells seen so far in each open <tr>
    int m_suppressDepth = 0;
    int m_itemDepth = 0;
    int m_preDepth = 0;
    int m_foreignDepth = 0;
    bool m_skipNewline = false;
    bool m_capturingHeading = false;
    QString m_title;
    QString m_heading;
    QString m_metaDate;
    QString m_timeDate;
};

HtmlExtract Parser::run()
{
    const qsizetype n = m_html.size();
    if (n > 0 && m_html.front().unicode() == 0xFEFF) {
        m_pos = 1;
    }
    while (m_pos < n) {
        qsizetype lt = m_html.indexOf(u'<', m_pos);
        if (lt < 0) {
            lt = n;
        }
        if (lt > m_pos) {
            text(m_html.sliced(m_pos, lt - m_pos));
        }
        m_pos = lt;
        if (m_pos >= n) {
            break;
        }
        m_skipNewline = false;
        if (!markup()) {
            text(m_html.sliced(m_pos, 1)); // a '<' that starts no markup is text
            ++m_pos;
        }
    }
    while (!m_stack.isEmpty()) {
        popTop();
    }

    HtmlExtract result;
    result.text = normalized(m_writer.text());
    result.title = m_title.isEmpty() ? m_heading : m_title;
    result.date = m_metaDate.isEmpty() ? m_timeDate : m_metaDate;
    return result;
}

void Parser::skipPast(QStringView terminator, qsizetype from)
{
    const qsizetype end = m_html.indexOf(terminator, from);
    m_pos = end < 0 ? m_html.size() : end + terminator.size();
}

// m_pos is at a '<'. Consumes the markup there and returns true, or returns false when the
// '<' starts no markup.
bool Parser::markup()
{
    const QStringView rest = m_html.sliced(m_pos);
    if (rest.size() < 2) {
        return false;
    }
    const QChar next = rest[1];
    if (next == u'!') {
        if (rest.startsWith(u"<!--")) {
            if (rest.sliced(4).startsWith(u">")) {
                m_pos += 5;
            } else if (rest.sliced(4).startsWith(u"->")) {
                m_pos += 6;
            } else {
                skipPast(u"-->", m_pos + 4);
            }
        } else if (rest.startsWith(u"<![CDATA[")) {
            skipPast(u"]]>", m_pos + 9);
        } else {
            skipPast(u">", m_pos + 2); // <!DOCTYPE ...> and other declarations
        }
        return true;
    }
    if (next == u'?') {
        skipPast(u">", m_pos + 2);
        return true;
    }
    if (next == u'/') {
        if (rest.size() < 3) {
            return false;
        }
        if (rest[2] == u'>') {
            m_pos += 3; // "</>" is ignored
            return true;
        }
        if (!isAsciiLetter(rest[2])) {
            skipPast(u">", m_pos + 2); // a bogus comment
            return true;
        }
        const Tag tag = readTag(m_pos + 2);
        if (tag.complete) {
            endTag(tag.name.toString().toLower());
        }
        return true;
    }
    if (isAsciiLetter(next)) {
        const Tag tag = readTag(m_pos + 1);
        if (tag.complete) {
            startTag(tag);
        }
        return true;
    }
    return false;
}

// Reads a tag's name and attributes; leaves m_pos after the closing '>' (or at the end).
Tag Parser::readTag(qsizetype nameStart)
{
    const qsizetype n = m_html.size();
    Tag tag;
    qsizetype p = nameStart;
    while (p < n && !isHtmlSpace(m_html[p].unicode()) && m_html[p] != u'/' && m_html[p] != u'>') {
        ++p;
    }
    tag.name = m_html.sliced(nameStart, p - nameStart);
    for (;;) {
        while (p < n && (isHtmlSpace(m_html[p].unicode()) || m_html[p] == u'/')) {
            tag.selfClosing = m_html[p] == u'/';
            ++p;
        }
        if (p >= n) {
            break;
        }
        if (m_html[p] == u'>') {
            ++p;
            tag.complete = true;
            break;
        }
        tag.selfClosing = false;
        const qsizetype attributeStart = p++; // the first character may be anything, even '='
        while (p < n && !isHtmlSpace(m_html[p].unicode()) && m_html[p] != u'/' && m_html[p] != u'>' && m_html[p] != u'=') {
            ++p;
        }
        Attribute attribute{m_html.sliced(attributeStart, p - attributeStart), {}};
        while (p < n && isHtmlSpace(m_html[p].unicode())) {
            ++p;
        }
        if (p < n && m_html[p] == u'=') {
            ++p;
            while (p < n && isHtmlSpace(m_html[p].unicode())) {
                ++p;
            }
            if (p < n && (m_html[p] == u'"' || m_html[p] == u'\'')) {
                const qsizetype close = m_html.indexOf(m_html[p], p + 1);
                if (close < 0) {
                    p = n;
                    break;
                }
                attribute.value = m_html.sliced(p + 1, close - p - 1);
                p = close + 1;
            } else {
                const qsizetype valueStart = p;
                while (p < n && !isHtmlSpace(m_html[p].unicode()) && m_html[p] != u'>') {
                    ++p;
                }
                attribute.value = m_html.sliced(valueStart, p - valueStart);
            }
        }
        tag.attributes.append(attribute);
    }
    m_pos = p;
    return tag;
}

void Parser::startTag(const Tag &tag)
{
    const QString name = tag.name.toString().toLower();
    quint32 flags = elementFlags(name);

    if (name == "html"_L1) {
        return;
    }
    // A tag that does not belong in the head ends it.
    if (topIs(DocumentHead) && !(flags & HeadContent)) {
        popTop();
    }
    if (name == "body"_L1) {
        if (m_openCount.contains(u"head"_s)) {
            closeOpen(u"head"_s, 0);
        }
        return;
    }
    if (name == "meta"_L1) {
        noteMeta(tag);
    } else if (name == "time"_L1) {
        noteTime(tag);
    }

    const bool foreign = m_foreignDepth > 0;
    if (!foreign && (flags & (RawText | EscapableRawText))) {
        rawText(name, tag);
        return;
    }

    // End tags that HTML leaves out.
    if (!foreign) {
        if (flags & ClosesParagraph) {
            closeOpen(u"p"_s, ParagraphScope);
        }
        if (flags & ListItem) {
            closeOpen(u"li"_s, ListContainer | ParagraphScope);
        }
        if (flags & DefinitionItem) {
            closeOpen(u"dt"_s, DefinitionList | ParagraphScope);
            closeOpen(u"dd"_s, DefinitionList | ParagraphScope);
        }
        if (flags & TableRow) {
            closeOpen(u"tr"_s, TableScope);
        }
        if (flags & (TableRow | TableCell)) {
            closeOpen(u"td"_s, TableRow | TableScope);
            closeOpen(u"th"_s, TableRow | TableScope);
        }
        if ((flags & TableCell) && !m_openCount.contains(u"tr"_s)) {
            push(u"tr"_s, elementFlags(u"tr"_s), false); // a cell without a row implies one
        }
    } else {
        flags &= Foreign | Drop; // inside svg or math, HTML's layout rules do not apply
    }

    const bool hidden = isHidden(tag);
    if (flags & Void) {
        if (!hidden && m_suppressDepth == 0) {
            if (flags & LineBreak) {
                m_writer.lineBreak();
            } else if (flags & Block) {
                m_writer.block(blockLevel());
            }
        }
        return;
    }
    if (tag.selfClosing && (foreign || (flags & Foreign))) {
        return;
    }
    push(name, flags, hidden || (flags & Drop));
}

void Parser::endTag(const QString &name)
{
    const quint32 flags = elementFlags(name);
    if (flags & LineBreak) { // </br> is read as <br>
        if (m_suppressDepth == 0) {
            m_writer.lineBreak();
        }
        return;
    }
    if (!m_openCount.contains(name)) {
        // A stray </p> still ends a paragraph (as in browsers); other stray end tags are ignored.
        if (name == "p"_L1 && m_foreignDepth == 0 && m_suppressDepth == 0) {
            m_writer.block(blockLevel());
        }
        return;
    }
    for (;;) {
        const bool match = m_stack.constLast().name == name;
        popTop();
        if (match) {
            break;
        }
    }
}

// Finds the end tag of a raw text element and handles the text before it.
void Parser::rawText(const QString &name, const Tag &tag)
{
    const qsizetype n = m_html.size();
    const qsizetype contentStart = m_pos;
    qsizetype contentEnd = n;
    qsizetype after = n;
    for (qsizetype p = m_pos;;) {
        const qsizetype close = m_html.indexOf(u"</", p);
        if (close < 0) {
            break;
        }
        const qsizetype nameEnd = close + 2 + name.size();
        if (nameEnd <= n && m_html.sliced(close + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0 &&
            (nameEnd == n || isHtmlSpace(m_html[nameEnd].unicode()) || m_html[nameEnd] == u'/' || m_html[nameEnd] == u'>')) {
            contentEnd = close;
            const qsizetype gt = m_html.indexOf(u'>', nameEnd);
            after = gt < 0 ? n : gt + 1;
            break;
        }
        p = close + 2;
    }
    m_pos = after;
    const QStringView content = m_html.sliced(contentStart, contentEnd - contentStart);

    if (name == "title"_L1) {
        if (m_title.isEmpty()) {
            m_title = collapsed(content, References::DecodeText);
        }
    } else if (name == "textarea"_L1) {
        if (m_suppressDepth == 0 && !isHidden(tag)) {
            m_skipNewline = true;
            text(content);
            m_skipNewline = false;
        }
    }
}

void Parser::text(QStringView segment)
{
    if (m_suppressDepth > 0) {
        // Text after a missing </head> belongs to the body.
        const bool blank = std::all_of(segment.begin(), segment.end(), [](QChar c) {
            return isHtmlSpace(c.unicode());
        });
        if (blank || !topIs(DocumentHead)) {
            return;
        }
        popTop();
        if (m_suppressDepth > 0) {
            return;
        }
    }
    const qsizetype n = segment.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = segment[i].unicode();
        if (c == u'&') {
            const Reference ref = decodeReference(segment.sliced(i), false);
            if (ref.length > 0) {
                emitCodePoint(ref.codePoint);
                i += ref.length - 1;
                continue;
            }
        } else if (c == u'\r') {
            if (i + 1 < n && segment[i + 1] == u'\n') {
                continue;
            }
            emitUnit(u'\n');
            continue;
        }
        emitUnit(c);
    }
}

void Parser::emitCodePoint(char32_t c)
{
    if (c > 0xFFFF) {
        emitUnit(QChar::highSurrogate(c));
        emitUnit(QChar::lowSurrogate(c));
    } else {
        emitUnit(char16_t(c));
    }
}

void Parser::emitUnit(char16_t c)
{
    if (m_skipNewline) {
        m_skipNewline = false;
        if (c == u'\n') {
            return;
        }
    }
    if (c == 0xA0) {
        c = u' ';
    }
    if (m_preDepth > 0) {
        if (c == u'\r') {
            c = u'\n';
        }
        if (c == u'\n' || c == u'\t' || !isInvisible(c)) {
            m_writer.character(QChar(c));
        }
    } else if (isCollapsibleSpace(c)) {
        m_writer.space();
    } else if (!isInvisible(c)) {
        m_writer.character(QChar(c));
    }
}

void Parser::push(const QString &name, quint32 flags, bool suppresses)
{
    OpenElement element;
    element.name = name;
    element.flags = flags;
    element.suppresses = suppresses;
    if (suppresses) {
        ++m_suppressDepth;
    }
    element.visible = m_suppressDepth == 0;
    ++m_openCount[name];

    if (element.visible) {
        if (flags & ListItem) {
            m_writer.block(1);
        } else if (flags & TableRow) {
            m_writer.rowStart(blockLevel());
        } else if (flags & Block) {
            m_writer.block(blockLevel());
        }
        if ((flags & TableCell) && !m_rowCells.isEmpty()) {
            if (m_rowCells.constLast() > 0) {
                m_writer.cellSeparator();
            }
            ++m_rowCells.last();
        }
        if (flags & Preformatted) {
            m_skipNewline = true;
        }
        if ((flags & MainHeading) && m_heading.isEmpty() && !m_capturingHeading) {
            element.capturesHeading = true;
            element.captureStart = m_writer.text().size();
            m_capturingHeading = true;
        }
    }
    if (flags & ListItem) {
        ++m_itemDepth;
    }
    if (flags & Preformatted) {
        ++m_preDepth;
    }
    if (flags & Foreign) {
        ++m_foreignDepth;
    }
    if (flags & TableRow) {
        m_rowCells.append(0);
    }
    m_stack.append(std::move(element));
}

void Parser::popTop()
{
    const OpenElement element = m_stack.takeLast();
    const auto count = m_openCount.find(element.name);
    if (--count.value() == 0) {
        m_openCount.erase(count);
    }
    if (element.suppresses) {
        --m_suppressDepth;
    }
    if (element.flags & ListItem) {
        --m_itemDepth;
    }
    if (element.flags & Preformatted) {
        --m_preDepth;
    }
    if (element.flags & Foreign) {
        --m_foreignDepth;
    }
    if (element.flags & TableRow) {
        m_rowCells.removeLast();
    }
    if (element.visible) {
        if (element.capturesHeading) {
            m_capturingHeading = false;
            m_heading = collapsed(QStringView(m_writer.text()).sliced(element.captureStart), References::Keep);
        }
        if (element.flags & ListItem) {
            m_writer.block(1);
        } else if (element.flags & Block) {
            m_writer.block(blockLevel());
        }
    }
}

// Closes the innermost open element called name, unless an element with one of
// boundaryFlags comes first. Looks at most 256 levels deep, which keeps hostile nesting linear.
void Parser::closeOpen(const QString &name, quint32 boundaryFlags)
{
    if (!m_openCount.contains(name)) {
        return;
    }
    constexpr qsizetype maxDepth = 256;
    const qsizetype lowest = std::max<qsizetype>(0, m_stack.size() - maxDepth);
    for (qsizetype i = m_stack.size() - 1; i >= lowest; --i) {
        if (m_stack.at(i).name == name) {
            while (m_stack.size() > i) {
                popTop();
            }
            return;
        }
        if (m_stack.at(i).flags & boundaryFlags) {
            return;
        }
    }
}

void Parser::noteMeta(const Tag &tag)
{
    if (!m_metaDate.isEmpty()) {
        return;
    }
    if (!isDateMetaName(tag.attribute(u"name")) && !isDateMetaName(tag.attribute(u"property"))) {
        return;
    }
    m_metaDate = parseDate(collapsed(tag.attribute(u"content"), References::DecodeAttribute));
}

void Parser::noteTime(const Tag &tag)
{
    bool present = false;
    const QStringView datetime = tag.attribute(u"datetime", &present);
    if (m_timeDate.isEmpty() && present) {
        m_timeDate = parseDate(collapsed(datetime, References::DecodeAttribute));
    }
}

} // namespace

HtmlExtract HtmlTextExtractor::extract(const QString &html)
{
    return Parser(html).run();
}

} // namespace Scholion::Models
