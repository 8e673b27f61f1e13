// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/documentmetadata.h>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using Scholion::Models::DocumentMetadata;
using Scholion::Models::MetadataExtractor;
using Scholion::Models::SourceFormat;

namespace
{

const QString Fallback = u"notes.txt"_s;

QString repeated(const QString &unit, qsizetype count)
{
    QString result;
    for (qsizetype i = 0; i < count; ++i) {
        result += unit;
    }
    return result;
}

} // namespace

class DocumentMetadataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateLine_data();
    void dateLine();
    void frontMatter_data();
    void frontMatter();
    void markdownTitle_data();
    void markdownTitle();
    void plainTitle_data();
    void plainTitle();
    void elideTitle_data();
    void elideTitle();
    void longTitleThroughExtract();
    void normaliseDate_data();
    void normaliseDate();
    void sourceFormatForPath_data();
    void sourceFormatForPath();
    void sourceFormatNames_data();
    void sourceFormatNames();

private:
    static void addExtractColumns();
    static void compareExtract();
};

void DocumentMetadataTest::addExtractColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SourceFormat>("format");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("expectedDate");
}

void DocumentMetadataTest::compareExtract()
{
    QFETCH(QString, text);
    QFETCH(SourceFormat, format);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, expectedDate);

    const DocumentMetadata meta = MetadataExtractor::extract(text, format, Fallback);
    QCOMPARE(meta.title, expectedTitle);
    QCOMPARE(meta.date, expectedDate);
}

void DocumentMetadataTest::dateLine_data()
{
    addExtractColumns();

    QTest::newRow("date line then title") << u"date 2026-03-18\nMy Title\nBody text."_s << SourceFormat::Text << u"My Title"_s << u"2026-03-18"_s;
    QTest::newRow("Date: with colon") << u"Date: 2026-03-18\nMy Title\nBody."_s << SourceFormat::Text << u"My Title"_s << u"2026-03-18"_s;
    QTest::newRow("upper case DATE") << u"DATE 2026-03-18\nMy Title"_s << SourceFormat::Text << u"My Title"_s << u"2026-03-18"_s;
    QTest::newRow("leading blank lines and spaces") << u"\n\n   \n  date 2026-03-18  \n\n\n  My Title  \nBody"_s << SourceFormat::Text << u"My Title"_s
                                                    << u"2026-03-18"_s;
    QTest::newRow("several spaces after date") << u"date \t 2026-03-18\nTitle"_s << SourceFormat::Text << u"Title"_s << u"2026-03-18"_s;
    QTest::newRow("date line in Markdown, then H1") << u"date 2026-03-18\n\nIntro\n\n# Heading"_s << SourceFormat::Markdown << u"Heading"_s << u"2026-03-18"_s;
    QTest::newRow("date line only: fallback title") << u"date 2026-03-18\n\n"_s << SourceFormat::Text << Fallback << u"2026-03-18"_s;
    // An impossible date is dropped, and its line is still consumed: it does not become the title.
    QTest::newRow("invalid date 2026-13-45") << u"date 2026-13-45\nReal Title"_s << SourceFormat::Text << u"Real Title"_s << QString();
    QTest::newRow("invalid date 2026-02-30") << u"Date: 2026-02-30\n\nReal Title"_s << SourceFormat::Text << u"Real Title"_s << QString();
    QTest::newRow("no space after colon: not a date line") << u"date:2026-03-18\nSecond"_s << SourceFormat::Text << u"date:2026-03-18"_s << QString();
    QTest::newRow("trailing words: not a date line") << u"date 2026-03-18 meeting\nSecond"_s << SourceFormat::Text << u"date 2026-03-18 meeting"_s << QString();
    QTest::newRow("date line not first: ignored") << u"Title first\ndate 2026-03-18"_s << SourceFormat::Text << u"Title first"_s << QString();
    QTest::newRow("short year: not a date line") << u"date 26-03-18\nSecond"_s << SourceFormat::Text << u"date 26-03-18"_s << QString();
}

void DocumentMetadataTest::dateLine()
{
    compareExtract();
}

