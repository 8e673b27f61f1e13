// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/textdecoder.h>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using Scholion::Models::LineEndings;
using Scholion::Models::TextDecoder;

namespace
{

// Bytes of a string literal, embedded NULs included (the terminating NUL excluded).
template<qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

// Hand-rolled encoders, so the expected bytes do not come from the converter under test.
QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

QByteArray utf32(const QString &text, bool littleEndian)
{
    QByteArray out;
    for (const char32_t cp : text.toUcs4()) {
        const char b[4] = {char(cp & 0xFF), char((cp >> 8) & 0xFF), char((cp >> 16) & 0xFF), char((cp >> 24) & 0xFF)};
        for (int i = 0; i < 4; ++i) {
            out.append(littleEndian ? b[i] : b[3 - i]);
        }
    }
    return out;
}

const QByteArray BomUtf8 = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray BomUtf16Le = QByteArrayLiteral("\xFF\xFE");
const QByteArray BomUtf16Be = QByteArrayLiteral("\xFE\xFF");
const QByteArray BomUtf32Le = QByteArray("\xFF\xFE\x00\x00", 4);
const QByteArray BomUtf32Be = QByteArray("\x00\x00\xFE\xFF", 4);

} // namespace

class TextDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteOrderMark_data();
    void byteOrderMark();
    void invalidAfterBom_data();
    void invalidAfterBom();
    void utf8_data();
    void utf8();
    void windows1252Guess_data();
    void windows1252Guess();
    void windows1251Guess_data();
    void windows1251Guess();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void binary_data();
    void binary();
    void controlCharactersAllowed_data();
    void controlCharactersAllowed();
    void empty_data();
    void empty();
    void lineEndings_data();
    void lineEndings();
    void normaliseLineEndingsWithoutReport();
    void lineEndingsNames_data();
    void lineEndingsNames();
    void windows1252HighHalf_data();
    void windows1252HighHalf();
    void windows1252IdentityRanges();
    void windows1251Mapping_data();
    void windows1251Mapping();
    void windows1251Letters();
};

void TextDecoderTest::byteOrderMark_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<LineEndings>("expectedEndings");

    // "Aé😀": U+0041 U+00E9 U+1F600, written out byte by byte.
    const QString sample = u"A\u00E9\U0001F600"_s;
    QTest::newRow("UTF-8 literal") << bytes("\xEF\xBB\xBF\x41\xC3\xA9\xF0\x9F\x98\x80") << sample << u"UTF-8"_s << LineEndings::None;
    QTest::newRow("UTF-16LE literal") << bytes("\xFF\xFE\x41\x00\xE9\x00\x3D\xD8\x00\xDE") << sample << u"UTF-16LE"_s << LineEndings::None;
    QTest::newRow("UTF-16BE literal") << bytes("\xFE\xFF\x00\x41\x00\xE9\xD8\x3D\xDE\x00") << sample << u"UTF-16BE"_s << LineEndings::None;
    QTest::newRow("UTF-32LE literal") << bytes("\xFF\xFE\x00\x00\x41\x00\x00\x00\xE9\x00\x00\x00\x00\xF6\x01\x00") << sample << u"UTF-32LE"_s
                                      << LineEndings::None;
    QTest::newRow("UTF-32BE literal") << bytes("\x00\x00\xFE\xFF\x00\x00\x00\x41\x00\x00\x00\xE9\x00\x01\xF6\x00") << sample << u"UTF-32BE"_s
                                      << LineEndings::None;

    // Longer multi-script text with CRLF line ends: the BOM decides, the line ends are normalised.
    const QString source = u"Title \U0001F1FA\U0001F1E6\r\n\u041F\u0440\u0438\u0432\u0435\u0442 \u05E9\u05DC\u05D5\u05DD\r\n\u6F22\u5B57 e\u0301"_s;
    const QString canonical = u"Title \U0001F1FA\U0001F1E6\n\u041F\u0440\u0438\u0432\u0435\u0442 \u05E9\u05DC\u05D5\u05DD\n\u6F22\u5B57 e\u0301"_s;
    QTest::newRow("UTF-8 multi-script") << BomUtf8 + source.toUtf8() << canonical << u"UTF-8"_s << LineEndings::CrLf;
    QTest::newRow("UTF-16LE multi-script") << BomUtf16Le + utf16(source, true) << canonical << u"UTF-16LE"_s << LineEndings::CrLf;
    QTest::newRow("UTF-16BE multi-script") << BomUtf16Be + utf16(source, false) << canonical << u"UTF-16BE"_s << LineEndings::CrLf;
    QTest::newRow("UTF-32LE multi-script") << BomUtf32Le + utf32(source, true) << canonical << u"UTF-32LE"_s << LineEndings::CrLf;
    QTest::newRow("UTF-32BE multi-script") << BomUtf32Be + utf32(source, false) << canonical << u"UTF-32BE"_s << LineEndings::CrLf;

    // Mostly Latin-1 bytes after a UTF-16LE BOM: the BOM wins over every heuristic.
    QTest::newRow("UTF-16LE BOM, ASCII text") << BomUtf16Le + utf16(u"plain\nascii"_s, true) << u"plain\nascii"_s << u"UTF-16LE"_s << LineEndings::Lf;
}

