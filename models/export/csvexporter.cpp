// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters_p.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

QByteArray CsvExporter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString field = fields.at(i);
        // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
        if (!field.isEmpty() && QStringView(u"=+-@\t\r").contains(field.at(0))) {
            bool number = false;
            field.toDouble(&number);
            if (!number) {
                field.prepend(u'\'');
            }
        }
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            field = u'"' + field.replace(u'"', u"\"\""_s) + u'"';
        }
        if (i > 0) {
            line += u',';
        }
        line += field;
    }
    line += u"\r\n"_s;
    return line.toUtf8();
}

bool CsvExporter::open(QFile &file, const QString &name, const QStringList &header)
{
    file.setFileName(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write “%1”: %2").arg(file.fileName(), file.errorString()));
    }
    return write(&file, (m_context->csvBom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + record(header), file.fileName());
}

bool CsvExporter::begin(const ExportContext &context, QIODevice *, const QString &folder)
{
    m_context = &context;
    m_folder = folder;
    // Aid figures: the labels that declare an amount, and the labels below them.
    for (const LabelAttribute &attribute : context.attributes) {
        if (attribute.name == u"amount"_s) {
            m_aidLabels += attribute.labelId;
        }
    }
    for (const ExportLabel &label : context.labels) {
        if (m_aidLabels.contains(label.label.parentId) && !m_aidLabels.contains(label.label.id)) {
            m_aidLabels += label.label.id;
        }
    }
    return open(m_annotations,
               u"annotations.csv"_s,
               {u"document"_s,
                   u"text_file"_s,
                   u"span_id"_s,
                   u"start"_s,
                   u"end"_s,
                   u"text"_s,
                   u"label"_s,
                   u"entity_id"_s,
                   u"entity"_s,
                   u"attributes"_s,
                   u"note"_s,
                   u"author"_s,
                   u"created"_s,
                   u"updated"_s}) &&
        open(m_relations,
            u"relations.csv"_s,
            {u"document"_s,
                u"relation_id"_s,
                u"type"_s,
                u"source_span"_s,
                u"source_text"_s,
                u"target_span"_s,
                u"target_text"_s,
                u"note"_s,
                u"author"_s,
                u"created"_s}) &&
        open(m_aidFigures,
            u"aid_figures.csv"_s,
            {u"document"_s,
                u"span_id"_s,
                u"start"_s,
                u"end"_s,
                u"text"_s,
                u"label"_s,
                u"amount"_s,
                u"currency"_s,
                u"kind"_s,
                u"donor"_s,
                u"recipient"_s,
                u"date"_s,
                u"quote"_s});
}

bool CsvExporter::writeDocument(const ExportDocument &document)
{
    const QString textFile = u"texts/"_s + fileStem(document) + u".txt"_s;
    const QString textPath = QDir(m_folder).filePath(textFile);
    if (!makeParent(textPath)) {
        return false;
    }
    QFile text(textPath);
    if (!text.open(QIODevice::WriteOnly) || !write(&text, document.text.toUtf8(), textPath)) {
        return fail(tr("Cannot write “%1”: %2").arg(textPath, text.errorString()));
    }

    QHash<qint64, const ExportSpan *> byId;
    for (const ExportSpan &span : document.spans) {
        byId.insert(span.id, &span);
    }
    auto entityName = [this](qint64 id) {
        return id ? m_context->entities.value(id).name : QString();
    };
    QByteArray annotations;
    QByteArray aidFigures;
    for (const ExportSpan &span : document.spans) {
        const ExportLabel *label = m_context->label(span.labelId);
        QStringList attributes;
        QHash<QString, QString> values;
        for (const ExportAttribute &attribute : span.attributes) {
            attributes += attribute.name + u'=' + attribute.value;
            values.insert(attribute.name, attribute.value);
        }
        annotations += record({document.path,
            textFile,
            QString::number(span.id),
            QString::number(span.startCp),
            QString::number(span.endCp),
            span.text,
            label ? label->pathText() : QString(),
            span.entityId ? QString::number(span.entityId) : QString(),
            entityName(span.entityId),
            attributes.join(u"; "_s),
            span.note,
            span.author,
            span.createdAt,
            span.updatedAt});
        if (!m_aidLabels.contains(span.labelId)) {
            continue;
        }
        // Donor, recipient and date come from the figure's links; the quote is a Quote span around it.
        auto linked = [&](const QString &type) {
            for (const ExportRelation &relation : document.relations) {
                if (relation.type == type && relation.sourceId == span.id) {
                    if (const ExportSpan *target = byId.value(relation.targetId)) {
                        return target->entityId ? entityName(target->entityId) : target->text;
                    }
                }
            }
            return QString();
        };
        QString quote;
        for (const ExportSpan &other : document.spans) {
            const ExportLabel *otherLabel = m_context->label(other.labelId);
            if (otherLabel && otherLabel->path.constFirst() == u"Quote"_s && other.start16 <= span.start16 && other.end16 >= span.end16) {
                quote = other.text;
                break;
            }
        }
        QString date = linked(u"on_date"_s);
        if (date.isEmpty()) {
            date = document.date;
        }
        aidFigures += record({document.path,
            QString::number(span.id),
            QString::number(span.startCp),
            QString::number(span.endCp),
            span.text,
            label ? label->pathText() : QString(),
            values.value(u"amount"_s),
            values.value(u"currency"_s),
            values.value(u"kind"_s),
            linked(u"pledged_by"_s),
            linked(u"pledged_to"_s),
            date,
            quote});
    }
    QByteArray relations;
    for (const ExportRelation &relation : document.relations) {
        const ExportSpan *source = byId.value(relation.sourceId);
        const ExportSpan *target = byId.value(relation.targetId);
        relations += record({document.path,
            QString::number(relation.id),
            relation.type,
            QString::number(relation.sourceId),
            source ? source->text : QString(),
            QString::number(relation.targetId),
            target ? target->text : QString(),
            relation.note,
            relation.author,
            relation.createdAt});
    }
    return write(&m_annotations, annotations, m_annotations.fileName()) && write(&m_relations, relations, m_relations.fileName()) &&
        write(&m_aidFigures, aidFigures, m_aidFigures.fileName());
}

bool CsvExporter::finish(const ExportTotals &totals)
{
    QFile entities;
    if (!open(entities, u"entities.csv"_s, {u"entity_id"_s, u"name"_s, u"type"_s, u"aliases"_s, u"mentions"_s, u"documents"_s, u"note"_s})) {
        return false;
    }
    QByteArray rows;
    for (const qint64 id : m_context->entityOrder) {
        const int mentions = totals.mentions.value(id);
        if (mentions == 0 && !m_context->includeUnlinkedEntities) {
            continue;
        }
        const Entity &entity = m_context->entities[id];
        rows += record({QString::number(id),
            entity.name,
            entity.type,
            entity.aliases.join(u"; "_s),
            QString::number(mentions),
            QString::number(totals.entityDocuments.value(id)),
            entity.note});
    }
    if (!write(&entities, rows, entities.fileName())) {
        return false;
    }
    for (QFile *file : {&m_annotations, &m_relations, &m_aidFigures, &entities}) {
        if (!file->flush()) {
            return fail(tr("Cannot write “%1”: %2").arg(file->fileName(), file->errorString()));
        }
        file->close();
    }
    return true;
}

} // namespace Scholion::Models