void DocumentMetadataTest::frontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SourceFormat>("format");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("expectedDate");
    QTest::addColumn<QJsonObject>("expectedExtra");

    QTest::newRow("quoted title with colon, date, other keys")
        << u"---\ntitle: \"Reading notes: Plato's Republic\"\ndate: 2026-03-18\nauthor: Ann Example\ntags: 'ethics, justice'\n---\n# Other heading\nBody"_s
        << SourceFormat::Markdown << u"Reading notes: Plato's Republic"_s << u"2026-03-18"_s
        << QJsonObject{{u"title"_s, u"Reading notes: Plato's Republic"_s},
               {u"date"_s, u"2026-03-18"_s},
               {u"author"_s, u"Ann Example"_s},
               {u"tags"_s, u"ethics, justice"_s}};
    QTest::newRow("closed by ...") << u"---\ntitle: Dots\n...\nBody"_s << SourceFormat::Text << u"Dots"_s << QString() << QJsonObject{{u"title"_s, u"Dots"_s}};
    QTest::newRow("timestamp date, title from H1") << u"---\ndate: '2026-03-18T10:00:00Z'\nlayout: post\n---\n\nIntro line\n\n# The Heading\n"_s
                                                   << SourceFormat::Markdown << u"The Heading"_s << u"2026-03-18"_s
                                                   << QJsonObject{{u"date"_s, u"2026-03-18T10:00:00Z"_s}, {u"layout"_s, u"post"_s}};
    QTest::newRow("front matter date wins over a date line; the line is skipped")
        << u"---\ndate: 2026-01-02\n---\ndate 2026-03-18\nBody title"_s << SourceFormat::Text << u"Body title"_s << u"2026-01-02"_s
        << QJsonObject{{u"date"_s, u"2026-01-02"_s}};
    QTest::newRow("invalid front matter date, valid date line") << u"---\ndate: soon\n---\ndate 2026-03-18\nBody title"_s << SourceFormat::Text
                                                                << u"Body title"_s << u"2026-03-18"_s << QJsonObject{{u"date"_s, u"soon"_s}};
    QTest::newRow("empty title value falls back to the body")
        << u"---\ntitle:\n---\nFirst body line"_s << SourceFormat::Text << u"First body line"_s << QString() << QJsonObject{{u"title"_s, QString()}};
    QTest::newRow("keys with spaces and dashes, lines without a key ignored")
        << u"---\nsource url: https://example.org/a:b\nsub-title: x\n- list item\n# comment\n---\nBody"_s << SourceFormat::Text << u"Body"_s << QString()
        << QJsonObject{{u"source url"_s, u"https://example.org/a:b"_s}, {u"sub-title"_s, u"x"_s}};
    QTest::newRow("mismatched quotes are kept") << u"---\ntitle: \"Half quoted'\n---\n"_s << SourceFormat::Text << u"\"Half quoted'"_s << QString()
                                                << QJsonObject{{u"title"_s, u"\"Half quoted'"_s}};
    QTest::newRow("title is whitespace-simplified") << u"---\ntitle: '  Spaced    out  '\n---\n"_s << SourceFormat::Text << u"Spaced out"_s << QString()
                                                    << QJsonObject{{u"title"_s, u"  Spaced    out  "_s}};
    // Without a closing line it is not front matter: nothing goes into extra, and the opening
    // A rule line ("---") is never a title: the first line of words is.
    QTest::newRow("not closed: not front matter") << u"---\ntitle: Never closed\ndate: 2026-03-18\n\nBody"_s << SourceFormat::Markdown
                                                  << u"title: Never closed"_s << QString() << QJsonObject();
    QTest::newRow("not on the first line: not front matter")
        << u"\n---\ntitle: Late\n---\nBody"_s << SourceFormat::Text << u"title: Late"_s << QString() << QJsonObject();
}

void DocumentMetadataTest::frontMatter()
{
    QFETCH(QString, text);
    QFETCH(SourceFormat, format);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, expectedDate);
    QFETCH(QJsonObject, expectedExtra);

    const DocumentMetadata meta = MetadataExtractor::extract(text, format, Fallback);
    QCOMPARE(meta.title, expectedTitle);
    QCOMPARE(meta.date, expectedDate);
    QCOMPARE(meta.extra, expectedExtra);
}

