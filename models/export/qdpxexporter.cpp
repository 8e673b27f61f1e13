// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters_p.h"

#include <KZip>

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// REFI-QDA wants xsd:dateTime; the store keeps ISO 8601 UTC with milliseconds, which is one.
QString dateTime(const QString &stored)
{
    return stored.isEmpty() ? u"1970-01-01T00:00:00Z"_s : stored;
}

void writeCode(QXmlStreamWriter &xml, const ExportContext &context, qsizetype index, const std::function<QString(qint64)> &guid)
{
    const ExportLabel &label = context.labels.at(index);
    xml.writeStartElement(u"Code"_s);
    xml.writeAttribute(u"guid"_s, guid(label.label.id));
    xml.writeAttribute(u"name"_s, label.label.name);
    xml.writeAttribute(u"isCodable"_s, u"true"_s);
    xml.writeAttribute(u"color"_s, label.label.color.name().toUpper());
    if (!label.label.description.isEmpty()) {
        xml.writeTextElement(u"Description"_s, label.label.description);
    }
    for (qsizetype i = index + 1; i < context.labels.size(); ++i) {
        if (context.labels.at(i).label.parentId == label.label.id) {
            writeCode(xml, context, i, guid);
        }
    }
    xml.writeEndElement();
}
} // namespace

QdpxExporter::QdpxExporter() = default;
QdpxExporter::~QdpxExporter() = default;

QString QdpxExporter::userGuid(const QString &author)
{
    auto it = m_users.constFind(author);
    if (it == m_users.cend()) {
        it = m_users.insert(author, stableUuid(*m_context, u"user:"_s + author, 0));
        m_userOrder.append(author);
    }
    return *it;
}

bool QdpxExporter::begin(const ExportContext &context, QIODevice *device, const QString &)
{
    m_context = &context;
    m_device = device;
    // KZip closes its device when done, which the engine's QSaveFile must not see: the archive
    // is built in a temporary file and copied over at the end.
    if (!m_archive.open()) {
        return fail(tr("Cannot create a temporary file: %1").arg(m_archive.errorString()));
    }
    m_zip = std::make_unique<KZip>(&m_archive);
    if (!m_zip->open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write the REFI-QDA archive: %1").arg(m_zip->errorString()));
    }
    if (!m_sources.open()) {
        return fail(tr("Cannot create a temporary file: %1").arg(m_sources.errorString()));
    }
    return true;
}

bool QdpxExporter::writeDocument(const ExportDocument &document)
{
    const QString sourceGuid = stableUuid(*m_context, u"document"_s, document.id);
    const QString fileName = sourceGuid + u".txt"_s;
    const QByteArray text = document.text.toUtf8();
    if (!m_zip->writeFile(u"sources/"_s + fileName, text)) {
        return fail(tr("Cannot write “%1” into the REFI-QDA archive: %2").arg(fileName, m_zip->errorString()));
    }
    QByteArray xmlBytes;
    QXmlStreamWriter xml(&xmlBytes);
    xml.writeStartElement(u"TextSource"_s);
    xml.writeAttribute(u"guid"_s, sourceGuid);
    xml.writeAttribute(u"name"_s, document.title.isEmpty() ? document.path : document.title);
    xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + fileName);
    if (!document.note.isEmpty()) {
        xml.writeTextElement(u"Description"_s, document.note);
    }
    for (const ExportSpan &span : document.spans) {
        xml.writeStartElement(u"PlainTextSelection"_s);
        xml.writeAttribute(u"guid"_s, stableUuid(*m_context, u"annotation"_s, span.id));
        xml.writeAttribute(u"name"_s, span.text);
        xml.writeAttribute(u"startPosition"_s, QString::number(span.startCp));
        xml.writeAttribute(u"endPosition"_s, QString::number(span.endCp));
        xml.writeAttribute(u"creatingUser"_s, userGuid(span.author));
        xml.writeAttribute(u"creationDateTime"_s, dateTime(span.createdAt));
        xml.writeAttribute(u"modifyingUser"_s, userGuid(span.author));
        xml.writeAttribute(u"modifiedDateTime"_s, dateTime(span.updatedAt));
        QStringList description;
        if (!span.note.isEmpty()) {
            description += span.note;
        }
        if (span.entityId) {
            description += tr("Entity: %1").arg(m_context->entities.value(span.entityId).name);
        }
        for (const ExportAttribute &attribute : span.attributes) {
            description += attribute.name + u": "_s + attribute.value;
        }
        if (!description.isEmpty()) {
            xml.writeTextElement(u"Description"_s, description.join(u'\n'));
        }
        xml.writeStartElement(u"Coding"_s);
        xml.writeAttribute(u"guid"_s, stableUuid(*m_context, u"coding"_s, span.id));
        xml.writeAttribute(u"creatingUser"_s, userGuid(span.author));
        xml.writeAttribute(u"creationDateTime"_s, dateTime(span.createdAt));
        xml.writeEmptyElement(u"CodeRef"_s);
        xml.writeAttribute(u"targetGUID"_s, stableUuid(*m_context, u"label"_s, span.labelId));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    if (m_sources.write(xmlBytes) != xmlBytes.size()) {
        return fail(tr("Cannot write a temporary file: %1").arg(m_sources.errorString()));
    }
    return true;
}

