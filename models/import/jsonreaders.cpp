// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerutil_p.h"

#include "importedset.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

struct JsonRecord {
    QJsonObject object;
    qint64 line = 0; ///< where the object starts, 1-based
};

/*!
 * Splits a file into its top-level JSON objects: one per line, or pretty-printed objects
 * spread over several lines (doccano's export_rel.jsonl). Braces inside strings do not count.
 */
bool splitObjects(const QString &path, const QByteArray &bytes, QList<JsonRecord> *records, QString *error)
{
    qint64 line = 1;
    qint64 startLine = 0;
    qsizetype start = -1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (depth == 0) {
            if (c == '{') {
                start = i;
                startLine = line;
                depth = 1;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                *error = SetReader::at(path,
                    line,
                    SetReader::tr("expected a JSON object, found “%1”.").arg(QString::fromUtf8(bytes.mid(i, 20)).section(u'\n', 0, 0)));
                return false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(start, i + 1 - start), &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                    *error = SetReader::at(path, startLine, SetReader::tr("invalid JSON: %1.").arg(parseError.errorString()));
                    return false;
                }
                records->append(JsonRecord{document.object(), startLine});
            }
        }
    }
    if (depth != 0) {
        *error = SetReader::at(path, startLine, SetReader::tr("the JSON object is not closed."));
        return false;
    }
    return true;
}

