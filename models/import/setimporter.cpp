// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setimporter.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/projectdatabase.h>
#include <models/reanchor.h>
#include <models/textfold.h>
#include <models/transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

// A file or folder name that is safe on every platform and never hidden.
QString safeName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        safe += (c.unicode() < 0x20 || QStringView(u"<>:\"/\\|?*").contains(c)) ? u'_' : c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.')) {
        safe.remove(0, 1);
    }
    return safe.isEmpty() ? u"set"_s : safe.left(120);
}

QString rightTrimmed(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    return text.left(end);
}

// Colours for labels the set gives none: distinct hues, the same for the same name.
QColor colorFor(const QString &name)
{
    return QColor::fromHsv(int(qHash(name, 7) % 360), 110, 235);
}

} // namespace

QString SetImportReport::toText() const
{
    if (!ok) {
        return error + u'\n';
    }
    QString text;
    text += tr("Imported set “%1” into %2").arg(setName, projectPath) + u'\n';
    text += tr("Documents:      %1 new, %2 matched").arg(documentsNew).arg(documentsMatched) + u'\n';
    text += tr("Spans:          %1").arg(spans) + u'\n';
    text += tr("Relations:      %1").arg(relations) + u'\n';
    text += tr("Attributes:     %1").arg(attributes) + u'\n';
    text += tr("Notes:          %1").arg(notes) + u'\n';
    text += tr("Entities:       %1 created").arg(entitiesCreated) + u'\n';
    text += tr("Labels:         %1 created").arg(labelsCreated) + u'\n';
    text += tr("Relation types: %1 created").arg(relationTypesCreated) + u'\n';
    text += tr("Skipped:        %1").arg(skipped.size()) + u'\n';
    for (const SkippedItem &item : skipped) {
        text += u"  "_s + item.origin + u": "_s + item.reason + u'\n';
    }
    return text;
}

struct SetImporter::Private {
    Q_DECLARE_TR_FUNCTIONS(SetImporter)

public:
    Private(SetImporter *q, const SetImportOptions &options)
        : q(q)
        , options(options)
    {
    }

    SetImporter *q;
    const SetImportOptions &options;
    SetImportReport report;
    ImportedSet set;
    ProjectDatabase db;
    std::unique_ptr<AnnotationStore> store;
    QString corpusRoot;
    QString now = ProjectDatabase::timestamp();
    QString author;

    // What the run created on disk, removed again when it fails.
    QStringList writtenFiles;
    QStringList createdFolders;
    bool createdProject = false;

    // Labels: (parent id, name) → id, for the project's labels and those created now.
    QHash<std::pair<qint64, QString>, qint64> labelByParentAndName;
    QHash<QString, QList<qint64>> labelsByName;
    QHash<QString, qint64> resolvedLabels;
    QHash<QString, const ImportedLabel *> declaredLabels;
    qint64 importedParent = 0;
    QHash<std::pair<qint64, QString>, qint64> attributeIds; // (label, name) → attribute
    QHash<qint64, QStringList> attributeChoices;
    QHash<qint64, qint64> parentOf;
    QHash<QString, qint64> relationTypeIds;
    QHash<QString, qint64> entityIds;
    QHash<QString, const ImportedEntity *> declaredEntities;

    bool fail(const QString &message)
    {
        report.ok = false;
        report.error = message;
        return false;
    }

    bool exec(QSqlQuery &query)
    {
        if (!query.exec()) {
            return fail(tr("Writing to the project “%1” failed: %2").arg(report.projectPath, query.lastError().text()));
        }
        return true;
    }