bool QdpxExporter::finish(const ExportTotals &)
{
    QByteArray head;
    {
        QXmlStreamWriter xml(&head);
        xml.writeStartDocument();
        xml.writeStartElement(u"Project"_s);
        xml.writeDefaultNamespace(u"urn:QDA-XML:project:1.0"_s);
        xml.writeAttribute(u"name"_s, m_context->projectName);
        xml.writeAttribute(u"origin"_s, u"Scholion " SCHOLION_VERSION_STRING ""_s);
        if (!m_userOrder.isEmpty()) {
            xml.writeStartElement(u"Users"_s);
            for (const QString &author : std::as_const(m_userOrder)) {
                xml.writeEmptyElement(u"User"_s);
                xml.writeAttribute(u"guid"_s, m_users.value(author));
                xml.writeAttribute(u"name"_s, author);
            }
            xml.writeEndElement();
        }
        if (!m_context->labels.isEmpty()) {
            xml.writeStartElement(u"CodeBook"_s);
            xml.writeStartElement(u"Codes"_s);
            const auto guid = [this](qint64 id) {
                return stableUuid(*m_context, u"label"_s, id);
            };
            for (qsizetype i = 0; i < m_context->labels.size(); ++i) {
                if (m_context->labels.at(i).label.parentId == 0) {
                    writeCode(xml, *m_context, i, guid);
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeCharacters(QString()); // closes the start tag, so the raw elements below can follow
    }
    const bool anySource = m_sources.size() > 0;
    const QByteArray sourcesOpen = anySource ? QByteArray("<Sources>") : QByteArray();
    const QByteArray tail = (anySource ? QByteArray("</Sources>") : QByteArray()) + "</Project>\n";
    const qint64 size = head.size() + sourcesOpen.size() + m_sources.size() + tail.size();
    if (!m_zip->prepareWriting(u"project.qde"_s, QString(), QString(), size)) {
        return fail(tr("Cannot write project.qde into the REFI-QDA archive: %1").arg(m_zip->errorString()));
    }
    bool ok = m_zip->writeData(head.constData(), head.size()) && m_zip->writeData(sourcesOpen.constData(), sourcesOpen.size());
    m_sources.seek(0);
    while (ok && !m_sources.atEnd()) {
        const QByteArray chunk = m_sources.read(1 << 20);
        ok = !chunk.isEmpty() && m_zip->writeData(chunk.constData(), chunk.size());
    }
    ok = ok && m_zip->writeData(tail.constData(), tail.size()) && m_zip->finishWriting(size);
    if (!ok || !m_zip->close()) {
        return fail(tr("Cannot write project.qde into the REFI-QDA archive: %1").arg(m_zip->errorString()));
    }
    if (!m_archive.open()) {
        return fail(tr("Cannot read a temporary file: %1").arg(m_archive.errorString()));
    }
    while (!m_archive.atEnd()) {
        const QByteArray chunk = m_archive.read(1 << 20);
        if (chunk.isEmpty() || !write(m_device, chunk, tr("the REFI-QDA archive"))) {
            return chunk.isEmpty() ? fail(tr("Cannot read a temporary file: %1").arg(m_archive.errorString())) : false;
        }
    }
    return true;
}

} // namespace Scholion::Models
