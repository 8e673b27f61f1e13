// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::Jsonl,
        ExportFormat::Doccano,
        ExportFormat::Brat,
        ExportFormat::Csv,
        ExportFormat::ConllIob2,
        ExportFormat::ConllBioes,
        ExportFormat::WebAnnotation,
        ExportFormat::Qdpx,
        ExportFormat::Html};
}

QString ExportFormats::key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return u"jsonl"_s;
    case ExportFormat::Doccano:
        return u"doccano"_s;
    case ExportFormat::Brat:
        return u"brat"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::ConllIob2:
        return u"conll-iob2"_s;
    case ExportFormat::ConllBioes:
        return u"conll-bioes"_s;
    case ExportFormat::WebAnnotation:
        return u"webanno"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    case ExportFormat::Html:
        return u"html"_s;
    }
    return {};
}

std::optional<ExportFormat> ExportFormats::fromKey(const QString &key)
{
    for (const ExportFormat format : all()) {
        if (ExportFormats::key(format) == key) {
            return format;
        }
    }
    if (key == u"conll"_s) {
        return ExportFormat::ConllIob2;
    }
    return std::nullopt;
}

QString ExportFormats::displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return tr("Scholion JSONL (one document per line)");
    case ExportFormat::Doccano:
        return tr("doccano JSONL");
    case ExportFormat::Brat:
        return tr("brat standoff (folder)");
    case ExportFormat::Csv:
        return tr("CSV tables (folder)");
    case ExportFormat::ConllIob2:
        return tr("CoNLL-2003, IOB2 tags");
    case ExportFormat::ConllBioes:
        return tr("CoNLL-2003, BIOES tags");
    case ExportFormat::WebAnnotation:
        return tr("W3C Web Annotation (JSON-LD)");
    case ExportFormat::Qdpx:
        return tr("REFI-QDA project (.qdpx)");
    case ExportFormat::Html:
        return tr("HTML report");
    }
    return {};
}

bool ExportFormats::writesFolder(ExportFormat format)
{
    return format == ExportFormat::Brat || format == ExportFormat::Csv;
}

QString ExportFormats::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
    case ExportFormat::Doccano:
        return u"jsonl"_s;
    case ExportFormat::Brat:
    case ExportFormat::Csv:
        return {};
    case ExportFormat::ConllIob2:
    case ExportFormat::ConllBioes:
        return u"conll"_s;
    case ExportFormat::WebAnnotation:
        return u"jsonld"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    case ExportFormat::Html:
        return u"html"_s;
    }
    return {};
}

} // namespace Scholion::Models