void TextDecoderTest::byteOrderMark()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(LineEndings, expectedEndings);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QVERIFY(result.ok());
    QCOMPARE(result.detail, QString());
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.text.size(), expectedText.size());
    QCOMPARE(result.decoded.text.contains(QChar(0xFEFF)), false);
    QCOMPARE(result.decoded.encoding, expectedEncoding);
    QCOMPARE(result.decoded.hadBom, true);
    QCOMPARE(result.decoded.encodingGuessed, false);
    QCOMPARE(result.decoded.lineEndings, expectedEndings);
}

void TextDecoderTest::invalidAfterBom_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedEncoding");

    QTest::newRow("UTF-8: bad continuation") << BomUtf8 + bytes("ok \xC3\x28 then") << u"UTF-8"_s;
    QTest::newRow("UTF-8: windows-1252 byte") << BomUtf8 + bytes("caf\xE9 au lait") << u"UTF-8"_s;
    QTest::newRow("UTF-8: truncated at the end") << BomUtf8 + bytes("price \xE2\x82") << u"UTF-8"_s;
    QTest::newRow("UTF-8: encoded surrogate") << BomUtf8 + bytes("x\xED\xA0\x80y") << u"UTF-8"_s;
    QTest::newRow("UTF-8: overlong slash") << BomUtf8 + bytes("a\xC0\xAFz") << u"UTF-8"_s;
    QTest::newRow("UTF-16LE: odd byte count") << BomUtf16Le +
            bytes("A\x00"
                  "B") << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE: odd byte count") << BomUtf16Be +
            bytes("\x00"
                  "A\x00") << u"UTF-16BE"_s;
    QTest::newRow("UTF-32LE: beyond U+10FFFF") << BomUtf32Le + bytes("\x41\x00\x00\x00\x00\x00\x11\x00") << u"UTF-32LE"_s;
    QTest::newRow("UTF-32BE: beyond U+10FFFF") << BomUtf32Be + bytes("\x00\x00\x00\x41\x00\x11\x00\x00") << u"UTF-32BE"_s;
    QTest::newRow("UTF-16LE: lone high surrogate") << BomUtf16Le +
            bytes("\x00\xD8"
                  "A\x00") << u"UTF-16LE"_s;
    QTest::newRow("UTF-16LE: lone low surrogate") << BomUtf16Le + bytes("A\x00\x00\xDC") << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE: reversed surrogate pair") << BomUtf16Be + bytes("\xDE\x00\xD8\x3D") << u"UTF-16BE"_s;
    QTest::newRow("UTF-32LE: surrogate code point") << BomUtf32Le + bytes("\x00\xD8\x00\x00") << u"UTF-32LE"_s;
    QTest::newRow("UTF-32BE: truncated unit") << BomUtf32Be +
            bytes("\x00\x00\x00"
                  "A\x00\x00") << u"UTF-32BE"_s;
    QTest::newRow("UTF-32LE: truncated unit") << BomUtf32Le + bytes("\x41\x00\x00\x00\x42\x00") << u"UTF-32LE"_s;
}

void TextDecoderTest::invalidAfterBom()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedEncoding);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::InvalidEncoding);
    QCOMPARE(result.ok(), false);
    QCOMPARE(result.decoded.encoding, expectedEncoding);
    QCOMPARE(result.decoded.hadBom, true);
    QCOMPARE(result.decoded.encodingGuessed, false);
    QCOMPARE(result.decoded.text, QString());
    QVERIFY2(result.detail.contains(expectedEncoding), qPrintable(result.detail));
}

