// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "projectdatabase.h"
#include "reanchor.h"
#include "textfold.h"
#include "transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// "?, ?, ?" for a list of ids, bound in order by bindIds().
QString placeholdersFor(const QList<qint64> &ids)
{
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        marks << u"?"_s;
    }
    return marks.join(u", "_s);
}

void bindIds(QSqlQuery &query, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        query.addBindValue(id);
    }
}

bool splitsSurrogatePair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() && text.at(offset - 1).isHighSurrogate();
}

const auto kAnnotationColumns = u"id, document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, coalesce(entity_id, 0), "
                                "coalesce(note, ''), author, created_at, updated_at, anchor_state"_s;

Annotation annotationFromQuery(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.documentId = query.value(1).toLongLong();
    a.labelId = query.value(2).toLongLong();
    a.start = query.value(3).toLongLong();
    a.end = query.value(4).toLongLong();
    a.quote = query.value(5).toString();
    a.prefix = query.value(6).toString();
    a.suffix = query.value(7).toString();
    a.entityId = query.value(8).toLongLong();
    a.note = query.value(9).toString();
    a.author = query.value(10).toString();
    a.createdAt = query.value(11).toString();
    a.updatedAt = query.value(12).toString();
    a.anchorState = query.value(13).toInt();
    return a;
}
} // namespace

AnnotationStore::AnnotationStore(ProjectDatabase *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_author(defaultAuthor())
{
    qRegisterMetaType<Annotation>();
    loadLabels();
}

AnnotationStore::~AnnotationStore() = default;

QString AnnotationStore::defaultAuthor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? u"analyst"_s : name;
}

void AnnotationStore::setAuthor(const QString &author)
{
    m_author = author.trimmed().isEmpty() ? defaultAuthor() : author.trimmed();
}

bool AnnotationStore::fail(const QString &message)
{
    m_error = ProjectDatabase::explainFailure(m_db ? m_db->path() : QString(), message);
    Q_EMIT errorOccurred(m_error);
    return false;
}

bool AnnotationStore::loadLabels()
{
    m_labels.clear();
    m_labelIndex.clear();
    QList<Label> all;
    QSqlQuery query(m_db->database());
    if (!query.exec(u"SELECT id, coalesce(parent_id, 0), name, color, coalesce(shortcut, ''), coalesce(description, ''), position FROM labels"_s)) {
        return false;
    }
    while (query.next()) {
        all.append(Label{query.value(0).toLongLong(),
            query.value(1).toLongLong(),
            query.value(2).toString(),
            QColor::fromString(query.value(3).toString()),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toInt()});
    }
    std::sort(all.begin(), all.end(), [](const Label &a, const Label &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    // Depth first: each parent, then its children.
    const auto addChildren = [&](auto &&self, qint64 parent) -> void {
        for (const Label &label : std::as_const(all)) {
            if (label.parentId == parent) {
                m_labelIndex.insert(label.id, m_labels.size());
                m_labels.append(label);
                self(self, label.id);
            }
        }
    };
    addChildren(addChildren, 0);

    m_relationTypes.clear();
    QSqlQuery types(m_db->database());
    if (types.exec(
            u"SELECT id, name, coalesce(source_label_id, 0), coalesce(target_label_id, 0), coalesce(description, '') FROM relation_types ORDER BY id"_s)) {
        while (types.next()) {
            m_relationTypes.append(RelationType{types.value(0).toLongLong(),
                types.value(1).toString(),
                types.value(2).toLongLong(),
                types.value(3).toLongLong(),
                types.value(4).toString()});
        }
    }
    return true;
}

std::optional<Label> AnnotationStore::label(qint64 id) const
{
    const auto it = m_labelIndex.constFind(id);
    if (it == m_labelIndex.cend()) {
        return std::nullopt;
    }
    return m_labels.at(*it);
}

QString AnnotationStore::labelPath(qint64 id) const
{
    QStringList parts;
    for (std::optional<Label> current = label(id); current; current = label(current->parentId)) {
        parts.prepend(current->name);
        if (current->parentId == 0) {
            break;
        }
    }
    return parts.join(u" › "_s);
}

std::optional<Label> AnnotationStore::labelByPath(const QString &path) const
{
    for (const Label &l : m_labels) {
        if (labelPath(l.id) == path) {
            return l;
        }
    }
    for (const Label &l : m_labels) {
        if (l.parentId == 0 && l.name == path) {
            return l;
        }
    }
    return std::nullopt;
}

QList<qint64> AnnotationStore::labelWithDescendants(qint64 id) const
{
    QList<qint64> ids{id};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const Label &l : m_labels) {
            if (l.parentId == ids.at(i)) {
                ids.append(l.id);
            }
        }
    }
    return ids;
}

