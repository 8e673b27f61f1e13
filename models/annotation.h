// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Scholion::Models
{

/*!
 * Text order of spans (anything with start, end and id): by start, the longer one first when
 * two start together, then by id. The highlighter, the side panel and the store agree on it.
 */
template<typename Span>
bool inTextOrder(const Span &a, const Span &b)
{
    if (a.start != b.start) {
        return a.start < b.start;
    }
    if (a.end != b.end) {
        return a.end > b.end;
    }
    return a.id < b.id;
}

/*! A label of the schema (Actor, Actor › Person, Quote, …). */
struct Label {
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level label
    QString name;
    QColor color;
    QString shortcut; ///< a QKeySequence in portable text form, e.g. "Q"
    QString description;
    int position = 0; ///< order among its siblings
    friend bool operator==(const Label &, const Label &) = default;
};

/*!
 * A span of a document's canonical text with a label. Offsets are UTF-16 code units, end
 * exclusive; quote, prefix and suffix anchor the span when the document changes.
 */
struct Annotation {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 labelId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    qint64 entityId = 0; ///< 0: not linked
    QString note;
    QString author;
    QString createdAt;
    QString updatedAt;
    int anchorState = 0; ///< 0 anchored, 1 moved on re-import, 2 needs review

    qsizetype length() const { return end - start; }
    bool contains(qsizetype position) const { return position >= start && position < end; }
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/*! What drawing an annotation needs, for every annotation of a document at once: AnnotationStore::spansOf(). */
struct AnnotationSpan {
    qint64 id = 0;
    qint64 labelId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const AnnotationSpan &, const AnnotationSpan &) = default;
};

/*! An actor of the registry: the person, organisation or state that mentions refer to. */
struct Entity {
    qint64 id = 0;
    QString name; ///< canonical name, e.g. "Anselm Korvath"
    QString type; ///< e.g. "Person", usually the label the first mention had
    QStringList aliases; ///< other ways the texts name it: "Korvath", "President Korvath"
    QString note;
    friend bool operator==(const Entity &, const Entity &) = default;
};

/*! An entity with how often it is mentioned, for the entities list. */
struct EntityRow {
    qint64 id = 0;
    QString name;
    QString type;
    QStringList aliases;
    int mentions = 0;
    int documents = 0;
    friend bool operator==(const EntityRow &, const EntityRow &) = default;
};

/*! A kind of directed link between spans, with the labels its ends may have (0: any). */
struct RelationType {
    qint64 id = 0;
    QString name; ///< e.g. "said_by"
    qint64 sourceLabelId = 0;
    qint64 targetLabelId = 0;
    QString description;
    friend bool operator==(const RelationType &, const RelationType &) = default;
};

/*! A directed, typed link from one span to another ("this quote was said_by that actor"). */
struct Relation {
    qint64 id = 0;
    qint64 typeId = 0;
    qint64 sourceId = 0; ///< annotation
    qint64 targetId = 0; ///< annotation
    QString note;
    QString author;
    QString createdAt;
    friend bool operator==(const Relation &, const Relation &) = default;
};

/*! A typed attribute declared for a label (Aid figure: amount, currency, kind). */
struct LabelAttribute {
    qint64 id = 0;
    qint64 labelId = 0;
    QString name;
    QString type; ///< text, number, date or choice
    QStringList choices; ///< for type choice
    int position = 0;
    friend bool operator==(const LabelAttribute &, const LabelAttribute &) = default;
};

/*! The value of an attribute on one annotation. */
struct AttributeValue {
    qint64 annotationId = 0;
    qint64 attributeId = 0;
    QString value;
    friend bool operator==(const AttributeValue &, const AttributeValue &) = default;
};

/*!
 * An annotation together with the attribute values it is stored with: one item of a bulk
 * addition (AnnotationStore::performAddMany()), e.g. an accepted aid figure and its amount.
 */
struct AnnotationWithAttributes {
    Annotation annotation;
    QList<AttributeValue> attributes; ///< attributeId and value; annotationId is filled in when stored
    friend bool operator==(const AnnotationWithAttributes &, const AnnotationWithAttributes &) = default;
};

/*! Where an entity is mentioned. */
struct Mention {
    qint64 annotationId = 0;
    qint64 documentId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::Annotation)
Q_DECLARE_METATYPE(Scholion::Models::Label)
