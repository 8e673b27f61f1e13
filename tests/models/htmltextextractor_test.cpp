// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/htmltextextractor.h>

#include <QObject>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using Scholion::Models::HtmlExtract;
using Scholion::Models::HtmlTextExtractor;

namespace
{

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// What must hold for every result, whatever the input.
void verifyInvariants(const QString &text)
{
    QCOMPARE(text.contains(u'\r'), false);
    QCOMPARE(text.contains(QChar(u'\0')), false);
    QCOMPARE(text.contains("\n\n\n"_L1), false);
    if (!text.isEmpty()) {
        QCOMPARE(isAsciiSpace(text.front()), false);
        QCOMPARE(isAsciiSpace(text.back()), false);
    }
}

QString repeated(const QString &unit, qsizetype minimumSize)
{
    QString result;
    result.reserve(minimumSize + unit.size());
    while (result.size() < minimumSize) {
        result.append(unit);
    }
    return result;
}

constexpr qsizetype OneMegabyte = 1024 * 1024;

} // namespace

class HtmlTextExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedContent_data();
    void droppedContent();
    void entities_data();
    void entities();
    void whitespace_data();
    void whitespace();
    void blocks_data();
    void blocks();
    void malformed_data();
    void malformed();
    void unicode_data();
    void unicode();
    void title_data();
    void title();
    void date_data();
    void date();
    void largeInput_data();
    void largeInput();

private:
    static void addTextColumns();
    static void compareText();
};

void HtmlTextExtractorTest::addTextColumns()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
}

void HtmlTextExtractorTest::compareText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const HtmlExtract extract = HtmlTextExtractor::extract(html);
    QCOMPARE(extract.text, expected);
    verifyInvariants(extract.text);
}

void HtmlTextExtractorTest::droppedContent_data()
{
    addTextColumns();
    QTest::newRow("script") << uR"(<p>before</p><script>var s = "<p>not text</p>";</script><p>after</p>)"_s << u"before\n\nafter"_s;
    QTest::newRow("</div> inside script") << uR"(<div>a<script>document.write("</div>"); if (x < y) {}</script>b</div>)"_s << u"ab"_s;
    QTest::newRow("script end tag in other case") << uR"(<p>a</p><SCRIPT type="module">let t = "</scriptx>";</ScRiPt ><p>b</p>)"_s << u"a\n\nb"_s;
    QTest::newRow("script never closed") << u"<p>a</p><script>while (true) {} <p>b</p>"_s << u"a"_s;
    QTest::newRow("style") << u"<style>p { color: red; } </p> <b>x</b></style><p>text</p>"_s << u"text"_s;
    QTest::newRow("template, noscript, svg, math, iframe, object, canvas")
        << u"<p>a</p><template><p>t</p></template><noscript><p>n</p></noscript><svg><text>s</text><title>i</title></svg>"
           "<math><mi>x</mi></math><iframe><p>f</p></iframe><object><p>o</p></object><canvas>c</canvas><p>b</p>"_s
        << u"a\n\nb"_s;
    QTest::newRow("select and options") << u"<p>Pick: <select><option>one</option><option>two</select> done</p><option>loose</option>"_s << u"Pick: done"_s;
    QTest::newRow("self-closing svg") << u"<p>a<svg viewBox=\"0 0 1 1\"/>b<svg><path d=\"M0\"/></svg>c</p>"_s << u"abc"_s;
    QTest::newRow("head") << u"<html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"a.css\"><title>T</title>"
                             "<style>x</style></head><body><p>body</p></body></html>"_s
                          << u"body"_s;
    QTest::newRow("head without end tag") << u"<head><title>T</title><p>body</p>"_s << u"body"_s;
    QTest::newRow("text ends the head") << u"<head><title>T</title>Hello"_s << u"Hello"_s;
    QTest::newRow("hidden attribute") << u"<p>a</p><div hidden><p>x</p><div><p>deep</p></div></div><p>b</p>"_s << u"a\n\nb"_s;
    QTest::newRow("aria-hidden") << u"<p>a<span aria-hidden=\"true\">\u2605</span>b<span aria-hidden=\"false\">c</span></p>"_s << u"abc"_s;
    QTest::newRow("nested hidden, unclosed inside") << u"<div hidden><span>x<b>y<div>z</div>w</div><p>visible</p>"_s << u"visible"_s;
    QTest::newRow("hidden inside hidden") << u"<div hidden>a<div hidden>b</div>c</div>d"_s << u"d"_s;
    QTest::newRow("display:none") << u"<p>a<span style=\"color: red; DISPLAY : none\">x</span>b</p>"_s << u"ab"_s;
    QTest::newRow("img alt not shown") << u"<p>a <img src=\"x.png\" alt=\"a picture\"> b</p>"_s << u"a b"_s;
    QTest::newRow("link text kept, href not") << u"<p>See <a href=\"https://example.com/\">the site</a>.</p>"_s << u"See the site."_s;
    QTest::newRow("textarea text shown") << u"<p>Note: <textarea name=n>\nsay &amp;\n  <b>this</b></textarea> end</p>"_s << u"Note: say & <b>this</b> end"_s;
    QTest::newRow("hidden textarea") << u"<p>a<textarea hidden>x</textarea>b</p>"_s << u"ab"_s;
    QTest::newRow("raw text inside hidden") << u"<div hidden><script>\"</div>\"</script>x</div>y"_s << u"y"_s;
    QTest::newRow("hidden void elements") << u"<p>x<br hidden>y</p>a<hr aria-hidden=true>b"_s << u"xy\n\nab"_s;
    QTest::newRow("svg foreignObject") << u"<svg><foreignObject><p>x</p></foreignObject></svg>y"_s << u"y"_s;
    QTest::newRow("title is not text") << u"<title>T</title><p>x</p>"_s << u"x"_s;
}

