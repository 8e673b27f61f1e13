// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "annotationstore.h"
#include "backgroundthread.h"
#include "projectbackup.h"
#include "projectdatabase.h"
#include "search/searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// A folder created only for the probe is removed again: asking where a project would live
// (scholion info/dump on a folder never imported) must not leave an empty .scholion/ behind.
bool canWriteIn(const QString &directory)
{
    const bool existed = QFileInfo(directory).isDir();
    if (!QDir().mkpath(directory)) {
        return false;
    }
    bool writable = false;
    {
        QTemporaryFile probe(QDir(directory).filePath(u"write-test-XXXXXX"_s));
        writable = probe.open();
    }
    if (!existed) {
        QDir().rmdir(directory);
    }
    return writable;
}

DocumentRow rowFromQuery(const QSqlQuery &query)
{
    DocumentRow row;
    row.id = query.value(0).toLongLong();
    row.sourcePath = query.value(1).toString();
    row.title = query.value(2).toString();
    row.date = query.value(3).toString();
    row.size = query.value(4).toLongLong();
    row.status = DocumentStatus(std::clamp(query.value(5).toInt(), 0, 3));
    row.annotationCount = query.value(6).toInt();
    row.missing = query.value(7).toBool();
    return row;
}

const auto kRowColumns = u"id, source_path, title, coalesce(doc_date, ''), source_size, status, annotation_count, missing"_s;
} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

Project::~Project()
{
    close();
}

QString Project::projectPathForCorpus(const QString &folder, bool *fallback)
{
    const QFileInfo info(folder);
    const QString root = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QString inCorpus = QDir(root).filePath(u".scholion"_s);
    if (QFileInfo(root).isDir() && canWriteIn(inCorpus)) {
        if (fallback) {
            *fallback = false;
        }
        return QDir(inCorpus).filePath(u"project.sqlite"_s);
    }
    if (fallback) {
        *fallback = true;
    }
    // One project per folder path: the folder's name for people, a hash of its path for uniqueness.
    QString name = QFileInfo(root).fileName();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_') {
            c = u'_';
        }
    }
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(u"projects/%1-%2/project.sqlite"_s.arg(name.isEmpty() ? u"corpus"_s : name, hash));
}

bool Project::looksLikeProjectFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return info.suffix() == u"sqlite"_s;
    }
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