void TextDecoderTest::utf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<qsizetype>("expectedSize");

    QTest::newRow("ASCII") << bytes("Hello, world.") << u"Hello, world."_s << qsizetype(13);
    QTest::newRow("flag U+1F1FA U+1F1E6") << bytes("\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6") << u"\U0001F1FA\U0001F1E6"_s << qsizetype(4);
    QTest::newRow("ZWJ health worker") << bytes("\xF0\x9F\x91\xA9\xE2\x80\x8D\xE2\x9A\x95\xEF\xB8\x8F") << u"\U0001F469\u200D\u2695\uFE0F"_s << qsizetype(5);
    QTest::newRow("emoji in a sentence") << bytes("I \xF0\x9F\x98\x80 you") << u"I \U0001F600 you"_s << qsizetype(8);
    QTest::newRow("CJK") << bytes("\xE6\xBC\xA2\xE5\xAD\x97\xE3\x81\x8B\xE3\x81\xAA\xE3\x82\xAB\xE3\x83\x8A\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4")
                         << u"\u6F22\u5B57\u304B\u306A\u30AB\u30CA\uD55C\uAD6D\uC5B4"_s << qsizetype(9);
    QTest::newRow("CJK extension B (non-BMP)") << bytes("\xF0\xA0\x80\x80") << u"\U00020000"_s << qsizetype(2);
    QTest::newRow("combining acute stays decomposed") << bytes("\x65\xCC\x81") << u"e\u0301"_s << qsizetype(2);
    QTest::newRow("precomposed stays precomposed") << bytes("\xC3\xA9") << u"\u00E9"_s << qsizetype(1);
    QTest::newRow("Arabic") << bytes("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\x20\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85")
                            << u"\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"_s << qsizetype(13);
    QTest::newRow("Hebrew") << bytes("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\x20\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D")
                            << u"\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD"_s << qsizetype(9);
    QTest::newRow("bidi marks kept") << bytes("a\xE2\x80\x8F"
                                              "b\xE2\x80\x8E")
                                     << u"a\u200Fb\u200E"_s << qsizetype(4);
    QTest::newRow("leading and trailing blank lines kept") << bytes("\n\n  text  \n\n") << u"\n\n  text  \n\n"_s << qsizetype(12);
}

void TextDecoderTest::utf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);
    QFETCH(qsizetype, expectedSize);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.text, QString::fromUtf8(input));
    QCOMPARE(result.decoded.text.size(), expectedSize);
    QCOMPARE(result.decoded.encoding, u"UTF-8"_s);
    QCOMPARE(result.decoded.encodingGuessed, false);
    QCOMPARE(result.decoded.hadBom, false);
}

void TextDecoderTest::windows1252Guess_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("e acute mid-line") << bytes("caf\xE9 au lait") << u"caf\u00E9 au lait"_s;
    QTest::newRow("e acute at the very end") << bytes("caf\xE9") << u"caf\u00E9"_s;
    QTest::newRow("euro sign 0x80") << bytes("costs 5\x80") << u"costs 5\u20AC"_s;
    QTest::newRow("curly double quotes") << bytes("\x93quoted\x94") << u"\u201Cquoted\u201D"_s;
    QTest::newRow("apostrophe, dash, diaeresis") << bytes("It\x92s na\xEFve \x96 r\xE9sum\xE9") << u"It\u2019s na\u00EFve \u2013 r\u00E9sum\u00E9"_s;
    QTest::newRow("German") << bytes("Gr\xF6\xDF"
                                     "e und \xC4rger")
                            << u"Gr\u00F6\u00DFe und \u00C4rger"_s;
    QTest::newRow("undefined byte 0x81") << bytes("a\x81z") << u"a\u0081z"_s;
    QTest::newRow("CRLF normalised") << bytes("caf\xE9\r\nna\xEFve\r\n") << u"caf\u00E9\nna\u00EFve\n"_s;
    QTest::newRow("a few Cyrillic-range bytes alone") << bytes("\xC0 la carte, \xE0 bient\xF4t") << u"\u00C0 la carte, \u00E0 bient\u00F4t"_s;
}

void TextDecoderTest::windows1252Guess()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.encoding, u"windows-1252"_s);
    QCOMPARE(result.decoded.encodingGuessed, true);
    QCOMPARE(result.decoded.hadBom, false);
}