void HtmlTextExtractorTest::droppedContent()
{
    compareText();
}

void HtmlTextExtractorTest::entities_data()
{
    addTextColumns();
    QTest::newRow("markup characters") << u"&amp; &lt;tag&gt; &quot;q&quot; &apos;s&apos;"_s << u"& <tag> \"q\" 's'"_s;
    QTest::newRow("punctuation") << u"&ldquo;a&rdquo; &lsquo;b&rsquo; &bdquo;c&sbquo; &laquo;d&raquo; &mdash; &ndash; &hellip;"_s
                                 << u"\u201Ca\u201D \u2018b\u2019 \u201Ec\u201A \u00ABd\u00BB \u2014 \u2013 \u2026"_s;
    QTest::newRow("symbols") << u"&copy;&reg;&trade;&euro;&pound;&yen;&cent;&sect;&deg;&plusmn;&times;&divide;&middot;&bull;&prime;&Prime;"_s
                             << u"\u00A9\u00AE\u2122\u20AC\u00A3\u00A5\u00A2\u00A7\u00B0\u00B1\u00D7\u00F7\u00B7\u2022\u2032\u2033"_s;
    QTest::newRow("lowercase letters") << u"&eacute;&egrave;&ecirc;&euml;&aacute;&agrave;&acirc;&auml;&aring;&atilde;&ccedil;&iacute;&igrave;&icirc;&iuml;"
                                          "&oacute;&ograve;&ocirc;&ouml;&otilde;&oslash;&uacute;&ugrave;&ucirc;&uuml;&ntilde;&szlig;&yacute;&yuml;"_s
                                       << u"éèêëáàâäåãçíìîïóòôöõøúùûüñßýÿ"_s;
    QTest::newRow("uppercase letters") << u"&Eacute;&Egrave;&Ecirc;&Euml;&Aacute;&Agrave;&Acirc;&Auml;&Aring;&Atilde;&Ccedil;&Iacute;&Igrave;&Icirc;&Iuml;"
                                          "&Oacute;&Ograve;&Ocirc;&Ouml;&Otilde;&Oslash;&Uacute;&Ugrave;&Ucirc;&Uuml;&Ntilde;&Yacute;&Yuml;"_s
                                       << u"ÉÈÊËÁÀÂÄÅÃÇÍÌÎÏÓÒÔÖÕØÚÙÛÜÑÝŸ"_s;
    QTest::newRow("names are case-sensitive") << u"&AMP; &Amp; &EACUTE;"_s << u"& &Amp; &EACUTE;"_s;
    QTest::newRow("spaces and joiners") << u"a&thinsp;b&ensp;c&emsp;d &#x1F469;&zwj;&#x1F4BB; a&zwnj;b"_s
                                        << u"a\u2009b\u2002c\u2003d \U0001F469\u200D\U0001F4BB a\u200Cb"_s;
    QTest::newRow("nbsp becomes a collapsing space") << u"a&nbsp;b&nbsp;&nbsp; c\u00A0\u00A0d"_s << u"a b c d"_s;
    QTest::newRow("nbsp-only paragraph") << u"<p>a</p><p>&nbsp;</p><p>b&nbsp;</p>"_s << u"a\n\nb"_s;
    QTest::newRow("soft hyphen dropped") << u"hy&shy;phen\u00ADated"_s << u"hyphenated"_s;
    QTest::newRow("decimal") << u"&#8220;x&#8221; &#65;&#066;"_s << u"\u201Cx\u201D AB"_s;
    QTest::newRow("hexadecimal") << u"&#x2014;&#X2014;&#x1F600;&#x1f600;"_s << u"\u2014\u2014\U0001F600\U0001F600"_s;
    QTest::newRow("without semicolon, numeric") << u"&#65B &#x41 x"_s << u"AB A x"_s;
    QTest::newRow("invalid numbers") << u"a&#0;b&#xD800;c&#1114112;d&#99999999999999999999999;e&#x110000;f"_s << u"a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf"_s;
    QTest::newRow("windows-1252 range") << u"&#150;&#147;x&#148;&#128;"_s << u"\u2013\u201Cx\u201D\u20AC"_s;
    QTest::newRow("control characters") << u"a&#1;b&#13;c&#10;d"_s << u"ab c d"_s;
    QTest::newRow("without semicolon, legacy names") << u"a &lt b &gt c &quot;d&quot e&nbsp;f &amp g &AMP h&lt"_s << u"a < b > c \"d\" e f & g & h<"_s;
    QTest::newRow("unknown stay literal") << u"&foo; &ampx &copy &; & &#; &#x; &#xG;"_s << u"&foo; &ampx &copy &; & &#; &#x; &#xG;"_s;
    QTest::newRow("not decoded twice") << u"&amp;lt; &amp;amp;"_s << u"&lt; &amp;"_s;
}

