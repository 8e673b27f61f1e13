// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters_p.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
constexpr qsizetype ContextLength = 32; // UTF-16 units of prefix and suffix, as the store keeps them

QByteArray json(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return bytes;
}

// The part of an object's compact JSON without its closing brace, so that more keys can follow.
QByteArray open(const QJsonObject &object)
{
    QByteArray bytes = json(object);
    bytes.chop(1);
    return bytes;
}
QString urn(const QString &uuid)
{
    return QString(u"urn:uuid:"_s + uuid.toLower());
}
} // namespace

QString WebAnnotationExporter::pageId(int index) const
{
    return urn(stableUuid(*m_context, u"page"_s, index));
}

bool WebAnnotationExporter::begin(const ExportContext &context, QIODevice *device, const QString &)
{
    m_context = &context;
    m_device = device;
    // One JSON-LD file: [the collection with its first page embedded, page 2, page 3, …],
    // one page per document, so the file streams.
    const QJsonObject collection{
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"id"_s, urn(stableUuid(context, u"collection"_s, 0))},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, context.projectName},
        {u"total"_s, context.spansTotal},
        {u"generated"_s, context.exportedAt},
        {u"generator"_s, QJsonObject{{u"type"_s, u"Software"_s}, {u"name"_s, u"Scholion"_s}}},
    };
    QByteArray head = "[" + open(collection);
    if (context.documentsTotal > 0) {
        head += ",\"last\":\"" + pageId(context.documentsTotal - 1).toUtf8() + "\"";
    }
    return write(m_device, head, tr("the Web Annotation file"));
}

bool WebAnnotationExporter::writeDocument(const ExportDocument &document)
{
    const QString source = u"urn:scholion:"_s + stableUuid(*m_context, u"project"_s, 0).toLower() + u":documents/"_s +
        QString::fromUtf8(QUrl::toPercentEncoding(document.path, "/"));
    QByteArray items;
    for (const ExportSpan &span : document.spans) {
        const ExportLabel *label = m_context->label(span.labelId);
        QJsonArray bodies{QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"tagging"_s}, {u"value"_s, label ? label->pathText() : QString()}}};
        if (span.entityId) {
            bodies.append(
                QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"identifying"_s}, {u"value"_s, m_context->entities.value(span.entityId).name}});
        }
        for (const ExportAttribute &attribute : span.attributes) {
            bodies.append(
                QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"describing"_s}, {u"value"_s, QString(attribute.name + u": "_s + attribute.value)}});
        }
        if (!span.note.isEmpty()) {
            bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"commenting"_s}, {u"value"_s, span.note}});
        }
        qsizetype prefixStart = std::max<qsizetype>(0, span.start16 - ContextLength);
        if (prefixStart > 0 && document.text.at(prefixStart).isLowSurrogate() && document.text.at(prefixStart - 1).isHighSurrogate()) {
            ++prefixStart;
        }
        qsizetype suffixEnd = std::min<qsizetype>(document.text.size(), span.end16 + ContextLength);
        if (suffixEnd < document.text.size() && document.text.at(suffixEnd).isLowSurrogate() && document.text.at(suffixEnd - 1).isHighSurrogate()) {
            --suffixEnd;
        }
        const QJsonObject annotation{
            {u"id"_s, urn(stableUuid(*m_context, u"annotation"_s, span.id))},
            {u"type"_s, u"Annotation"_s},
            {u"motivation"_s, span.entityId ? u"identifying"_s : u"tagging"_s},
            {u"created"_s, span.createdAt},
            {u"modified"_s, span.updatedAt},
            {u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, span.author}}},
            {u"body"_s, bodies},
            {u"target"_s,
                QJsonObject{
                    {u"source"_s, source},
                    {u"selector"_s,
                        QJsonArray{
                            QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, span.startCp}, {u"end"_s, span.endCp}},
                            QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                {u"exact"_s, span.text},
                                {u"prefix"_s, document.text.mid(prefixStart, span.start16 - prefixStart)},
                                {u"suffix"_s, document.text.mid(span.end16, suffixEnd - span.end16)}},
                        }},
                }},
        };
        if (!items.isEmpty()) {
            items += ',';
        }
        items += json(annotation);
    }
    QJsonObject page{
        {u"id"_s, pageId(m_page)},
        {u"type"_s, u"AnnotationPage"_s},
        {u"label"_s, document.title},
    };
    if (m_page > 0) {
        page.insert(u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s);
        page.insert(u"partOf"_s, urn(stableUuid(*m_context, u"collection"_s, 0)));
        page.insert(u"prev"_s, pageId(m_page - 1));
    }
    if (m_page + 1 < m_context->documentsTotal) {
        page.insert(u"next"_s, pageId(m_page + 1));
    }
    const QByteArray bytes =
        (m_page == 0 ? QByteArray(",\"first\":") : QByteArray(",")) + open(page) + ",\"items\":[" + items + "]}" + (m_page == 0 ? "}" : "");
    ++m_page;
    return write(m_device, bytes, tr("the Web Annotation file"));
}

bool WebAnnotationExporter::finish(const ExportTotals &)
{
    return write(m_device, m_page == 0 ? QByteArray("}]\n") : QByteArray("]\n"), tr("the Web Annotation file"));
}

} // namespace Scholion::Models