    bool chooseTarget()
    {
        const QFileInfo setInfo(options.path);
        if (!options.projectPath.isEmpty()) {
            report.projectPath = QFileInfo(options.projectPath).absoluteFilePath();
            if (!QFileInfo::exists(report.projectPath)) {
                return fail(tr("The project “%1” does not exist.").arg(options.projectPath));
            }
            return true;
        }
        if (options.format == SetFormat::Brat) {
            corpusRoot = setInfo.canonicalFilePath();
        } else {
            corpusRoot = setInfo.absoluteDir().filePath(safeName(setInfo.completeBaseName()));
            if (QFileInfo(corpusRoot).exists() && !QFileInfo(corpusRoot).isDir()) {
                return fail(tr("“%1” is in the way of the new corpus folder for “%2”.").arg(corpusRoot, options.path));
            }
            // The folder must exist before its project's place is decided (a missing folder reads as read-only).
            if (!mkpath(corpusRoot)) {
                return false;
            }
        }
        report.projectPath = Project::projectPathForCorpus(corpusRoot);
        return true;
    }

    bool mkpath(const QString &folder)
    {
        QStringList missing;
        for (QString at = QDir::cleanPath(folder); !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
            missing.prepend(at);
            if (QFileInfo(at).absolutePath() == at) {
                break;
            }
        }
        if (!QDir().mkpath(folder)) {
            return fail(tr("The folder “%1” cannot be created.").arg(folder));
        }
        createdFolders << missing;
        return true;
    }

    bool openProject()
    {
        createdProject = !QFileInfo::exists(report.projectPath);
        if (createdProject && !mkpath(QFileInfo(report.projectPath).absolutePath())) {
            return false;
        }
        if (!db.open(report.projectPath)) {
            return fail(db.errorString());
        }
        const QString stored = db.meta(u"corpus_root"_s);
        if (!options.projectPath.isEmpty()) {
            corpusRoot = stored;
            if (corpusRoot.isEmpty() || !QFileInfo(corpusRoot).isDir()) {
                return fail(tr("The project “%1” has no corpus folder to write the set's documents to.").arg(options.projectPath));
            }
        } else if (stored.isEmpty() || !QFileInfo(stored).isDir()) {
            if (!db.setMeta(u"corpus_root"_s, QFileInfo(corpusRoot).absoluteFilePath())) {
                return fail(db.errorString());
            }
        } else {
            corpusRoot = stored;
        }
        if (db.meta(u"created_at"_s).isEmpty()) {
            db.setMeta(u"created_at"_s, now);
            db.setMeta(u"created_by_version"_s, QStringLiteral(SCHOLION_VERSION_STRING));
        }
        report.corpusRoot = corpusRoot;
        store = std::make_unique<AnnotationStore>(&db);
        if (!store->ensureDefaultSchema()) {
            return fail(store->errorString());
        }
        author = options.author.isEmpty() ? store->author() : options.author;
        return true;
    }

