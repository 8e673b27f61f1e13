// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

// windows-1252 0x80..0x9F; the five undefined bytes keep their C1 code point (WHATWG).
// clang-format off
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
// clang-format on

// windows-1251 0x80..0xBF; 0xC0..0xFF are U+0410..U+044F.
// clang-format off
constexpr std::array<char16_t, 64> kWindows1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};
// clang-format on

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char16_t *name;
};

// UTF-32LE's BOM starts with UTF-16LE's, so it is tested first.
const std::array<Bom, 5> kBoms = {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, u"UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, u"UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, u"UTF-8"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, u"UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, u"UTF-16BE"},
}};

// Qt's UTF-16 and UTF-32 decoders pass unpaired surrogates through; they are errors here.
bool hasUnpairedSurrogate(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= size || !text.at(i + 1).isLowSurrogate()) {
                return true;
            }
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

bool decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding, QString *out)
{
    // Qt's stateless UTF-16 and UTF-32 decoders turn a trailing partial code unit into U+FFFD
    // without reporting an error.
    qsizetype unit = 1;
    if (encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE) {
        unit = 2;
    } else if (encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE) {
        unit = 4;
    }
    if (bytes.size() % unit != 0) {
        out->clear();
        return false;
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    *out = decoder.decode(bytes);
    return !decoder.hasError() && !hasUnpairedSurrogate(*out);
}

// Text has few control characters besides tab, line breaks, form feed and escape.
bool hasManyControlCharacters(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1B) || u == 0x7F) {
            ++controls;
        }
    }
    return controls * 10 > text.size();
}

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

// UTF-16 without a BOM: most text is ASCII, so one byte of nearly every pair is zero.
// Returns the encoding, or Utf8 when the pattern is absent.
QStringConverter::Encoding sniffUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0) {
        return QStringConverter::Utf8;
    }
    const qsizetype pairs = bytes.size() / 2;
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    if (oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs) {
        return QStringConverter::Utf16LE;
    }
    if (evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs) {
        return QStringConverter::Utf16BE;
    }
    return QStringConverter::Utf8;
}

// Cyrillic written in windows-1251 puts whole words in the high half; Western text in
// windows-1252 sprinkles single accented letters between ASCII ones.
bool looksLikeWindows1251(QByteArrayView bytes)
{
    qsizetype high = 0;
    qsizetype inRuns = 0;
    qsizetype run = 0;
    auto endRun = [&] {
        if (run >= 3) {
            inRuns += run;
        }
        run = 0;
    };
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xB2 || b == 0xB3 || b == 0xAA || b == 0xBA || b == 0xAF || b == 0xBF) {
            ++high;
            ++run;
        } else {
            endRun();
        }
    }
    endRun();
    return high >= 6 && inRuns * 2 > high;
}

} // namespace

QString lineEndingsName(LineEndings endings)
{
    switch (endings) {
    case LineEndings::None:
        return u"none"_s;
    case LineEndings::Lf:
        return u"lf"_s;
    case LineEndings::CrLf:
        return u"crlf"_s;
    case LineEndings::Cr:
        return u"cr"_s;
    case LineEndings::Mixed:
        return u"mixed"_s;
    }
    return u"none"_s;
}

LineEndings lineEndingsFromName(const QStringView name)
{
    if (name == u"lf") {
        return LineEndings::Lf;
    }
    if (name == u"crlf") {
        return LineEndings::CrLf;
    }
    if (name == u"cr") {
        return LineEndings::Cr;
    }
    if (name == u"mixed") {
        return LineEndings::Mixed;
    }
    return LineEndings::None;
}