bool readRecords(const QString &path, QList<JsonRecord> *records, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SetReader::at(path, 0, SetReader::tr("cannot be opened: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > ImportDetail::MaxSetFileSize) {
        *error = SetReader::at(path, 0, SetReader::tr("is larger than %1 MB.").arg(ImportDetail::MaxSetFileSize / (1024 * 1024)));
        return false;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QString ignored;
    if (!ImportDetail::decodeUtf8(bytes, &ignored)) {
        *error = SetReader::at(path, 0, SetReader::tr("is not valid UTF-8."));
        return false;
    }
    return splitObjects(path, bytes, records, error);
}

bool integral(const QJsonValue &value, qint64 *out)
{
    // Converting a double outside qint64's range is undefined behaviour (found by fuzz_jsonl
    // and fuzz_doccano): the range is checked first.
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0 || d != std::trunc(d)) {
        return false;
    }
    *out = qint64(d);
    return true;
}

// A JSON id (number or string) as a key.
QString keyOf(const QJsonValue &value)
{
    if (qint64 whole = 0; integral(value, &whole)) {
        return QString::number(whole);
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    return value.toString();
}

QString uniqueName(QSet<QString> *used, QString name)
{
    if (name.isEmpty()) {
        name = u"document"_s;
    }
    QString candidate = name;
    for (int n = 2; used->contains(candidate); ++n) {
        candidate = u"%1-%2"_s.arg(name).arg(n);
    }
    used->insert(candidate);
    return candidate;
}

QString documentName(const QJsonObject &object, qsizetype index)
{
    QString name = object.value(u"path"_s).toString();
    if (name.endsWith(u".txt"_s) || name.endsWith(u".md"_s) || name.endsWith(u".html"_s) || name.endsWith(u".htm"_s)) {
        name = name.section(u'.', 0, -2);
    }
    if (name.isEmpty() && !keyOf(object.value(u"id"_s)).isEmpty()) {
        name = u"document-"_s + keyOf(object.value(u"id"_s));
    }
    if (name.isEmpty()) {
        name = u"document-%1"_s.arg(index + 1);
    }
    return name;
}

} // namespace

bool SetReader::readDoccano(const QString &file, ImportedSet *set, QString *error, bool codePoints)
{
    QList<JsonRecord> records;
    if (!readRecords(file, &records, error)) {
        return false;
    }
    set->name = QFileInfo(file).completeBaseName();
    QSet<QString> names;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const JsonRecord &record = records.at(r);
        const QJsonObject &object = record.object;
        auto fail = [&](const QString &message) {
            *error = at(file, record.line, message);
            return false;
        };
        QJsonValue textValue = object.value(u"text"_s);
        for (const QString &key : {u"data"_s, u"column_data"_s}) {
            if (textValue.isUndefined()) {
                textValue = object.value(key);
            }
        }
        if (!textValue.isString()) {
            return fail(tr("the record has no \"text\"."));
        }
        const SourceText source(textValue.toString());
        ImportedDocument document;
        document.name = uniqueName(&names, documentName(object, r));
        document.title = object.value(u"title"_s).toString();
        document.text = source.canonical();
        document.origin = u"%1:%2"_s.arg(file).arg(record.line);
        QSet<QString> seen;
        auto addSpan = [&](const QJsonValue &startValue, const QJsonValue &endValue, const QJsonValue &labelValue, const QString &key) {
            qint64 start = 0;
            qint64 end = 0;
            if (!integral(startValue, &start) || !integral(endValue, &end) || !labelValue.isString() || labelValue.toString().isEmpty()) {
                return fail(tr("a span needs integer offsets and a label."));
            }
            ImportedSpan span;
            span.key = key;
            span.labelPath = ImportDetail::labelPathFromText(labelValue.toString());
            span.origin = document.origin;
            QString problem;
            if (!ImportDetail::placeSpan(source, start, end, !codePoints, QString(), &span, &problem)) {
                return fail(problem);
            }
            if (span.end == span.start) {
                set->skipped.append(SkippedItem{document.origin, tr("an empty span %1–%2 is left out.").arg(start).arg(end)});
                return true;
            }
            const QString identity = u"%1:%2:%3"_s.arg(span.start).arg(span.end).arg(labelValue.toString());
            if (seen.contains(identity) && key.isEmpty()) {
                set->skipped.append(
                    SkippedItem{document.origin, tr("the span %1–%2 “%3” is listed twice; imported once.").arg(start).arg(end).arg(labelValue.toString())});
                return true;
            }
            seen.insert(identity);
            document.spans.append(span);
            return true;
        };
        const QJsonArray entities = object.value(u"entities"_s).toArray();
        if (!entities.isEmpty()) {
            // The relation form: entities with ids; "label", if also there, repeats them.
            QSet<QString> ids;
            for (const QJsonValue &value : entities) {
                const QJsonObject entity = value.toObject();
                const QString key = keyOf(entity.value(u"id"_s));
                if (key.isEmpty() || ids.contains(key)) {
                    return fail(tr("every entity needs an id of its own."));
                }
                ids.insert(key);
                if (!addSpan(entity.value(u"start_offset"_s), entity.value(u"end_offset"_s), entity.value(u"label"_s), key)) {
                    return false;
                }
            }
            for (const QJsonValue &value : object.value(u"relations"_s).toArray()) {
                const QJsonObject relation = value.toObject();
                const QString from = keyOf(relation.value(u"from_id"_s));
                const QString to = keyOf(relation.value(u"to_id"_s));
                const QString type = relation.value(u"type"_s).toString();
                if (!ids.contains(from) || !ids.contains(to)) {
                    return fail(tr("the relation %1 → %2 refers to an entity that is not in the record.").arg(from, to));
                }
                if (type.isEmpty()) {
                    return fail(tr("a relation needs a type."));
                }
                document.relations.append(ImportedRelation{type, from, to, QString(), document.origin});
            }
        } else {
            if (!object.value(u"relations"_s).toArray().isEmpty()) {
                return fail(tr("the record has relations but no entities."));
            }
            QJsonValue labels = object.value(u"label"_s);
            for (const QString &key : {u"labels"_s, u"column_label"_s}) {
                if (labels.isUndefined()) {
                    labels = object.value(key);
                }
            }
            if (!labels.isUndefined() && !labels.isArray()) {
                return fail(tr("\"label\" must be a list of [start, end, label]."));
            }
            for (const QJsonValue &value : labels.toArray()) {
                const QJsonArray triple = value.toArray();
                if (!value.isArray() || triple.size() != 3) {
                    return fail(tr("\"label\" must be a list of [start, end, label]."));
                }
                if (!addSpan(triple.at(0), triple.at(1), triple.at(2), QString())) {
                    return false;
                }
            }
        }
        set->documents.append(document);
    }
    return true;
}

