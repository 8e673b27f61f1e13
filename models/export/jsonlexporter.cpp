// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters_p.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
QString statusKey(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::New:
        return u"new"_s;
    case DocumentStatus::InProgress:
        return u"in-progress"_s;
    case DocumentStatus::Done:
        return u"done"_s;
    case DocumentStatus::NeedsReview:
        return u"needs-review"_s;
    }
    return u"new"_s;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Compact JSON (RFC 8259) into UTF-8, one value after another with the commas in between.
class JsonWriter
{
public:
    JsonWriter &beginObject()
    {
        separate();
        m_out += '{';
        m_first = true;
        return *this;
    }
    JsonWriter &endObject()
    {
        m_out += '}';
        m_first = false;
        return *this;
    }
    JsonWriter &beginArray()
    {
        separate();
        m_out += '[';
        m_first = true;
        return *this;
    }
    JsonWriter &endArray()
    {
        m_out += ']';
        m_first = false;
        return *this;
    }
    JsonWriter &key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_first = true; // the value follows without a comma
        return *this;
    }
    JsonWriter &key(const QString &name)
    {
        value(name);
        m_out += ':';
        m_first = true;
        return *this;
    }
    JsonWriter &value(qint64 number)
    {
        separate();
        m_out += QByteArray::number(number);
        return *this;
    }
    JsonWriter &value(const QString &text)
    {
        separate();
        m_out += '"';
        // Runs of characters that need no escape go straight into the UTF-8 buffer.
        const QStringView view(text);
        qsizetype run = 0;
        for (qsizetype i = 0; i < view.size(); ++i) {
            const char16_t c = view[i].unicode();
            if (c >= u' ' && c != u'"' && c != u'\\') {
                continue;
            }
            appendUtf8(view.sliced(run, i - run));
            switch (c) {
            case u'"':
                m_out += "\\\"";
                break;
            case u'\\':
                m_out += "\\\\";
                break;
            case u'\n':
                m_out += "\\n";
                break;
            case u'\r':
                m_out += "\\r";
                break;
            case u'\t':
                m_out += "\\t";
                break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                const char escape[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
                m_out.append(escape, sizeof escape);
            }
            }
            run = i + 1;
        }
        appendUtf8(view.sliced(run));
        m_out += '"';
        return *this;
    }
    JsonWriter &nullable(const QString &text) { return text.isEmpty() ? null() : value(text); }
    JsonWriter &null()
    {
        separate();
        m_out += "null";
        return *this;
    }
    JsonWriter &raw(const QByteArray &json)
    {
        separate();
        m_out += json;
        return *this;
    }
    QByteArray line() const { return m_out + '\n'; }

private:
    /*! Appends \a text as UTF-8, encoded in place at the end of the buffer. */
    void appendUtf8(QStringView text)
    {
        if (text.isEmpty()) {
            return;
        }
        const qsizetype at = m_out.size();
        m_out.resize(at + text.size() * 3); // the most UTF-8 one UTF-16 unit can take
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        const char *end = encoder.appendToBuffer(m_out.data() + at, text);
        m_out.truncate(end - m_out.constData());
    }
    void separate()
    {
        if (!m_first) {
            m_out += ',';
        }
        m_first = false;
    }

    QByteArray m_out;
    bool m_first = true;
};
} // namespace

