// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scholion::Models
{

/*! What a reader sees of an HTML page, and the page's own metadata. */
struct HtmlExtract {
    /*!
     * The visible text (see HtmlTextExtractor for the rules). Lines end with "\n" only; there
     * is never more than one blank line in a row, and the text neither starts nor ends with
     * whitespace. It never contains '\r' or U+0000.
     */
    QString text;
    /*!
     * The first non-empty <title> (entities decoded, whitespace collapsed, trimmed); when there
     * is none, the visible text of the first non-empty visible <h1>, collapsed the same way;
     * else empty. A <title> inside <svg> or <math> is not the page's title.
     */
    QString title;
    /*!
     * The page's date as YYYY-MM-DD, or empty. Taken from the first <meta> whose name or
     * property is (ignoring case) date, dc.date, dcterms.date, article:published_time or
     * pubdate and whose content parses; failing that, from the first <time datetime="...">
     * whose datetime parses. The date is the one written (no time zone conversion).
     * Accepted forms: YYYY-MM-DD, YYYY/MM/DD or YYYY.MM.DD (month and day may have one digit),
     * YYYYMMDD, each optionally followed by a time ("2024-03-05T10:00:00+01:00"), and RFC 2822
     * dates ("Tue, 05 Mar 2024 10:00:00 +0000"). Impossible dates (2024-02-30) do not parse.
     */
    QString date;
};

/*!
 * Extracts the visible text of an HTML document. Never loads any resource; never uses QTextDocument.
 *
 * A hand-written, tolerant tokenizer reads the QString once, in linear time: no regular
 * expressions, no recursion, so a megabyte of hostile markup costs no more than a megabyte of
 * tidy markup. It understands:
 * \list
 * \li start and end tags in any letter case, with quoted (' or ") or unquoted attributes; a '>'
 *     inside a quoted value does not end the tag;
 * \li comments <!-- ... --> (also <!--> and <!--->), <!DOCTYPE ...> and other <!...>
 *     declarations, <![CDATA[ ... ]]> sections (dropped, as HTML browsers do) and processing
 *     instructions <? ... >;
 * \li a '<' that starts no tag ("a < b", "<3", "<>") is text;
 * \li at the end of input, an unterminated comment or tag swallows the rest (as in browsers),
 *     and open elements are closed.
 * \endlist
 *
 * What is not shown:
 * \list
 * \li the content of script, style, template, noscript, head (except <title>, which becomes
 *     HtmlExtract::title), svg, math, iframe, object, canvas, select, option, optgroup,
 *     datalist, audio, video, noembed and noframes;
 * \li elements with the hidden attribute, aria-hidden="true" or an inline style containing
 *     display:none, and everything inside them;
 * \li <img> (alt text included), <input> and other void elements; <a> shows its text only.
 * \endlist
 * script, style, noscript, iframe, noembed, noframes, title and textarea are raw text: they end
 * only at their own end tag (any letter case), so "</div>" inside a script ends nothing.
 * A <textarea>'s text is shown like ordinary inline text. Text after a missing </head>, or a
 * tag that does not belong in the head, ends the head as in browsers.
 *
 * Character references: every numeric form (&#8220; &#x2014;, ';' optional); 0, surrogates
 * and values above U+10FFFF become U+FFFD, and 128-159 map to their Windows-1252 characters as
 * in browsers. Named references from HTML's common set (amp, lt, gt, quot, apos, nbsp, copy,
 * reg, trade, typographic quotes and dashes, currency, Latin-1 letters in both cases, Greek
 * letters, arrows, thinsp, ensp, emsp, zwj, zwnj, lrm, rlm, shy, ...). Names are
 * case-sensitive (&Eacute; is not &eacute;). amp, lt, gt, quot and nbsp (and AMP, LT, GT,
 * QUOT) also work without ';' when no letter or digit follows. Unknown references stay
 * literal. &shy; (and a raw U+00AD) is dropped; &nbsp; (and a raw U+00A0) becomes an ordinary
 * space, which then collapses like any other.
 *
 * Layout:
 * \list
 * \li Outside <pre>/<listing>, a run of whitespace (space, tab, \n, \r, \f, \v, no-break
 *     space) is one space, and a line never starts or ends with a space. Inside <pre>, text is
 *     kept as written, except that "\r\n" and "\r" become "\n", control characters other
 *     than tab and newline are dropped, a newline right after <pre> is skipped, and spaces
 *     and tabs at the end of a line are dropped (a reader cannot see them).
 * \li Block elements (p, div, h1-h6, ul, ol, li, blockquote, pre, section, article, header,
 *     footer, nav, aside, main, figure, figcaption, table, tr, caption, dl, dt, dd, hr, form,
 *     fieldset, legend, address, details, summary, center, hgroup, menu, search) are separated
 *     by one blank line. <br> adds one line break (two or more <br> make at most one blank line).
 * \li List items: inside an <li>, blocks (nested lists, paragraphs) are separated by a single
 *     "\n"; consecutive list items are separated by "\n", and the list as a whole by a blank
 *     line from what surrounds it. No bullets or numbers are added.
 * \li Tables: each <tr> is a block (rows are separated by a blank line); the cells (td, th) of
 *     a row are separated by one tab each, so empty cells keep their column (a row that
 *     starts with an empty cell starts with a tab; trailing empty cells add nothing). A cell
 *     whose content is, or follows, a block (a <p>, a nested table) or <br> starts its own
 *     paragraph without a tab, so a layout table reads as paragraphs. A cell outside any
 *     <tr> starts a row of its own, as in browsers.
 * \li Never more than one blank line; whitespace-only lines (only possible in <pre>) count as
 *     blank. The result neither starts nor ends with spaces, tabs or newlines (so the
 *     indentation of a <pre> that opens the document is lost on its first line).
 * \endlist
 * Raw U+0000 and other control characters are dropped; all other text, including emoji,
 * CJK, right-to-left text and bidi marks, passes through unchanged. A leading byte order
 * mark is ignored.
 */
class HtmlTextExtractor final
{
public:
    static HtmlExtract extract(const QString &html);
};

} // namespace Scholion::Models
