// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Scholion::Models
{

/*! The kinds of source file Scholion imports. */
enum class SourceFormat {
    Unsupported,
    Text, ///< .txt
    Markdown, ///< .md, .markdown: imported as written
    Html, ///< .html, .htm: visible text only
};

QString sourceFormatName(SourceFormat format);
SourceFormat sourceFormatFromName(QStringView name);
/*! The format a file name's suffix stands for (case-insensitive). */
SourceFormat sourceFormatForPath(QStringView path);

/*! What the import learns about a document besides its text. */
struct DocumentMetadata {
    QString title; ///< never empty after extract(): falls back to the file name
    QString date; ///< YYYY-MM-DD or empty
    QJsonObject extra; ///< YAML front matter keys and values, as strings
};

/*!
 * Finds a document's title and date in its canonical text:
 * - YAML front matter (a first line "---", "key: value" lines, a closing "---" or "..."):
 *   its "title" and "date" keys, and every key into extra;
 * - a first non-empty line "date YYYY-MM-DD" (or "date: YYYY-MM-DD"), case-insensitive;
 * - the title: the front matter's, else the first Markdown H1 ("# Title" or a setext
 *   "Title" + "===") for Markdown, else the first non-empty line that is not the date
 *   line nor a rule or fence ("---", "***", "```"), without Markdown heading marks; cut at
 *   200 characters on a word boundary.
 * \a fallbackTitle (the file name) is used when the text has no usable line.
 */
class MetadataExtractor final
{
public:
    static DocumentMetadata extract(const QString &text, SourceFormat format, const QString &fallbackTitle);

    /*! "2026-03-18", "2026-03-18T10:00:00Z", "2026-03-18 10:00" → "2026-03-18"; invalid → empty. */
    static QString normaliseDate(QStringView value);
    /*! Cuts a title at \a maxLength characters on a word boundary, adding "…". */
    static QString elideTitle(const QString &title, qsizetype maxLength = 200);
};

} // namespace Scholion::Models