void TextDecoderTest::windows1251Guess_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("Privet mir") << bytes("\xCF\xF0\xE8\xE2\xE5\xF2\x20\xEC\xE8\xF0") << u"Привет мир"_s;
    QTest::newRow("yo upper and lower") << bytes("\xA8\xEB\xEA\xE0\x20\xE8\x20\xB8\xE6\xE8\xEA") << u"Ёлка и ёжик"_s;
    QTest::newRow("pangram")
        << bytes("\xD1\xFA\xE5\xF8\xFC\x20\xE6\xE5\x20\xE5\xF9\xB8\x20\xFD\xF2\xE8\xF5\x20\xEC\xFF\xE3\xEA\xE8\xF5\x20\xF4\xF0\xE0\xED\xF6\xF3\xE7"
                 "\xF1\xEA\xE8\xF5\x20\xE1\xF3\xEB\xEE\xEA")
        << u"Съешь же ещё этих мягких французских булок"_s;
    QTest::newRow("mixed with ASCII and lines") << bytes("Chapter 1\r\n\xCF\xF0\xE8\xE2\xE5\xF2, world \xB9"
                                                         "5\r\n")
                                                << u"Chapter 1\nПривет, world \u21165\n"_s;
}

void TextDecoderTest::windows1251Guess()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.encoding, u"windows-1251"_s);
    QCOMPARE(result.decoded.encodingGuessed, true);
    QCOMPARE(result.decoded.hadBom, false);
}

void TextDecoderTest::utf16WithoutBom_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<LineEndings>("expectedEndings");

    QTest::newRow("LE literal") << bytes("\x48\x00\x65\x00\x6C\x00\x6C\x00\x6F\x00\x2C\x00\x20\x00\x77\x00\x6F\x00\x72\x00\x6C\x00\x64\x00\x21\x00\x0A\x00"
                                         "\x63\x00\x61\x00\x66\x00\xE9\x00\x2E\x00")
                                << u"Hello, world!\ncaf\u00E9."_s << u"UTF-16LE"_s << LineEndings::Lf;
    QTest::newRow("BE literal") << bytes("\x00\x48\x00\x65\x00\x6C\x00\x6C\x00\x6F\x00\x2C\x00\x20\x00\x77\x00\x6F\x00\x72\x00\x6C\x00\x64\x00\x21\x00\x0A"
                                         "\x00\x63\x00\x61\x00\x66\x00\xE9\x00\x2E")
                                << u"Hello, world!\ncaf\u00E9."_s << u"UTF-16BE"_s << LineEndings::Lf;

    const QString mixed = u"Notes on \u041F\u0440\u0438\u0432\u0435\u0442 and \U0001F600, mostly in English.\r\nSecond line.\r\n"_s;
    const QString mixedCanonical = u"Notes on \u041F\u0440\u0438\u0432\u0435\u0442 and \U0001F600, mostly in English.\nSecond line.\n"_s;
    QTest::newRow("LE ASCII-heavy with Cyrillic and emoji") << utf16(mixed, true) << mixedCanonical << u"UTF-16LE"_s << LineEndings::CrLf;
    QTest::newRow("BE ASCII-heavy with Cyrillic and emoji") << utf16(mixed, false) << mixedCanonical << u"UTF-16BE"_s << LineEndings::CrLf;
    QTest::newRow("LE two characters") << utf16(u"Hi"_s, true) << u"Hi"_s << u"UTF-16LE"_s << LineEndings::None;
}

void TextDecoderTest::utf16WithoutBom()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(LineEndings, expectedEndings);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.encoding, expectedEncoding);
    QCOMPARE(result.decoded.encodingGuessed, true);
    QCOMPARE(result.decoded.hadBom, false);
    QCOMPARE(result.decoded.lineEndings, expectedEndings);
}

