// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "annotationstore.h"
#include "documentlistmodel.h"

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
QString shortQuote(const QString &quote)
{
    // Without its own quotation marks: the command text adds them.
    QString simplified = quote.simplified();
    static const QString marks = u"“”„‟\"«»‘’‚"_s;
    while (!simplified.isEmpty() && marks.contains(simplified.front())) {
        simplified.remove(0, 1);
    }
    while (!simplified.isEmpty() && marks.contains(simplified.back())) {
        simplified.chop(1);
    }
    return simplified.size() <= 40 ? simplified : simplified.left(39) + u'…';
}
} // namespace

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore *store, const Annotation &annotation, QUndoCommand *parent, qint64 *createdId)
    : QUndoCommand(parent)
    , m_store(store)
    , m_annotation(annotation)
    , m_createdId(createdId)
{
    setText(tr("Tag “%1” as %2").arg(shortQuote(annotation.quote), store->labelPath(annotation.labelId)));
}

void AddAnnotationCommand::redo()
{
    const std::optional<qint64> id = m_store->performAdd(m_annotation);
    if (m_createdId) {
        *m_createdId = id.value_or(0);
        m_createdId = nullptr; // only the first redo reports to the caller
    }
    if (!id) {
        setObsolete(true);
        return;
    }
    if (m_annotation.id == 0) {
        // Keep the stored row (id, quote, author, times) so that a later redo restores it exactly.
        m_annotation = m_store->annotation(*id).value_or(m_annotation);
    }
}

void AddAnnotationCommand::undo()
{
    if (!m_store->performRemove(m_annotation.id)) {
        setObsolete(true);
    }
}

AddAnnotationsCommand::AddAnnotationsCommand(AnnotationStore *store,
    const QList<AnnotationWithAttributes> &annotations,
    const QString &text,
    bool alreadyStored,
    QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_annotations(annotations)
    , m_skipRedo(alreadyStored)
{
}

void AddAnnotationsCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    QList<AnnotationWithAttributes> stored;
    if (!m_store->performAddMany(m_annotations, &stored)) {
        setObsolete(true);
        return;
    }
    m_annotations = stored; // ids, author and times, so that a later redo restores them exactly
}