bool JsonlExporter::begin(const ExportContext &context, QIODevice *device, const QString &)
{
    m_context = &context;
    m_device = device;
    QJsonArray labels;
    for (const ExportLabel &label : context.labels) {
        labels.append(QJsonObject{
            {u"id"_s, label.label.id},
            {u"path"_s, QJsonArray::fromStringList(label.path)},
            {u"color"_s, label.label.color.name()},
            {u"description"_s, nullable(label.label.description)},
        });
    }
    QJsonArray relationTypes;
    for (const RelationType &type : context.relationTypes) {
        const ExportLabel *source = context.label(type.sourceLabelId);
        const ExportLabel *target = context.label(type.targetLabelId);
        relationTypes.append(QJsonObject{
            {u"name"_s, type.name},
            {u"source_label"_s, source ? QJsonValue(QJsonArray::fromStringList(source->path)) : QJsonValue(QJsonValue::Null)},
            {u"target_label"_s, target ? QJsonValue(QJsonArray::fromStringList(target->path)) : QJsonValue(QJsonValue::Null)},
        });
    }
    const QJsonObject header{
        {u"scholion_export"_s, 1},
        {u"record"_s, u"header"_s},
        {u"project"_s, context.projectName},
        {u"exported_at"_s, context.exportedAt},
        {u"offsets"_s, u"unicode code points, 0-based, end exclusive, into \"text\""_s},
        {u"documents"_s, context.documentsTotal},
        {u"labels"_s, labels},
        {u"relation_types"_s, relationTypes},
    };
    return write(m_device, QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n', tr("the JSONL file"));
}

bool JsonlExporter::writeDocument(const ExportDocument &document)
{
    // Written by hand rather than through QJsonObject: this is the format T9 measures.
    JsonWriter json;
    json.beginObject();
    json.key("id").value(document.id);
    json.key("path").value(document.path);
    json.key("title").value(document.title);
    json.key("date").nullable(document.date);
    json.key("status").value(statusKey(document.status));
    json.key("note").nullable(document.note);
    const QJsonObject metadata = document.metadataJson.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(document.metadataJson.toUtf8()).object();
    json.key("metadata").raw(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    json.key("text").value(document.text);
    json.key("spans").beginArray();
    QList<qint64> entityIds;
    for (const ExportSpan &span : document.spans) {
        const ExportLabel *label = m_context->label(span.labelId);
        json.beginObject();
        json.key("id").value(span.id);
        json.key("start").value(span.startCp);
        json.key("end").value(span.endCp);
        json.key("text").value(span.text);
        json.key("label").value(label ? label->pathText() : QString());
        json.key("label_path").beginArray();
        for (const QString &part : label ? label->path : QStringList()) {
            json.value(part);
        }
        json.endArray();
        json.key("entity");
        if (span.entityId) {
            json.value(span.entityId);
        } else {
            json.null();
        }
        json.key("attributes").beginObject();
        for (const ExportAttribute &attribute : span.attributes) {
            json.key(attribute.name).value(attribute.value);
        }
        json.endObject();
        json.key("note").nullable(span.note);
        json.key("author").value(span.author);
        json.key("created").value(span.createdAt);
        json.key("updated").value(span.updatedAt);
        json.endObject();
        if (span.entityId && !entityIds.contains(span.entityId)) {
            entityIds.append(span.entityId);
        }
    }
    json.endArray();
    json.key("relations").beginArray();
    for (const ExportRelation &relation : document.relations) {
        json.beginObject();
        json.key("id").value(relation.id);
        json.key("type").value(relation.type);
        json.key("source").value(relation.sourceId);
        json.key("target").value(relation.targetId);
        json.key("note").nullable(relation.note);
        json.key("author").value(relation.author);
        json.endObject();
    }
    json.endArray();
    std::sort(entityIds.begin(), entityIds.end());
    json.key("entities").beginArray();
    for (const qint64 id : std::as_const(entityIds)) {
        const Entity entity = m_context->entities.value(id);
        json.beginObject();
        json.key("id").value(id);
        json.key("name").value(entity.name);
        json.key("type").nullable(entity.type);
        json.key("aliases").beginArray();
        for (const QString &alias : entity.aliases) {
            json.value(alias);
        }
        json.endArray();
        json.key("note").nullable(entity.note);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return write(m_device, json.line(), tr("the JSONL file"));
}

bool JsonlExporter::finish(const ExportTotals &)
{
    return true;
}

bool DoccanoExporter::begin(const ExportContext &context, QIODevice *device, const QString &)
{
    m_device = device;
    m_names = displayTypeNames(context);
    return true;
}

bool DoccanoExporter::writeDocument(const ExportDocument &document)
{
    QJsonArray labels;
    QJsonArray entities;
    for (const ExportSpan &span : document.spans) {
        const QString name = m_names.value(span.labelId);
        labels.append(QJsonArray{span.start16, span.end16, name});
        entities.append(QJsonObject{
            {u"id"_s, span.id},
            {u"label"_s, name},
            {u"start_offset"_s, span.start16},
            {u"end_offset"_s, span.end16},
        });
    }
    QJsonArray relations;
    for (const ExportRelation &relation : document.relations) {
        relations.append(QJsonObject{
            {u"id"_s, relation.id},
            {u"from_id"_s, relation.sourceId},
            {u"to_id"_s, relation.targetId},
            {u"type"_s, relation.type},
        });
    }
    const QJsonObject record{
        {u"id"_s, document.id},
        {u"text"_s, document.text},
        {u"label"_s, labels},
        {u"entities"_s, entities},
        {u"relations"_s, relations},
        {u"path"_s, document.path},
        {u"title"_s, document.title},
    };
    return write(m_device, QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n', tr("the doccano file"));
}

bool DoccanoExporter::finish(const ExportTotals &)
{
    return true;
}

} // namespace Scholion::Models