void TextDecoderTest::binary_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("one NUL in ASCII") << bytes("Hello\x00World, this is otherwise text.\n");
    QTest::newRow("NUL first") << bytes("\x00"
                                        "abcdefghijklmnop");
    QTest::newRow("NUL last") << bytes("abcdefghijklmnop\x00");
    QTest::newRow("PNG header") << bytes("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x01\x00");
    QTest::newRow("ELF header") << bytes("\x7F"
                                         "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3E\x00");
    QTest::newRow("20% control characters") << bytes("abcdefgh\x01\x02");
    QTest::newRow("11% control characters") << bytes("abcdefghijklmnop\x01\x02");
    QTest::newRow("only control characters") << bytes("\x01\x02\x03\x04\x05\x06\x07\x08");
    QTest::newRow("DEL characters") << bytes("\x7F\x7F\x7F"
                                             "a");
    QTest::newRow("control characters after a UTF-16LE BOM") << BomUtf16Le + utf16(u"ab\u0001\u0002"_s, true);
    QTest::newRow("control characters after a UTF-8 BOM") << BomUtf8 +
            bytes("\x01\x02\x03"
                  "abcdefgh");
    QTest::newRow("UTF-16LE BOM then U+0000") << BomUtf16Le +
            bytes("A\x00\x00\x00"
                  "B\x00");
    QTest::newRow("UTF-8 BOM then NUL") << BomUtf8 +
            bytes("ab\x00"
                  "cd");
    QTest::newRow("UTF-16LE without BOM, with U+0000") << utf16(u"Hello there, friend"_s, true) + bytes("\x00\x00") + utf16(u"more text"_s, true);
}

void TextDecoderTest::binary()
{
    QFETCH(QByteArray, input);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::Binary);
    QCOMPARE(result.ok(), false);
    QCOMPARE(result.decoded.text, QString());
    QVERIFY(!result.detail.isEmpty());
}

void TextDecoderTest::controlCharactersAllowed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");

    QTest::newRow("tabs") << bytes("a\tb\tc\n\t\tindented") << u"a\tb\tc\n\t\tindented"_s << u"UTF-8"_s;
    QTest::newRow("form feeds between pages") << bytes("page one\f\fpage two\f") << u"page one\f\fpage two\f"_s << u"UTF-8"_s;
    QTest::newRow("vertical tab and ANSI escapes") << bytes("\x1B[1mbold\x1B[0m\v\x1B[0m\x1B[0m") << u"\x1B[1mbold\x1B[0m\v\x1B[0m\x1B[0m"_s << u"UTF-8"_s;
    QTest::newRow("exactly 10% control characters") << bytes("abcdefghi\x01") << u"abcdefghi\u0001"_s << u"UTF-8"_s;
    QTest::newRow("one DEL in ten characters") << bytes("abc\x7F"
                                                        "defghi")
                                               << u"abc\u007Fdefghi"_s << u"UTF-8"_s;
    QTest::newRow("C1 controls from windows-1252 are not counted") << bytes("\x81\x8D\x8F") << u"\u0081\u008D\u008F"_s << u"windows-1252"_s;
}

void TextDecoderTest::controlCharactersAllowed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.encoding, expectedEncoding);
}

void TextDecoderTest::empty_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expectedBom");

    QTest::newRow("zero bytes") << QByteArray() << false;
    QTest::newRow("only UTF-8 BOM") << BomUtf8 << true;
    QTest::newRow("only UTF-16LE BOM") << BomUtf16Le << true;
    QTest::newRow("only UTF-16BE BOM") << BomUtf16Be << true;
    QTest::newRow("only UTF-32LE BOM") << BomUtf32Le << true;
    QTest::newRow("only UTF-32BE BOM") << BomUtf32Be << true;
    QTest::newRow("one space") << bytes(" ") << false;
    QTest::newRow("only whitespace") << bytes("  \n\t \r\n\r  \f") << false;
    QTest::newRow("UTF-8 BOM and whitespace") << BomUtf8 + bytes("\r\n   \n") << true;
    QTest::newRow("UTF-16LE BOM and whitespace") << BomUtf16Le + utf16(u" \n \t"_s, true) << true;
    QTest::newRow("UTF-16LE whitespace without BOM") << utf16(u"   \n"_s, true) << false;
    QTest::newRow("no-break and ideographic spaces") << bytes("\xC2\xA0\xE3\x80\x80\n") << false;
}

void TextDecoderTest::empty()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, expectedBom);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::Empty);
    QCOMPARE(result.ok(), false);
    QCOMPARE(result.decoded.text, QString());
    QCOMPARE(result.decoded.hadBom, expectedBom);
    QVERIFY(!result.detail.isEmpty());
}