void DocumentMetadataTest::markdownTitle_data()
{
    addExtractColumns();

    QTest::newRow("ATX H1 with closing hashes") << u"# Title #\nbody"_s << SourceFormat::Markdown << u"Title"_s << QString();
    QTest::newRow("ATX H1 inner spaces simplified") << u"#   Spaced   Title   ##"_s << SourceFormat::Markdown << u"Spaced Title"_s << QString();
    QTest::newRow("ATX H1 keeps inner hashes") << u"# C# and F# #"_s << SourceFormat::Markdown << u"C# and F#"_s << QString();
    QTest::newRow("setext H1") << u"My Title\n===\n\nText"_s << SourceFormat::Markdown << u"My Title"_s << QString();
    QTest::newRow("setext H1 with trailing spaces") << u"\n  My Title  \n=======   \nText"_s << SourceFormat::Markdown << u"My Title"_s << QString();
    QTest::newRow("H2 not preferred over a later H1") << u"## Sub\n\nText\n\n# Real H1\n"_s << SourceFormat::Markdown << u"Real H1"_s << QString();
    QTest::newRow("paragraph not preferred over a later H1") << u"Intro paragraph\n\n# H1 below"_s << SourceFormat::Markdown << u"H1 below"_s << QString();
    QTest::newRow("setext H2 is not an H1") << u"Sub\n---\n\n# H1"_s << SourceFormat::Markdown << u"H1"_s << QString();
    QTest::newRow("first H1 wins") << u"# First\n# Second"_s << SourceFormat::Markdown << u"First"_s << QString();
    QTest::newRow("no H1: H2 marks stripped") << u"## Only Sub ##\ntext"_s << SourceFormat::Markdown << u"Only Sub"_s << QString();
    QTest::newRow("no H1: plain first line") << u"\n\nJust a line\n"_s << SourceFormat::Markdown << u"Just a line"_s << QString();
    QTest::newRow("hashtag is not a heading") << u"#hashtag line\nmore"_s << SourceFormat::Markdown << u"#hashtag line"_s << QString();
    QTest::newRow("text keeps heading marks") << u"## Sub\n# H1"_s << SourceFormat::Text << u"## Sub"_s << QString();
    QTest::newRow("HTML is plain first line") << u"## Sub\n# H1"_s << SourceFormat::Html << u"## Sub"_s << QString();
    QTest::newRow("emoji and RTL title kept exactly") << u"# \U0001F4DA \u05E9\u05DC\u05D5\u05DD e\u0301"_s << SourceFormat::Markdown
                                                      << u"\U0001F4DA \u05E9\u05DC\u05D5\u05DD e\u0301"_s << QString();
}

void DocumentMetadataTest::markdownTitle()
{
    compareExtract();
}

void DocumentMetadataTest::plainTitle_data()
{
    addExtractColumns();

    QTest::newRow("first non-empty line, trimmed") << u"\n\n   First line  \nSecond"_s << SourceFormat::Text << u"First line"_s << QString();
    QTest::newRow("inner whitespace simplified") << u"  lots   of\tspace  \nnext"_s << SourceFormat::Text << u"lots of space"_s << QString();
    QTest::newRow("empty text: fallback") << QString() << SourceFormat::Text << Fallback << QString();
    QTest::newRow("whitespace only: fallback") << u"\n \n\t\n"_s << SourceFormat::Text << Fallback << QString();
    QTest::newRow("whitespace only Markdown: fallback") << u"\n\n"_s << SourceFormat::Markdown << Fallback << QString();
    QTest::newRow("single line") << u"Only"_s << SourceFormat::Text << u"Only"_s << QString();
    QTest::newRow("CJK line") << u"\u6F22\u5B57\u306E\u672C\n"_s << SourceFormat::Text << u"\u6F22\u5B57\u306E\u672C"_s << QString();
}

void DocumentMetadataTest::plainTitle()
{
    compareExtract();
}