bool Project::open(const QString &path, bool readOnly)
{
    close();
    m_openError = OpenError::None;
    m_readOnlyReason.clear();
    const QFileInfo file(path);
    // Only a project that existed is backed up: a new one has nothing to lose yet.
    const bool existed = file.isFile() && file.size() > 0;
    if (!readOnly && !path.isEmpty() && file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())) {
        // SQLite needs to write the file and create its -wal beside it.
        readOnly = true;
        m_readOnlyReason = tr("You cannot write to “%1” or its folder, so the project is opened read-only: you can read, "
                              "search and export it, but not change it.")
                               .arg(QDir::toNativeSeparators(path));
    }
    if (!readOnly && !path.isEmpty() && file.isFile() && file.size() == 0 && ProjectBackup::newest(path)) {
        // A project that had backups was never empty: the file was cut off.
        m_openError = OpenError::Damaged;
        m_error = tr("The project “%1” is damaged: the file is empty.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    std::unique_ptr<ProjectLock> lock;
    if (!readOnly && !path.isEmpty()) {
        lock = std::make_unique<ProjectLock>(path);
        if (!lock->tryLock()) {
            m_openError = OpenError::Locked;
            m_error = lock->errorString();
            return false;
        }
    }
    auto db = std::make_unique<ProjectDatabase>();
    if (!db->open(path, readOnly ? ProjectDatabase::Access::ReadOnly : ProjectDatabase::Access::ReadWrite)) {
        m_error = db->errorString();
        switch (db->failure()) {
        case ProjectDatabase::Failure::Damaged:
            m_openError = OpenError::Damaged;
            break;
        case ProjectDatabase::Failure::NewerSchema:
            m_openError = OpenError::NewerSchema;
            break;
        case ProjectDatabase::Failure::None:
        case ProjectDatabase::Failure::Other:
            m_openError = OpenError::Other;
            break;
        }
        return false;
    }
    m_db = std::move(db);
    m_lock = std::move(lock);
    m_readOnly = readOnly;
    m_path = path;
    m_error.clear();
    m_store = new AnnotationStore(m_db.get(), this);
    if (!readOnly && !m_store->ensureDefaultSchema()) {
        m_error = m_store->errorString();
        close();
        m_openError = OpenError::Other;
        if (ProjectDatabase::looksDamaged(m_error)) {
            m_openError = OpenError::Damaged;
            m_error = tr("The project “%1” is damaged: %2").arg(QDir::toNativeSeparators(path), m_error);
        }
        return false;
    }
    connect(m_store, &AnnotationStore::documentChanged, this, &Project::documentChanged);
    if (!readOnly && !path.isEmpty()) {
        m_searchIndex = new SearchIndex(path, this);
        m_searchIndex->ensure();
    }
    Q_EMIT opened();
    startConsistencyCheck();
    if (existed) {
        startBackup();
    }
    return true;
}

Project::OpenError Project::probe(const QString &path, QString *error)
{
    ProjectDatabase db;
    if (db.open(path, ProjectDatabase::Access::ReadOnly)) {
        return OpenError::None;
    }
    if (error) {
        *error = db.errorString();
    }
    switch (db.failure()) {
    case ProjectDatabase::Failure::Damaged:
        return OpenError::Damaged;
    case ProjectDatabase::Failure::NewerSchema:
        return OpenError::NewerSchema;
    case ProjectDatabase::Failure::None:
    case ProjectDatabase::Failure::Other:
        break;
    }
    return OpenError::Other;
}

bool Project::startBackup(bool force)
{
    if (m_backupThread || !isOpen() || m_readOnly || m_path.isEmpty() || (!force && !ProjectBackup::isDue(m_path))) {
        return false;
    }
    auto backup = std::make_shared<ProjectBackup>(m_path);
    m_backup = backup;
    m_backupThread = QThread::create([this, backup] {
        const std::optional<BackupInfo> taken = backup->take();
        const bool ok = taken.has_value();
        const QString result = ok ? taken->path : backup->errorString();
        QMetaObject::invokeMethod(
            this,
            [this, backup, ok, result] {
                if (m_backup != backup) {
                    return; // the backup of a project closed in the meantime
                }
                waitForBackup();
                Q_EMIT backupFinished(ok, result);
            },
            Qt::QueuedConnection);
    });
    m_backupThread->setObjectName(u"scholion-backup"_s);
    startInBackground(m_backupThread, QThread::LowestPriority);
    return true;
}

void Project::waitForBackup()
{
    if (m_backupThread) {
        m_backupThread->wait();
        delete m_backupThread;
        m_backupThread = nullptr;
    }
}

bool Project::openCorpus(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        m_error = info.exists() ? tr("“%1” is not a folder.").arg(folder) : tr("The folder “%1” does not exist.").arg(folder);
        return false;
    }
    bool fallback = false;
    const QString path = projectPathForCorpus(folder, &fallback);
    if (!open(path)) {
        return false;
    }
    m_fallback = fallback;
    const QString root = info.canonicalFilePath();
    if (corpusRoot().isEmpty() || !QFileInfo(corpusRoot()).isDir()) {
        m_db->setMeta(u"corpus_root"_s, root);
    }
    return true;
}

void Project::close()
{
    if (!m_db) {
        return;
    }
    cancelImport();
    if (m_backup) {
        m_backup->cancel(); // a half-taken backup is thrown away; the next open takes one
    }
    if (m_checkInterrupter) {
        m_checkInterrupter->interrupt();
    }
    waitForImport();
    waitForConsistencyCheck();
    waitForBackup();
    m_backup.reset();
    delete m_searchIndex; // cancels and waits for a build in progress
    m_searchIndex = nullptr;
    m_undoStack->clear();
    delete m_store;
    m_store = nullptr;
    m_db.reset();
    m_lock.reset(); // after the connection: the next session finds the file closed
    m_path.clear();
    m_fallback = false;
    m_readOnly = false;
    m_readOnlyReason.clear();
    Q_EMIT closed();
}

