// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the set readers.

#include "importedset.h"

#include <QFile>
#include <QStringDecoder>

namespace Scholion::Models::ImportDetail
{

inline constexpr qint64 MaxSetFileSize = 512LL * 1024 * 1024;

/*! Decodes UTF-8 strictly (a BOM is dropped); false on invalid bytes. */
inline bool decodeUtf8(QByteArray bytes, QString *text)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

/*! Reads a whole file as UTF-8; false with a message naming the file otherwise. */
inline bool readUtf8File(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SetReader::at(path, 0, SetReader::tr("cannot be opened: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > MaxSetFileSize) {
        *error = SetReader::at(path, 0, SetReader::tr("is larger than %1 MB.").arg(MaxSetFileSize / (1024 * 1024)));
        return false;
    }
    if (!decodeUtf8(file.readAll(), text)) {
        *error = SetReader::at(path, 0, SetReader::tr("is not valid UTF-8."));
        return false;
    }
    return true;
}

/*!
 * Places [start, end) given in code points (or in UTF-16 units when \a utf16) on \a source:
 * checks that both ends lie inside the text on character boundaries and, when \a expected is
 * not null, that the slice equals it. Fills the canonical offsets of \a span.
 */
inline bool placeSpan(const SourceText &source, qint64 start, qint64 end, bool utf16, const QString &expected, ImportedSpan *span, QString *problem)
{
    if (start < 0 || end < start) {
        *problem = SetReader::tr("the span %1–%2 is not a range.").arg(start).arg(end);
        return false;
    }
    qsizetype rawStart = start;
    qsizetype rawEnd = end;
    if (utf16) {
        if (end > source.raw().size()) {
            *problem = SetReader::tr("the span %1–%2 ends after the text (%3 UTF-16 units).").arg(start).arg(end).arg(source.raw().size());
            return false;
        }
        if (!source.isBoundary(rawStart) || !source.isBoundary(rawEnd)) {
            *problem = SetReader::tr("the span %1–%2 splits a surrogate pair (offsets must be UTF-16 code units).").arg(start).arg(end);
            return false;
        }
    } else {
        const auto s = source.rawFromCodePoints(start);
        const auto e = source.rawFromCodePoints(end);
        if (!s || !e) {
            *problem = SetReader::tr("the span %1–%2 ends after the text (%3 characters).").arg(start).arg(end).arg(source.codePointLength());
            return false;
        }
        rawStart = *s;
        rawEnd = *e;
    }
    const QString slice = source.raw().mid(rawStart, rawEnd - rawStart);
    if (!expected.isNull() && slice != expected) {
        *problem = SetReader::tr("the span %1–%2 reads “%3” in the text, not “%4”.").arg(start).arg(end).arg(slice, expected);
        return false;
    }
    span->start = source.canonicalFromRaw(rawStart);
    span->end = source.canonicalFromRaw(rawEnd);
    return true;
}

/*! The label path of a label written as "Actor › Person" or "Actor/Person"-free plain text. */
inline QStringList labelPathFromText(const QString &text)
{
    QStringList path;
    for (const QString &part : text.split(u'›')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            path << trimmed;
        }
    }
    return path;
}

} // namespace Scholion::Models::ImportDetail
