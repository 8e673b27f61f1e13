// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "roles.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Scholion::Models
{

class ProjectDatabase;

/*!
 * The only class that writes annotations, labels and document status to the project.
 *
 * Every perform…() call is one SQLite transaction, committed before it returns and before
 * any signal tells the UI about it; on failure nothing is written, errorString() says why
 * and errorOccurred() is emitted. perform…() functions are not undoable themselves: the
 * QUndoCommands in annotationcommands.h call them (STYLE.md rule 16).
 */
class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    explicit AnnotationStore(ProjectDatabase *db, QObject *parent = nullptr);
    ~AnnotationStore() override;

    /*! Who new annotations are attributed to (settings; default: the OS user name). */
    QString author() const { return m_author; }
    void setAuthor(const QString &author);
    static QString defaultAuthor();

    QString errorString() const { return m_error; }

    /*! Forgets the cached text of the last document (call after an import changed texts). */
    void clearTextCache();
    /*! Reads labels, relation types and entities again after another connection wrote them (an annotated-set import). */
    void reload();

    // Labels

    /*! All labels, parents before their children, siblings by position. */
    QList<Label> labels() const { return m_labels; }
    std::optional<Label> label(qint64 id) const;
    /*! "Actor › Person". */
    QString labelPath(qint64 id) const;
    /*! The label with this path or top-level name, if any. */
    std::optional<Label> labelByPath(const QString &path) const;
    /*! The ids of \a id and all labels below it. */
    QList<qint64> labelWithDescendants(qint64 id) const;
    /*! What installSchema() created, so that an import can be undone. */
    struct SchemaInstall {
        QList<qint64> labels; ///< parents first
        QList<qint64> attributes;
        QList<qint64> relationTypes;
    };

    /*!
     * Adds the labels, attributes and relation types of a schema (JSON, see resources/schemas/)
     * in one transaction. It merges: a label whose name already stands under the same parent,
     * an attribute a label has already and a relation type of a known name are kept as they
     * are. Used for the default "News & diplomacy" schema of a new project and for imports;
     * \a installed receives what was created.
     */
    bool installSchema(const QByteArray &json, SchemaInstall *installed = nullptr);
    /*! Removes what an installSchema() created (undo of an import), in one transaction. */
    bool performUninstallSchema(const SchemaInstall &installed);
    /*! The schema as JSON, in the format installSchema() reads (labels, attributes, relation types). */
    QByteArray exportSchema() const;
    /*! The number of annotations with label \a id or one below it. */
    int annotationCountForLabel(qint64 id) const;

    /*! A snapshot of labels and what hangs on them, for undoing a label deletion or merge. */
    struct LabelSnapshot {
        QList<Label> labels; ///< the labels removed, parents first
        QList<Annotation> annotations; ///< their annotations
        QList<Relation> relations; ///< relations of those annotations
        QList<std::pair<qint64, qint64>> relabelled; ///< (annotation, old label) of a merge
        QList<std::pair<qint64, qint64>> reparented; ///< (label, old parent) of a merge
        QList<RelationType> relationTypes; ///< relation types as they were before
        QList<LabelAttribute> attributes; ///< attribute declarations of the labels removed
        QList<AttributeValue> values; ///< attribute values that went with them
    };

    /*! Adds a label (id 0: new, at the end of its siblings; with an id: restored). Returns the id. */
    std::optional<qint64> performAddLabel(const Label &label);
    /*! Saves a label's name, colour, shortcut and description. */
    bool performUpdateLabel(const Label &label);
    /*! Moves a label under \a parentId (0: top level) at \a position among its new siblings. */
    bool performMoveLabel(qint64 id, qint64 parentId, int position);
    /*! Deletes a label, the labels below it and all their annotations; \a snapshot receives what was removed. */
    bool performRemoveLabel(qint64 id, LabelSnapshot *snapshot);
    /*! Merges label \a mergedId into \a keepId: its annotations and sub-labels move over; \a snapshot receives what changed. */
    bool performMergeLabels(qint64 keepId, qint64 mergedId, LabelSnapshot *snapshot);
    /*! Undoes performRemoveLabel() or performMergeLabels() in one transaction. */
    bool performRestoreLabels(const LabelSnapshot &snapshot);

    /*! Installs the default schema when the project has no labels yet. */
    bool ensureDefaultSchema();
    static QByteArray defaultSchemaJson();

    // Annotations

    /*! The annotations of a document, by start (then longest first). */
    QList<Annotation> annotations(qint64 documentId) const;
    /*!
     * Only what drawing needs (id, label, start, end) of a document's annotations, in the
     * order of annotations(). A seventh of an Annotation's memory each: opening a document
     * with 50,000 annotations allocates 1.6 MB for them instead of 11.
     */
    QList<AnnotationSpan> spansOf(qint64 documentId) const;
    std::optional<Annotation> annotation(qint64 id) const;

    /*!
     * Stores \a annotation. With id 0 it gets a new id, author and times; with an id (undo of
     * a removal) the row comes back exactly as it was, with the relations \a relations it had,
     * in the same transaction. Returns the id, or nullopt on failure.
     * The span must lie inside the document's text and its quote must equal the slice.
     */
    std::optional<qint64> performAdd(const Annotation &annotation, const QList<Relation> &relations = {});
    bool performRemove(qint64 id);

    /*!
     * Stores many annotations in one transaction: all of them or, on any failure or when
     * \a progress returns false (cancel), none. New ones (id 0) get ids, anchors, this store's
     * author and times; ones with an id (redo) come back exactly as they were. Each span must lie
     * inside its document and its quote match the slice; the attributes must be declared for
     * the label. \a stored receives the rows as written, ids filled in. \a progress(done, total)
     * is called every few hundred rows. Emits annotationsReset() once, for the documents touched.
     * Safe to use on a worker thread with a store of its own on the same project.
     */
    bool performAddMany(const QList<AnnotationWithAttributes> &annotations,
        QList<AnnotationWithAttributes> *stored = nullptr,
        const std::function<bool(qsizetype done, qsizetype total)> &progress = {});
    /*!
     * Tells this store's listeners about annotations another store on the same project (a
     * worker thread's) added with performAddMany(): emits annotationsReset(),
     * documentChanged() and, when one is linked to an entity, entitiesChanged().
     */
    void announceAdded(const QList<AnnotationWithAttributes> &added);
    /*! Removes many annotations (and what hangs on them) in one transaction; emits annotationsReset(). */
    bool performRemoveMany(const QList<qint64> &ids);
    bool performSetLabel(qint64 id, qint64 labelId);
    bool performSetNote(qint64 id, const QString &note);
    bool performSetRange(qint64 id, qsizetype start, qsizetype end);

    // Attributes

    /*! The attributes declared for \a labelId and the labels above it (Aid figure's apply to Military too). */
    QList<LabelAttribute> attributesFor(qint64 labelId) const;
    /*! The attribute values of an annotation. */
    QList<AttributeValue> attributeValues(qint64 annotationId) const;
    /*! The attribute values of all annotations of document \a documentId, by annotation then attribute id: one query for a list. */
    QList<AttributeValue> attributeValuesInDocument(qint64 documentId) const;
    /*! Sets (or, with an empty value, clears) one attribute of an annotation. */
    bool performSetAttribute(qint64 annotationId, qint64 attributeId, const QString &value);

    // Relations

    QList<RelationType> relationTypes() const { return m_relationTypes; }
    std::optional<RelationType> relationType(qint64 id) const;
    /*! The relation types whose argument labels fit a link from \a sourceLabelId to \a targetLabelId (sub-labels fit their parents). */
    QList<RelationType> fittingRelationTypes(qint64 sourceLabelId, qint64 targetLabelId) const;
    /*! The relations of which annotation \a annotationId is the source or the target. */
    QList<Relation> relationsOf(qint64 annotationId) const;
    /*! The relations with an end among the annotations of document \a documentId, by id: one query for a list. */
    QList<Relation> relationsInDocument(qint64 documentId) const;
    std::optional<Relation> relation(qint64 id) const;
    /*! Links two spans (id 0: new; with an id: restored as it was). Returns the id. */
    std::optional<qint64> performAddRelation(const Relation &relation);
    bool performRemoveRelation(qint64 id);

    // Entities

    QList<EntityRow> entityRows() const;
    std::optional<Entity> entity(qint64 id) const;
    /*! Entities whose name or an alias equals \a mention, ignoring case and diacritics. */
    QList<Entity> matchingEntities(const QString &mention) const;
    /*! The mentions of an entity in document order. */
    QList<Mention> mentions(qint64 entityId) const;

    /*!
     * Creates an entity (id 0) or restores one with its id (undo), and links annotation
     * \a linkAnnotationId to it in the same transaction. Returns the id.
     */
    std::optional<qint64> performAddEntity(const Entity &entity, qint64 linkAnnotationId = 0);
    /*! Deletes an entity; its mentions stay, unlinked. */
    bool performRemoveEntity(qint64 id);
    /*! Saves name, type, aliases and note. */
    bool performUpdateEntity(const Entity &entity);
    /*! Links annotation \a annotationId to \a entityId (0 unlinks). */
    bool performLinkEntity(qint64 annotationId, qint64 entityId);
    /*!
     * Merges \a mergedId into \a keepId in one transaction: its mentions follow, its name and
     * aliases become aliases of the kept entity, and it is deleted.
     */
    bool performMergeEntities(qint64 keepId, qint64 mergedId);
    /*! Undoes a merge in one transaction: restores \a merged, its mentions and \a keep as it was. */
    bool performUnmergeEntities(const Entity &keep, const Entity &merged, const QList<qint64> &mergedMentions);

    // Documents

    std::optional<DocumentStatus> documentStatus(qint64 documentId) const;
    std::optional<QString> documentNote(qint64 documentId) const;
    bool performSetDocumentNote(qint64 documentId, const QString &note);
    bool performSetDocumentStatus(qint64 documentId, DocumentStatus status);

    /*!
     * The annotations whose stored quote differs from their document's text slice (or lies
     * outside it). Empty when the project is consistent.
     */
    QList<qint64> inconsistentAnnotations() const;

Q_SIGNALS:
    void annotationAdded(qint64 documentId, qint64 id);
    void annotationRemoved(qint64 documentId, qint64 id);
    void annotationChanged(qint64 documentId, qint64 id);
    /*!
     * Many annotations of the documents \a documentIds were added or removed at once (bulk
     * accept and its undo): re-read what those documents show instead of one row at a time.
     */
    void annotationsReset(const QList<qint64> &documentIds);
    void labelsChanged();
    /*! Entities were added, changed, merged or removed, or their mention counts changed. */
    void entitiesChanged();
    /*! A relation from or to a span of document \a documentId was added or removed. */
    void relationsChanged(qint64 documentId);
    /*! Status, note or annotation count of a document changed. */
    void documentChanged(qint64 documentId);
    void errorOccurred(const QString &message);

private:
    bool fail(const QString &message);
    bool loadLabels();
    QString documentText(qint64 documentId) const;
    bool writeAliases(qint64 entityId, const QStringList &aliases);
    bool insertRelationRow(const Relation &relation, qint64 *id);
    bool labelFits(qint64 labelId, qint64 allowedLabelId) const;
    bool insertEntityRow(const Entity &entity, qint64 *id);
    void linkedAnnotationsChanged(const QList<qint64> &annotationIds);
    /*! Emits annotationsReset() and documentChanged() for \a documents (any order, repeats allowed), then entitiesChanged() if \a entities. */
    void announceReset(QList<qint64> documents, bool entities);

    ProjectDatabase *m_db;
    QList<Label> m_labels;
    QList<RelationType> m_relationTypes;
    QHash<qint64, qsizetype> m_labelIndex;
    QString m_author;
    QString m_error;
    // Every entity, read on first use and dropped when entities change.
    mutable std::optional<QHash<qint64, Entity>> m_entityCache;
    void ensureEntityCache() const;
    // The text of the document annotated last: spans are checked against it on every change.
    mutable qint64 m_cachedTextId = 0;
    mutable QString m_cachedText;
};

} // namespace Scholion::Models