void DocumentMetadataTest::elideTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<QString>("expected");

    const QString exactly200 = repeated(u"abcd "_s, 39) + u"abcde"_s;
    QTest::newRow("exactly 200: unchanged") << exactly200 << qsizetype(200) << exactly200;
    QTest::newRow("short: unchanged") << u"Short"_s << qsizetype(200) << u"Short"_s;
    // 50 words "word" separated by spaces (249 characters): cut at the space at index 199.
    QTest::newRow("word boundary") << repeated(u"word "_s, 49) + u"word"_s << qsizetype(200) << repeated(u"word "_s, 39) + u"word\u2026"_s;
    QTest::newRow("no spaces: hard cut") << repeated(u"x"_s, 250) << qsizetype(200) << repeated(u"x"_s, 199) + u"\u2026"_s;
    QTest::newRow("only an early space: hard cut") << repeated(u"a"_s, 50) + u" "_s + repeated(u"b"_s, 200) << qsizetype(200)
                                                   << repeated(u"a"_s, 50) + u" "_s + repeated(u"b"_s, 148) + u"\u2026"_s;
    QTest::newRow("emoji split at the cut: dropped whole")
        << repeated(u"a"_s, 198) + repeated(u"\U0001F600"_s, 10) << qsizetype(200) << repeated(u"a"_s, 198) + u"\u2026"_s;
    QTest::newRow("emoji ending at the cut: kept whole")
        << repeated(u"a"_s, 197) + repeated(u"\U0001F600"_s, 10) << qsizetype(200) << repeated(u"a"_s, 197) + u"\U0001F600\u2026"_s;
    QTest::newRow("only emoji, odd cut") << repeated(u"\U0001F600"_s, 150) << qsizetype(200) << repeated(u"\U0001F600"_s, 99) + u"\u2026"_s;
    QTest::newRow("small maximum") << u"one two three"_s << qsizetype(8) << u"one two\u2026"_s;
}

void DocumentMetadataTest::elideTitle()
{
    QFETCH(QString, title);
    QFETCH(qsizetype, maxLength);
    QFETCH(QString, expected);

    const QString elided = MetadataExtractor::elideTitle(title, maxLength);
    QCOMPARE(elided, expected);
    QVERIFY(elided.size() <= maxLength);
    // Never a half surrogate pair before the ellipsis.
    if (elided.size() >= 2 && elided.endsWith(u'\u2026')) {
        QCOMPARE(elided.at(elided.size() - 2).isHighSurrogate(), false);
    }
}

void DocumentMetadataTest::longTitleThroughExtract()
{
    const QString longLine = repeated(u"a"_s, 198) + repeated(u"\U0001F600"_s, 10) + u" tail"_s;
    const DocumentMetadata meta = MetadataExtractor::extract(longLine + u"\nbody"_s, SourceFormat::Text, Fallback);
    QCOMPARE(meta.title, repeated(u"a"_s, 198) + u"\u2026"_s);
    QCOMPARE(meta.title.size(), 199);

    const DocumentMetadata md = MetadataExtractor::extract(u"# "_s + repeated(u"word "_s, 60), SourceFormat::Markdown, Fallback);
    QCOMPARE(md.title, repeated(u"word "_s, 39) + u"word\u2026"_s);
}