void HtmlTextExtractorTest::entities()
{
    compareText();
}

void HtmlTextExtractorTest::whitespace_data()
{
    addTextColumns();
    QTest::newRow("runs collapse") << u"<p>  a \t b\n\n c\r\n d\f e\r f  </p>"_s << u"a b c d e f"_s;
    QTest::newRow("around inline tags") << u"<p>a <b> b </b> c<i> </i>d</p>"_s << u"a b c d"_s;
    QTest::newRow("no space added between inline tags") << u"<p><b>bold</b><i>italic</i>, done</p>"_s << u"bolditalic, done"_s;
    QTest::newRow("document trimmed") << u"\n\n   <p>  x  </p>  \n\t"_s << u"x"_s;
    QTest::newRow("lines trimmed") << u"<div>  one  <br>  two  </div>"_s << u"one\ntwo"_s;
    QTest::newRow("whitespace-only input") << u" \n\t \r\n "_s << QString();
    QTest::newRow("empty input") << QString() << QString();
    QTest::newRow("pre kept as written") << u"<p>a</p><pre>\n  line 1\n    line 2\r\n\tend</pre><p>b</p>"_s << u"a\n\n  line 1\n    line 2\n\tend\n\nb"_s;
    QTest::newRow("pre with inline tags and entities") << u"<pre><code>if (a &lt; b) {\n    return;\n}</code></pre>"_s << u"if (a < b) {\n    return;\n}"_s;
    QTest::newRow("pre blank lines limited") << u"<pre>a\n\n\n  \n\nb\r\rc</pre>"_s << u"a\n\nb\n\nc"_s;
    QTest::newRow("pre: spaces inside lines kept, at line ends dropped") << u"x<PRE>a   b  \nc\t</PRE>y"_s << u"x\n\na   b\nc\n\ny"_s;
    QTest::newRow("collapsing resumes after pre") << u"<pre> a </pre>  b   c  "_s << u"a\n\nb c"_s;
}

void HtmlTextExtractorTest::whitespace()
{
    compareText();
}

