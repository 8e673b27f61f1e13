// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "annotationstore.h"
#include "roles.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Scholion::Models
{

class AnnotationStore;

/*!
 * The undoable changes an analyst makes. Each redo()/undo() calls one AnnotationStore
 * perform…() function, which commits one transaction. When the store refuses (the project
 * cannot be written, the span no longer fits the text), the command marks itself obsolete
 * so the undo stack drops it, and the store reports the error.
 */

/*! Tags a span: creates an annotation. Undo removes it; redo brings back the same row. */
class AddAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)

public:
    /*!
     * \a createdId, when given, receives the new annotation's id (0 when the store refused):
     * QUndoStack::push() deletes a command that failed, so read the id there, not from the command.
     */
    AddAnnotationCommand(AnnotationStore *store, const Annotation &annotation, QUndoCommand *parent = nullptr, qint64 *createdId = nullptr);
    void redo() override;
    void undo() override;
    /*! The id of the annotation, once redo() ran (only while the command lives). */
    qint64 annotationId() const { return m_annotation.id; }

private:
    AnnotationStore *m_store;
    Annotation m_annotation;
    qint64 *m_createdId;
};

/*!
 * Adds many annotations (with their attributes) as one step: one transaction each way
 * (AnnotationStore::performAddMany() / performRemoveMany()). Built either from annotations to
 * add, or from rows already written (\a alreadyStored, e.g. by a worker thread's store; its
 * caller announces them with AnnotationStore::announceAdded()): then the first redo() only
 * records the step. Later undo()/redo() remove and restore exactly those rows.
 */
class AddAnnotationsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationsCommand)

public:
    AddAnnotationsCommand(AnnotationStore *store,
        const QList<AnnotationWithAttributes> &annotations,
        const QString &text,
        bool alreadyStored = false,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /*! The annotations as stored, ids filled in, once redo() ran. */
    QList<AnnotationWithAttributes> annotations() const { return m_annotations; }

private:
    AnnotationStore *m_store;
    QList<AnnotationWithAttributes> m_annotations;
    bool m_skipRedo;
};

/*! Removes an annotation. Undo restores it with its id, author, times and relations. */
class RemoveAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationCommand)

public:
    RemoveAnnotationCommand(AnnotationStore *store, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Annotation m_annotation;
    QList<Relation> m_relations;
};

/*! Links two spans with a relation. */
class AddRelationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRelationCommand)

public:
    AddRelationCommand(AnnotationStore *store, const Relation &relation, QUndoCommand *parent = nullptr, qint64 *createdId = nullptr);
    void redo() override;
    void undo() override;
    qint64 relationId() const { return m_relation.id; }

private:
    AnnotationStore *m_store;
    Relation m_relation;
    qint64 *m_createdId;
};

/*! Removes a relation. */
class RemoveRelationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRelationCommand)

public:
    RemoveRelationCommand(AnnotationStore *store, const Relation &relation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Relation m_relation;
};

/*! Gives an annotation another label. */
class SetAnnotationLabelCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAnnotationLabelCommand)

public:
    SetAnnotationLabelCommand(AnnotationStore *store, const Annotation &annotation, qint64 labelId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_id;
    qint64 m_old;
    qint64 m_new;
};

/*! Changes the note of an annotation. */
class SetAnnotationNoteCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAnnotationNoteCommand)

public:
    SetAnnotationNoteCommand(AnnotationStore *store, const Annotation &annotation, const QString &note, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_id;
    QString m_old;
    QString m_new;
};

/*!
 * Moves the boundaries of an annotation. Consecutive nudges of the same annotation merge
 * into one undo step.
 */
class SetAnnotationRangeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAnnotationRangeCommand)

public:
    enum { Id = 0x5343 };
    SetAnnotationRangeCommand(AnnotationStore *store, const Annotation &annotation, qsizetype start, qsizetype end, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationStore *m_store;
    qint64 m_id;
    qsizetype m_oldStart;
    qsizetype m_oldEnd;
    qsizetype m_newStart;
    qsizetype m_newEnd;
};

/*!
 * Creates an entity, optionally linking the annotation that named it (one transaction).
 * Undo deletes the entity again (its mentions stay, unlinked).
 */
class CreateEntityCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateEntityCommand)

