// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportengine.h"

#include "exporter.h"
#include "offsetconverter.h"

#include <models/projectdatabase.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QTimeZone>

#include <filesystem>
#include <functional>
#include <optional>
#include <sqlite3.h>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// Exports are written to a hidden ".NAME.part-PID-XXXXXX" beside the destination NAME and
// renamed at the end, so the destination is never seen half-written. A killed export leaves
// its part behind; the next export to NAME removes the parts of processes that are gone.
constexpr QFileDevice::Permissions kNewFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kNewFolderPermissions =
    kNewFilePermissions | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;

QString partPrefix(const QFileInfo &target)
{
    return u"."_s + target.fileName() + u".part-"_s;
}

QString partTemplate(const QFileInfo &target)
{
    return target.absolutePath() + u'/' + partPrefix(target) + QString::number(QCoreApplication::applicationPid()) + u"-XXXXXX"_s;
}

bool processIsGone(qint64 pid)
{
#if defined(Q_OS_UNIX)
    return pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid)
    return false; // no cheap check here: leave the part alone
#endif
}

void removeStaleParts(const QFileInfo &target)
{
    const QString prefix = partPrefix(target);
    const QDir folder = target.absoluteDir();
    const QFileInfoList parts =
        folder.entryInfoList({prefix + u'*'}, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::System);
    for (const QFileInfo &part : parts) {
        bool ok = false;
        const qint64 pid = part.fileName().mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (!ok || !processIsGone(pid)) {
            continue;
        }
        if (part.isDir()) {
            QDir(part.absoluteFilePath()).removeRecursively();
        } else {
            QFile::remove(part.absoluteFilePath());
        }
    }
}

