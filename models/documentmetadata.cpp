// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentmetadata.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Text:
        return u"text"_s;
    case SourceFormat::Markdown:
        return u"markdown"_s;
    case SourceFormat::Html:
        return u"html"_s;
    case SourceFormat::Unsupported:
        break;
    }
    return {};
}

SourceFormat sourceFormatFromName(QStringView name)
{
    if (name == u"text") {
        return SourceFormat::Text;
    }
    if (name == u"markdown") {
        return SourceFormat::Markdown;
    }
    if (name == u"html") {
        return SourceFormat::Html;
    }
    return SourceFormat::Unsupported;
}

SourceFormat sourceFormatForPath(QStringView path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    const qsizetype slash = path.lastIndexOf(u'/');
    if (dot <= slash + 1) { // no suffix, or a hidden file's leading dot
        return SourceFormat::Unsupported;
    }
    const QStringView suffix = path.sliced(dot + 1);
    auto is = [&](QStringView s) {
        return suffix.compare(s, Qt::CaseInsensitive) == 0;
    };
    if (is(u"txt")) {
        return SourceFormat::Text;
    }
    if (is(u"md") || is(u"markdown")) {
        return SourceFormat::Markdown;
    }
    if (is(u"html") || is(u"htm")) {
        return SourceFormat::Html;
    }
    return SourceFormat::Unsupported;
}

QString MetadataExtractor::normaliseDate(QStringView value)
{
    static const QRegularExpression iso(u"^\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.+\\-Z]*)?[\"']?\\s*$"_s);
    const QRegularExpressionMatch match = iso.matchView(value);
    if (!match.hasMatch()) {
        return {};
    }
    const QString date = match.captured(1);
    return QDate::fromString(date, Qt::ISODate).isValid() ? date : QString();
}

QString MetadataExtractor::elideTitle(const QString &title, qsizetype maxLength)
{
    if (title.size() <= maxLength) {
        return title;
    }
    qsizetype cut = title.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2) {
        cut = maxLength - 1;
    }
    // Never split a surrogate pair.
    if (cut > 0 && title.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return title.left(cut).trimmed() + u'…';
}

DocumentMetadata MetadataExtractor::extract(const QString &text, SourceFormat format, const QString &fallbackTitle)
{
    static const QRegularExpression dateLine(u"^date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yamlPair(u"^([A-Za-z_][A-Za-z0-9_ -]*):\\s*(.*)$"_s);
    static const QRegularExpression atxHeading(u"^#{1,6}\\s+(.*?)\\s*#*\\s*$"_s);
    static const QRegularExpression setextH1(u"^=+\\s*$"_s);

    DocumentMetadata meta;
    // Only the head of a document is looked at; a title never hides 200 lines down.
    const QStringList lines = QStringView(text).left(64 * 1024).toString().split(u'\n');
    qsizetype first = 0;

    if (!lines.isEmpty() && lines.constFirst().trimmed() == u"---"_s) {
        for (qsizetype i = 1; i < lines.size() && i < 200; ++i) {
            const QString line = lines.at(i).trimmed();
            if (line == u"---"_s || line == u"..."_s) {
                first = i + 1;
                break;
            }
            const QRegularExpressionMatch pair = yamlPair.match(line);
            if (pair.hasMatch()) {
                QString value = pair.captured(2).trimmed();
                if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.front())) {
                    value = value.sliced(1, value.size() - 2);
                }
                meta.extra.insert(pair.captured(1).trimmed(), value);
            }
        }
        if (first == 0) { // not front matter after all
            meta.extra = {};
        } else {
            meta.title = meta.extra.value(u"title"_s).toString().trimmed();
            meta.date = normaliseDate(meta.extra.value(u"date"_s).toString());
        }
    }

    // The "date YYYY-MM-DD" line.
    qsizetype bodyStart = first;
    while (bodyStart < lines.size() && lines.at(bodyStart).trimmed().isEmpty()) {
        ++bodyStart;
    }
    if (bodyStart < lines.size()) {
        const QRegularExpressionMatch match = dateLine.match(lines.at(bodyStart).trimmed());
        if (match.hasMatch()) {
            if (meta.date.isEmpty()) {
                meta.date = normaliseDate(match.captured(1));
            }
            ++bodyStart;
        }
    }

    if (meta.title.isEmpty() && format == SourceFormat::Markdown) {
        for (qsizetype i = bodyStart; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(u"# "_s)) {
                meta.title = atxHeading.match(line).captured(1);
                break;
            }
            if (i + 1 < lines.size() && !line.isEmpty() && setextH1.match(lines.at(i + 1)).hasMatch()) {
                meta.title = line;
                break;
            }
        }
    }
    static const QRegularExpression ruleOnly(u"^[-=_*#.~`]+$"_s); // "---", "***", "#", "```": never a title
    if (meta.title.isEmpty()) {
        for (qsizetype i = bodyStart; i < lines.size(); ++i) {
            QString line = lines.at(i).trimmed();
            if (line.isEmpty() || ruleOnly.match(line).hasMatch()) {
                continue;
            }
            if (format == SourceFormat::Markdown) {
                const QRegularExpressionMatch heading = atxHeading.match(line);
                if (heading.hasMatch()) {
                    line = heading.captured(1);
                }
            }
            if (!line.isEmpty()) {
                meta.title = line;
                break;
            }
        }
    }
    meta.title = elideTitle(meta.title.simplified());
    if (meta.title.isEmpty()) {
        meta.title = fallbackTitle;
    }
    return meta;
}

} // namespace Scholion::Models