    void cleanUp()
    {
        for (const QString &file : std::as_const(writtenFiles)) {
            QFile::remove(file);
        }
        writtenFiles.clear();
        store.reset();
        if (createdProject) {
            db.close();
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
                QFile::remove(report.projectPath + suffix);
            }
            QFile::remove(QFileInfo(report.projectPath).absoluteDir().filePath(u"import.log"_s));
        }
        std::sort(createdFolders.begin(), createdFolders.end(), [](const QString &a, const QString &b) {
            return a.size() > b.size();
        });
        for (const QString &folder : std::as_const(createdFolders)) {
            QDir().rmdir(folder); // only when empty
        }
        createdFolders.clear();
    }

    // Labels

    void loadLabels()
    {
        for (const Label &label : store->labels()) {
            labelByParentAndName.insert({label.parentId, label.name}, label.id);
            labelsByName[label.name].append(label.id);
            parentOf.insert(label.id, label.parentId);
            for (const LabelAttribute &attribute : store->attributesFor(label.id)) {
                attributeIds.insert({attribute.labelId, attribute.name}, attribute.id);
                attributeChoices.insert(attribute.id, attribute.choices);
            }
        }
        for (const ImportedLabel &label : std::as_const(set.labels)) {
            declaredLabels.insert(label.path.join(u'\x1f'), &label);
        }
        importedParent = labelByParentAndName.value({0, tr("Imported")});
        for (const RelationType &type : store->relationTypes()) {
            relationTypeIds.insert(type.name, type.id);
        }
    }

    std::optional<qint64> createLabel(qint64 parentId, const QString &name, const QStringList &declaredPath)
    {
        const ImportedLabel *declared = declaredLabels.value(declaredPath.join(u'\x1f'));
        const QColor color = declared && declared->color.isValid() ? declared->color : colorFor(name);
        QSqlQuery insert(db.database());
        insert.prepare(u"INSERT INTO labels (parent_id, name, color, description, position) "
                       "VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM labels WHERE parent_id IS ?))"_s);
        insert.addBindValue(parentId ? QVariant(parentId) : QVariant());
        insert.addBindValue(name);
        insert.addBindValue(color.name());
        insert.addBindValue(declared && !declared->description.isEmpty() ? QVariant(declared->description) : QVariant());
        insert.addBindValue(parentId ? QVariant(parentId) : QVariant());
        if (!exec(insert)) {
            return std::nullopt;
        }
        const qint64 id = insert.lastInsertId().toLongLong();
        labelByParentAndName.insert({parentId, name}, id);
        labelsByName[name].append(id);
        parentOf.insert(id, parentId);
        ++report.labelsCreated;
        return id;
    }

    // A label path names a project label when it is its full path, or, for a single name, the
    // only label of that name; anything else is created under "Imported".
    std::optional<qint64> resolveLabel(const QStringList &path)
    {
        const QString key = path.join(u'\x1f');
        if (const auto it = resolvedLabels.constFind(key); it != resolvedLabels.cend()) {
            return *it;
        }
        qint64 id = 0;
        for (const QString &part : path) {
            id = labelByParentAndName.value({id, part});
            if (id == 0) {
                break;
            }
        }
        if (id == 0 && path.size() == 1 && labelsByName.value(path.constFirst()).size() == 1) {
            id = labelsByName.value(path.constFirst()).constFirst();
        }
        if (id == 0) {
            if (importedParent == 0) {
                const auto created = createLabel(0, tr("Imported"), {});
                if (!created) {
                    return std::nullopt;
                }
                importedParent = *created;
            }
            id = importedParent;
            for (qsizetype i = 0; i < path.size(); ++i) {
                const qint64 child = labelByParentAndName.value({id, path.at(i)});
                if (child) {
                    id = child;
                    continue;
                }
                const auto created = createLabel(id, path.at(i), path.mid(0, i + 1));
                if (!created) {
                    return std::nullopt;
                }
                id = *created;
            }
        }
        resolvedLabels.insert(key, id);
        return id;
    }

    std::optional<qint64> resolveAttribute(qint64 labelId, const QString &name)
    {
        auto find = [&](const QString &wanted) -> qint64 {
            for (qint64 at = labelId; at != 0; at = parentOf.value(at)) {
                if (const qint64 id = attributeIds.value({at, wanted})) {
                    return id;
                }
            }
            return 0;
        };
        if (const qint64 id = find(name)) {
            return id;
        }
        // brat's attribute types are "Label_attribute", spaces written as '_'.
        for (qsizetype i = name.indexOf(u'_'); i > 0; i = name.indexOf(u'_', i + 1)) {
            if (const qint64 id = find(name.mid(i + 1).replace(u'_', u' '))) {
                return id;
            }
        }
        QSqlQuery insert(db.database());
        insert.prepare(u"INSERT INTO label_attributes (label_id, name, type, position) "
                       "VALUES (?, ?, 'text', (SELECT coalesce(max(position) + 1, 0) FROM label_attributes WHERE label_id = ?))"_s);
        insert.addBindValue(labelId);
        insert.addBindValue(name);
        insert.addBindValue(labelId);
        if (!exec(insert)) {
            return std::nullopt;
        }
        const qint64 id = insert.lastInsertId().toLongLong();
        attributeIds.insert({labelId, name}, id);
        return id;
    }

    std::optional<qint64> resolveRelationType(const QString &name)
    {
        if (const qint64 id = relationTypeIds.value(name)) {
            return id;
        }
        QSqlQuery insert(db.database());
        insert.prepare(u"INSERT INTO relation_types (name) VALUES (?)"_s);
        insert.addBindValue(name);
        if (!exec(insert)) {
            return std::nullopt;
        }
        const qint64 id = insert.lastInsertId().toLongLong();
        relationTypeIds.insert(name, id);
        ++report.relationTypesCreated;
        return id;
    }

    std::optional<qint64> resolveEntity(const QString &name, const QString &fallbackType)
    {
        if (const qint64 id = entityIds.value(name)) {
            return id;
        }
        QSqlQuery find(db.database());
        find.prepare(u"SELECT id FROM entities WHERE name = ? ORDER BY id LIMIT 1"_s);
        find.addBindValue(name);
        if (!exec(find)) {
            return std::nullopt;
        }
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            entityIds.insert(name, id);
            return id;
        }
        const ImportedEntity *declared = declaredEntities.value(name);
        QSqlQuery insert(db.database());
        insert.prepare(u"INSERT INTO entities (name, type, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
        insert.addBindValue(name);
        const QString type = declared && !declared->type.isEmpty() ? declared->type : fallbackType;
        insert.addBindValue(type.isEmpty() ? QVariant() : QVariant(type));
        insert.addBindValue(declared && !declared->note.isEmpty() ? QVariant(declared->note) : QVariant());
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!exec(insert)) {
            return std::nullopt;
        }
        const qint64 id = insert.lastInsertId().toLongLong();
        if (declared) {
            QSqlQuery alias(db.database());
            alias.prepare(u"INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)"_s);
            for (const QString &aliasName : declared->aliases) {
                alias.bindValue(0, id);
                alias.bindValue(1, aliasName);
                alias.bindValue(2, foldForMatching(aliasName));
                if (!exec(alias)) {
                    return std::nullopt;
                }
            }
        }
        entityIds.insert(name, id);
        ++report.entitiesCreated;
        return id;
    }

    // Documents

    struct Target {
        qint64 id = 0;
        QString relativePath; ///< a file to add (id 0)
        bool writeFile = false;
    };

    bool planDocuments(QList<Target> *targets)
    {
        QHash<QString, qint64> byText;
        QHash<QString, std::pair<qint64, QString>> byPath;
        QHash<QString, QList<std::pair<qint64, QString>>> byName;
        QSqlQuery query(db.database());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT d.id, d.source_path, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id ORDER BY d.id"_s)) {
            return fail(tr("Reading the project “%1” failed: %2").arg(report.projectPath, query.lastError().text()));
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString path = query.value(1).toString();
            const QString text = query.value(2).toString();
            byText.insert(text, id);
            byPath.insert(path, {id, text});
            byName[QFileInfo(path).completeBaseName()].append({id, text});
        }
        const QDir root(corpusRoot);
        const QString setFolder = u"imported/"_s + safeName(set.name);
        QSet<QString> planned;
        for (const ImportedDocument &document : std::as_const(set.documents)) {
            Target target;
            const QString canonicalSource = document.sourceFile.isEmpty() ? QString() : QFileInfo(document.sourceFile).canonicalFilePath();
            const QString canonicalRoot = QFileInfo(corpusRoot).canonicalFilePath();
            if (!canonicalSource.isEmpty() && canonicalSource.startsWith(canonicalRoot + u'/')) {
                const QString relative = QDir(canonicalRoot).relativeFilePath(canonicalSource);
                if (const auto it = byPath.constFind(relative); it != byPath.cend()) {
                    if (it->second != document.text) {
                        return fail(
                            tr("%1: the project's copy of this document differs from the file; re-import the corpus folder first.").arg(document.origin));
                    }
                    target.id = it->first;
                } else {
                    target.relativePath = relative;
                }
                targets->append(target);
                continue;
            }
            if (const auto it = byText.constFind(document.text); it != byText.cend()) {
                target.id = *it;
                targets->append(target);
                continue;
            }
            const QString baseName = QFileInfo(document.name).fileName();
            for (const auto &[id, text] : byName.value(baseName)) {
                if (rightTrimmed(text) == rightTrimmed(document.text) && text.size() >= document.text.size()) {
                    target.id = id;
                    break;
                }
            }
            if (target.id == 0) {
                QStringList parts;
                for (const QString &part : document.name.split(u'/', Qt::SkipEmptyParts)) {
                    if (part != u".."_s && part != u"."_s) {
                        parts << safeName(part);
                    }
                }
                const QString stem = setFolder + u'/' + (parts.isEmpty() ? u"document"_s : parts.join(u'/'));
                QString relative = stem + u".txt"_s;
                for (int n = 2; planned.contains(relative) || byPath.contains(relative) || QFileInfo::exists(root.filePath(relative)); ++n) {
                    relative = u"%1-%2.txt"_s.arg(stem).arg(n);
                }
                planned.insert(relative);
                target.relativePath = relative;
                target.writeFile = true;
            }
            targets->append(target);
        }
        return true;
    }

    bool writeDocumentFile(const QString &relativePath, const QString &text)
    {
        const QString path = QDir(corpusRoot).filePath(relativePath);
        if (!mkpath(QFileInfo(path).absolutePath())) {
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            return fail(tr("The file “%1” cannot be written: %2").arg(path, file.errorString()));
        }
        writtenFiles << path;
        return true;
    }

    bool writeDocument(const ImportedDocument &document, Target *target)
    {
        if (target->id != 0) {
            ++report.documentsMatched;
            return true;
        }
        if (target->writeFile && !writeDocumentFile(target->relativePath, document.text)) {
            return false;
        }
        QString stored;
        QString error;
        const std::optional<qint64> id = CorpusImporter::insertDocument(&db, corpusRoot, target->relativePath, &stored, &error);
        if (!id) {
            return fail(document.origin + u": "_s + error);
        }
        if (stored != document.text) {
            return fail(tr("%1: the document's text does not survive being stored as a corpus file (control characters?).").arg(document.origin));
        }
        target->id = *id;
        ++report.documentsNew;
        return true;
    }

    bool writeAnnotations(const ImportedDocument &document, qint64 documentId)
    {
        QString text;
        // (label, start, end) → annotation
        QHash<QString, qint64> existingIds;
        auto identityOf = [](qint64 label, qsizetype start, qsizetype end) {
            return u"%1:%2:%3"_s.arg(label).arg(start).arg(end);
        };
        {
            QSqlQuery query(db.database());
            query.prepare(u"SELECT text FROM document_texts WHERE document_id = ?"_s);
            query.addBindValue(documentId);
            if (!exec(query) || !query.next()) {
                return fail(tr("%1: the document's text is missing from the project.").arg(document.origin));
            }
            text = query.value(0).toString();
            QSqlQuery spans(db.database());
            spans.prepare(u"SELECT id, label_id, start_utf16, end_utf16 FROM annotations WHERE document_id = ?"_s);
            spans.addBindValue(documentId);
            if (!exec(spans)) {
                return false;
            }
            while (spans.next()) {
                existingIds.insert(identityOf(spans.value(1).toLongLong(), spans.value(2).toLongLong(), spans.value(3).toLongLong()),
                    spans.value(0).toLongLong());
            }
        }
        if (!document.note.isEmpty()) {
            QSqlQuery note(db.database());
            note.prepare(u"UPDATE documents SET note = ? WHERE id = ? AND coalesce(note, '') = ''"_s);
            note.addBindValue(document.note);
            note.addBindValue(documentId);
            if (!exec(note)) {
                return false;
            }
            report.notes += note.numRowsAffected() > 0 ? 1 : 0;
        }
        QSqlQuery insert(db.database());
        insert.prepare(
            u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, entity_id, note, author, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery setAttribute(db.database());
        setAttribute.prepare(u"INSERT OR REPLACE INTO annotation_attributes (annotation_id, attribute_id, value) VALUES (?, ?, ?)"_s);
        QHash<QString, qint64> idByKey;
        for (const ImportedSpan &span : document.spans) {
            if (span.start < 0 || span.end > text.size() || span.end <= span.start ||
                (span.start > 0 && text.at(span.start).isLowSurrogate() && text.at(span.start - 1).isHighSurrogate()) ||
                (span.end < text.size() && text.at(span.end).isLowSurrogate() && text.at(span.end - 1).isHighSurrogate())) {
                return fail(tr("%1: the span %2–%3 does not fit the document's text.").arg(span.origin).arg(span.start).arg(span.end));
            }
            const std::optional<qint64> labelId = resolveLabel(span.labelPath);
            if (!labelId) {
                return false;
            }
            const QString identity = identityOf(*labelId, span.start, span.end);
            if (const auto it = existingIds.constFind(identity); it != existingIds.cend()) {
                if (!span.key.isEmpty()) {
                    idByKey.insert(span.key, *it);
                }
                report.skipped.append(SkippedItem{span.origin,
                    tr("the project already has this span (%1, “%2”).").arg(span.labelPath.join(u" › "_s), text.mid(span.start, span.end - span.start))});
                continue;
            }
            qint64 entityId = 0;
            if (!span.entity.isEmpty()) {
                const auto entity = resolveEntity(span.entity, span.labelPath.constLast());
                if (!entity) {
                    return false;
                }
                entityId = *entity;
            }
            const TextAnchor anchor = TextAnchor::fromText(text, span.start, span.end);
            insert.bindValue(0, documentId);
            insert.bindValue(1, *labelId);
            insert.bindValue(2, span.start);
            insert.bindValue(3, span.end);
            insert.bindValue(4, boundText(anchor.quote));
            insert.bindValue(5, boundText(anchor.prefix));
            insert.bindValue(6, boundText(anchor.suffix));
            insert.bindValue(7, entityId ? QVariant(entityId) : QVariant());
            insert.bindValue(8, span.note.isEmpty() ? QVariant() : QVariant(span.note));
            insert.bindValue(9, span.author.isEmpty() ? author : span.author);
            insert.bindValue(10, span.createdAt.isEmpty() ? now : span.createdAt);
            insert.bindValue(11, now);
            if (!exec(insert)) {
                return false;
            }
            const qint64 id = insert.lastInsertId().toLongLong();
            existingIds.insert(identity, id);
            if (!span.key.isEmpty()) {
                idByKey.insert(span.key, id);
            }
            ++report.spans;
            report.notes += span.note.isEmpty() ? 0 : 1;
            for (const auto &[name, value] : span.attributes) {
                const auto attributeId = resolveAttribute(*labelId, name);
                if (!attributeId) {
                    return false;
                }
                const QStringList choices = attributeChoices.value(*attributeId);
                const QString spaced = QString(value).replace(u'_', u' ');
                setAttribute.bindValue(0, id);
                setAttribute.bindValue(1, *attributeId);
                setAttribute.bindValue(2, !choices.contains(value) && choices.contains(spaced) ? spaced : value);
                if (!exec(setAttribute)) {
                    return false;
                }
                ++report.attributes;
            }
        }
        return writeRelations(document, idByKey);
    }

    bool writeRelations(const ImportedDocument &document, const QHash<QString, qint64> &idByKey)
    {
        QSqlQuery exists(db.database());
        exists.prepare(u"SELECT 1 FROM relations WHERE type_id = ? AND source_id = ? AND target_id = ?"_s);
        QSqlQuery insert(db.database());
        insert.prepare(u"INSERT INTO relations (type_id, source_id, target_id, note, author, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const ImportedRelation &relation : document.relations) {
            const qint64 source = idByKey.value(relation.sourceKey);
            const qint64 target = idByKey.value(relation.targetKey);
            if (source == 0 || target == 0) {
                report.skipped.append(SkippedItem{relation.origin, tr("the relation %1 links a span that was not imported.").arg(relation.type)});
                continue;
            }
            if (source == target) {
                report.skipped.append(SkippedItem{relation.origin, tr("the relation %1 links a span to itself.").arg(relation.type)});
                continue;
            }
            const auto typeId = resolveRelationType(relation.type);
            if (!typeId) {
                return false;
            }
            exists.bindValue(0, *typeId);
            exists.bindValue(1, source);
            exists.bindValue(2, target);
            if (!exec(exists)) {
                return false;
            }
            if (exists.next()) {
                exists.finish();
                report.skipped.append(SkippedItem{relation.origin, tr("the relation %1 is already in the project.").arg(relation.type)});
                continue;
            }
            exists.finish();
            insert.bindValue(0, *typeId);
            insert.bindValue(1, source);
            insert.bindValue(2, target);
            insert.bindValue(3, relation.note.isEmpty() ? QVariant() : QVariant(relation.note));
            insert.bindValue(4, author);
            insert.bindValue(5, now);
            if (!exec(insert)) {
                return false;
            }
            ++report.relations;
            report.notes += relation.note.isEmpty() ? 0 : 1;
        }
        return true;
    }

    bool write()
    {
        QList<Target> targets;
        if (!planDocuments(&targets)) {
            return false;
        }
        loadLabels();
        for (const ImportedEntity &entity : std::as_const(set.entities)) {
            declaredEntities.insert(entity.name, &entity);
        }
        Transaction transaction(db.database());
        if (!transaction.isActive()) {
            return fail(tr("Writing to the project “%1” failed: %2").arg(report.projectPath, transaction.errorString()));
        }
        for (const ImportedLabel &label : std::as_const(set.labels)) {
            if (label.declared && !resolveLabel(label.path)) {
                return false;
            }
        }
        const int total = int(set.documents.size());
        for (int i = 0; i < total; ++i) {
            const ImportedDocument &document = set.documents.at(i);
            if (!writeDocument(document, &targets[i]) || !writeAnnotations(document, targets.at(i).id)) {
                return false;
            }
            Q_EMIT q->progress(i + 1, total);
        }
        if (!transaction.commit()) {
            return fail(tr("Writing to the project “%1” failed: %2").arg(report.projectPath, transaction.errorString()));
        }
        return true;
    }

    void run()
    {
        report.setName = QFileInfo(options.path).completeBaseName();
        Q_EMIT q->progress(0, 0);
        QString error;
        const bool read = options.format == SetFormat::Doccano ? SetReader::readDoccano(options.path, &set, &error, options.doccanoCodePoints)
                                                               : SetReader::read(options.format, options.path, &set, &error);
        if (!read) {
            fail(error);
            return;
        }
        report.setName = set.name;
        report.skipped = set.skipped;
        report.ok = chooseTarget() && openProject() && write();
        if (!report.ok) {
            cleanUp();
        }
    }
};

SetImporter::SetImporter(const SetImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<SetImportReport>();
}

SetImporter::~SetImporter() = default;

SetImportReport SetImporter::run()
{
    SetImportReport report;
    {
        Private d(this, m_options);
        d.run();
        report = d.report;
    }
    Q_EMIT finished(report);
    return report;
}

} // namespace Scholion::Models