public:
    CreateEntityCommand(AnnotationStore *store, const Entity &entity, qint64 linkAnnotationId = 0, QUndoCommand *parent = nullptr, qint64 *createdId = nullptr);
    void redo() override;
    void undo() override;
    qint64 entityId() const { return m_entity.id; }

private:
    AnnotationStore *m_store;
    Entity m_entity;
    qint64 m_annotationId;
    qint64 m_previousLink = 0;
    qint64 *m_createdId;
};

/*! Links an annotation to an entity, or unlinks it (entity 0). */
class LinkEntityCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkEntityCommand)

public:
    LinkEntityCommand(AnnotationStore *store, const Annotation &annotation, qint64 entityId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_annotationId;
    qint64 m_old;
    qint64 m_new;
};

/*! Renames an entity or changes its type, aliases or note. */
class UpdateEntityCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdateEntityCommand)

public:
    UpdateEntityCommand(AnnotationStore *store, const Entity &old, const Entity &updated, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Entity m_old;
    Entity m_new;
};

/*! Merges one entity into another: mentions follow, names become aliases. */
class MergeEntitiesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeEntitiesCommand)

public:
    MergeEntitiesCommand(AnnotationStore *store, qint64 keepId, qint64 mergedId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Entity m_keep;
    Entity m_merged;
    QList<qint64> m_mentions;
};

/*! Sets one typed attribute of an annotation (an empty value clears it). */
class SetAttributeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAttributeCommand)

public:
    SetAttributeCommand(AnnotationStore *store,
        qint64 annotationId,
        const LabelAttribute &attribute,
        const QString &old,
        const QString &value,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_annotationId;
    qint64 m_attributeId;
    QString m_old;
    QString m_new;
};

/*! Adds a label to the schema. */
class AddLabelCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLabelCommand)

public:
    AddLabelCommand(AnnotationStore *store, const Label &label, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 labelId() const { return m_label.id; }

private:
    AnnotationStore *m_store;
    Label m_label;
};

/*! Renames, recolours or re-keys a label. */
class UpdateLabelCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdateLabelCommand)

public:
    UpdateLabelCommand(AnnotationStore *store, const Label &old, const Label &updated, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Label m_old;
    Label m_new;
};

/*! Moves a label to another parent or position. */
class MoveLabelCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveLabelCommand)

public:
    MoveLabelCommand(AnnotationStore *store, const Label &label, qint64 parentId, int position, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_id;
    qint64 m_oldParent;
    int m_oldPosition;
    qint64 m_newParent;
    int m_newPosition;
};

/*! Deletes a label with the labels below it and their annotations; undo restores all of it. */
class RemoveLabelCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLabelCommand)

public:
    RemoveLabelCommand(AnnotationStore *store, qint64 labelId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_id;
    AnnotationStore::LabelSnapshot m_snapshot;
};

/*! Merges one label into another: annotations and sub-labels move over. */
class MergeLabelsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeLabelsCommand)

public:
    MergeLabelsCommand(AnnotationStore *store, qint64 keepId, qint64 mergedId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_keep;
    qint64 m_merged;
    AnnotationStore::LabelSnapshot m_snapshot;
};

/*! Imports a label schema (JSON), merging with the labels there are; undo removes what it added. */
class ImportSchemaCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportSchemaCommand)

public:
    ImportSchemaCommand(AnnotationStore *store, const QByteArray &json, const QString &name, QUndoCommand *parent = nullptr, int *labelsAdded = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    QByteArray m_json;
    AnnotationStore::SchemaInstall m_installed;
    int *m_labelsAdded;
};

/*! Sets the analyst's note on a document. */
class SetDocumentNoteCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDocumentNoteCommand)

public:
    SetDocumentNoteCommand(AnnotationStore *store, qint64 documentId, const QString &old, const QString &note, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_documentId;
    QString m_old;
    QString m_new;
};

/*! Sets a document's reading status. */
class SetDocumentStatusCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDocumentStatusCommand)

public:
    SetDocumentStatusCommand(AnnotationStore *store, qint64 documentId, DocumentStatus old, DocumentStatus status, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    qint64 m_documentId;
    DocumentStatus m_old;
    DocumentStatus m_new;
};

} // namespace Scholion::Models