QString TextDecoder::normaliseLineEndings(const QString &text, LineEndings *endings)
{
    // Whole runs between carriage returns are copied at once; a text without any (the usual
    // case) is returned as it is, shared, after two vectorised scans.
    const QStringView view(text);
    const qsizetype size = view.size();
    qsizetype crlf = 0;
    qsizetype cr = 0;
    QString out;
    qsizetype next = view.indexOf(u'\r');
    if (next < 0) {
        out = text;
    } else {
        out.resize(size);
        QChar *target = out.data();
        qsizetype written = 0;
        qsizetype from = 0;
        while (next >= 0) {
            std::copy(view.data() + from, view.data() + next, target + written);
            written += next - from;
            target[written++] = u'\n';
            if (next + 1 < size && view[next + 1] == u'\n') {
                ++crlf;
                from = next + 2;
            } else {
                ++cr;
                from = next + 1;
            }
            next = from < size ? view.indexOf(u'\r', from) : -1;
        }
        std::copy(view.data() + from, view.data() + size, target + written);
        written += size - from;
        out.truncate(written);
    }
    if (endings) {
        // Whether there is a line feed of its own (not the end of a CRLF): found with the same
        // vectorised search, stopping at the first one.
        bool lf = false;
        for (qsizetype at = view.indexOf(u'\n'); at >= 0 && !lf; at = at + 1 < size ? view.indexOf(u'\n', at + 1) : -1) {
            lf = at == 0 || view[at - 1] != u'\r';
        }
        const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
        if (kinds == 0) {
            *endings = LineEndings::None;
        } else if (kinds > 1) {
            *endings = LineEndings::Mixed;
        } else {
            *endings = lf ? LineEndings::Lf : crlf ? LineEndings::CrLf : LineEndings::Cr;
        }
    }
    return out;
}

char16_t TextDecoder::windows1252Char(char byte)
{
    const auto b = static_cast<unsigned char>(byte);
    return b >= 0x80 && b < 0xA0 ? kWindows1252High[b - 0x80] : char16_t(b);
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        *dst++ = QChar(windows1252Char(ch));
    }
    return out;
}

QString TextDecoder::fromWindows1251(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t c = b;
        if (b >= 0xC0) {
            c = char16_t(0x0410 + (b - 0xC0));
        } else if (b >= 0x80) {
            c = kWindows1251High[b - 0x80];
        }
        *dst++ = QChar(c);
    }
    return out;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    if (bytes.isEmpty()) {
        result.problem = Problem::Empty;
        result.detail = tr("The file is empty.");
        return result;
    }

    QString text;
    QByteArrayView body(bytes);
    bool decided = false;
    for (const Bom &bom : kBoms) {
        if (body.startsWith(bom.bytes)) {
            body = body.sliced(bom.bytes.size());
            result.decoded.hadBom = true;
            result.decoded.encoding = QString::fromUtf16(bom.name);
            if (!decodeStrict(body, bom.encoding, &text)) {
                result.problem = Problem::InvalidEncoding;
                result.detail = tr("The file starts with a %1 byte order mark but is not valid %1.").arg(result.decoded.encoding);
                return result;
            }
            decided = true;
            break;
        }
    }

    if (!decided) {
        const QStringConverter::Encoding utf16 = sniffUtf16(body);
        if (utf16 != QStringConverter::Utf8 && decodeStrict(body, utf16, &text)) {
            result.decoded.encoding = utf16 == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s;
            result.decoded.encodingGuessed = true;
            decided = true;
        }
    }

    if (!decided) {
        if (body.contains('\0')) {
            result.problem = Problem::Binary;
            result.detail = tr("The file contains NUL bytes: it looks like a binary file, not text.");
            return result;
        }
        if (decodeStrict(body, QStringConverter::Utf8, &text)) {
            result.decoded.encoding = u"UTF-8"_s;
        } else if (looksLikeWindows1251(body)) {
            text = fromWindows1251(body);
            result.decoded.encoding = u"windows-1251"_s;
            result.decoded.encodingGuessed = true;
        } else {
            text = fromWindows1252(body);
            result.decoded.encoding = u"windows-1252"_s;
            result.decoded.encodingGuessed = true;
        }
    }

    if (text.contains(QChar(0))) {
        result.problem = Problem::Binary;
        result.detail = tr("The decoded text contains NUL characters: it looks like a binary file, not text.");
        return result;
    }
    if (hasManyControlCharacters(text)) {
        result.problem = Problem::Binary;
        result.detail = tr("More than a tenth of the file are control characters: it looks like a binary file, not text.");
        return result;
    }
    if (isBlank(text)) {
        result.problem = Problem::Empty;
        result.detail = tr("The file contains no text, only white space.");
        return result;
    }
    result.decoded.text = normaliseLineEndings(text, &result.decoded.lineEndings);
    return result;
}

} // namespace Scholion::Models
