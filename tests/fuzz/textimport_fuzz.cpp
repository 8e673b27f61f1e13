// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One source file's bytes as the corpus import reads them: TextDecoder, then for a .txt or
// .md file the metadata of the decoded text, for an .html file the visible text, its title and
// date and the metadata of that text (the steps of corpusimporter.cpp's prepare()). Every
// input goes through all three formats.

#include "fuzzutil.h"

#include <models/documentmetadata.h>
#include <models/htmltextextractor.h>
#include <models/textdecoder.h>

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

void checkDate(const QString &date, const QString &what)
{
    SCHOLION_FUZZ_CHECK(date.isEmpty() || QDate::fromString(date, Qt::ISODate).isValid(), what + u": "_s + date);
}

void checkMetadata(const DocumentMetadata &metadata, const QString &what)
{
    SCHOLION_FUZZ_CHECK(!metadata.title.isEmpty(), what + u": an empty title"_s);
    checkDate(metadata.date, what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    if (!result.ok()) {
        SCHOLION_FUZZ_CHECK(!result.detail.isEmpty(), u"a refusal without a reason"_s);
        ScholionFuzz::record(false, result.detail);
        return 0;
    }
    const DecodedText &decoded = result.decoded;
    SCHOLION_FUZZ_CHECK(!decoded.text.contains(u'\r'), u"a '\\r' in the canonical text ("_s + decoded.encoding + u')');
    SCHOLION_FUZZ_CHECK(!decoded.encoding.isEmpty(), u"no encoding"_s);

    const QString fallbackTitle = u"fuzz-input"_s;
    checkMetadata(MetadataExtractor::extract(decoded.text, SourceFormat::Text, fallbackTitle), u"text"_s);
    checkMetadata(MetadataExtractor::extract(decoded.text, SourceFormat::Markdown, fallbackTitle), u"markdown"_s);

    const HtmlExtract html = HtmlTextExtractor::extract(decoded.text);
    // The promises of HtmlExtract::text (htmltextextractor.h).
    SCHOLION_FUZZ_CHECK(!html.text.contains(u'\r') && !html.text.contains(QChar(0)), u"'\\r' or U+0000 in the visible text"_s);
    const auto isBlank = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n';
    };
    SCHOLION_FUZZ_CHECK(html.text.isEmpty() || (!isBlank(html.text.front()) && !isBlank(html.text.back())),
        u"the visible text starts or ends with a space, tab or newline"_s);
    static const QRegularExpression twoBlankLines(u"\n[ \t]*\n[ \t]*\n"_s);
    SCHOLION_FUZZ_CHECK(!html.text.contains(twoBlankLines), u"two blank lines in a row in the visible text"_s);
    checkDate(html.date, u"html date"_s);
    DocumentMetadata metadata = MetadataExtractor::extract(html.text, SourceFormat::Text, fallbackTitle);
    if (!html.title.trimmed().isEmpty()) {
        metadata.title = MetadataExtractor::elideTitle(html.title.simplified());
    }
    checkMetadata(metadata, u"html"_s);
    ScholionFuzz::record(true);
    return 0;
}