// Flushes \a file to the disk, closes it and moves it over \a target, replacing what is there.
bool commitPart(QTemporaryFile &file, const QString &target, QString *error)
{
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
#if defined(Q_OS_UNIX)
    if (::fsync(file.handle()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    const QString part = file.fileName();
    file.close();
    // Temporary files are private (0600); the export gets the permissions a new file gets, or those of the file it replaces.
    const QFileInfo replaced(target);
    QFile::setPermissions(part, replaced.exists() ? replaced.permissions() : kNewFilePermissions);
    std::error_code code;
    std::filesystem::rename(QFileInfo(part).filesystemAbsoluteFilePath(), QFileInfo(target).filesystemAbsoluteFilePath(), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    file.setAutoRemove(false);
    return true;
}

// One export from start to end; lives on the thread that exports.
class ExportRun final
{
    Q_DECLARE_TR_FUNCTIONS(ExportEngine)

public:
    ExportRun(const ExportOptions &options, std::atomic<bool> &cancel, ExportEngine *engine)
        : m_options(options)
        , m_cancel(cancel)
        , m_engine(engine)
    {
    }

    ExportResult run();

private:
    bool fail(const QString &message)
    {
        m_result.outcome = ExportResult::Outcome::Failed;
        m_result.error = message;
        return false;
    }
    bool query(QSqlQuery &query, const QString &sql);
    bool prepare(SqliteStatement &statement, const char *sql);
    /*! Runs \a statement for the document \a id: reset, bound, ready for step(). */
    static sqlite3_stmt *start(SqliteStatement &statement, qint64 id);
    bool loadContext();
    bool selectDocuments();
    bool prepareDocumentQueries();
    bool readDocument(qint64 id, ExportDocument &document);

    const ExportOptions &m_options;
    std::atomic<bool> &m_cancel;
    ExportEngine *m_engine;
    ProjectDatabase m_db;
    ExportContext m_context;
    QSet<qint64> m_exportedLabels;
    QString m_documentFilter; ///< SQL condition on documents d
    QList<qint64> m_documentIds;
    ExportResult m_result;
    // Prepared once, run for every document, through SQLite's own API: QtSql made a QVariant
    // of every value, half of what reading a document cost. Declared after m_db: finalized first.
    SqliteStatement m_documentQuery;
    SqliteStatement m_spanQuery;
    SqliteStatement m_attributeQuery;
    SqliteStatement m_relationQuery;
    QHash<qint64, qsizetype> m_attributeIndex;
    QHash<qint64, QString> m_relationTypeNames;
};

bool ExportRun::query(QSqlQuery &query, const QString &sql)
{
    query = QSqlQuery(m_db.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return fail(tr("Cannot read the project “%1”: %2").arg(m_options.projectPath, query.lastError().text()));
    }
    return true;
}

bool ExportRun::prepare(SqliteStatement &statement, const char *sql)
{
    if (!statement.prepare(m_db.handle(), sql)) {
        return fail(tr("Cannot read the project “%1”: %2").arg(m_options.projectPath, QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
    }
    return true;
}

sqlite3_stmt *ExportRun::start(SqliteStatement &statement, qint64 id)
{
    sqlite3_stmt *handle = statement.handle();
    sqlite3_reset(handle);
    sqlite3_bind_int64(handle, 1, id);
    return handle;
}

/*! A text column as QtSql reads it (SQLite's UTF-16 conversion): null for NULL. */
QString textAt(sqlite3_stmt *row, int column)
{
    const auto *units = static_cast<const QChar *>(sqlite3_column_text16(row, column));
    if (!units) {
        return {};
    }
    const qsizetype size = sqlite3_column_bytes16(row, column) / qsizetype(sizeof(QChar));
    return size > 0 ? QString(units, size) : u""_s;
}

qint64 integerAt(sqlite3_stmt *row, int column)
{
    return sqlite3_column_int64(row, column);
}

bool ExportRun::loadContext()
{
    m_context.projectPath = m_db.path();
    const QString corpusRoot = m_db.meta(u"corpus_root"_s);
    m_context.projectName = corpusRoot.isEmpty() ? QFileInfo(m_db.path()).completeBaseName() : QFileInfo(corpusRoot).fileName();
    m_context.createdAt = m_db.meta(u"created_at"_s);
    m_context.projectKey = m_context.createdAt.isEmpty() ? m_context.projectName : m_context.createdAt;
    // SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the export time, for byte-identical output.
    bool epochSet = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&epochSet);
    const QDateTime now = epochSet ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC) : QDateTime::currentDateTimeUtc();
    m_context.exportedAt = now.toString(Qt::ISODate);
    m_context.includeUnlinkedEntities = m_options.includeUnlinkedEntities;
    m_context.csvBom = m_options.csvBom;

    QSqlQuery q;
    if (!query(q, u"SELECT id, parent_id, name, color, shortcut, description, position FROM labels ORDER BY parent_id IS NOT NULL, position, id"_s) ||
        !q.exec()) {
        return fail(tr("Cannot read the labels of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    QList<Label> pending;
    while (q.next()) {
        Label label;
        label.id = q.value(0).toLongLong();
        label.parentId = q.value(1).toLongLong();
        label.name = q.value(2).toString();
        label.color = QColor::fromString(q.value(3).toString());
        label.shortcut = q.value(4).toString();
        label.description = q.value(5).toString();
        label.position = q.value(6).toInt();
        pending.append(label);
    }
    // Parents before children, siblings by position: depth-first from the top level.
    std::function<void(qint64, const QStringList &)> add = [&](qint64 parentId, const QStringList &path) {
        for (const Label &label : std::as_const(pending)) {
            if (label.parentId == parentId) {
                ExportLabel exportLabel{label, path + QStringList{label.name}};
                m_context.labelIndex.insert(label.id, m_context.labels.size());
                m_context.labels.append(exportLabel);
                add(label.id, exportLabel.path);
            }
        }
    };
    add(0, {});

    if (!query(q, u"SELECT id, label_id, name, type, choices, position FROM label_attributes ORDER BY label_id, position, id"_s) || !q.exec()) {
        return fail(tr("Cannot read the label attributes of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    while (q.next()) {
        LabelAttribute attribute;
        attribute.id = q.value(0).toLongLong();
        attribute.labelId = q.value(1).toLongLong();
        attribute.name = q.value(2).toString();
        attribute.type = q.value(3).toString();
        for (const QJsonValue &choice : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()) {
            attribute.choices += choice.toString();
        }
        attribute.position = q.value(5).toInt();
        m_context.attributes.append(attribute);
    }
    if (!query(q, u"SELECT id, name, source_label_id, target_label_id, description FROM relation_types ORDER BY id"_s) || !q.exec()) {
        return fail(tr("Cannot read the relation types of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    while (q.next()) {
        m_context.relationTypes.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toString()});
    }
    if (!query(q, u"SELECT id, name, type, note FROM entities ORDER BY name, id"_s) || !q.exec()) {
        return fail(tr("Cannot read the entities of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    while (q.next()) {
        Entity entity{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toString()};
        m_context.entities.insert(entity.id, entity);
        m_context.entityOrder.append(entity.id);
    }
    if (!query(q, u"SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias"_s) || !q.exec()) {
        return fail(tr("Cannot read the entities of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    while (q.next()) {
        const auto it = m_context.entities.find(q.value(0).toLongLong());
        if (it != m_context.entities.end()) {
            it->aliases.append(q.value(1).toString());
        }
    }

    // The label subset: each label named (by path or name) with everything below it.
    const QStringList wantedLabels = m_options.labelIds.isEmpty() ? m_options.labels : QStringList();
    for (const qint64 id : m_options.labelIds) {
        if (!m_context.labelIndex.contains(id)) {
            return fail(tr("The project “%1” has no label %2 any more.").arg(m_options.projectPath).arg(id));
        }
        m_exportedLabels.insert(id);
    }
    if (m_options.labelIds.isEmpty() && m_options.labels.isEmpty()) {
        for (const ExportLabel &label : std::as_const(m_context.labels)) {
            m_exportedLabels.insert(label.label.id);
        }
    }
    for (const QString &wanted : wantedLabels) {
        const QString normalised = wanted.trimmed();
        bool found = false;
        for (const ExportLabel &label : std::as_const(m_context.labels)) {
            const bool matches =
                label.pathText() == normalised || label.path.join(u'>') == normalised || label.path.join(u'/') == normalised || label.label.name == normalised;
            if (matches) {
                found = true;
                m_exportedLabels.insert(label.label.id);
            }
            if (m_exportedLabels.contains(label.label.parentId)) {
                m_exportedLabels.insert(label.label.id);
            }
        }
        if (!found) {
            return fail(tr("The project “%1” has no label “%2”.").arg(m_options.projectPath, normalised));
        }
    }
    for (const ExportLabel &label : std::as_const(m_context.labels)) {
        if (m_exportedLabels.contains(label.label.id)) {
            m_context.exportedLabelIds.append(label.label.id);
        }
    }
    return true;
}

bool ExportRun::selectDocuments()
{
    QStringList conditions;
    if (m_options.status) {
        conditions += u"d.status = %1"_s.arg(int(*m_options.status));
    }
    if (!m_options.documentGlob.isEmpty()) {
        conditions += u"d.source_path GLOB :glob"_s;
    }
    if (!m_options.documentIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : m_options.documentIds) {
            ids += QString::number(id);
        }
        conditions += u"d.id IN (%1)"_s.arg(ids.join(u','));
    }
    m_documentFilter = conditions.isEmpty() ? u"1"_s : conditions.join(u" AND "_s);
    QSqlQuery q;
    if (!query(q, u"SELECT d.id FROM documents d WHERE "_s + m_documentFilter + u" ORDER BY d.source_path"_s)) {
        return false;
    }
    if (!m_options.documentGlob.isEmpty()) {
        q.bindValue(u":glob"_s, m_options.documentGlob);
    }
    if (!q.exec()) {
        return fail(tr("Cannot read the documents of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    while (q.next()) {
        m_documentIds.append(q.value(0).toLongLong());
    }
    m_context.documentsTotal = int(m_documentIds.size());

    QStringList labelIds;
    for (const qint64 id : std::as_const(m_context.exportedLabelIds)) {
        labelIds += QString::number(id);
    }
    if (!query(q,
            u"SELECT COUNT(*) FROM annotations a JOIN documents d ON d.id = a.document_id WHERE "_s + m_documentFilter +
                u" AND a.label_id IN (%1)"_s.arg(labelIds.join(u','))))
        return false;
    if (!m_options.documentGlob.isEmpty()) {
        q.bindValue(u":glob"_s, m_options.documentGlob);
    }
    if (!q.exec() || !q.next()) {
        return fail(tr("Cannot read the annotations of “%1”: %2").arg(m_options.projectPath, q.lastError().text()));
    }
    m_context.spansTotal = q.value(0).toInt();
    return true;
}

bool ExportRun::prepareDocumentQueries()
{
    for (qsizetype i = 0; i < m_context.attributes.size(); ++i) {
        m_attributeIndex.insert(m_context.attributes.at(i).id, i);
    }
    for (const RelationType &type : std::as_const(m_context.relationTypes)) {
        m_relationTypeNames.insert(type.id, type.name);
    }
    return prepare(m_documentQuery,
               "SELECT d.source_path, d.title, d.doc_date, d.metadata, d.status, d.note, t.text FROM documents d "
               "JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?") &&
        prepare(m_spanQuery,
            "SELECT id, label_id, start_utf16, end_utf16, quote, entity_id, note, author, created_at, updated_at FROM annotations "
            "WHERE document_id = ? ORDER BY start_utf16, end_utf16 DESC, id") &&
        prepare(m_attributeQuery,
            "SELECT aa.annotation_id, aa.attribute_id, aa.value FROM annotation_attributes aa JOIN annotations a ON a.id = aa.annotation_id "
            "WHERE a.document_id = ? AND aa.value IS NOT NULL AND aa.value != ''") &&
        prepare(m_relationQuery,
            "SELECT r.id, r.type_id, r.source_id, r.target_id, r.note, r.author, r.created_at FROM relations r "
            "JOIN annotations a ON a.id = r.source_id WHERE a.document_id = ? ORDER BY r.id");
}

bool ExportRun::readDocument(qint64 id, ExportDocument &document)
{
    const auto error = [this] {
        return QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    };
    sqlite3_stmt *q = start(m_documentQuery, id);
    if (sqlite3_step(q) != SQLITE_ROW) {
        const QString message = error();
        sqlite3_reset(q);
        return fail(tr("Cannot read document %1 of “%2”: %3").arg(id).arg(m_options.projectPath, message));
    }
    document.id = id;
    document.path = textAt(q, 0);
    document.title = textAt(q, 1);
    document.date = textAt(q, 2);
    document.metadataJson = textAt(q, 3);
    document.status = DocumentStatus(sqlite3_column_int(q, 4));
    document.note = textAt(q, 5);
    document.text = textAt(q, 6);
    sqlite3_reset(q);

    sqlite3_stmt *spans = start(m_spanQuery, id);
    QHash<qint64, qsizetype> spanIndex;
    OffsetConverter converter(document.text);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(spans)) == SQLITE_ROW) {
        ExportSpan span;
        span.labelId = integerAt(spans, 1);
        if (!m_exportedLabels.contains(span.labelId)) {
            continue;
        }
        span.id = integerAt(spans, 0);
        span.start16 = integerAt(spans, 2);
        span.end16 = integerAt(spans, 3);
        span.text = textAt(spans, 4);
        span.entityId = integerAt(spans, 5);
        span.note = textAt(spans, 6);
        span.author = textAt(spans, 7);
        span.createdAt = textAt(spans, 8);
        span.updatedAt = textAt(spans, 9);

        // The check every format relies on: the span's text is the slice of the text shipped,
        // counted in UTF-16 and, through the converter, in code points.
        const bool inside = span.start16 >= 0 && span.start16 < span.end16 && span.end16 <= document.text.size();
        const bool boundaries = inside && converter.isBoundary(span.start16) && converter.isBoundary(span.end16);
        if (boundaries) {
            span.startCp = converter.toCodePoints(span.start16);
            span.endCp = converter.toCodePoints(span.end16);
        }
        const bool roundTrip = boundaries && converter.toUtf16(span.startCp) == span.start16 && converter.toUtf16(span.endCp) == span.end16;
        if (!roundTrip || QStringView(document.text).mid(span.start16, span.end16 - span.start16) != span.text) {
            sqlite3_reset(spans);
            return fail(tr("Document “%1”: span %2 (%3–%4) does not match the text it ships: the span says “%5”, the text has “%6”. "
                           "Nothing was exported.")
                    .arg(document.path)
                    .arg(span.id)
                    .arg(span.start16)
                    .arg(span.end16)
                    .arg(span.text, inside ? document.text.mid(span.start16, span.end16 - span.start16) : tr("(outside the text)")));
        }
        spanIndex.insert(span.id, document.spans.size());
        document.spans.append(span);
    }
    sqlite3_reset(spans);
    if (step != SQLITE_DONE) {
        return fail(tr("Cannot read the annotations of “%1”: %2").arg(document.path, error()));
    }

    sqlite3_stmt *attributes = start(m_attributeQuery, id);
    while ((step = sqlite3_step(attributes)) == SQLITE_ROW) {
        const auto it = spanIndex.constFind(integerAt(attributes, 0));
        const auto declared = m_attributeIndex.constFind(integerAt(attributes, 1));
        if (it == spanIndex.cend() || declared == m_attributeIndex.cend()) {
            continue;
        }
        const LabelAttribute &attribute = m_context.attributes.at(*declared);
        document.spans[*it].attributes.append({attribute.id, attribute.name, attribute.type, textAt(attributes, 2)});
    }
    sqlite3_reset(attributes);
    if (step != SQLITE_DONE) {
        return fail(tr("Cannot read the attributes of “%1”: %2").arg(document.path, error()));
    }
    for (ExportSpan &span : document.spans) {
        std::sort(span.attributes.begin(), span.attributes.end(), [](const ExportAttribute &a, const ExportAttribute &b) {
            return a.attributeId < b.attributeId;
        });
    }

    sqlite3_stmt *relations = start(m_relationQuery, id);
    while ((step = sqlite3_step(relations)) == SQLITE_ROW) {
        ExportRelation relation;
        relation.id = integerAt(relations, 0);
        const qint64 typeId = integerAt(relations, 1);
        relation.sourceId = integerAt(relations, 2);
        relation.targetId = integerAt(relations, 3);
        if (!spanIndex.contains(relation.sourceId) || !spanIndex.contains(relation.targetId)) {
            continue; // an end is not exported (label subset, or another document)
        }
        relation.type = m_relationTypeNames.value(typeId);
        relation.note = textAt(relations, 4);
        relation.author = textAt(relations, 5);
        relation.createdAt = textAt(relations, 6);
        document.relations.append(relation);
    }
    sqlite3_reset(relations);
    if (step != SQLITE_DONE) {
        return fail(tr("Cannot read the relations of “%1”: %2").arg(document.path, error()));
    }
    return true;
}

ExportResult ExportRun::run()
{
    const QFileInfo target(m_options.outputPath);
    const bool folder = ExportFormats::writesFolder(m_options.format);
    if (m_options.outputPath.isEmpty()) {
        fail(tr("No destination was given."));
        return m_result;
    }
    if (!target.absoluteDir().exists()) {
        fail(tr("The folder “%1” does not exist.").arg(target.absolutePath()));
        return m_result;
    }
    if (folder && target.exists() && (!target.isDir() || !QDir(target.absoluteFilePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        fail(tr("“%1” exists already and is not an empty folder; choose a new folder for the export.").arg(target.absoluteFilePath()));
        return m_result;
    }
    if (!folder && target.isDir()) {
        fail(tr("“%1” is a folder; the export needs a file name.").arg(target.absoluteFilePath()));
        return m_result;
    }
    if (!QFileInfo::exists(m_options.projectPath)) {
        fail(tr("The project “%1” does not exist.").arg(m_options.projectPath));
        return m_result;
    }
    if (!m_db.open(m_options.projectPath, ProjectDatabase::Access::ReadOnly)) {
        fail(m_db.errorString());
        return m_result;
    }
    if (!loadContext() || !selectDocuments() || !prepareDocumentQueries()) {
        return m_result;
    }

    std::unique_ptr<Exporter> exporter = Exporter::create(m_options.format);
    // Output goes to a hidden temporary file or folder beside the destination, renamed at the end.
    removeStaleParts(target);
    QTemporaryFile file(partTemplate(target));
    std::optional<QTemporaryDir> temporaryFolder;
    if (folder) {
        temporaryFolder.emplace(partTemplate(target));
        if (!temporaryFolder->isValid()) {
            fail(tr("Cannot create a folder in “%1”: %2").arg(target.absolutePath(), temporaryFolder->errorString()));
            return m_result;
        }
    } else {
        if (!file.open()) {
            fail(tr("Cannot write “%1”: %2").arg(target.absoluteFilePath(), file.errorString()));
            return m_result;
        }
    }
    auto abandon = [&] {
        if (!folder) {
            file.remove();
        }
    };
    if (!exporter->begin(m_context, folder ? nullptr : &file, folder ? temporaryFolder->path() : QString())) {
        abandon();
        fail(exporter->errorString());
        return m_result;
    }

    ExportTotals totals;
    ExportProgress progress{0, int(m_documentIds.size())};
    Q_EMIT m_engine->progress(progress);
    for (const qint64 id : std::as_const(m_documentIds)) {
        if (m_cancel.load()) {
            abandon();
            m_result.outcome = ExportResult::Outcome::Cancelled;
            m_result.error = tr("The export was cancelled; nothing was written.");
            return m_result;
        }
        ExportDocument document;
        if (!readDocument(id, document)) {
            abandon();
            return m_result;
        }
        if (!exporter->writeDocument(document)) {
            abandon();
            fail(exporter->errorString());
            return m_result;
        }
        QSet<qint64> entitiesHere;
        for (const ExportSpan &span : std::as_const(document.spans)) {
            if (span.entityId) {
                ++totals.mentions[span.entityId];
                entitiesHere.insert(span.entityId);
            }
        }
        for (const qint64 entity : std::as_const(entitiesHere)) {
            ++totals.entityDocuments[entity];
        }
        ++totals.documents;
        totals.spans += int(document.spans.size());
        totals.relations += int(document.relations.size());
        ++progress.documentsDone;
        Q_EMIT m_engine->progress(progress);
    }
    if (m_cancel.load()) {
        abandon();
        m_result.outcome = ExportResult::Outcome::Cancelled;
        m_result.error = tr("The export was cancelled; nothing was written.");
        return m_result;
    }
    if (!exporter->finish(totals)) {
        abandon();
        fail(exporter->errorString());
        return m_result;
    }
    if (folder) {
        if (target.exists() && !QDir().rmdir(target.absoluteFilePath())) {
            fail(tr("Cannot replace the empty folder “%1”.").arg(target.absoluteFilePath()));
            return m_result;
        }
        QFile::setPermissions(temporaryFolder->path(), kNewFolderPermissions); // QTemporaryDir makes it private
        if (!QDir().rename(temporaryFolder->path(), target.absoluteFilePath())) {
            fail(tr("Cannot move the export into “%1”.").arg(target.absoluteFilePath()));
            return m_result;
        }
        temporaryFolder->setAutoRemove(false);
    } else if (QString error; !commitPart(file, target.absoluteFilePath(), &error)) {
        fail(tr("Cannot write “%1”: %2").arg(target.absoluteFilePath(), error));
        return m_result;
    }
    m_result.outcome = ExportResult::Outcome::Completed;
    m_result.outputPath = target.absoluteFilePath();
    m_result.documents = totals.documents;
    m_result.spans = totals.spans;
    m_result.relations = totals.relations;
    m_result.droppedSpans = exporter->droppedSpans();
    return m_result;
}
} // namespace

ExportEngine::ExportEngine(QObject *parent)
    : QObject(parent)
{
}

ExportEngine::~ExportEngine()
{
    cancel();
    wait();
}

ExportResult ExportEngine::run(const ExportOptions &options)
{
    m_cancel.store(false);
    ExportRun exportRun(options, m_cancel, this);
    return exportRun.run();
}

bool ExportEngine::start(const ExportOptions &options)
{
    if (isRunning()) {
        return false;
    }
    wait();
    m_cancel.store(false);
    m_thread = QThread::create([this, options] {
        ExportRun exportRun(options, m_cancel, this);
        const ExportResult result = exportRun.run();
        Q_EMIT finished(result);
    });
    m_thread->start();
    return true;
}

bool ExportEngine::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportEngine::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace Scholion::Models