void DocumentMetadataTest::normaliseDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"2026-03-18"_s << u"2026-03-18"_s;
    QTest::newRow("UTC timestamp") << u"2026-03-18T10:00:00Z"_s << u"2026-03-18"_s;
    QTest::newRow("offset timestamp") << u"2026-03-18T10:00:00+02:00"_s << u"2026-03-18"_s;
    QTest::newRow("fractional seconds") << u"2026-03-18T10:00:00.250-05:00"_s << u"2026-03-18"_s;
    QTest::newRow("space and time") << u"2026-03-18 10:00"_s << u"2026-03-18"_s;
    QTest::newRow("single quotes") << u"'2026-03-18'"_s << u"2026-03-18"_s;
    QTest::newRow("double quotes") << u"\"2026-03-18\""_s << u"2026-03-18"_s;
    QTest::newRow("surrounding spaces") << u"  2026-03-18  "_s << u"2026-03-18"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29"_s;
    QTest::newRow("February 30") << u"2026-02-30"_s << QString();
    QTest::newRow("February 29 in a common year") << u"2025-02-29"_s << QString();
    QTest::newRow("month 13") << u"2026-13-01"_s << QString();
    QTest::newRow("day 45") << u"2026-03-45"_s << QString();
    QTest::newRow("month 00") << u"2026-00-10"_s << QString();
    QTest::newRow("single-digit month") << u"2026-3-18"_s << QString();
    QTest::newRow("European order") << u"18.03.2026"_s << QString();
    QTest::newRow("words") << u"March 18, 2026"_s << QString();
    QTest::newRow("trailing words") << u"2026-03-18 and more"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void DocumentMetadataTest::normaliseDate()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);

    QCOMPARE(MetadataExtractor::normaliseDate(value), expected);
}

void DocumentMetadataTest::sourceFormatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SourceFormat>("expected");

    QTest::newRow("txt") << u"notes.txt"_s << SourceFormat::Text;
    QTest::newRow("TXT") << u"NOTES.TXT"_s << SourceFormat::Text;
    QTest::newRow("md") << u"readme.md"_s << SourceFormat::Markdown;
    QTest::newRow("Md") << u"readme.Md"_s << SourceFormat::Markdown;
    QTest::newRow("markdown") << u"chapter.markdown"_s << SourceFormat::Markdown;
    QTest::newRow("html") << u"page.html"_s << SourceFormat::Html;
    QTest::newRow("HTM") << u"PAGE.HTM"_s << SourceFormat::Html;
    QTest::newRow("absolute path") << u"/home/ann/corpus/a.txt"_s << SourceFormat::Text;
    QTest::newRow("dotted directory") << u"/home/ann/v1.2/a.md"_s << SourceFormat::Markdown;
    QTest::newRow(".hidden") << u".hidden"_s << SourceFormat::Unsupported;
    QTest::newRow("dir/.hidden") << u"dir/.hidden"_s << SourceFormat::Unsupported;
    QTest::newRow("hidden with suffix") << u".hidden.txt"_s << SourceFormat::Text;
    QTest::newRow("noext") << u"noext"_s << SourceFormat::Unsupported;
    QTest::newRow("dotted directory, no suffix") << u"dir.d/noext"_s << SourceFormat::Unsupported;
    QTest::newRow("archive.tar.gz") << u"archive.tar.gz"_s << SourceFormat::Unsupported;
    QTest::newRow("backup suffix") << u"notes.txt.bak"_s << SourceFormat::Unsupported;
    QTest::newRow("trailing dot") << u"file."_s << SourceFormat::Unsupported;
    QTest::newRow("pdf") << u"report.pdf"_s << SourceFormat::Unsupported;
    QTest::newRow("empty") << QString() << SourceFormat::Unsupported;
}

void DocumentMetadataTest::sourceFormatForPath()
{
    QFETCH(QString, path);
    QFETCH(SourceFormat, expected);

    QCOMPARE(Scholion::Models::sourceFormatForPath(path), expected);
}

void DocumentMetadataTest::sourceFormatNames_data()
{
    QTest::addColumn<SourceFormat>("format");
    QTest::addColumn<QString>("name");

    QTest::newRow("text") << SourceFormat::Text << u"text"_s;
    QTest::newRow("markdown") << SourceFormat::Markdown << u"markdown"_s;
    QTest::newRow("html") << SourceFormat::Html << u"html"_s;
    QTest::newRow("unsupported") << SourceFormat::Unsupported << QString();
}

void DocumentMetadataTest::sourceFormatNames()
{
    QFETCH(SourceFormat, format);
    QFETCH(QString, name);

    QCOMPARE(Scholion::Models::sourceFormatName(format), name);
    QCOMPARE(Scholion::Models::sourceFormatFromName(name), format);
}

QTEST_GUILESS_MAIN(DocumentMetadataTest)

#include "documentmetadata_test.moc"