void HtmlTextExtractorTest::blocks_data()
{
    addTextColumns();
    QTest::newRow("paragraphs") << u"<p>one</p><p>two</p>"_s << u"one\n\ntwo"_s;
    QTest::newRow("nested blocks, one blank line") << u"<h1>T</h1><div><div><p>x</p></div></div><h2>S</h2>text"_s << u"T\n\nx\n\nS\n\ntext"_s;
    QTest::newRow("all block elements") << u"<section>a</section><article>b</article><header>c</header><footer>d</footer><nav>e</nav><aside>f</aside>"
                                           "<main>g</main><figure>h</figure><figcaption>i</figcaption><form>j</form><fieldset>k</fieldset>"
                                           "<address>l</address><details>m</details><summary>n</summary><blockquote>o</blockquote>"
                                           "<h3>p</h3><h4>q</h4><h5>r</h5><h6>s</h6>"_s
                                        << u"a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n\nh\n\ni\n\nj\n\nk\n\nl\n\nm\n\nn\n\no\n\np\n\nq\n\nr\n\ns"_s;
    QTest::newRow("unclosed paragraphs") << u"<p>one<p>two<P>three"_s << u"one\n\ntwo\n\nthree"_s;
    QTest::newRow("inline text next to blocks") << u"text<div>block</div>more"_s << u"text\n\nblock\n\nmore"_s;
    QTest::newRow("br") << u"a<br>b<br/>c<BR >d</br>e"_s << u"a\nb\nc\nd\ne"_s;
    QTest::newRow("many br make one blank line") << u"a<br><br><br><br>b"_s << u"a\n\nb"_s;
    QTest::newRow("br at paragraph edges") << u"<p><br>a<br></p><p>b</p><br>"_s << u"a\n\nb"_s;
    QTest::newRow("hr") << u"a<hr>b<hr/>"_s << u"a\n\nb"_s;
    QTest::newRow("stray </p>") << u"a</p>b"_s << u"a\n\nb"_s;
    QTest::newRow("list") << u"<p>Intro</p><ul><li>one</li><li>two</li><li>three</li></ul><p>Outro</p>"_s << u"Intro\n\none\ntwo\nthree\n\nOutro"_s;
    QTest::newRow("list with whitespace") << u"<ul>\n  <li> a </li>\n  <li> b </li>\n</ul>"_s << u"a\nb"_s;
    QTest::newRow("list items without end tags") << u"before<ol><li>a<li>b<LI>c</ol>after"_s << u"before\n\na\nb\nc\n\nafter"_s;
    QTest::newRow("nested list") << u"<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>"_s << u"a\na1\na2\nb"_s;
    QTest::newRow("paragraphs in list items") << u"<ul><li><p>a</p><p>a2</p></li><li><p>b</p></li></ul><p>c</p>"_s << u"a\na2\nb\n\nc"_s;
    QTest::newRow("table") << u"<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>42</td></tr></table>"_s << u"Name\tAge\n\nAnn\t42"_s;
    QTest::newRow("table with whitespace, tbody, missing end tags")
        << u"<p>x</p><table>\n<tbody>\n<tr>\n  <td> a </td>\n  <td>b\n<tr><td>c<td>d\n</table><p>y</p>"_s << u"x\n\na\tb\n\nc\td\n\ny"_s;
    QTest::newRow("empty cells keep their column") << u"<table><tr><td>a</td><td></td><td>c</td><td></td></tr><tr><td></td><td>y</td></tr></table>"_s
                                                   << u"a\t\tc\n\n\ty"_s;
    QTest::newRow("cells without a row, caption") << u"<table><caption>Cap</caption><td>a<th>b</table>"_s << u"Cap\n\na\tb"_s;
    QTest::newRow("blocks in cells") << u"<table><tr><td><p>left</p></td><td><p>right</p></td></tr></table>"_s << u"left\n\nright"_s;
    QTest::newRow("nested table") << u"<table><tr><td>a</td><td><table><tr><td>x</td><td>y</td></tr></table></td><td>b</td></tr></table>"_s
                                  << u"a\n\nx\ty\n\nb"_s;
    QTest::newRow("definition list") << u"<dl><dt>Term<dd>Definition<dt>Other</dl>"_s << u"Term\n\nDefinition\n\nOther"_s;
    QTest::newRow("uppercase tags") << u"<P>one</P><DIV>two</DIV><UL><LI>i</LI></UL>"_s << u"one\n\ntwo\n\ni"_s;
}

void HtmlTextExtractorTest::blocks()
{
    compareText();
}

