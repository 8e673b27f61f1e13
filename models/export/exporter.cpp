// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "exporters_p.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

Exporter::~Exporter() = default;

std::unique_ptr<Exporter> Exporter::create(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return std::make_unique<JsonlExporter>();
    case ExportFormat::Doccano:
        return std::make_unique<DoccanoExporter>();
    case ExportFormat::Brat:
        return std::make_unique<BratExporter>();
    case ExportFormat::Csv:
        return std::make_unique<CsvExporter>();
    case ExportFormat::ConllIob2:
        return std::make_unique<ConllExporter>(ConllExporter::Scheme::Iob2);
    case ExportFormat::ConllBioes:
        return std::make_unique<ConllExporter>(ConllExporter::Scheme::Bioes);
    case ExportFormat::WebAnnotation:
        return std::make_unique<WebAnnotationExporter>();
    case ExportFormat::Qdpx:
        return std::make_unique<QdpxExporter>();
    case ExportFormat::Html:
        return std::make_unique<HtmlExporter>();
    }
    return {};
}

bool Exporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Exporter::write(QIODevice *device, const QByteArray &bytes, const QString &fileName)
{
    if (device->write(bytes) != bytes.size()) {
        return fail(tr("Cannot write “%1”: %2").arg(fileName, device->errorString()));
    }
    return true;
}

QString Exporter::stableUuid(const ExportContext &context, const QString &kind, qint64 id)
{
    static const QUuid scholionNamespace(u"6f1c2a52-8a55-4b5e-9c3d-5c686f6c696f"_s);
    const QUuid project = QUuid::createUuidV5(scholionNamespace, context.projectKey);
    return QUuid::createUuidV5(project, kind + u':' + QString::number(id)).toString(QUuid::WithoutBraces).toUpper();
}

QString Exporter::fileStem(const ExportDocument &document)
{
    QString stem = document.path;
    if (stem.endsWith(u".txt"_s)) {
        stem.chop(4);
    }
    if (m_stems.contains(stem)) {
        stem += u'~' + QString::number(document.id);
    }
    m_stems.insert(stem);
    return stem;
}

bool Exporter::makeParent(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (m_madeFolders.contains(folder)) {
        return true;
    }
    if (!QDir().mkpath(folder)) {
        return fail(tr("Cannot create the folder “%1”.").arg(folder));
    }
    m_madeFolders.insert(folder);
    return true;
}

} // namespace Scholion::Models

namespace Scholion::Models
{

QString wordName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        result += (c.isLetterOrNumber() || c == u'_' || c == u'-') ? c : u'_';
    }
    return result.isEmpty() ? u"_"_s : result;
}

QHash<qint64, QString> wordTypeNames(const ExportContext &context)
{
    const auto word = wordName;
    QHash<QString, int> uses;
    for (const ExportLabel &label : context.labels) {
        ++uses[word(label.label.name)];
    }
    QHash<qint64, QString> names;
    for (const ExportLabel &label : context.labels) {
        QString name = word(label.label.name);
        if (uses.value(name) > 1) {
            QStringList parts;
            for (const QString &part : label.path) {
                parts += word(part);
            }
            name = parts.join(u'-');
        }
        names.insert(label.label.id, name);
    }
    return names;
}

QHash<qint64, QString> displayTypeNames(const ExportContext &context)
{
    QHash<QString, int> uses;
    for (const ExportLabel &label : context.labels) {
        ++uses[label.label.name];
    }
    QHash<qint64, QString> names;
    for (const ExportLabel &label : context.labels) {
        names.insert(label.label.id, uses.value(label.label.name) > 1 ? label.pathText() : label.label.name);
    }
    return names;
}

} // namespace Scholion::Models