QByteArray AnnotationStore::defaultSchemaJson()
{
    QFile file(u":/scholion/schemas/news-diplomacy.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool AnnotationStore::ensureDefaultSchema()
{
    if (!m_labels.isEmpty() || m_db->isReadOnly()) {
        return true;
    }
    return installSchema(defaultSchemaJson());
}

bool AnnotationStore::installSchema(const QByteArray &json, SchemaInstall *installed)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return fail(tr("The label schema is not valid JSON: %1 (at character %2).").arg(parseError.errorString()).arg(parseError.offset));
    }
    SchemaInstall created;
    Transaction transaction(m_db->database());
    if (!transaction.isActive()) {
        return fail(tr("Cannot write to the project: %1").arg(transaction.errorString()));
    }
    QSqlQuery existing(m_db->database());
    existing.prepare(u"SELECT id FROM labels WHERE name = ? AND coalesce(parent_id, 0) = ?"_s);
    QSqlQuery nextPosition(m_db->database());
    nextPosition.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM labels WHERE coalesce(parent_id, 0) = ?"_s);
    QSqlQuery insertLabel(m_db->database());
    insertLabel.prepare(u"INSERT INTO labels (parent_id, name, color, shortcut, description, position) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertAttribute(m_db->database());
    insertAttribute.prepare(u"INSERT OR IGNORE INTO label_attributes (label_id, name, type, choices, position) VALUES (?, ?, ?, ?, ?)"_s);
    QHash<QString, qint64> idsByName;

    const auto addLabels = [&](auto &&self, const QJsonArray &array, qint64 parent) -> bool {
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(u"name"_s).toString().trimmed();
            const QColor color = QColor::fromString(object.value(u"color"_s).toString());
            if (name.isEmpty() || !color.isValid()) {
                return fail(tr("A label of the schema has no name or no valid colour."));
            }
            qint64 id = 0;
            existing.bindValue(0, name);
            existing.bindValue(1, parent);
            if (existing.exec() && existing.next()) {
                id = existing.value(0).toLongLong(); // already there: merged
            }
            existing.finish();
            if (id == 0) {
                nextPosition.bindValue(0, parent);
                const int position = nextPosition.exec() && nextPosition.next() ? nextPosition.value(0).toInt() : 0;
                nextPosition.finish();
                insertLabel.bindValue(0, parent == 0 ? QVariant() : QVariant(parent));
                insertLabel.bindValue(1, name);
                insertLabel.bindValue(2, color.name());
                insertLabel.bindValue(3, object.value(u"shortcut"_s).toString());
                insertLabel.bindValue(4, object.value(u"description"_s).toString());
                insertLabel.bindValue(5, position);
                if (!insertLabel.exec()) {
                    return fail(tr("Cannot add the label “%1”: %2").arg(name, insertLabel.lastError().text()));
                }
                id = insertLabel.lastInsertId().toLongLong();
                created.labels << id;
            }
            idsByName.insert(name, id);
            int attributePosition = 0;
            const QJsonArray attributes = object.value(u"attributes"_s).toArray();
            for (const QJsonValue &attributeValue : attributes) {
                const QJsonObject attribute = attributeValue.toObject();
                insertAttribute.bindValue(0, id);
                insertAttribute.bindValue(1, attribute.value(u"name"_s).toString());
                insertAttribute.bindValue(2, attribute.value(u"type"_s).toString(u"text"_s));
                const QJsonArray choices = attribute.value(u"choices"_s).toArray();
                insertAttribute.bindValue(3,
                    choices.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(choices).toJson(QJsonDocument::Compact))));
                insertAttribute.bindValue(4, attributePosition++);
                if (!insertAttribute.exec()) {
                    return fail(tr("Cannot add the attribute of “%1”: %2").arg(name, insertAttribute.lastError().text()));
                }
                if (insertAttribute.numRowsAffected() == 1) {
                    created.attributes << insertAttribute.lastInsertId().toLongLong();
                }
            }
            if (!self(self, object.value(u"children"_s).toArray(), id)) {
                return false;
            }
        }
        return true;
    };
    if (!addLabels(addLabels, document.object().value(u"labels"_s).toArray(), 0)) {
        return false;
    }
    // A relation type's ends name labels of this schema, or else labels the project has.
    for (const Label &l : std::as_const(m_labels)) {
        if (!idsByName.contains(l.name)) {
            idsByName.insert(l.name, l.id);
        }
    }
    QSqlQuery insertRelation(m_db->database());
    insertRelation.prepare(u"INSERT OR IGNORE INTO relation_types (name, source_label_id, target_label_id, description) VALUES (?, ?, ?, ?)"_s);
    const QJsonArray relations = document.object().value(u"relations"_s).toArray();
    for (const QJsonValue &value : relations) {
        const QJsonObject object = value.toObject();
        const QString source = object.value(u"source"_s).toString();
        const QString target = object.value(u"target"_s).toString();
        insertRelation.bindValue(0, object.value(u"name"_s).toString());
        insertRelation.bindValue(1, idsByName.contains(source) ? QVariant(idsByName.value(source)) : QVariant());
        insertRelation.bindValue(2, idsByName.contains(target) ? QVariant(idsByName.value(target)) : QVariant());
        insertRelation.bindValue(3, object.value(u"description"_s).toString());
        if (!insertRelation.exec()) {
            return fail(tr("Cannot add the relation type “%1”: %2").arg(object.value(u"name"_s).toString(), insertRelation.lastError().text()));
        }
        if (insertRelation.numRowsAffected() == 1) {
            created.relationTypes << insertRelation.lastInsertId().toLongLong();
        }
    }
    if (!transaction.commit()) {
        return fail(tr("Cannot write to the project: %1").arg(transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    if (installed) {
        *installed = created;
    }
    return true;
}

bool AnnotationStore::performUninstallSchema(const SchemaInstall &installed)
{
    Transaction transaction(m_db->database());
    bool ok = transaction.isActive();
    QSqlQuery remove(m_db->database());
    const auto removeAll = [&](const QString &sql, QList<qint64> ids) {
        std::reverse(ids.begin(), ids.end()); // children before their parents
        remove.prepare(sql);
        for (qsizetype i = 0; ok && i < ids.size(); ++i) {
            remove.bindValue(0, ids.at(i));
            ok = remove.exec();
        }
    };
    removeAll(u"DELETE FROM relation_types WHERE id = ?"_s, installed.relationTypes);
    removeAll(u"DELETE FROM label_attributes WHERE id = ?"_s, installed.attributes);
    removeAll(u"DELETE FROM labels WHERE id = ?"_s, installed.labels);
    if (!ok || !transaction.commit()) {
        return fail(tr("Cannot undo the import: %1").arg(remove.lastError().text() + transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    return true;
}

QByteArray AnnotationStore::exportSchema() const
{
    QHash<qint64, QJsonArray> attributesOf;
    QSqlQuery attributes(m_db->database());
    if (attributes.exec(u"SELECT label_id, name, type, choices FROM label_attributes ORDER BY label_id, position"_s)) {
        while (attributes.next()) {
            QJsonObject attribute{{u"name"_s, attributes.value(1).toString()}, {u"type"_s, attributes.value(2).toString()}};
            if (!attributes.value(3).isNull()) {
                attribute.insert(u"choices"_s, QJsonDocument::fromJson(attributes.value(3).toString().toUtf8()).array());
            }
            attributesOf[attributes.value(0).toLongLong()].append(attribute);
        }
    }
    const auto labelsUnder = [&](auto &&self, qint64 parent) -> QJsonArray {
        QJsonArray array;
        for (const Label &l : m_labels) {
            if (l.parentId != parent) {
                continue;
            }
            QJsonObject object{{u"name"_s, l.name}, {u"color"_s, l.color.name()}};
            if (!l.shortcut.isEmpty()) {
                object.insert(u"shortcut"_s, l.shortcut);
            }
            if (!l.description.isEmpty()) {
                object.insert(u"description"_s, l.description);
            }
            if (attributesOf.contains(l.id)) {
                object.insert(u"attributes"_s, attributesOf.value(l.id));
            }
            const QJsonArray children = self(self, l.id);
            if (!children.isEmpty()) {
                object.insert(u"children"_s, children);
            }
            array.append(object);
        }
        return array;
    };
    QJsonArray relations;
    for (const RelationType &type : m_relationTypes) {
        QJsonObject object{{u"name"_s, type.name}};
        if (type.sourceLabelId) {
            object.insert(u"source"_s, label(type.sourceLabelId).value_or(Label{}).name);
        }
        if (type.targetLabelId) {
            object.insert(u"target"_s, label(type.targetLabelId).value_or(Label{}).name);
        }
        if (!type.description.isEmpty()) {
            object.insert(u"description"_s, type.description);
        }
        relations.append(object);
    }
    const QJsonObject schema{{u"name"_s, u"Scholion label schema"_s},
        {u"version"_s, 1},
        {u"labels"_s, labelsUnder(labelsUnder, 0)},
        {u"relations"_s, relations}};
    return QJsonDocument(schema).toJson(QJsonDocument::Indented);
}

int AnnotationStore::annotationCountForLabel(qint64 id) const
{
    const QList<qint64> ids = labelWithDescendants(id);
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        placeholders << u"?"_s;
    }
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT count(*) FROM annotations WHERE label_id IN (%1)"_s.arg(placeholders.join(u", "_s)));
    for (const qint64 labelId : ids) {
        query.addBindValue(labelId);
    }
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<qint64> AnnotationStore::performAddLabel(const Label &input)
{
    const QString name = input.name.trimmed();
    if (name.isEmpty() || !input.color.isValid()) {
        fail(tr("A label needs a name and a colour."));
        return std::nullopt;
    }
    for (const Label &sibling : std::as_const(m_labels)) {
        if (sibling.parentId == input.parentId && sibling.name == name && sibling.id != input.id) {
            fail(tr("There is already a label “%1” here.").arg(name));
            return std::nullopt;
        }
    }
    int position = input.position;
    if (input.id == 0) {
        position = 0;
        for (const Label &sibling : std::as_const(m_labels)) {
            if (sibling.parentId == input.parentId) {
                position = std::max(position, sibling.position + 1);
            }
        }
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"INSERT INTO labels (id, parent_id, name, color, shortcut, description, position) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(input.id == 0 ? QVariant() : QVariant(input.id));
    query.addBindValue(input.parentId == 0 ? QVariant() : QVariant(input.parentId));
    query.addBindValue(name);
    query.addBindValue(input.color.name());
    query.addBindValue(input.shortcut);
    query.addBindValue(input.description);
    query.addBindValue(position);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        fail(tr("Cannot add the label “%1”: %2").arg(name, query.lastError().text() + transaction.errorString()));
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    loadLabels();
    Q_EMIT labelsChanged();
    return id;
}

bool AnnotationStore::performUpdateLabel(const Label &updated)
{
    const QString name = updated.name.trimmed();
    if (!label(updated.id) || name.isEmpty() || !updated.color.isValid()) {
        return fail(tr("A label needs a name and a colour."));
    }
    for (const Label &sibling : std::as_const(m_labels)) {
        if (sibling.parentId == updated.parentId && sibling.name == name && sibling.id != updated.id) {
            return fail(tr("There is already a label “%1” here.").arg(name));
        }
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE labels SET name = ?, color = ?, shortcut = ?, description = ? WHERE id = ?"_s);
    query.addBindValue(name);
    query.addBindValue(updated.color.name());
    query.addBindValue(updated.shortcut);
    query.addBindValue(updated.description);
    query.addBindValue(updated.id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot change the label: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    return true;
}

bool AnnotationStore::performMoveLabel(qint64 id, qint64 parentId, int position)
{
    const std::optional<Label> moving = label(id);
    if (!moving || (parentId != 0 && !label(parentId)) || labelWithDescendants(id).contains(parentId)) {
        return fail(tr("A label cannot move below itself."));
    }
    for (const Label &sibling : std::as_const(m_labels)) {
        if (sibling.parentId == parentId && sibling.name == moving->name && sibling.id != id) {
            return fail(tr("There is already a label “%1” here.").arg(moving->name));
        }
    }
    // The new siblings in order, with the moved label at its place; the old ones closed up.
    QList<qint64> newSiblings;
    QList<qint64> oldSiblings;
    for (const Label &l : std::as_const(m_labels)) {
        if (l.id == id) {
            continue;
        }
        if (l.parentId == parentId) {
            newSiblings << l.id;
        } else if (l.parentId == moving->parentId) {
            oldSiblings << l.id;
        }
    }
    newSiblings.insert(std::clamp<qsizetype>(position, 0, newSiblings.size()), id);
    Transaction transaction(m_db->database());
    bool ok = transaction.isActive();
    QSqlQuery reparent(m_db->database());
    reparent.prepare(u"UPDATE labels SET parent_id = ? WHERE id = ?"_s);
    reparent.addBindValue(parentId == 0 ? QVariant() : QVariant(parentId));
    reparent.addBindValue(id);
    ok = ok && reparent.exec();
    QSqlQuery renumber(m_db->database());
    renumber.prepare(u"UPDATE labels SET position = ? WHERE id = ?"_s);
    for (const QList<qint64> &siblings : {newSiblings, oldSiblings}) {
        for (qsizetype i = 0; ok && i < siblings.size(); ++i) {
            renumber.bindValue(0, int(i));
            renumber.bindValue(1, siblings.at(i));
            ok = renumber.exec();
        }
    }
    if (!ok || !transaction.commit()) {
        return fail(tr("Cannot move the label: %1").arg(reparent.lastError().text() + renumber.lastError().text() + transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    return true;
}

bool AnnotationStore::performRemoveLabel(qint64 id, LabelSnapshot *snapshot)
{
    if (!label(id)) {
        return fail(tr("The label does not exist any more."));
    }
    const QList<qint64> subtree = labelWithDescendants(id);
    LabelSnapshot taken;
    for (const qint64 labelId : subtree) {
        taken.labels << *label(labelId);
    }
    for (const RelationType &type : std::as_const(m_relationTypes)) {
        if (subtree.contains(type.sourceLabelId) || subtree.contains(type.targetLabelId)) {
            taken.relationTypes << type;
        }
    }
    QSqlQuery rows(m_db->database());
    rows.prepare(u"SELECT "_s + kAnnotationColumns + u" FROM annotations WHERE label_id IN (%1)"_s.arg(placeholdersFor(subtree)));
    bindIds(rows, subtree);
    QList<qint64> annotationIds;
    if (rows.exec()) {
        while (rows.next()) {
            taken.annotations << annotationFromQuery(rows);
            annotationIds << taken.annotations.constLast().id;
        }
    }
    QSet<qint64> seenRelations;
    for (const qint64 annotationId : std::as_const(annotationIds)) {
        for (const Relation &r : relationsOf(annotationId)) {
            if (!seenRelations.contains(r.id)) {
                seenRelations.insert(r.id);
                taken.relations << r;
            }
        }
    }
    QSqlQuery declared(m_db->database());
    declared.prepare(
        u"SELECT id, label_id, name, type, coalesce(choices, '[]'), position FROM label_attributes WHERE label_id IN (%1)"_s.arg(placeholdersFor(subtree)));
    bindIds(declared, subtree);
    if (declared.exec()) {
        while (declared.next()) {
            QStringList choices;
            for (const QJsonValue &choice : QJsonDocument::fromJson(declared.value(4).toString().toUtf8()).array()) {
                choices << choice.toString();
            }
            taken.attributes << LabelAttribute{declared.value(0).toLongLong(),
                declared.value(1).toLongLong(),
                declared.value(2).toString(),
                declared.value(3).toString(),
                choices,
                declared.value(5).toInt()};
        }
    }
    QSqlQuery values(m_db->database());
    values.prepare(u"SELECT v.annotation_id, v.attribute_id, coalesce(v.value, '') FROM annotation_attributes v JOIN annotations a ON a.id = v.annotation_id "
                   "WHERE a.label_id IN (%1)"_s.arg(placeholdersFor(subtree)));
    bindIds(values, subtree);
    if (values.exec()) {
        while (values.next()) {
            taken.values << AttributeValue{values.value(0).toLongLong(), values.value(1).toLongLong(), values.value(2).toString()};
        }
    }

    Transaction transaction(m_db->database());
    QSqlQuery removeAnnotations(m_db->database());
    removeAnnotations.prepare(u"DELETE FROM annotations WHERE label_id IN (%1)"_s.arg(placeholdersFor(subtree)));
    bindIds(removeAnnotations, subtree);
    QSqlQuery removeLabel(m_db->database());
    removeLabel.prepare(u"DELETE FROM labels WHERE id = ?"_s); // the sub-labels follow (ON DELETE CASCADE)
    removeLabel.addBindValue(id);
    if (!transaction.isActive() || !removeAnnotations.exec() || !removeLabel.exec() || !transaction.commit()) {
        return fail(tr("Cannot delete the label: %1").arg(removeAnnotations.lastError().text() + removeLabel.lastError().text() + transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    QSet<qint64> documents;
    for (const Annotation &a : std::as_const(taken.annotations)) {
        Q_EMIT annotationRemoved(a.documentId, a.id);
        documents.insert(a.documentId);
    }
    for (const qint64 documentId : std::as_const(documents)) {
        Q_EMIT documentChanged(documentId);
        Q_EMIT relationsChanged(documentId);
    }
    if (std::any_of(taken.annotations.cbegin(), taken.annotations.cend(), [](const Annotation &a) {
            return a.entityId != 0;
        })) {
        Q_EMIT entitiesChanged();
    }
    if (snapshot) {
        *snapshot = taken;
    }
    return true;
}

bool AnnotationStore::performMergeLabels(qint64 keepId, qint64 mergedId, LabelSnapshot *snapshot)
{
    const std::optional<Label> keep = label(keepId);
    const std::optional<Label> merged = label(mergedId);
    if (!keep || !merged || keepId == mergedId || labelWithDescendants(mergedId).contains(keepId)) {
        return fail(tr("A label cannot be merged into itself or into a label below it."));
    }
    LabelSnapshot taken;
    taken.labels << *merged;
    for (const Label &l : std::as_const(m_labels)) {
        if (l.parentId == mergedId) {
            taken.reparented << std::pair{l.id, mergedId};
        }
    }
    for (const RelationType &type : std::as_const(m_relationTypes)) {
        if (type.sourceLabelId == mergedId || type.targetLabelId == mergedId) {
            taken.relationTypes << type;
        }
    }
    QSqlQuery rows(m_db->database());
    rows.prepare(u"SELECT id, document_id FROM annotations WHERE label_id = ?"_s);
    rows.addBindValue(mergedId);
    QList<std::pair<qint64, qint64>> moved; // (annotation, document)
    if (rows.exec()) {
        while (rows.next()) {
            taken.relabelled << std::pair{rows.value(0).toLongLong(), mergedId};
            moved << std::pair{rows.value(0).toLongLong(), rows.value(1).toLongLong()};
        }
    }
    Transaction transaction(m_db->database());
    bool ok = transaction.isActive();
    for (const QString &sql : {u"UPDATE annotations SET label_id = :keep WHERE label_id = :merged"_s,
             u"UPDATE labels SET parent_id = :keep WHERE parent_id = :merged"_s,
             u"UPDATE relation_types SET source_label_id = :keep WHERE source_label_id = :merged"_s,
             u"UPDATE relation_types SET target_label_id = :keep WHERE target_label_id = :merged"_s,
             u"DELETE FROM labels WHERE id = :merged"_s}) {
        QSqlQuery step(m_db->database());
        step.prepare(sql);
        if (sql.contains(u":keep"_s)) {
            step.bindValue(u":keep"_s, keepId);
        }
        step.bindValue(u":merged"_s, mergedId);
        ok = ok && step.exec();
        if (!ok) {
            m_error = step.lastError().text();
        }
    }
    if (!ok || !transaction.commit()) {
        return fail(tr("Cannot merge the labels: %1").arg(m_error + transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    for (const auto &[annotationId, documentId] : std::as_const(moved)) {
        Q_EMIT annotationChanged(documentId, annotationId);
    }
    if (snapshot) {
        *snapshot = taken;
    }
    return true;
}

bool AnnotationStore::performRestoreLabels(const LabelSnapshot &snapshot)
{
    Transaction transaction(m_db->database());
    bool ok = transaction.isActive();
    QSqlQuery insertLabel(m_db->database());
    insertLabel.prepare(u"INSERT INTO labels (id, parent_id, name, color, shortcut, description, position) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < snapshot.labels.size(); ++i) {
        const Label &l = snapshot.labels.at(i);
        insertLabel.bindValue(0, l.id);
        insertLabel.bindValue(1, l.parentId == 0 ? QVariant() : QVariant(l.parentId));
        insertLabel.bindValue(2, l.name);
        insertLabel.bindValue(3, l.color.name());
        insertLabel.bindValue(4, l.shortcut);
        insertLabel.bindValue(5, l.description);
        insertLabel.bindValue(6, l.position);
        ok = insertLabel.exec();
    }
    QSqlQuery insertAttribute(m_db->database());
    insertAttribute.prepare(u"INSERT INTO label_attributes (id, label_id, name, type, choices, position) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < snapshot.attributes.size(); ++i) {
        const LabelAttribute &a = snapshot.attributes.at(i);
        insertAttribute.bindValue(0, a.id);
        insertAttribute.bindValue(1, a.labelId);
        insertAttribute.bindValue(2, a.name);
        insertAttribute.bindValue(3, a.type);
        insertAttribute.bindValue(4,
            a.choices.isEmpty() ? QVariant()
                                : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.choices)).toJson(QJsonDocument::Compact))));
        insertAttribute.bindValue(5, a.position);
        ok = insertAttribute.exec();
    }
    QSqlQuery insertAnnotation(m_db->database());
    insertAnnotation.prepare(
        u"INSERT INTO annotations (id, document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, entity_id, note, author, created_at, "
        "updated_at, anchor_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < snapshot.annotations.size(); ++i) {
        const Annotation &a = snapshot.annotations.at(i);
        const QVariantList values{a.id,
            a.documentId,
            a.labelId,
            a.start,
            a.end,
            a.quote,
            a.prefix,
            a.suffix,
            a.entityId == 0 ? QVariant() : QVariant(a.entityId),
            a.note.isEmpty() ? QVariant() : QVariant(a.note),
            a.author,
            a.createdAt,
            a.updatedAt,
            a.anchorState};
        for (int v = 0; v < values.size(); ++v) {
            insertAnnotation.bindValue(v, values.at(v));
        }
        ok = insertAnnotation.exec();
    }
    for (qsizetype i = 0; ok && i < snapshot.relations.size(); ++i) {
        qint64 relationId = 0;
        ok = insertRelationRow(snapshot.relations.at(i), &relationId);
    }
    QSqlQuery insertValue(m_db->database());
    insertValue.prepare(u"INSERT INTO annotation_attributes (annotation_id, attribute_id, value) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < snapshot.values.size(); ++i) {
        insertValue.bindValue(0, snapshot.values.at(i).annotationId);
        insertValue.bindValue(1, snapshot.values.at(i).attributeId);
        insertValue.bindValue(2, snapshot.values.at(i).value);
        ok = insertValue.exec();
    }
    QSqlQuery relabel(m_db->database());
    relabel.prepare(u"UPDATE annotations SET label_id = ? WHERE id = ?"_s);
    for (qsizetype i = 0; ok && i < snapshot.relabelled.size(); ++i) {
        relabel.bindValue(0, snapshot.relabelled.at(i).second);
        relabel.bindValue(1, snapshot.relabelled.at(i).first);
        ok = relabel.exec();
    }
    QSqlQuery reparent(m_db->database());
    reparent.prepare(u"UPDATE labels SET parent_id = ? WHERE id = ?"_s);
    for (qsizetype i = 0; ok && i < snapshot.reparented.size(); ++i) {
        reparent.bindValue(0, snapshot.reparented.at(i).second);
        reparent.bindValue(1, snapshot.reparented.at(i).first);
        ok = reparent.exec();
    }
    QSqlQuery retype(m_db->database());
    retype.prepare(u"UPDATE relation_types SET source_label_id = ?, target_label_id = ? WHERE id = ?"_s);
    for (qsizetype i = 0; ok && i < snapshot.relationTypes.size(); ++i) {
        const RelationType &type = snapshot.relationTypes.at(i);
        retype.bindValue(0, type.sourceLabelId == 0 ? QVariant() : QVariant(type.sourceLabelId));
        retype.bindValue(1, type.targetLabelId == 0 ? QVariant() : QVariant(type.targetLabelId));
        retype.bindValue(2, type.id);
        ok = retype.exec();
    }
    if (!ok || !transaction.commit()) {
        return fail(tr("Cannot restore the labels: %1")
                .arg(insertLabel.lastError().text() + insertAnnotation.lastError().text() + m_error + transaction.errorString()));
    }
    loadLabels();
    Q_EMIT labelsChanged();
    QSet<qint64> documents;
    for (const Annotation &a : snapshot.annotations) {
        Q_EMIT annotationAdded(a.documentId, a.id);
        documents.insert(a.documentId);
    }
    for (const auto &[annotationId, oldLabel] : snapshot.relabelled) {
        Q_UNUSED(oldLabel)
        if (const std::optional<Annotation> a = annotation(annotationId)) {
            Q_EMIT annotationChanged(a->documentId, annotationId);
        }
    }
    for (const qint64 documentId : std::as_const(documents)) {
        Q_EMIT documentChanged(documentId);
        Q_EMIT relationsChanged(documentId);
    }
    if (std::any_of(snapshot.annotations.cbegin(), snapshot.annotations.cend(), [](const Annotation &a) {
            return a.entityId != 0;
        })) {
        Q_EMIT entitiesChanged();
    }
    return true;
}

void AnnotationStore::clearTextCache()
{
    m_cachedTextId = 0;
    m_cachedText.clear();
}

void AnnotationStore::reload()
{
    clearTextCache();
    m_entityCache.reset();
    loadLabels();
    Q_EMIT labelsChanged();
    Q_EMIT entitiesChanged();
}

QString AnnotationStore::documentText(qint64 documentId) const
{
    if (documentId == m_cachedTextId) {
        return m_cachedText;
    }
    QString text = m_db->documentText(documentId);
    if (!text.isNull()) {
        m_cachedTextId = documentId;
        m_cachedText = text;
    }
    return text;
}

QList<Annotation> AnnotationStore::annotations(qint64 documentId) const
{
    QList<Annotation> result;
    QSqlQuery query(m_db->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kAnnotationColumns + u" FROM annotations WHERE document_id = ? ORDER BY start_utf16, end_utf16 DESC, id"_s);
    query.addBindValue(documentId);
    if (query.exec()) {
        while (query.next()) {
            result.append(annotationFromQuery(query));
        }
    }
    return result;
}

QList<AnnotationSpan> AnnotationStore::spansOf(qint64 documentId) const
{
    QList<AnnotationSpan> result;
    // SQLite's own API: QtSql would make a QVariant of every value.
    sqlite3 *connection = m_db->handle();
    SqliteStatement count;
    if (count.prepare(connection, "SELECT annotation_count FROM documents WHERE id = ?")) {
        // The count the triggers keep sizes the list once; doubling it as it grows would
        // touch about twice its memory.
        sqlite3_bind_int64(count.handle(), 1, documentId);
        if (sqlite3_step(count.handle()) == SQLITE_ROW) {
            result.reserve(std::clamp<qint64>(sqlite3_column_int64(count.handle(), 0), 0, 1 << 24));
        }
    }
    SqliteStatement select;
    if (!select.prepare(connection,
            "SELECT id, label_id, start_utf16, end_utf16 FROM annotations WHERE document_id = ? ORDER BY start_utf16, end_utf16 DESC, id")) {
        return result;
    }
    sqlite3_bind_int64(select.handle(), 1, documentId);
    while (sqlite3_step(select.handle()) == SQLITE_ROW) {
        sqlite3_stmt *row = select.handle();
        result.append(
            {sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 1), qsizetype(sqlite3_column_int64(row, 2)), qsizetype(sqlite3_column_int64(row, 3))});
    }
    return result;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT "_s + kAnnotationColumns + u" FROM annotations WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return annotationFromQuery(query);
    }
    return std::nullopt;
}

std::optional<qint64> AnnotationStore::performAdd(const Annotation &input, const QList<Relation> &relations)
{
    if (!label(input.labelId)) {
        fail(tr("The label of the annotation does not exist."));
        return std::nullopt;
    }
    const QString text = documentText(input.documentId);
    if (input.start < 0 || input.end <= input.start || input.end > text.size()) {
        fail(tr("The span %1–%2 is outside the document.").arg(input.start).arg(input.end));
        return std::nullopt;
    }
    if (splitsSurrogatePair(text, input.start) || splitsSurrogatePair(text, input.end)) {
        fail(tr("A span cannot begin or end inside a character."));
        return std::nullopt;
    }
    Annotation a = input;
    const TextAnchor anchor = TextAnchor::fromText(text, a.start, a.end);
    if (a.id == 0) {
        a.quote = anchor.quote;
        a.prefix = anchor.prefix;
        a.suffix = anchor.suffix;
        a.author = m_author;
        a.createdAt = a.updatedAt = ProjectDatabase::timestamp();
        a.anchorState = 0;
    } else if (a.quote != anchor.quote) {
        fail(tr("The annotation no longer matches the text of its document."));
        return std::nullopt;
    }

    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(
        u"INSERT INTO annotations (id, document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, entity_id, note, author, created_at, "
        "updated_at, anchor_state) VALUES (:id, :document, :label, :start, :end, :quote, :prefix, :suffix, :entity, :note, :author, :created, :updated, "
        ":anchor)"_s);
    query.bindValue(u":id"_s, a.id == 0 ? QVariant() : QVariant(a.id));
    query.bindValue(u":document"_s, a.documentId);
    query.bindValue(u":label"_s, a.labelId);
    query.bindValue(u":start"_s, a.start);
    query.bindValue(u":end"_s, a.end);
    query.bindValue(u":quote"_s, boundText(a.quote));
    query.bindValue(u":prefix"_s, boundText(a.prefix));
    query.bindValue(u":suffix"_s, boundText(a.suffix));
    query.bindValue(u":entity"_s, a.entityId == 0 ? QVariant() : QVariant(a.entityId));
    query.bindValue(u":note"_s, a.note.isEmpty() ? QVariant() : QVariant(a.note));
    query.bindValue(u":author"_s, a.author);
    query.bindValue(u":created"_s, a.createdAt);
    query.bindValue(u":updated"_s, a.updatedAt);
    query.bindValue(u":anchor"_s, a.anchorState);
    bool ok = transaction.isActive() && query.exec();
    for (qsizetype i = 0; ok && i < relations.size(); ++i) {
        qint64 relationId = 0;
        ok = insertRelationRow(relations.at(i), &relationId);
    }
    if (!ok || !transaction.commit()) {
        fail(tr("Cannot save the annotation: %1").arg(query.lastError().text() + m_error + transaction.errorString()));
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT annotationAdded(a.documentId, id);
    Q_EMIT documentChanged(a.documentId);
    if (a.entityId) {
        Q_EMIT entitiesChanged(); // a restored mention counts again
    }
    if (!relations.isEmpty()) {
        Q_EMIT relationsChanged(a.documentId);
    }
    return id;
}

bool AnnotationStore::performRemove(qint64 id)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a) {
        return fail(tr("The annotation does not exist any more."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"DELETE FROM annotations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot remove the annotation: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT annotationRemoved(a->documentId, id);
    Q_EMIT documentChanged(a->documentId);
    Q_EMIT relationsChanged(a->documentId); // its relations went with it
    if (a->entityId) {
        Q_EMIT entitiesChanged(); // one mention fewer
    }
    return true;
}

bool AnnotationStore::performAddMany(const QList<AnnotationWithAttributes> &annotations,
    QList<AnnotationWithAttributes> *stored,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    if (stored) {
        stored->clear();
    }
    if (annotations.isEmpty()) {
        return true;
    }
    QSqlDatabase db = m_db->database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return fail(tr("Cannot write to the project: %1").arg(transaction.errorString()));
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO annotations (id, document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, entity_id, note, author, created_at, "
                   "updated_at, anchor_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery setAttribute(db);
    setAttribute.prepare(u"INSERT INTO annotation_attributes (annotation_id, attribute_id, value) VALUES (?, ?, ?)"_s);

    QHash<qint64, QList<qint64>> declared; // label → the attribute ids it takes
    QList<AnnotationWithAttributes> written;
    written.reserve(annotations.size());
    QList<qint64> documents;
    bool anyEntity = false;
    const QString now = ProjectDatabase::timestamp();
    const qsizetype total = annotations.size();
    for (qsizetype i = 0; i < total; ++i) {
        AnnotationWithAttributes item = annotations.at(i);
        Annotation &a = item.annotation;
        if (!label(a.labelId)) {
            return fail(tr("The label of the annotation “%1” does not exist.").arg(a.quote));
        }
        const QString text = documentText(a.documentId);
        if (a.start < 0 || a.end <= a.start || a.end > text.size() || splitsSurrogatePair(text, a.start) || splitsSurrogatePair(text, a.end)) {
            return fail(tr("The span %1–%2 of “%3” is not a span of its document; nothing was added.").arg(a.start).arg(a.end).arg(a.quote));
        }
        const TextAnchor anchor = TextAnchor::fromText(text, a.start, a.end);
        if (a.id == 0) {
            if (!a.quote.isEmpty() && a.quote != anchor.quote) {
                return fail(tr("“%1” no longer matches the text of its document; nothing was added.").arg(a.quote));
            }
            a.quote = anchor.quote;
            a.prefix = anchor.prefix;
            a.suffix = anchor.suffix;
            a.author = m_author;
            a.createdAt = a.updatedAt = now;
            a.anchorState = 0;
        } else if (a.quote != anchor.quote) {
            return fail(tr("“%1” no longer matches the text of its document; nothing was added.").arg(a.quote));
        }
        auto attributeIds = declared.find(a.labelId);
        if (attributeIds == declared.end()) {
            QList<qint64> ids;
            for (const LabelAttribute &attribute : attributesFor(a.labelId)) {
                ids << attribute.id;
            }
            attributeIds = declared.insert(a.labelId, ids);
        }
        for (const QVariant &value : {a.id == 0 ? QVariant() : QVariant(a.id),
                 QVariant(a.documentId),
                 QVariant(a.labelId),
                 QVariant(a.start),
                 QVariant(a.end),
                 QVariant(boundText(a.quote)),
                 QVariant(boundText(a.prefix)),
                 QVariant(boundText(a.suffix)),
                 a.entityId == 0 ? QVariant() : QVariant(a.entityId),
                 a.note.isEmpty() ? QVariant() : QVariant(a.note),
                 QVariant(a.author),
                 QVariant(a.createdAt),
                 QVariant(a.updatedAt),
                 QVariant(a.anchorState)}) {
            insert.addBindValue(value);
        }
        if (!insert.exec()) {
            return fail(tr("Cannot save the annotation “%1”: %2").arg(a.quote, insert.lastError().text()));
        }
        a.id = insert.lastInsertId().toLongLong();
        for (AttributeValue &value : item.attributes) {
            if (!attributeIds->contains(value.attributeId)) {
                return fail(tr("The label of “%1” has no such attribute; nothing was added.").arg(a.quote));
            }
            value.annotationId = a.id;
            setAttribute.addBindValue(a.id);
            setAttribute.addBindValue(value.attributeId);
            setAttribute.addBindValue(value.value);
            if (!setAttribute.exec()) {
                return fail(tr("Cannot save the attribute of “%1”: %2").arg(a.quote, setAttribute.lastError().text()));
            }
        }
        if (documents.isEmpty() || documents.constLast() != a.documentId) {
            documents << a.documentId;
        }
        anyEntity = anyEntity || a.entityId != 0;
        written << item;
        if (progress && (i + 1) % 256 == 0 && !progress(i + 1, total)) {
            return fail(tr("Cancelled; nothing was added."));
        }
    }
    if (!transaction.commit()) {
        return fail(tr("Cannot write to the project: %1").arg(transaction.errorString()));
    }
    if (progress) {
        progress(total, total);
    }
    if (stored) {
        *stored = std::move(written);
    }
    announceReset(std::move(documents), anyEntity);
    return true;
}

void AnnotationStore::announceAdded(const QList<AnnotationWithAttributes> &added)
{
    QList<qint64> documents;
    bool anyEntity = false;
    for (const AnnotationWithAttributes &item : added) {
        documents << item.annotation.documentId;
        anyEntity = anyEntity || item.annotation.entityId != 0;
    }
    announceReset(std::move(documents), anyEntity);
}

void AnnotationStore::announceReset(QList<qint64> documents, bool entities)
{
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    if (documents.isEmpty()) {
        return;
    }
    // annotationsReset() tells listeners to read those documents again, relations included.
    Q_EMIT annotationsReset(documents);
    for (const qint64 document : std::as_const(documents)) {
        Q_EMIT documentChanged(document);
    }
    if (entities) {
        Q_EMIT entitiesChanged();
    }
}

bool AnnotationStore::performRemoveMany(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return true;
    }
    QSqlDatabase db = m_db->database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return fail(tr("Cannot write to the project: %1").arg(transaction.errorString()));
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM annotations WHERE id = ? RETURNING document_id, entity_id"_s);
    QList<qint64> documents;
    bool anyEntity = false;
    for (const qint64 id : ids) {
        remove.addBindValue(id);
        if (!remove.exec()) {
            return fail(tr("Cannot remove the annotations: %1").arg(remove.lastError().text()));
        }
        if (!remove.next()) {
            return fail(tr("An annotation to remove does not exist any more; nothing was removed."));
        }
        documents << remove.value(0).toLongLong();
        anyEntity = anyEntity || !remove.value(1).isNull();
        remove.finish();
    }
    if (!transaction.commit()) {
        return fail(tr("Cannot write to the project: %1").arg(transaction.errorString()));
    }
    announceReset(std::move(documents), anyEntity);
    return true;
}

bool AnnotationStore::performSetLabel(qint64 id, qint64 labelId)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a || !label(labelId)) {
        return fail(tr("The annotation or its new label does not exist."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE annotations SET label_id = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(labelId);
    query.addBindValue(ProjectDatabase::timestamp());
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot change the label: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT annotationChanged(a->documentId, id);
    return true;
}

bool AnnotationStore::performSetNote(qint64 id, const QString &note)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a) {
        return fail(tr("The annotation does not exist any more."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE annotations SET note = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    query.addBindValue(ProjectDatabase::timestamp());
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot save the note: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT annotationChanged(a->documentId, id);
    return true;
}

bool AnnotationStore::performSetRange(qint64 id, qsizetype start, qsizetype end)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a) {
        return fail(tr("The annotation does not exist any more."));
    }
    const QString text = documentText(a->documentId);
    if (start < 0 || end <= start || end > text.size() || splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
        return fail(tr("The span %1–%2 is not a valid range of the document.").arg(start).arg(end));
    }
    const TextAnchor anchor = TextAnchor::fromText(text, start, end);
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE annotations SET start_utf16 = ?, end_utf16 = ?, quote = ?, prefix = ?, suffix = ?, anchor_state = 0, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(boundText(anchor.quote));
    query.addBindValue(boundText(anchor.prefix));
    query.addBindValue(boundText(anchor.suffix));
    query.addBindValue(ProjectDatabase::timestamp());
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot change the span: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT annotationChanged(a->documentId, id);
    return true;
}

QList<LabelAttribute> AnnotationStore::attributesFor(qint64 labelId) const
{
    QList<qint64> chain;
    for (std::optional<Label> l = label(labelId); l; l = l->parentId ? label(l->parentId) : std::nullopt) {
        chain << l->id;
    }
    QList<LabelAttribute> result;
    if (chain.isEmpty()) {
        return result;
    }
    QSqlQuery query(m_db->database());
    query.prepare(
        u"SELECT id, label_id, name, type, coalesce(choices, '[]'), position FROM label_attributes WHERE label_id IN (%1) ORDER BY position, id"_s.arg(
            placeholdersFor(chain)));
    bindIds(query, chain);
    if (query.exec()) {
        while (query.next()) {
            QStringList choices;
            for (const QJsonValue &choice : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array()) {
                choices << choice.toString();
            }
            result.append(LabelAttribute{query.value(0).toLongLong(),
                query.value(1).toLongLong(),
                query.value(2).toString(),
                query.value(3).toString(),
                choices,
                query.value(5).toInt()});
        }
    }
    return result;
}

QList<AttributeValue> AnnotationStore::attributeValues(qint64 annotationId) const
{
    QList<AttributeValue> result;
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT annotation_id, attribute_id, coalesce(value, '') FROM annotation_attributes WHERE annotation_id = ? ORDER BY attribute_id"_s);
    query.addBindValue(annotationId);
    if (query.exec()) {
        while (query.next()) {
            result.append(AttributeValue{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
        }
    }
    return result;
}

QList<AttributeValue> AnnotationStore::attributeValuesInDocument(qint64 documentId) const
{
    QList<AttributeValue> result;
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT v.annotation_id, v.attribute_id, coalesce(v.value, '') FROM annotation_attributes v "
                  "JOIN annotations a ON a.id = v.annotation_id WHERE a.document_id = ? ORDER BY v.annotation_id, v.attribute_id"_s);
    query.addBindValue(documentId);
    if (query.exec()) {
        while (query.next()) {
            result.append(AttributeValue{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
        }
    }
    return result;
}

bool AnnotationStore::performSetAttribute(qint64 annotationId, qint64 attributeId, const QString &value)
{
    const std::optional<Annotation> a = annotation(annotationId);
    if (!a) {
        return fail(tr("The annotation does not exist any more."));
    }
    bool declared = false;
    for (const LabelAttribute &attribute : attributesFor(a->labelId)) {
        declared = declared || attribute.id == attributeId;
    }
    if (!declared) {
        return fail(tr("The label of this annotation has no such attribute."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    if (value.isEmpty()) {
        query.prepare(u"DELETE FROM annotation_attributes WHERE annotation_id = ? AND attribute_id = ?"_s);
        query.addBindValue(annotationId);
        query.addBindValue(attributeId);
    } else {
        query.prepare(u"INSERT INTO annotation_attributes (annotation_id, attribute_id, value) VALUES (?, ?, ?) "
                      "ON CONFLICT (annotation_id, attribute_id) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(annotationId);
        query.addBindValue(attributeId);
        query.addBindValue(value);
    }
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot save the attribute: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT annotationChanged(a->documentId, annotationId);
    return true;
}

std::optional<RelationType> AnnotationStore::relationType(qint64 id) const
{
    for (const RelationType &type : m_relationTypes) {
        if (type.id == id) {
            return type;
        }
    }
    return std::nullopt;
}

bool AnnotationStore::labelFits(qint64 labelId, qint64 allowedLabelId) const
{
    if (allowedLabelId == 0) {
        return true;
    }
    for (std::optional<Label> l = label(labelId); l; l = l->parentId ? label(l->parentId) : std::nullopt) {
        if (l->id == allowedLabelId) {
            return true;
        }
    }
    return false;
}

QList<RelationType> AnnotationStore::fittingRelationTypes(qint64 sourceLabelId, qint64 targetLabelId) const
{
    QList<RelationType> fitting;
    for (const RelationType &type : m_relationTypes) {
        if (labelFits(sourceLabelId, type.sourceLabelId) && labelFits(targetLabelId, type.targetLabelId)) {
            fitting.append(type);
        }
    }
    return fitting;
}

namespace
{
const auto kRelationColumns = u"id, type_id, source_id, target_id, coalesce(note, ''), author, created_at"_s;

Relation relationFromQuery(const QSqlQuery &query)
{
    return Relation{query.value(0).toLongLong(),
        query.value(1).toLongLong(),
        query.value(2).toLongLong(),
        query.value(3).toLongLong(),
        query.value(4).toString(),
        query.value(5).toString(),
        query.value(6).toString()};
}

/*! The relations matching \a where, by id; \a id is bound to each of its placeholders. */
QList<Relation> relationsWhere(const QSqlDatabase &db, const QString &where, qint64 id)
{
    QList<Relation> result;
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + kRelationColumns + u" FROM relations WHERE "_s + where + u" ORDER BY id"_s);
    for (qsizetype placeholders = where.count(u'?'); placeholders > 0; --placeholders) {
        query.addBindValue(id);
    }
    if (query.exec()) {
        while (query.next()) {
            result.append(relationFromQuery(query));
        }
    }
    return result;
}
} // namespace

QList<Relation> AnnotationStore::relationsOf(qint64 annotationId) const
{
    return relationsWhere(m_db->database(), u"source_id = ? OR target_id = ?"_s, annotationId);
}

QList<Relation> AnnotationStore::relationsInDocument(qint64 documentId) const
{
    // Two ways to find them: look each of the document's annotations up in the two relation
    // indexes, or look up both ends of every relation of the project. Without statistics
    // SQLite always takes the first, 54 ms for a document of 50,000 spans in a project without
    // a single relation. So count: the largest relation id bounds the number of relations, and
    // the document's annotations are counted only that far.
    const QSqlDatabase db = m_db->database();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT coalesce(max(id), 0) FROM relations"_s) || !query.next()) {
        return {};
    }
    const qint64 relations = query.value(0).toLongLong();
    if (relations == 0) {
        return {};
    }
    query.prepare(u"SELECT count(*) FROM (SELECT 1 FROM annotations WHERE document_id = ? LIMIT ?)"_s);
    query.addBindValue(documentId);
    query.addBindValue(relations);
    const qint64 annotations = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    if (annotations < relations) {
        return relationsWhere(db,
            u"source_id IN (SELECT id FROM annotations WHERE document_id = ?) OR target_id IN (SELECT id FROM annotations WHERE document_id = ?)"_s,
            documentId);
    }
    return relationsWhere(db,
        u"EXISTS (SELECT 1 FROM annotations a WHERE a.id = source_id AND a.document_id = ?) "
        "OR EXISTS (SELECT 1 FROM annotations a WHERE a.id = target_id AND a.document_id = ?)"_s,
        documentId);
}

std::optional<Relation> AnnotationStore::relation(qint64 id) const
{
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT "_s + kRelationColumns + u" FROM relations WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return relationFromQuery(query);
    }
    return std::nullopt;
}

bool AnnotationStore::insertRelationRow(const Relation &relation, qint64 *id)
{
    QSqlQuery query(m_db->database());
    query.prepare(u"INSERT INTO relations (id, type_id, source_id, target_id, note, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(relation.id == 0 ? QVariant() : QVariant(relation.id));
    query.addBindValue(relation.typeId);
    query.addBindValue(relation.sourceId);
    query.addBindValue(relation.targetId);
    query.addBindValue(relation.note.isEmpty() ? QVariant() : QVariant(relation.note));
    query.addBindValue(relation.author.isEmpty() ? m_author : relation.author);
    query.addBindValue(relation.createdAt.isEmpty() ? ProjectDatabase::timestamp() : relation.createdAt);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    *id = query.lastInsertId().toLongLong();
    return true;
}

std::optional<qint64> AnnotationStore::performAddRelation(const Relation &relation)
{
    const std::optional<Annotation> source = annotation(relation.sourceId);
    const std::optional<Annotation> target = annotation(relation.targetId);
    const std::optional<RelationType> type = relationType(relation.typeId);
    if (!source || !target || !type || relation.sourceId == relation.targetId) {
        fail(tr("A relation needs two different annotations and a relation type."));
        return std::nullopt;
    }
    if (!labelFits(source->labelId, type->sourceLabelId) || !labelFits(target->labelId, type->targetLabelId)) {
        fail(tr("“%1” does not link a %2 to a %3.").arg(type->name, labelPath(source->labelId), labelPath(target->labelId)));
        return std::nullopt;
    }
    Transaction transaction(m_db->database());
    qint64 id = 0;
    if (!transaction.isActive() || !insertRelationRow(relation, &id) || !transaction.commit()) {
        fail(tr("Cannot save the relation: %1").arg(m_error + transaction.errorString()));
        return std::nullopt;
    }
    Q_EMIT relationsChanged(source->documentId);
    if (target->documentId != source->documentId) {
        Q_EMIT relationsChanged(target->documentId);
    }
    return id;
}

bool AnnotationStore::performRemoveRelation(qint64 id)
{
    const std::optional<Relation> r = relation(id);
    if (!r) {
        return fail(tr("The relation does not exist any more."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"DELETE FROM relations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot remove the relation: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    for (const qint64 end : {r->sourceId, r->targetId}) {
        if (const std::optional<Annotation> a = annotation(end)) {
            Q_EMIT relationsChanged(a->documentId);
        }
    }
    return true;
}

void AnnotationStore::ensureEntityCache() const
{
    if (m_entityCache) {
        return;
    }
    QHash<qint64, Entity> cache;
    QSqlQuery query(m_db->database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT id, name, coalesce(type, ''), coalesce(note, '') FROM entities"_s)) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            cache.insert(id, Entity{id, query.value(1).toString(), query.value(2).toString(), {}, query.value(3).toString()});
        }
    }
    QSqlQuery aliases(m_db->database());
    aliases.setForwardOnly(true);
    if (aliases.exec(u"SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias"_s)) {
        while (aliases.next()) {
            const auto it = cache.find(aliases.value(0).toLongLong());
            if (it != cache.end()) {
                it->aliases << aliases.value(1).toString();
            }
        }
    }
    m_entityCache = cache;
}

QList<EntityRow> AnnotationStore::entityRows() const
{
    ensureEntityCache();
    QHash<qint64, std::pair<int, int>> counts;
    QSqlQuery query(m_db->database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT entity_id, count(*), count(DISTINCT document_id) FROM annotations WHERE entity_id IS NOT NULL GROUP BY entity_id"_s)) {
        while (query.next()) {
            counts.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt()});
        }
    }
    QList<EntityRow> rows;
    rows.reserve(m_entityCache->size());
    for (const Entity &e : std::as_const(*m_entityCache)) {
        const auto [mentions, documents] = counts.value(e.id);
        rows.append(EntityRow{e.id, e.name, e.type, e.aliases, mentions, documents});
    }
    std::sort(rows.begin(), rows.end(), [](const EntityRow &a, const EntityRow &b) {
        return a.id < b.id;
    });
    return rows;
}

std::optional<Entity> AnnotationStore::entity(qint64 id) const
{
    ensureEntityCache();
    const auto it = m_entityCache->constFind(id);
    return it == m_entityCache->cend() ? std::nullopt : std::optional<Entity>(*it);
}

QList<Entity> AnnotationStore::matchingEntities(const QString &mention) const
{
    ensureEntityCache();
    const QString key = foldForMatching(mention);
    QList<Entity> matches;
    if (key.isEmpty()) {
        return matches;
    }
    for (const Entity &e : std::as_const(*m_entityCache)) {
        bool match = foldForMatching(e.name) == key;
        for (qsizetype i = 0; !match && i < e.aliases.size(); ++i) {
            match = foldForMatching(e.aliases.at(i)) == key;
        }
        if (match) {
            matches.append(e);
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Entity &a, const Entity &b) {
        return a.id < b.id;
    });
    return matches;
}

QList<Mention> AnnotationStore::mentions(qint64 entityId) const
{
    QList<Mention> result;
    QSqlQuery query(m_db->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT a.id, a.document_id, a.start_utf16, a.end_utf16 FROM annotations a JOIN documents d ON d.id = a.document_id "
                  "WHERE a.entity_id = ? ORDER BY d.source_path, a.start_utf16"_s);
    query.addBindValue(entityId);
    if (query.exec()) {
        while (query.next()) {
            result.append(Mention{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong()});
        }
    }
    return result;
}

bool AnnotationStore::writeAliases(qint64 entityId, const QStringList &aliases)
{
    QSqlQuery clear(m_db->database());
    clear.prepare(u"DELETE FROM entity_aliases WHERE entity_id = ?"_s);
    clear.addBindValue(entityId);
    if (!clear.exec()) {
        return false;
    }
    QSqlQuery insert(m_db->database());
    insert.prepare(u"INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)"_s);
    for (const QString &alias : aliases) {
        const QString trimmed = alias.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        insert.bindValue(0, entityId);
        insert.bindValue(1, trimmed);
        insert.bindValue(2, foldForMatching(trimmed));
        if (!insert.exec()) {
            return false;
        }
    }
    return true;
}

bool AnnotationStore::insertEntityRow(const Entity &entity, qint64 *id)
{
    QSqlQuery query(m_db->database());
    query.prepare(u"INSERT INTO entities (id, name, type, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entity.id == 0 ? QVariant() : QVariant(entity.id));
    query.addBindValue(entity.name.trimmed());
    query.addBindValue(entity.type.isEmpty() ? QVariant() : QVariant(entity.type));
    query.addBindValue(entity.note.isEmpty() ? QVariant() : QVariant(entity.note));
    const QString now = ProjectDatabase::timestamp();
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    *id = query.lastInsertId().toLongLong();
    return writeAliases(*id, entity.aliases);
}

void AnnotationStore::linkedAnnotationsChanged(const QList<qint64> &annotationIds)
{
    for (const qint64 id : annotationIds) {
        if (const std::optional<Annotation> a = annotation(id)) {
            Q_EMIT annotationChanged(a->documentId, id);
        }
    }
}

std::optional<qint64> AnnotationStore::performAddEntity(const Entity &entity, qint64 linkAnnotationId)
{
    if (entity.name.trimmed().isEmpty()) {
        fail(tr("An entity needs a name."));
        return std::nullopt;
    }
    const std::optional<Annotation> linked = linkAnnotationId ? annotation(linkAnnotationId) : std::nullopt;
    Transaction transaction(m_db->database());
    qint64 id = 0;
    bool ok = transaction.isActive() && insertEntityRow(entity, &id);
    if (ok && linked) {
        QSqlQuery link(m_db->database());
        link.prepare(u"UPDATE annotations SET entity_id = ?, updated_at = ? WHERE id = ?"_s);
        link.addBindValue(id);
        link.addBindValue(ProjectDatabase::timestamp());
        link.addBindValue(linkAnnotationId);
        ok = link.exec();
    }
    if (!ok || !transaction.commit()) {
        fail(tr("Cannot save the entity “%1”: %2").arg(entity.name, m_error + transaction.errorString()));
        return std::nullopt;
    }
    m_entityCache.reset();
    Q_EMIT entitiesChanged();
    if (linked) {
        Q_EMIT annotationChanged(linked->documentId, linked->id);
    }
    return id;
}

bool AnnotationStore::performRemoveEntity(qint64 id)
{
    const QList<Mention> linked = mentions(id);
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"DELETE FROM entities WHERE id = ?"_s);
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot remove the entity: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    m_entityCache.reset();
    Q_EMIT entitiesChanged();
    QList<qint64> ids;
    for (const Mention &m : linked) {
        ids << m.annotationId;
    }
    linkedAnnotationsChanged(ids);
    return true;
}

bool AnnotationStore::performUpdateEntity(const Entity &entity)
{
    if (entity.name.trimmed().isEmpty()) {
        return fail(tr("An entity needs a name."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE entities SET name = ?, type = ?, note = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(entity.name.trimmed());
    query.addBindValue(entity.type.isEmpty() ? QVariant() : QVariant(entity.type));
    query.addBindValue(entity.note.isEmpty() ? QVariant() : QVariant(entity.note));
    query.addBindValue(ProjectDatabase::timestamp());
    query.addBindValue(entity.id);
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() != 1 || !writeAliases(entity.id, entity.aliases) || !transaction.commit()) {
        return fail(tr("Cannot save the entity “%1”: %2").arg(entity.name, query.lastError().text() + transaction.errorString()));
    }
    m_entityCache.reset();
    Q_EMIT entitiesChanged();
    QList<qint64> ids;
    for (const Mention &m : mentions(entity.id)) {
        ids << m.annotationId;
    }
    linkedAnnotationsChanged(ids);
    return true;
}

bool AnnotationStore::performLinkEntity(qint64 annotationId, qint64 entityId)
{
    const std::optional<Annotation> a = annotation(annotationId);
    if (!a || (entityId != 0 && !entity(entityId))) {
        return fail(tr("The annotation or the entity does not exist any more."));
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE annotations SET entity_id = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(entityId == 0 ? QVariant() : QVariant(entityId));
    query.addBindValue(ProjectDatabase::timestamp());
    query.addBindValue(annotationId);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Cannot link the entity: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT annotationChanged(a->documentId, annotationId);
    Q_EMIT entitiesChanged(); // mention counts
    return true;
}

bool AnnotationStore::performMergeEntities(qint64 keepId, qint64 mergedId)
{
    const std::optional<Entity> keep = entity(keepId);
    const std::optional<Entity> merged = entity(mergedId);
    if (!keep || !merged || keepId == mergedId) {
        return fail(tr("Choose two different entities to merge."));
    }
    const QList<Mention> moved = mentions(mergedId);
    QStringList aliases = keep->aliases;
    for (const QString &alias : QStringList{merged->name} + merged->aliases) {
        if (!aliases.contains(alias) && alias != keep->name) {
            aliases << alias;
        }
    }
    Transaction transaction(m_db->database());
    QSqlQuery relink(m_db->database());
    relink.prepare(u"UPDATE annotations SET entity_id = ? WHERE entity_id = ?"_s);
    relink.addBindValue(keepId);
    relink.addBindValue(mergedId);
    QSqlQuery remove(m_db->database());
    remove.prepare(u"DELETE FROM entities WHERE id = ?"_s);
    remove.addBindValue(mergedId);
    if (!transaction.isActive() || !relink.exec() || !writeAliases(keepId, aliases) || !remove.exec() || !transaction.commit()) {
        return fail(tr("Cannot merge the entities: %1").arg(relink.lastError().text() + remove.lastError().text() + transaction.errorString()));
    }
    m_entityCache.reset();
    Q_EMIT entitiesChanged();
    QList<qint64> ids;
    for (const Mention &m : moved) {
        ids << m.annotationId;
    }
    linkedAnnotationsChanged(ids);
    return true;
}

bool AnnotationStore::performUnmergeEntities(const Entity &keep, const Entity &merged, const QList<qint64> &mergedMentions)
{
    Transaction transaction(m_db->database());
    qint64 restoredId = 0;
    bool ok = transaction.isActive() && insertEntityRow(merged, &restoredId) && writeAliases(keep.id, keep.aliases);
    QSqlQuery relink(m_db->database());
    relink.prepare(u"UPDATE annotations SET entity_id = ? WHERE id = ?"_s);
    for (qsizetype i = 0; ok && i < mergedMentions.size(); ++i) {
        relink.bindValue(0, restoredId);
        relink.bindValue(1, mergedMentions.at(i));
        ok = relink.exec();
    }
    if (!ok || !transaction.commit()) {
        return fail(tr("Cannot undo the merge: %1").arg(m_error + relink.lastError().text() + transaction.errorString()));
    }
    m_entityCache.reset();
    Q_EMIT entitiesChanged();
    linkedAnnotationsChanged(mergedMentions);
    return true;
}

std::optional<DocumentStatus> AnnotationStore::documentStatus(qint64 documentId) const
{
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT status FROM documents WHERE id = ?"_s);
    query.addBindValue(documentId);
    if (query.exec() && query.next()) {
        return DocumentStatus(std::clamp(query.value(0).toInt(), 0, 3));
    }
    return std::nullopt;
}

bool AnnotationStore::performSetDocumentStatus(qint64 documentId, DocumentStatus status)
{
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE documents SET status = ? WHERE id = ?"_s);
    query.addBindValue(int(status));
    query.addBindValue(documentId);
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() != 1 || !transaction.commit()) {
        return fail(tr("Cannot change the document's status: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT documentChanged(documentId);
    return true;
}

QList<qint64> AnnotationStore::inconsistentAnnotations() const
{
    QList<qint64> wrong;
    QSqlQuery query(m_db->database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT document_id, id, start_utf16, end_utf16, quote FROM annotations ORDER BY document_id"_s)) {
        return wrong;
    }
    qint64 textOf = 0;
    QString text;
    QSqlQuery fetch(m_db->database());
    fetch.setForwardOnly(true);
    fetch.prepare(u"SELECT text FROM document_texts WHERE document_id = ?"_s);
    while (query.next()) {
        const qint64 documentId = query.value(0).toLongLong();
        if (documentId != textOf) { // each text is read once
            textOf = documentId;
            fetch.bindValue(0, documentId);
            text = fetch.exec() && fetch.next() ? fetch.value(0).toString() : QString();
            fetch.finish();
        }
        const qsizetype start = query.value(2).toLongLong();
        const qsizetype end = query.value(3).toLongLong();
        if (start < 0 || end > text.size() || end <= start || QStringView(text).sliced(start, end - start) != query.value(4).toString()) {
            wrong.append(query.value(1).toLongLong());
        }
    }
    return wrong;
}

std::optional<QString> AnnotationStore::documentNote(qint64 documentId) const
{
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT coalesce(note, '') FROM documents WHERE id = ?"_s);
    query.addBindValue(documentId);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return std::nullopt;
}

bool AnnotationStore::performSetDocumentNote(qint64 documentId, const QString &note)
{
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"UPDATE documents SET note = ? WHERE id = ?"_s);
    query.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    query.addBindValue(documentId);
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() != 1 || !transaction.commit()) {
        return fail(tr("Cannot save the document's note: %1").arg(query.lastError().text() + transaction.errorString()));
    }
    Q_EMIT documentChanged(documentId);
    return true;
}

} // namespace Scholion::Models