void AddAnnotationsCommand::undo()
{
    QList<qint64> ids;
    ids.reserve(m_annotations.size());
    for (const AnnotationWithAttributes &item : std::as_const(m_annotations)) {
        ids << item.annotation.id;
    }
    if (!m_store->performRemoveMany(ids)) {
        setObsolete(true);
    }
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationStore *store, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_annotation(annotation)
    , m_relations(store->relationsOf(annotation.id))
{
    setText(tr("Remove %1 “%2”").arg(store->labelPath(annotation.labelId), shortQuote(annotation.quote)));
}

void RemoveAnnotationCommand::redo()
{
    if (!m_store->performRemove(m_annotation.id)) {
        setObsolete(true);
    }
}

void RemoveAnnotationCommand::undo()
{
    if (!m_store->performAdd(m_annotation, m_relations)) {
        setObsolete(true);
    }
}

AddRelationCommand::AddRelationCommand(AnnotationStore *store, const Relation &relation, QUndoCommand *parent, qint64 *createdId)
    : QUndoCommand(parent)
    , m_store(store)
    , m_relation(relation)
    , m_createdId(createdId)
{
    setText(tr("Link “%1” %2 “%3”")
            .arg(shortQuote(store->annotation(relation.sourceId).value_or(Annotation{}).quote),
                store->relationType(relation.typeId).value_or(RelationType{}).name,
                shortQuote(store->annotation(relation.targetId).value_or(Annotation{}).quote)));
}

void AddRelationCommand::redo()
{
    const std::optional<qint64> id = m_store->performAddRelation(m_relation);
    if (m_createdId) {
        *m_createdId = id.value_or(0);
        m_createdId = nullptr;
    }
    if (!id) {
        setObsolete(true);
        return;
    }
    if (m_relation.id == 0) {
        m_relation = m_store->relation(*id).value_or(m_relation);
    }
}

void AddRelationCommand::undo()
{
    if (!m_store->performRemoveRelation(m_relation.id)) {
        setObsolete(true);
    }
}

RemoveRelationCommand::RemoveRelationCommand(AnnotationStore *store, const Relation &relation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_relation(relation)
{
    setText(tr("Remove the %1 link").arg(store->relationType(relation.typeId).value_or(RelationType{}).name));
}

void RemoveRelationCommand::redo()
{
    if (!m_store->performRemoveRelation(m_relation.id)) {
        setObsolete(true);
    }
}

void RemoveRelationCommand::undo()
{
    if (!m_store->performAddRelation(m_relation)) {
        setObsolete(true);
    }
}

SetAnnotationLabelCommand::SetAnnotationLabelCommand(AnnotationStore *store, const Annotation &annotation, qint64 labelId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_id(annotation.id)
    , m_old(annotation.labelId)
    , m_new(labelId)
{
    setText(tr("Retag “%1” as %2").arg(shortQuote(annotation.quote), store->labelPath(labelId)));
}

void SetAnnotationLabelCommand::redo()
{
    if (!m_store->performSetLabel(m_id, m_new)) {
        setObsolete(true);
    }
}

void SetAnnotationLabelCommand::undo()
{
    if (!m_store->performSetLabel(m_id, m_old)) {
        setObsolete(true);
    }
}

SetAnnotationNoteCommand::SetAnnotationNoteCommand(AnnotationStore *store, const Annotation &annotation, const QString &note, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_id(annotation.id)
    , m_old(annotation.note)
    , m_new(note)
{
    setText(tr("Note on “%1”").arg(shortQuote(annotation.quote)));
}

void SetAnnotationNoteCommand::redo()
{
    if (!m_store->performSetNote(m_id, m_new)) {
        setObsolete(true);
    }
}

void SetAnnotationNoteCommand::undo()
{
    if (!m_store->performSetNote(m_id, m_old)) {
        setObsolete(true);
    }
}

SetAnnotationRangeCommand::SetAnnotationRangeCommand(AnnotationStore *store, const Annotation &annotation, qsizetype start, qsizetype end, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_id(annotation.id)
    , m_oldStart(annotation.start)
    , m_oldEnd(annotation.end)
    , m_newStart(start)
    , m_newEnd(end)
{
    setText(tr("Adjust “%1”").arg(shortQuote(annotation.quote)));
}

void SetAnnotationRangeCommand::redo()
{
    if (!m_store->performSetRange(m_id, m_newStart, m_newEnd)) {
        setObsolete(true);
    }
}

void SetAnnotationRangeCommand::undo()
{
    if (!m_store->performSetRange(m_id, m_oldStart, m_oldEnd)) {
        setObsolete(true);
    }
}

bool SetAnnotationRangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnnotationRangeCommand *>(other);
    if (next->m_id != m_id) {
        return false;
    }
    m_newStart = next->m_newStart;
    m_newEnd = next->m_newEnd;
    return true;
}

CreateEntityCommand::CreateEntityCommand(AnnotationStore *store, const Entity &entity, qint64 linkAnnotationId, QUndoCommand *parent, qint64 *createdId)
    : QUndoCommand(parent)
    , m_store(store)
    , m_entity(entity)
    , m_annotationId(linkAnnotationId)
    , m_createdId(createdId)
{
    if (linkAnnotationId) {
        m_previousLink = store->annotation(linkAnnotationId).value_or(Annotation{}).entityId;
    }
    setText(tr("New entity “%1”").arg(entity.name));
}

void CreateEntityCommand::redo()
{
    const std::optional<qint64> id = m_store->performAddEntity(m_entity, m_annotationId);
    if (m_createdId) {
        *m_createdId = id.value_or(0);
        m_createdId = nullptr;
    }
    if (!id) {
        setObsolete(true);
        return;
    }
    m_entity.id = *id; // a redo restores the same row
}

void CreateEntityCommand::undo()
{
    if (!m_store->performRemoveEntity(m_entity.id) || (m_previousLink && !m_store->performLinkEntity(m_annotationId, m_previousLink))) {
        setObsolete(true);
    }
}

LinkEntityCommand::LinkEntityCommand(AnnotationStore *store, const Annotation &annotation, qint64 entityId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_annotationId(annotation.id)
    , m_old(annotation.entityId)
    , m_new(entityId)
{
    if (entityId) {
        setText(tr("Link “%1” to %2").arg(shortQuote(annotation.quote), store->entity(entityId).value_or(Entity{}).name));
    } else {
        setText(tr("Unlink “%1”").arg(shortQuote(annotation.quote)));
    }
}

void LinkEntityCommand::redo()
{
    if (!m_store->performLinkEntity(m_annotationId, m_new)) {
        setObsolete(true);
    }
}

void LinkEntityCommand::undo()
{
    if (!m_store->performLinkEntity(m_annotationId, m_old)) {
        setObsolete(true);
    }
}

UpdateEntityCommand::UpdateEntityCommand(AnnotationStore *store, const Entity &old, const Entity &updated, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_old(old)
    , m_new(updated)
{
    setText(old.name != updated.name ? tr("Rename “%1” to “%2”").arg(old.name, updated.name) : tr("Edit entity “%1”").arg(updated.name));
}

void UpdateEntityCommand::redo()
{
    if (!m_store->performUpdateEntity(m_new)) {
        setObsolete(true);
    }
}

void UpdateEntityCommand::undo()
{
    if (!m_store->performUpdateEntity(m_old)) {
        setObsolete(true);
    }
}

MergeEntitiesCommand::MergeEntitiesCommand(AnnotationStore *store, qint64 keepId, qint64 mergedId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_keep(store->entity(keepId).value_or(Entity{}))
    , m_merged(store->entity(mergedId).value_or(Entity{}))
{
    for (const Mention &mention : store->mentions(mergedId)) {
        m_mentions << mention.annotationId;
    }
    setText(tr("Merge “%1” into “%2”").arg(m_merged.name, m_keep.name));
}

void MergeEntitiesCommand::redo()
{
    if (!m_store->performMergeEntities(m_keep.id, m_merged.id)) {
        setObsolete(true);
    }
}

void MergeEntitiesCommand::undo()
{
    if (!m_store->performUnmergeEntities(m_keep, m_merged, m_mentions)) {
        setObsolete(true);
    }
}

SetAttributeCommand::SetAttributeCommand(AnnotationStore *store,
    qint64 annotationId,
    const LabelAttribute &attribute,
    const QString &old,
    const QString &value,
    QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
    , m_attributeId(attribute.id)
    , m_old(old)
    , m_new(value)
{
    setText(tr("Set %1 to “%2”").arg(attribute.name, value));
}

void SetAttributeCommand::redo()
{
    if (!m_store->performSetAttribute(m_annotationId, m_attributeId, m_new)) {
        setObsolete(true);
    }
}

void SetAttributeCommand::undo()
{
    if (!m_store->performSetAttribute(m_annotationId, m_attributeId, m_old)) {
        setObsolete(true);
    }
}

AddLabelCommand::AddLabelCommand(AnnotationStore *store, const Label &label, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_label(label)
{
    setText(tr("New label “%1”").arg(label.name));
}

void AddLabelCommand::redo()
{
    const std::optional<qint64> id = m_store->performAddLabel(m_label);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_label = m_store->label(*id).value_or(m_label); // with its id and position, for redo
}

void AddLabelCommand::undo()
{
    if (!m_store->performRemoveLabel(m_label.id, nullptr)) {
        setObsolete(true);
    }
}

UpdateLabelCommand::UpdateLabelCommand(AnnotationStore *store, const Label &old, const Label &updated, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_old(old)
    , m_new(updated)
{
    setText(old.name != updated.name ? tr("Rename label “%1” to “%2”").arg(old.name, updated.name) : tr("Change label “%1”").arg(updated.name));
}

void UpdateLabelCommand::redo()
{
    if (!m_store->performUpdateLabel(m_new)) {
        setObsolete(true);
    }
}

void UpdateLabelCommand::undo()
{
    if (!m_store->performUpdateLabel(m_old)) {
        setObsolete(true);
    }
}

MoveLabelCommand::MoveLabelCommand(AnnotationStore *store, const Label &label, qint64 parentId, int position, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_id(label.id)
    , m_oldParent(label.parentId)
    , m_oldPosition(0)
    , m_newParent(parentId)
    , m_newPosition(position)
{
    // Undo puts it back at its row among its siblings (stored positions may have gaps).
    for (const Label &sibling : store->labels()) {
        if (sibling.id == label.id) {
            break;
        }
        if (sibling.parentId == label.parentId) {
            ++m_oldPosition;
        }
    }
    setText(tr("Move label “%1”").arg(label.name));
}

void MoveLabelCommand::redo()
{
    if (!m_store->performMoveLabel(m_id, m_newParent, m_newPosition)) {
        setObsolete(true);
    }
}

void MoveLabelCommand::undo()
{
    if (!m_store->performMoveLabel(m_id, m_oldParent, m_oldPosition)) {
        setObsolete(true);
    }
}

RemoveLabelCommand::RemoveLabelCommand(AnnotationStore *store, qint64 labelId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_id(labelId)
{
    setText(tr("Delete label “%1”").arg(store->labelPath(labelId)));
}

void RemoveLabelCommand::redo()
{
    if (!m_store->performRemoveLabel(m_id, &m_snapshot)) {
        setObsolete(true);
    }
}

void RemoveLabelCommand::undo()
{
    if (!m_store->performRestoreLabels(m_snapshot)) {
        setObsolete(true);
    }
}

MergeLabelsCommand::MergeLabelsCommand(AnnotationStore *store, qint64 keepId, qint64 mergedId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_keep(keepId)
    , m_merged(mergedId)
{
    setText(tr("Merge label “%1” into “%2”").arg(store->labelPath(mergedId), store->labelPath(keepId)));
}

void MergeLabelsCommand::redo()
{
    if (!m_store->performMergeLabels(m_keep, m_merged, &m_snapshot)) {
        setObsolete(true);
    }
}

void MergeLabelsCommand::undo()
{
    if (!m_store->performRestoreLabels(m_snapshot)) {
        setObsolete(true);
    }
}

ImportSchemaCommand::ImportSchemaCommand(AnnotationStore *store, const QByteArray &json, const QString &name, QUndoCommand *parent, int *labelsAdded)
    : QUndoCommand(parent)
    , m_store(store)
    , m_json(json)
    , m_labelsAdded(labelsAdded)
{
    setText(tr("Import labels from “%1”").arg(name));
}

void ImportSchemaCommand::redo()
{
    const bool ok = m_store->installSchema(m_json, &m_installed);
    if (m_labelsAdded) {
        *m_labelsAdded = ok ? int(m_installed.labels.size()) : -1;
        m_labelsAdded = nullptr;
    }
    if (!ok) {
        setObsolete(true);
    }
}

void ImportSchemaCommand::undo()
{
    if (!m_store->performUninstallSchema(m_installed)) {
        setObsolete(true);
    }
}

SetDocumentNoteCommand::SetDocumentNoteCommand(AnnotationStore *store, qint64 documentId, const QString &old, const QString &note, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_documentId(documentId)
    , m_old(old)
    , m_new(note)
{
    setText(tr("Document note"));
}

void SetDocumentNoteCommand::redo()
{
    if (!m_store->performSetDocumentNote(m_documentId, m_new)) {
        setObsolete(true);
    }
}

void SetDocumentNoteCommand::undo()
{
    if (!m_store->performSetDocumentNote(m_documentId, m_old)) {
        setObsolete(true);
    }
}

SetDocumentStatusCommand::SetDocumentStatusCommand(AnnotationStore *store, qint64 documentId, DocumentStatus old, DocumentStatus status, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_documentId(documentId)
    , m_old(old)
    , m_new(status)
{
    setText(tr("Mark document as %1").arg(DocumentListModel::statusName(status)));
}

void SetDocumentStatusCommand::redo()
{
    if (!m_store->performSetDocumentStatus(m_documentId, m_new)) {
        setObsolete(true);
    }
}

void SetDocumentStatusCommand::undo()
{
    if (!m_store->performSetDocumentStatus(m_documentId, m_old)) {
        setObsolete(true);
    }
}

} // namespace Scholion::Models