void HtmlTextExtractorTest::malformed_data()
{
    addTextColumns();
    QTest::newRow("unclosed elements at end") << u"<div><p>a<b>bold<i>both"_s << u"aboldboth"_s;
    QTest::newRow("stray <") << u"a < b, c<3, <> and << done <"_s << u"a < b, c<3, <> and << done <"_s;
    QTest::newRow("stray </") << u"x </"_s << u"x </"_s;
    QTest::newRow("bogus end tags") << u"a</ x>b</>c</3>d"_s << u"abcd"_s;
    QTest::newRow("end tags without start") << u"a</span>b</div>c</table>d"_s << u"abcd"_s;
    QTest::newRow("misnested") << u"<b><i>a</b>b</i>c"_s << u"abc"_s;
    QTest::newRow("> inside quoted attributes") << uR"(<a title="x > y" data-x='a>b'>link</a> <img alt=">">text)"_s << u"link text"_s;
    QTest::newRow("unquoted attributes") << u"<a href=/path/>link</a><p class=x id=y>p</p>"_s << u"link\n\np"_s;
    QTest::newRow("attribute without value, spaces around =") << u"<p data-a data-b = \"v\" data-c= 'w'>t</p>"_s << u"t"_s;
    QTest::newRow("tag unclosed at end") << u"<p>text</p><div class=\"unfinished"_s << u"text"_s;
    QTest::newRow("attribute value unclosed at end") << u"<p>text<a href=\"oops>more text"_s << u"text"_s;
    QTest::newRow("comment containing tags") << u"a<!-- <p>hidden</p> <script> -->b"_s << u"ab"_s;
    QTest::newRow("empty comments") << u"a<!-->b<!--->c<!---->d"_s << u"abcd"_s;
    QTest::newRow("unclosed comment") << u"a<!-- never closed <p>b</p>"_s << u"a"_s;
    QTest::newRow("doctype, processing instruction, CDATA") << u"<!DOCTYPE html><?xml version=\"1.0\"?><p>a<![CDATA[ x < y ]]>b</p>"_s << u"ab"_s;
    QTest::newRow("NUL and CR") << u"a\0b\r\nc\rd"_s << u"ab c d"_s;
    QTest::newRow("NUL and CR in pre") << u"<pre>a\0b\r\nc\rd</pre>"_s << u"ab\nc\nd"_s;
    QTest::newRow("byte order mark") << u"\uFEFF<p>x</p>"_s << u"x"_s;
    QTest::newRow("only markup") << u"<html><head></head><body><div><img src=x></div></body></html>"_s << QString();
}

void HtmlTextExtractorTest::malformed()
{
    compareText();
}

void HtmlTextExtractorTest::unicode_data()
{
    addTextColumns();
    const QString emoji = u"Hello 👋🏽 world 👩‍💻 🇫🇷 ✔️"_s;
    const QString cjk = u"日本語のテキスト。中文文本，繁體字。한국어 텍스트"_s;
    const QString rtl = u"שלום עולם \u200Fמרחבא\u200E مرحبا بالعالم ١٢٣"_s;
    const QString combining = u"e\u0301 n\u0303 \U0001D49C"_s;
    QTest::newRow("emoji") << (u"<p>"_s + emoji + u"</p>"_s) << emoji;
    QTest::newRow("CJK") << (u"<div lang=\"ja\">"_s + cjk + u"</div>"_s) << cjk;
    QTest::newRow("right-to-left") << (u"<p dir=\"rtl\">"_s + rtl + u"</p>"_s) << rtl;
    QTest::newRow("combining marks, astral plane") << (u"<span>"_s + combining + u"</span>"_s) << combining;
    QTest::newRow("in tag soup") << (u"<b>"_s + cjk + u"</b><br>"_s + emoji + u"<p>"_s + rtl) << (cjk + u"\n"_s + emoji + u"\n\n"_s + rtl);
}

void HtmlTextExtractorTest::unicode()
{
    compareText();
}

