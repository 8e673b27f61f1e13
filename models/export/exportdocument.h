// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/annotation.h>
#include <models/roles.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Scholion::Models
{

/*! A label as exporters see it: with its path and the attributes declared on it and above it. */
struct ExportLabel {
    Label label;
    QStringList path; ///< {"Actor", "Person"}
    QString pathText() const { return path.join(u" › "); }
};

/*! An attribute value of a span, by attribute name. */
struct ExportAttribute {
    qint64 attributeId = 0;
    QString name;
    QString type;
    QString value;
};

/*!
 * One exported span. Offsets come in both units, end exclusive; the engine has checked that
 * \c text equals the document text's slice in either unit before an exporter sees the span.
 */
struct ExportSpan {
    qint64 id = 0;
    qint64 labelId = 0;
    qsizetype start16 = 0;
    qsizetype end16 = 0;
    qsizetype startCp = 0;
    qsizetype endCp = 0;
    QString text;
    qint64 entityId = 0;
    QString note;
    QString author;
    QString createdAt;
    QString updatedAt;
    QList<ExportAttribute> attributes;
};

/*! A relation between two spans of the same document, both exported. */
struct ExportRelation {
    qint64 id = 0;
    QString type;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    QString note;
    QString author;
    QString createdAt;
};

/*! One document with its exported spans (in text order) and relations. */
struct ExportDocument {
    qint64 id = 0;
    QString path; ///< relative to the corpus folder, '/' separated
    QString title;
    QString date;
    QString metadataJson; ///< a JSON object, or empty
    DocumentStatus status = DocumentStatus::New;
    QString note;
    QString text; ///< canonical text, what every format ships
    QList<ExportSpan> spans;
    QList<ExportRelation> relations;
};

/*! What an export knows about the whole project before the first document. */
struct ExportContext {
    QString projectPath;
    QString projectName; ///< the corpus folder's name, or the file's base name
    QString projectKey; ///< stable per project (its creation time): seeds GUIDs and IRIs
    QString createdAt; ///< when the project was created
    QString exportedAt; ///< ISO 8601 UTC, or fixed by SCHOLION_EXPORT_TIME for reproducible output
    QList<ExportLabel> labels; ///< parents before children, all of the schema
    QList<qint64> exportedLabelIds; ///< the labels whose spans are exported
    QHash<qint64, qsizetype> labelIndex; ///< label id → index in labels
    QList<RelationType> relationTypes;
    QList<LabelAttribute> attributes;
    QHash<qint64, Entity> entities; ///< the registry
    QList<qint64> entityOrder; ///< entity ids by name
    int documentsTotal = 0;
    int spansTotal = 0;
    bool includeUnlinkedEntities = false;
    bool csvBom = false;

    const ExportLabel *label(qint64 id) const
    {
        const auto it = labelIndex.constFind(id);
        return it == labelIndex.cend() ? nullptr : &labels.at(*it);
    }
};

} // namespace Scholion::Models