void TextDecoderTest::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<LineEndings>("expectedEndings");

    QTest::newRow("LF") << bytes("one\ntwo\nthree\n") << u"one\ntwo\nthree\n"_s << LineEndings::Lf;
    QTest::newRow("CRLF") << bytes("one\r\ntwo\r\nthree\r\n") << u"one\ntwo\nthree\n"_s << LineEndings::CrLf;
    QTest::newRow("lone CR") << bytes("one\rtwo\rthree") << u"one\ntwo\nthree"_s << LineEndings::Cr;
    QTest::newRow("none") << bytes("a single line") << u"a single line"_s << LineEndings::None;
    QTest::newRow("mixed LF and CRLF") << bytes("a\nb\r\nc") << u"a\nb\nc"_s << LineEndings::Mixed;
    QTest::newRow("mixed all three") << bytes("a\nb\r\nc\rd") << u"a\nb\nc\nd"_s << LineEndings::Mixed;
    QTest::newRow("CR then CRLF") << bytes("a\r\r\nb") << u"a\n\nb"_s << LineEndings::Mixed;
    QTest::newRow("LF then CR is two breaks") << bytes("a\n\rb") << u"a\n\nb"_s << LineEndings::Mixed;
    QTest::newRow("blank CRLF lines") << bytes("a\r\n\r\n\r\nb\r\n") << u"a\n\n\nb\n"_s << LineEndings::CrLf;
    QTest::newRow("trailing lone CR") << bytes("text\r") << u"text\n"_s << LineEndings::Cr;
    QTest::newRow("CRLF first, CR last") << bytes("\r\nab\r") << u"\nab\n"_s << LineEndings::Mixed;
    QTest::newRow("long runs between CRLFs") << QByteArray(5000, 'x') + "\r\n" + QByteArray(7000, 'y') << QString(5000, u'x') + u'\n' + QString(7000, u'y')
                                             << LineEndings::CrLf;
    QTest::newRow("CRLF around emoji") << bytes("\xF0\x9F\x98\x80\r\n\xF0\x9F\x98\x80") << u"\U0001F600\n\U0001F600"_s << LineEndings::CrLf;
    QTest::newRow("windows-1252 with CR") << bytes("caf\xE9\rcaf\xE9") << u"caf\u00E9\ncaf\u00E9"_s << LineEndings::Cr;
}

void TextDecoderTest::lineEndings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedText);
    QFETCH(LineEndings, expectedEndings);

    const TextDecoder::Result result = TextDecoder::decode(input);
    QCOMPARE(result.problem, TextDecoder::Problem::None);
    QCOMPARE(result.decoded.text, expectedText);
    QCOMPARE(result.decoded.text.contains(u'\r'), false);
    QCOMPARE(result.decoded.lineEndings, expectedEndings);

    // The public helper reports the same kind of line ends (they do not depend on the encoding).
    LineEndings endings = LineEndings::None;
    TextDecoder::normaliseLineEndings(QString::fromLatin1(input), &endings);
    QCOMPARE(endings, expectedEndings);
}

void TextDecoderTest::normaliseLineEndingsWithoutReport()
{
    QCOMPARE(TextDecoder::normaliseLineEndings(u"a\r\nb\rc\n"_s), u"a\nb\nc\n"_s);
    QCOMPARE(TextDecoder::normaliseLineEndings(QString()), QString());
    LineEndings alone = LineEndings::None;
    QCOMPARE(TextDecoder::normaliseLineEndings(u"\r"_s, &alone), u"\n"_s);
    QCOMPARE(alone, LineEndings::Cr);
    QCOMPARE(TextDecoder::normaliseLineEndings(u"\r\n"_s, &alone), u"\n"_s);
    QCOMPARE(alone, LineEndings::CrLf);
    LineEndings endings = LineEndings::Mixed;
    QCOMPARE(TextDecoder::normaliseLineEndings(QString(), &endings), QString());
    QCOMPARE(endings, LineEndings::None);
}

void TextDecoderTest::lineEndingsNames_data()
{
    QTest::addColumn<LineEndings>("endings");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << LineEndings::None << u"none"_s;
    QTest::newRow("lf") << LineEndings::Lf << u"lf"_s;
    QTest::newRow("crlf") << LineEndings::CrLf << u"crlf"_s;
    QTest::newRow("cr") << LineEndings::Cr << u"cr"_s;
    QTest::newRow("mixed") << LineEndings::Mixed << u"mixed"_s;
}