void HtmlTextExtractorTest::title_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("title") << u"<html><head><title>My Page</title></head></html>"_s << u"My Page"_s;
    QTest::newRow("entities and whitespace") << u"<title>\n  Caf&eacute; &amp;   Bar &#8211;\tHome&nbsp;\n</title>"_s << u"Café & Bar \u2013 Home"_s;
    QTest::newRow("tags inside title are text") << u"<title>a <b>b</b> </div></title>"_s << u"a <b>b</b> </div>"_s;
    QTest::newRow("uppercase") << u"<TITLE>Upper</Title>"_s << u"Upper"_s;
    QTest::newRow("unclosed title") << u"<title>Unclosed"_s << u"Unclosed"_s;
    QTest::newRow("title beats h1") << u"<h1>Heading</h1><title>Title</title>"_s << u"Title"_s;
    QTest::newRow("first title") << u"<title>First</title><title>Second</title>"_s << u"First"_s;
    QTest::newRow("h1 fallback") << u"<body><p>x</p><h1>  Main   <em>heading</em>\n</h1><h1>Second</h1>"_s << u"Main heading"_s;
    QTest::newRow("empty title, h1 fallback") << u"<title> </title><h1>H &amp; H</h1>"_s << u"H & H"_s;
    QTest::newRow("h1 with br") << u"<h1>Line<br>two</h1>"_s << u"Line two"_s;
    QTest::newRow("hidden h1 skipped") << u"<h1 hidden>Hidden</h1><div aria-hidden=\"true\"><h1>Also</h1></div><H1>Shown</H1>"_s << u"Shown"_s;
    QTest::newRow("empty h1 skipped") << u"<h1><img src=\"logo.png\" alt=\"Logo\"></h1><h1>Real</h1>"_s << u"Real"_s;
    QTest::newRow("h1 with hidden part") << u"<h1>Visible<span hidden> secret</span> part</h1>"_s << u"Visible part"_s;
    QTest::newRow("unclosed h1") << u"<h1>Heading"_s << u"Heading"_s;
    QTest::newRow("svg title ignored") << u"<svg><title>Icon</title></svg><h1>Real</h1>"_s << u"Real"_s;
    QTest::newRow("h2 is no title") << u"<h2>Sub</h2>"_s << QString();
    QTest::newRow("none") << u"<p>text</p>"_s << QString();
}

void HtmlTextExtractorTest::title()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QCOMPARE(HtmlTextExtractor::extract(html).title, title);
}

void HtmlTextExtractorTest::date_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("date");
    QTest::newRow("name=date") << u"<meta name=\"date\" content=\"2024-03-05\">"_s << u"2024-03-05"_s;
    QTest::newRow("DC.Date, one-digit parts") << u"<meta name=\"DC.Date\" content=\"2023-1-7\">"_s << u"2023-01-07"_s;
    QTest::newRow("dcterms.date, slashes") << u"<meta name=\"dcterms.date\" content=\" 2022/12/31 \">"_s << u"2022-12-31"_s;
    QTest::newRow("article:published_time") << u"<meta property=\"article:published_time\" content=\"2021-06-15T23:30:00-05:00\" />"_s << u"2021-06-15"_s;
    QTest::newRow("pubdate, compact") << u"<meta name=\"pubdate\" content=\"20200229\">"_s << u"2020-02-29"_s;
    QTest::newRow("content before name, unquoted, uppercase") << u"<META CONTENT=2019-05-01 NAME=Date>"_s << u"2019-05-01"_s;
    QTest::newRow("RFC 2822") << u"<meta name=\"date\" content=\"Tue, 05 Mar 2024 10:00:00 +0000\">"_s << u"2024-03-05"_s;
    QTest::newRow("entities in content") << u"<meta name=\"date\" content=\"2024&#45;03&#x2D;05\">"_s << u"2024-03-05"_s;
    QTest::newRow("meta in body") << u"<p>x</p><meta name=\"date\" content=\"2018-08-08\">"_s << u"2018-08-08"_s;
    QTest::newRow("time") << u"<p>Posted <time datetime=\"2017-11-30T10:00Z\">Nov 30</time></p>"_s << u"2017-11-30"_s;
    QTest::newRow("first time") << u"<time datetime=\"2016-01-02\">a</time><time datetime=\"2016-03-04\">b</time>"_s << u"2016-01-02"_s;
    QTest::newRow("meta beats time") << u"<time datetime=\"2010-01-01\"></time><meta name=\"date\" content=\"2011-02-02\">"_s << u"2011-02-02"_s;
    QTest::newRow("first meta") << u"<meta name=\"date\" content=\"2012-01-01\"><meta name=\"dc.date\" content=\"2013-01-01\">"_s << u"2012-01-01"_s;
    QTest::newRow("unparseable") << u"<meta name=\"date\" content=\"yesterday\">"_s << QString();
    QTest::newRow("impossible date") << u"<meta name=\"date\" content=\"2024-02-30\">"_s << QString();
    QTest::newRow("year only") << u"<meta name=\"date\" content=\"2024\">"_s << QString();
    QTest::newRow("day first") << u"<meta name=\"date\" content=\"05/03/2024\">"_s << QString();
    QTest::newRow("unparseable meta, then time") << u"<meta name=\"date\" content=\"soon\"><time datetime=\"2015-04-04\">"_s << u"2015-04-04"_s;
    QTest::newRow("unparseable time") << u"<time datetime=\"10:00\">ten</time>"_s << QString();
    QTest::newRow("other meta ignored") << u"<meta name=\"description\" content=\"2014-01-01\"><meta property=\"og:date\" content=\"2014-01-01\">"_s
                                        << QString();
    QTest::newRow("time without datetime") << u"<time>2014-01-01</time>"_s << QString();
    QTest::newRow("meta inside script ignored") << u"<script>'<meta name=\"date\" content=\"2013-01-01\">'</script>"_s << QString();
    QTest::newRow("none") << u"<p>x</p>"_s << QString();
}