bool Project::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString Project::corpusRoot() const
{
    return m_db ? m_db->meta(u"corpus_root"_s) : QString();
}

QList<DocumentRow> Project::documentRows() const
{
    return documentRowsAfter(0);
}

QList<DocumentRow> Project::documentRowsAfter(qint64 id) const
{
    return m_db ? documentRowsAfter(*m_db, id) : QList<DocumentRow>();
}

qint64 Project::lastDocumentId() const
{
    if (!m_db) {
        return 0;
    }
    QSqlQuery query(m_db->database());
    return query.exec(u"SELECT coalesce(max(id), 0) FROM documents"_s) && query.next() ? query.value(0).toLongLong() : 0;
}

QList<DocumentRow> Project::documentRowsAfter(const ProjectDatabase &database, qint64 id)
{
    QList<DocumentRow> rows;
    QSqlQuery query(database.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kRowColumns + u" FROM documents WHERE id > ? ORDER BY id"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            rows.append(rowFromQuery(query));
        }
    }
    return rows;
}

std::optional<DocumentRow> Project::documentRow(qint64 id) const
{
    if (!m_db) {
        return std::nullopt;
    }
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT "_s + kRowColumns + u" FROM documents WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return rowFromQuery(query);
    }
    return std::nullopt;
}

std::optional<DocumentInfo> Project::documentInfo(qint64 id) const
{
    const std::optional<DocumentRow> row = documentRow(id);
    if (!row) {
        return std::nullopt;
    }
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT format, source_encoding, encoding_guessed, had_bom, line_endings, source_sha256, text_length_utf16, imported_at, updated_at "
                  "FROM documents WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    DocumentInfo info;
    info.row = *row;
    info.format = query.value(0).toString();
    info.encoding = query.value(1).toString();
    info.encodingGuessed = query.value(2).toBool();
    info.hadBom = query.value(3).toBool();
    info.lineEndings = query.value(4).toString();
    info.sha256 = query.value(5).toString();
    info.textLength = query.value(6).toLongLong();
    info.importedAt = query.value(7).toString();
    info.updatedAt = query.value(8).toString();
    return info;
}

