// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Scholion::Models
{

/*! How the lines of a source file ended before the text was normalised to '\n'. */
enum class LineEndings {
    None, ///< a single line
    Lf,
    CrLf,
    Cr,
    Mixed,
};

QString lineEndingsName(LineEndings endings);
LineEndings lineEndingsFromName(const QStringView name);

/*!
 * The canonical text of a source file (PRODUCT.md §2): decoded, BOM dropped, every "\r\n"
 * and lone '\r' turned into '\n'. Offsets of annotations refer to this text.
 */
struct DecodedText {
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1252", "windows-1251"
    bool encodingGuessed = false; ///< true for a legacy encoding chosen by heuristics
    bool hadBom = false;
    LineEndings lineEndings = LineEndings::None;
};

/*!
 * Decides how a file's bytes become text, or why they cannot:
 * 1. a BOM (UTF-32 before UTF-16, UTF-8) decides, and its encoding must then be valid;
 * 2. UTF-16 without a BOM is recognised by its pattern of zero bytes;
 * 3. NUL bytes or a high share of control characters mean a binary file;
 * 4. valid UTF-8 is UTF-8;
 * 5. otherwise a legacy 8-bit encoding is guessed: windows-1251 when the high bytes read as
 *    Cyrillic words, windows-1252 (a superset of Latin-1's printable range) otherwise.
 */
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    enum class Problem {
        None,
        Empty, ///< zero bytes, or only a BOM and whitespace
        Binary, ///< NUL bytes or mostly control characters
        InvalidEncoding, ///< a BOM promised an encoding that the bytes break
    };

    struct Result {
        DecodedText decoded;
        Problem problem = Problem::None;
        QString detail; ///< a translated sentence for the import report when problem != None
        bool ok() const { return problem == Problem::None; }
    };

    static Result decode(const QByteArray &bytes);

    /*! Normalises "\r\n" and '\r' to '\n' and reports what the text used. */
    static QString normaliseLineEndings(const QString &text, LineEndings *endings = nullptr);

    /*! The character windows-1252 gives byte \a byte (undefined bytes: their C1 control code point, as WHATWG does). */
    static char16_t windows1252Char(char byte);
    /*! Decodes windows-1252. */
    static QString fromWindows1252(QByteArrayView bytes);
    /*! Decodes windows-1251. */
    static QString fromWindows1251(QByteArrayView bytes);
};

} // namespace Scholion::Models
