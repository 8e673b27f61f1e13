// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters_p.h"

#include <QIODevice>

#include <map>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

bool HtmlExporter::begin(const ExportContext &context, QIODevice *device, const QString &)
{
    m_context = &context;
    m_device = device;
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + escaped(context.projectName) +
        u"</title>\n<style>\n"_s
        u"body{font-family:Georgia,serif;max-width:50em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}\n"
        u"h1,h2,h3{font-family:sans-serif}\n"
        u".text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1em}\n"
        u"mark{border-radius:2px;padding:0 1px;color:inherit}\n"
        u"mark.nested{text-decoration:underline;text-decoration-thickness:2px}\n"
        u"table{border-collapse:collapse;width:100%;font-size:90%;margin:1em 0}\n"
        u"th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}\n"
        u".legend span{display:inline-block;margin:0 1em 0.3em 0;padding:0 4px}\n"
        u"@media print{body{max-width:none;margin:0}section.document{break-before:page}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"_s;
    for (const ExportLabel &label : context.labels) {
        QColor background = label.label.color;
        background.setAlpha(90);
        html += u"mark.l"_s + QString::number(label.label.id) +
            u"{background:rgba(%1,%2,%3,0.35);text-decoration-color:%4}\n"_s.arg(background.red())
                .arg(background.green())
                .arg(background.blue())
                .arg(label.label.color.name());
    }
    html += u"</style>\n</head>\n<body>\n<h1>"_s + escaped(context.projectName) + u"</h1>\n<p>"_s +
        tr("Exported %1: %2 documents, %3 annotations.").arg(context.exportedAt).arg(context.documentsTotal).arg(context.spansTotal) + u"</p>\n<h2>"_s +
        tr("Legend") + u"</h2>\n<p class=\"legend\">"_s;
    for (const qint64 id : context.exportedLabelIds) {
        const ExportLabel *label = context.label(id);
        html += u"<span><mark class=\"l"_s + QString::number(id) + u"\">"_s + escaped(label->pathText()) + u"</mark></span>"_s;
    }
    html += u"</p>\n"_s;
    return write(m_device, html.toUtf8(), tr("the HTML report"));
}

bool HtmlExporter::writeDocument(const ExportDocument &document)
{
    const int index = m_index++;
    m_titles.append(document.title.isEmpty() ? document.path : document.title);
    QString html = u"<section class=\"document\" id=\"d%1\">\n<h2>"_s.arg(index) + escaped(m_titles.constLast()) + u"</h2>\n<p>"_s + escaped(document.path) +
        (document.date.isEmpty() ? QString() : u" · "_s + escaped(document.date)) + u"</p>\n"_s;
    if (!document.note.isEmpty()) {
        html += u"<p><em>"_s + escaped(document.note) + u"</em></p>\n"_s;
    }

    // Each stretch of text between span boundaries is tinted with its innermost span's label
    // and underlined when an outer span covers it too.
    std::map<qsizetype, int> boundaries;
    boundaries[0];
    boundaries[document.text.size()];
    for (const ExportSpan &span : document.spans) {
        boundaries[span.start16];
        boundaries[span.end16];
    }
    html += u"<div class=\"text\">"_s;
    QList<const ExportSpan *> active; // the spans covering the current stretch
    qsizetype next = 0;
    for (auto it = boundaries.begin(); std::next(it) != boundaries.end(); ++it) {
        const qsizetype from = it->first;
        const qsizetype to = std::next(it)->first;
        active.removeIf([from](const ExportSpan *span) {
            return span->end16 <= from;
        });
        while (next < document.spans.size() && document.spans.at(next).start16 <= from) {
            if (document.spans.at(next).end16 > from) {
                active.append(&document.spans.at(next));
            }
            ++next;
        }
        const QString piece = escaped(document.text.mid(from, to - from));
        if (active.isEmpty()) {
            html += piece;
            continue;
        }
        const ExportSpan *innermost = *std::min_element(active.cbegin(), active.cend(), [](const ExportSpan *a, const ExportSpan *b) {
            return a->end16 - a->start16 < b->end16 - b->start16;
        });
        const ExportLabel *label = m_context->label(innermost->labelId);
        html += u"<mark class=\"l%1%2\" title=\"%3\">"_s.arg(innermost->labelId)
                    .arg(active.size() > 1 ? u" nested"_s : QString(), escaped(label ? label->pathText() : QString())) +
            piece + u"</mark>"_s;
    }
    html += u"</div>\n"_s;

    if (!document.spans.isEmpty()) {
        html += u"<table>\n<tr><th>"_s + tr("Label") + u"</th><th>"_s + tr("Text") + u"</th><th>"_s + tr("Entity") + u"</th><th>"_s + tr("Attributes") +
            u"</th><th>"_s + tr("Note") + u"</th><th>"_s + tr("Author") + u"</th></tr>\n"_s;
        for (const ExportSpan &span : document.spans) {
            const ExportLabel *label = m_context->label(span.labelId);
            QStringList attributes;
            for (const ExportAttribute &attribute : span.attributes) {
                attributes += attribute.name + u": "_s + attribute.value;
            }
            html += u"<tr><td>"_s + escaped(label ? label->pathText() : QString()) + u"</td><td>"_s + escaped(span.text) + u"</td><td>"_s +
                escaped(span.entityId ? m_context->entities.value(span.entityId).name : QString()) + u"</td><td>"_s + escaped(attributes.join(u"; "_s)) +
                u"</td><td>"_s + escaped(span.note) + u"</td><td>"_s + escaped(span.author) + u"</td></tr>\n"_s;
            if (span.entityId) {
                QList<int> &documents = m_entityDocuments[span.entityId];
                if (documents.isEmpty() || documents.constLast() != index) {
                    documents.append(index);
                }
            }
        }
        html += u"</table>\n"_s;
    }
    html += u"</section>\n"_s;
    return write(m_device, html.toUtf8(), tr("the HTML report"));
}

bool HtmlExporter::finish(const ExportTotals &totals)
{
    QString html = u"<section class=\"document\">\n<h2>"_s + tr("Entity index") + u"</h2>\n<table>\n<tr><th>"_s + tr("Entity") + u"</th><th>"_s + tr("Type") +
        u"</th><th>"_s + tr("Aliases") + u"</th><th>"_s + tr("Mentions") + u"</th><th>"_s + tr("Documents") + u"</th></tr>\n"_s;
    for (const qint64 id : m_context->entityOrder) {
        const int mentions = totals.mentions.value(id);
        if (mentions == 0 && !m_context->includeUnlinkedEntities) {
            continue;
        }
        const Entity &entity = m_context->entities[id];
        QStringList links;
        for (const int index : m_entityDocuments.value(id)) {
            links += u"<a href=\"#d%1\">"_s.arg(index) + escaped(m_titles.at(index)) + u"</a>"_s;
        }
        html += u"<tr><td>"_s + escaped(entity.name) + u"</td><td>"_s + escaped(entity.type) + u"</td><td>"_s + escaped(entity.aliases.join(u", "_s)) +
            u"</td><td>"_s + QString::number(mentions) + u"</td><td>"_s + links.join(u", "_s) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n</section>\n</body>\n</html>\n"_s;
    return write(m_device, html.toUtf8(), tr("the HTML report"));
}

} // namespace Scholion::Models