std::optional<qint64> Project::documentIdForPath(const QString &sourcePath) const
{
    if (!m_db) {
        return std::nullopt;
    }
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT id FROM documents WHERE source_path = ?"_s);
    query.addBindValue(QDir::fromNativeSeparators(sourcePath));
    if (query.exec() && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

QString Project::documentText(qint64 id) const
{
    if (!m_db) {
        return {};
    }
    return m_db->documentText(id);
}

ProjectCounts Project::counts() const
{
    ProjectCounts counts;
    if (!m_db) {
        return counts;
    }
    counts.schemaVersion = m_db->schemaVersion();
    QSqlQuery query(m_db->database());
    if (query.exec(u"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE missing = 1), "
                   "(SELECT count(*) FROM annotations), (SELECT count(*) FROM labels), (SELECT count(*) FROM entities), "
                   "(SELECT count(*) FROM relations)"_s) &&
        query.next()) {
        counts.documents = query.value(0).toLongLong();
        counts.missingDocuments = query.value(1).toLongLong();
        counts.annotations = query.value(2).toLongLong();
        counts.labels = query.value(3).toLongLong();
        counts.entities = query.value(4).toLongLong();
        counts.relations = query.value(5).toLongLong();
    }
    return counts;
}

std::optional<ImportReport> Project::lastImportReport() const
{
    if (!m_db) {
        return std::nullopt;
    }
    QSqlQuery query(m_db->database());
    if (query.exec(u"SELECT report, outcome, corpus_root, started_at FROM import_runs ORDER BY id DESC LIMIT 1"_s) && query.next()) {
        if (query.value(0).isNull()) {
            // The run never finished: the process ended while it ran.
            ImportReport report;
            report.corpusRoot = query.value(2).toString();
            report.started = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
            report.outcome = ImportReport::Outcome::Failed;
            report.error = tr("The import was interrupted before it finished; documents committed until then are kept. Open the folder again to finish it.");
            return report;
        }
        return ImportReport::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    }
    return std::nullopt;
}

bool Project::startImport()
{
    if (m_importThread || !isOpen() || m_path.isEmpty()) {
        return false;
    }
    const QString root = corpusRoot();
    if (root.isEmpty()) {
        return false;
    }
    ImportOptions options;
    options.corpusRoot = root;
    options.projectPath = m_path;
    m_importer = new CorpusImporter(options);
    CorpusImporter *importer = m_importer;
    m_importThread = QThread::create([importer] {
        importer->run();
    });
    m_importThread->setObjectName(u"scholion-import"_s);
    // The importer lives on this thread; its signals come from the worker and are queued here.
    connect(importer, &CorpusImporter::progress, this, &Project::importProgress);
    connect(importer, &CorpusImporter::batchCommitted, this, &Project::documentsAdded);
    connect(importer, &CorpusImporter::finished, this, [this](const ImportReport &report) {
        waitForImport();
        if (m_store) {
            m_store->clearTextCache(); // the import may have changed texts
        }
        if (m_searchIndex) {
            m_searchIndex->ensure(); // nothing to do when complete: the triggers kept it current
        }
        Q_EMIT documentsChanged();
        Q_EMIT importFinished(report);
    });
    startInBackground(m_importThread, QThread::LowPriority);
    Q_EMIT importStarted();
    return true;
}

void Project::startConsistencyCheck()
{
    if (m_checkThread || m_path.isEmpty()) {
        return;
    }
    const QString path = m_path;
    const int generation = ++m_checkGeneration;
    auto interrupter = std::make_shared<StatementInterrupter>();
    m_checkInterrupter = interrupter;
    m_checkThread = QThread::create([this, path, generation, interrupter] {
        ProjectDatabase db;
        QList<qint64> wrong;
        QString damage;
        if (db.open(path, ProjectDatabase::Access::ReadOnly)) {
            {
                AnnotationStore store(&db);
                wrong = store.inconsistentAnnotations();
            }
            // Corruption that the first queries of open() did not touch: on this thread, so a
            // big project opens at once; close() interrupts it.
            interrupter->attach(db.database());
            QSqlQuery check(db.database());
            if (!interrupter->isInterrupted() && check.exec(u"PRAGMA quick_check"_s)) {
                QStringList problems;
                while (check.next() && problems.size() < 3) {
                    problems << check.value(0).toString();
                }
                if (problems.value(0) != u"ok"_s && !interrupter->isInterrupted()) {
                    damage = tr("The project “%1” is damaged: %2").arg(QDir::toNativeSeparators(path), problems.join(u"; "_s));
                }
            } else if (ProjectDatabase::isDamage(check.lastError())) {
                damage = tr("The project “%1” is damaged: %2").arg(QDir::toNativeSeparators(path), check.lastError().databaseText());
            }
            check.finish();
            interrupter->detach();
        } else if (db.failure() == ProjectDatabase::Failure::Damaged) {
            damage = db.errorString();
        }
        QMetaObject::invokeMethod(
            this,
            [this, wrong, damage, generation] {
                if (generation != m_checkGeneration) {
                    return; // a check of a project closed in the meantime
                }
                waitForConsistencyCheck();
                Q_EMIT consistencyChecked(wrong);
                if (!damage.isEmpty()) {
                    Q_EMIT damageFound(damage);
                }
            },
            Qt::QueuedConnection);
    });
    m_checkThread->setObjectName(u"scholion-check"_s);
    startInBackground(m_checkThread, QThread::LowPriority);
}

void Project::waitForConsistencyCheck()
{
    if (m_checkThread) {
        ++m_checkGeneration; // its result, if still queued, is stale now
        m_checkThread->wait();
        delete m_checkThread;
        m_checkThread = nullptr;
    }
}

void Project::cancelImport()
{
    if (m_importer) {
        m_importer->cancel();
    }
}

bool Project::isImporting() const
{
    return m_importThread != nullptr;
}

void Project::waitForImport()
{
    if (!m_importThread) {
        return;
    }
    m_importThread->wait();
    delete m_importThread;
    m_importThread = nullptr;
    // Deleted later: this may run inside the importer's own finished() delivery.
    m_importer->disconnect(this);
    m_importer->deleteLater();
    m_importer = nullptr;
}

} // namespace Scholion::Models