bool SetReader::readJsonl(const QString &file, ImportedSet *set, QString *error)
{
    QList<JsonRecord> records;
    if (!readRecords(file, &records, error)) {
        return false;
    }
    set->name = QFileInfo(file).completeBaseName();
    QSet<QString> names;
    QSet<QString> entityNames;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const JsonRecord &record = records.at(r);
        const QJsonObject &object = record.object;
        auto fail = [&](const QString &message) {
            *error = at(file, record.line, message);
            return false;
        };
        if (object.value(u"record"_s).toString() == u"header"_s) {
            for (const QJsonValue &value : object.value(u"labels"_s).toArray()) {
                const QJsonObject label = value.toObject();
                QStringList path;
                for (const QJsonValue &part : label.value(u"path"_s).toArray()) {
                    path << part.toString();
                }
                if (path.isEmpty() || path.contains(QString())) {
                    return fail(tr("a label of the header has no path."));
                }
                set->labels.append(ImportedLabel{path, QColor::fromString(label.value(u"color"_s).toString()), label.value(u"description"_s).toString()});
            }
            continue;
        }
        if (!object.value(u"text"_s).isString()) {
            return fail(tr("the record has no \"text\"."));
        }
        const SourceText source(object.value(u"text"_s).toString());
        ImportedDocument document;
        document.name = uniqueName(&names, documentName(object, r));
        document.title = object.value(u"title"_s).toString();
        document.note = object.value(u"note"_s).toString();
        document.text = source.canonical();
        document.origin = u"%1:%2"_s.arg(file).arg(record.line);

        QHash<QString, QString> entityById;
        for (const QJsonValue &value : object.value(u"entities"_s).toArray()) {
            const QJsonObject entity = value.toObject();
            const QString name = entity.value(u"name"_s).toString();
            if (name.isEmpty()) {
                return fail(tr("an entity has no name."));
            }
            entityById.insert(keyOf(entity.value(u"id"_s)), name);
            if (!entityNames.contains(name)) {
                entityNames.insert(name);
                QStringList aliases;
                for (const QJsonValue &alias : entity.value(u"aliases"_s).toArray()) {
                    aliases << alias.toString();
                }
                set->entities.append(ImportedEntity{name, entity.value(u"type"_s).toString(), aliases, entity.value(u"note"_s).toString()});
            }
        }
        QSet<QString> spanIds;
        for (const QJsonValue &value : object.value(u"spans"_s).toArray()) {
            const QJsonObject spanObject = value.toObject();
            qint64 start = 0;
            qint64 end = 0;
            if (!integral(spanObject.value(u"start"_s), &start) || !integral(spanObject.value(u"end"_s), &end)) {
                return fail(tr("a span needs integer \"start\" and \"end\"."));
            }
            ImportedSpan span;
            span.key = keyOf(spanObject.value(u"id"_s));
            for (const QJsonValue &part : spanObject.value(u"label_path"_s).toArray()) {
                span.labelPath << part.toString();
            }
            if (span.labelPath.isEmpty()) {
                span.labelPath = ImportDetail::labelPathFromText(spanObject.value(u"label"_s).toString());
            }
            if (span.labelPath.isEmpty() || span.labelPath.contains(QString())) {
                return fail(tr("the span %1–%2 has no label.").arg(start).arg(end));
            }
            span.origin = document.origin;
            const QJsonValue quote = spanObject.value(u"text"_s);
            QString problem;
            if (!ImportDetail::placeSpan(source, start, end, false, quote.isString() ? quote.toString() : QString(), &span, &problem)) {
                return fail(problem);
            }
            if (span.end == span.start) {
                set->skipped.append(SkippedItem{document.origin, tr("an empty span %1–%2 is left out.").arg(start).arg(end)});
                continue;
            }
            if (!span.key.isEmpty() && spanIds.contains(span.key)) {
                return fail(tr("the span id %1 is used twice.").arg(span.key));
            }
            spanIds.insert(span.key);
            const QJsonValue entity = spanObject.value(u"entity"_s);
            if (entity.isString()) {
                span.entity = entity.toString();
            } else if (entity.isObject()) {
                span.entity = entity.toObject().value(u"name"_s).toString();
            } else if (entity.isDouble()) {
                span.entity = entityById.value(keyOf(entity));
                if (span.entity.isEmpty()) {
                    return fail(tr("the span %1–%2 links entity %3, which the record does not list.").arg(start).arg(end).arg(keyOf(entity)));
                }
            }
            const QJsonObject attributes = spanObject.value(u"attributes"_s).toObject();
            for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
                span.attributes.append({it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString()});
            }
            span.note = spanObject.value(u"note"_s).toString();
            span.author = spanObject.value(u"author"_s).toString();
            span.createdAt = spanObject.value(u"created"_s).toString();
            document.spans.append(span);
        }
        for (const QJsonValue &value : object.value(u"relations"_s).toArray()) {
            const QJsonObject relation = value.toObject();
            const QString from = keyOf(relation.value(u"source"_s));
            const QString to = keyOf(relation.value(u"target"_s));
            const QString type = relation.value(u"type"_s).toString();
            if (!spanIds.contains(from) || !spanIds.contains(to)) {
                return fail(tr("the relation %1 → %2 refers to a span that is not in the record.").arg(from, to));
            }
            if (type.isEmpty()) {
                return fail(tr("a relation needs a type."));
            }
            document.relations.append(ImportedRelation{type, from, to, relation.value(u"note"_s).toString(), document.origin});
        }
        set->documents.append(document);
    }
    return true;
}

} // namespace Scholion::Models