void TextDecoderTest::lineEndingsNames()
{
    QFETCH(LineEndings, endings);
    QFETCH(QString, name);

    QCOMPARE(Scholion::Models::lineEndingsName(endings), name);
    QCOMPARE(Scholion::Models::lineEndingsFromName(name), endings);
    QCOMPARE(Scholion::Models::lineEndingsFromName(u"CRLF"), LineEndings::None);
    QCOMPARE(Scholion::Models::lineEndingsFromName(u""), LineEndings::None);
}

void TextDecoderTest::windows1252HighHalf_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("codePoint");

    // WHATWG's windows-1252 index; 0x81, 0x8D, 0x8F, 0x90 and 0x9D keep their C1 code point.
    const int table[32] = {
        0x20AC,
        0x0081,
        0x201A,
        0x0192,
        0x201E,
        0x2026,
        0x2020,
        0x2021,
        0x02C6,
        0x2030,
        0x0160,
        0x2039,
        0x0152,
        0x008D,
        0x017D,
        0x008F,
        0x0090,
        0x2018,
        0x2019,
        0x201C,
        0x201D,
        0x2022,
        0x2013,
        0x2014,
        0x02DC,
        0x2122,
        0x0161,
        0x203A,
        0x0153,
        0x009D,
        0x017E,
        0x0178,
    };
    for (int i = 0; i < 32; ++i) {
        QTest::addRow("0x%02X", 0x80 + i) << 0x80 + i << table[i];
    }
}

void TextDecoderTest::windows1252HighHalf()
{
    QFETCH(int, byte);
    QFETCH(int, codePoint);

    const char raw[3] = {'<', char(byte), '>'};
    const QString text = TextDecoder::fromWindows1252(QByteArrayView(raw, 3));
    QCOMPARE(text.size(), 3);
    QCOMPARE(int(text.at(1).unicode()), codePoint);
    QCOMPARE(text.at(0), u'<');
    QCOMPARE(text.at(2), u'>');
}

void TextDecoderTest::windows1252IdentityRanges()
{
    for (int b = 0; b < 0x100; ++b) {
        if (b >= 0x80 && b < 0xA0) {
            continue;
        }
        const char raw = char(b);
        const QString text = TextDecoder::fromWindows1252(QByteArrayView(&raw, 1));
        QCOMPARE(text.size(), 1);
        QCOMPARE(int(text.at(0).unicode()), b);
    }
    QCOMPARE(TextDecoder::fromWindows1252(QByteArrayView()), QString());
}

void TextDecoderTest::windows1251Mapping_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("codePoint");

    QTest::newRow("0xA8 Yo") << 0xA8 << 0x0401;
    QTest::newRow("0xB8 yo") << 0xB8 << 0x0451;
    QTest::newRow("0x80 Dje") << 0x80 << 0x0402;
    QTest::newRow("0x88 euro") << 0x88 << 0x20AC;
    QTest::newRow("0x98 undefined") << 0x98 << 0x0098;
    QTest::newRow("0xA0 no-break space") << 0xA0 << 0x00A0;
    QTest::newRow("0xA5 Ghe with upturn") << 0xA5 << 0x0490;
    QTest::newRow("0xB2 Byelorussian-Ukrainian I") << 0xB2 << 0x0406;
    QTest::newRow("0xB9 numero") << 0xB9 << 0x2116;
    QTest::newRow("0xBF yi") << 0xBF << 0x0457;
    QTest::newRow("0x41 ASCII") << 0x41 << 0x0041;
    QTest::newRow("0x7F DEL") << 0x7F << 0x007F;
}

void TextDecoderTest::windows1251Mapping()
{
    QFETCH(int, byte);
    QFETCH(int, codePoint);

    const char raw = char(byte);
    const QString text = TextDecoder::fromWindows1251(QByteArrayView(&raw, 1));
    QCOMPARE(text.size(), 1);
    QCOMPARE(int(text.at(0).unicode()), codePoint);
}

void TextDecoderTest::windows1251Letters()
{
    for (int b = 0xC0; b <= 0xFF; ++b) {
        const char raw = char(b);
        const QString text = TextDecoder::fromWindows1251(QByteArrayView(&raw, 1));
        QCOMPARE(text.size(), 1);
        QCOMPARE(int(text.at(0).unicode()), 0x0410 + (b - 0xC0));
    }
    QCOMPARE(TextDecoder::fromWindows1251(QByteArrayView("\xC0\xDF\xE0\xFF", 4)), u"\u0410\u042F\u0430\u044F"_s);
}

QTEST_GUILESS_MAIN(TextDecoderTest)

#include "textdecoder_test.moc"