void HtmlTextExtractorTest::date()
{
    QFETCH(QString, html);
    QFETCH(QString, date);
    QCOMPARE(HtmlTextExtractor::extract(html).date, date);
}

void HtmlTextExtractorTest::largeInput_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<qsizetype>("expectedSize"); // -1: any size

    const QString article = u"<h2>Section</h2>\n<p>Lorem <b>ipsum</b> dolor &amp; sit&nbsp;amet, <a href=\"/x?a=1&b=2\">link</a>.</p>\n"
                            "<script>var x = '<p>' + 1 < 2;</script><ul><li>one<li>two</ul><!-- note -->\n"
                            "<table><tr><td>a<td>b</table><pre>  code\n  more</pre>\n"_s;
    QTest::newRow("article") << (u"<title>Big</title>"_s + repeated(article, OneMegabyte))
                             << u"Section\n\nLorem ipsum dolor & sit amet, link.\n\none\ntwo\n\na\tb"_s << qsizetype(-1);
    QTest::newRow("stray angle brackets") << repeated(u"a < b << c <3 "_s, OneMegabyte) << u"a < b << c <3 a < b"_s << qsizetype(-1);
    QTest::newRow("references") << repeated(u"&amp;&#x41;&bogus;&#0;&"_s, OneMegabyte) << u"&A&bogus;\uFFFD&&A"_s << qsizetype(-1);
    QTest::newRow("deep nesting") << (repeated(u"<div><span>"_s, OneMegabyte) + u"end"_s) << u"end"_s << qsizetype(3);
    QTest::newRow("unmatched end tags") << (u"<p>"_s + repeated(u"<span>"_s, OneMegabyte / 2) + repeated(u"</b>"_s, OneMegabyte / 2) + u"x"_s) << u"x"_s
                                        << qsizetype(1);
    QTest::newRow("implied end tags behind a table") << (u"<p><button>"_s + repeated(u"<span>"_s, OneMegabyte / 2) + repeated(u"<div>x"_s, OneMegabyte / 2))
                                                     << u"x\n\nx\n\nx"_s << qsizetype(-1);
    QTest::newRow("unclosed list items") << repeated(u"<li>item"_s, OneMegabyte) << u"item\nitem\nitem"_s << qsizetype(-1);
    QTest::newRow("unclosed tag") << (u"visible <a title=\""_s + repeated(u"x"_s, OneMegabyte)) << u"visible"_s << qsizetype(7);
}

void HtmlTextExtractorTest::largeInput()
{
    QFETCH(QString, html);
    QFETCH(QString, expectedStart);
    QFETCH(qsizetype, expectedSize);
    QVERIFY(html.size() >= OneMegabyte);
    const HtmlExtract extract = HtmlTextExtractor::extract(html);
    QVERIFY(!extract.text.isEmpty());
    QCOMPARE(extract.text.left(expectedStart.size()), expectedStart);
    if (expectedSize >= 0) {
        QCOMPARE(extract.text.size(), expectedSize);
    }
    verifyInvariants(extract.text);
}

QTEST_GUILESS_MAIN(HtmlTextExtractorTest)
#include "htmltextextractor_test.moc"
