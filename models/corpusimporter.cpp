// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusimporter.h"

#include "annotationstore.h"
#include "backgroundthread.h"
#include "contenthash.h"
#include "documentmetadata.h"
#include "htmltextextractor.h"
#include "projectdatabase.h"
#include "reanchor.h"
#include "textdecoder.h"
#include "transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

qint64 ImportProgress::remainingMs() const
{
    if (phase != Phase::Importing || !totalsKnown || bytesDone <= 0 || elapsedMs < 500 || bytesTotal <= bytesDone) {
        return -1;
    }
    return qint64(double(bytesTotal - bytesDone) * double(elapsedMs) / double(bytesDone));
}

// Not in the anonymous namespace: CorpusImporter::Private has members of these types.
namespace ImporterDetail
{
struct FoundFile {
    QString relativePath;
    QString absolutePath;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    SourceFormat format = SourceFormat::Unsupported;
};

// What one folder holds, for the walk: the files to import, the subfolders, and what is skipped.
struct FolderListing {
    QList<FoundFile> files;
    QStringList subfolders;
    QList<ImportIssue> issues;
    int otherFilesIgnored = 0;

    // Files and subfolders in import order, which is the order of the relative paths: a
    // subfolder sorts as "name/". Non-negative: an index into files; negative: -1 - index into
    // subfolders.
    QList<qsizetype> order() const
    {
        QList<std::pair<QString, qsizetype>> keyed;
        keyed.reserve(files.size() + subfolders.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            keyed.append({files.at(i).relativePath, i});
        }
        for (qsizetype i = 0; i < subfolders.size(); ++i) {
            keyed.append({subfolders.at(i) + u'/', -1 - i});
        }
        std::sort(keyed.begin(), keyed.end());
        QList<qsizetype> result;
        result.reserve(keyed.size());
        for (const auto &entry : std::as_const(keyed)) {
            result.append(entry.second);
        }
        return result;
    }
};

// Lists \a folder (a path under \a root) without descending; hidden entries are left out.
FolderListing listFolder(const QDir &root, const QString &folder, const std::atomic_bool &cancelled)
{
    FolderListing listing;
    // An entry's path relative to the root is the folder's plus its name: QDir::relativeFilePath()
    // for every entry cost as much as the rest of the listing (reopening 100,000 files).
    QString prefix = root.relativeFilePath(folder);
    if (prefix == u"."_s) {
        prefix.clear();
    } else if (!prefix.isEmpty()) {
        prefix += u'/';
    }
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext() && !cancelled) {
        const QFileInfo info = it.nextFileInfo();
        const QString name = info.fileName();
        if (name.startsWith(u'.')) {
            continue; // hidden files and folders, .scholion/ among them
        }
        const QString relative = prefix + name;
        if (info.isDir()) {
            listing.subfolders << relative;
            continue;
        }
        const SourceFormat format = sourceFormatForPath(info.fileName());
        if (format == SourceFormat::Unsupported) {
            ++listing.otherFilesIgnored;
            continue;
        }
        if (info.isSymLink() && !info.exists()) {
            listing.issues.append(
                {ImportIssue::Kind::Unreadable, relative, QCoreApplication::translate("CorpusImporter", "The link points to a file that does not exist.")});
            continue;
        }
        if (!info.isFile()) {
            listing.issues.append({ImportIssue::Kind::Unreadable, relative, QCoreApplication::translate("CorpusImporter", "This is not a regular file.")});
            continue;
        }
        listing.files.append(FoundFile{relative, info.filePath(), info.size(), info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch(), format});
    }
    return listing;
}

// Walks the whole corpus folder ahead of the import, counting what it will import, so that the
// import, which walks and imports at once, can show its progress against the whole.
class FolderCounter
{
public:
    explicit FolderCounter(const QString &root)
        : m_root(root)
    {
        m_thread.reset(QThread::create([this] {
            walk(m_root.path());
            m_done = true;
        }));
        m_thread->setObjectName(u"scholion-import-count"_s);
        startInBackground(m_thread.get(), QThread::LowPriority);
    }
    ~FolderCounter()
    {
        m_stop = true;
        m_thread->wait();
    }
    Q_DISABLE_COPY_MOVE(FolderCounter)

    int files() const { return m_files; }
    qint64 bytes() const { return m_bytes; }
    bool isDone() const { return m_done; }

private:
    void walk(const QString &folder)
    {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (m_stop || canonical.isEmpty() || m_visited.contains(canonical)) {
            return;
        }
        m_visited.insert(canonical);
        const FolderListing listing = listFolder(m_root, folder, m_stop);
        qint64 bytes = 0;
        for (const FoundFile &file : listing.files) {
            bytes += file.size;
        }
        m_files += int(listing.files.size());
        m_bytes += bytes;
        for (const QString &subfolder : listing.subfolders) {
            walk(m_root.filePath(subfolder));
        }
    }

    const QDir m_root;
    QSet<QString> m_visited;
    std::atomic_bool m_stop = false;
    std::atomic_bool m_done = false;
    std::atomic_int m_files = 0;
    std::atomic<qint64> m_bytes = 0;
    std::unique_ptr<QThread> m_thread;
};

struct ExistingDocument {
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString sha256;
    bool missing = false;
};
} // namespace ImporterDetail
using namespace ImporterDetail;

// The text, title and date of one decoded source file.
struct PreparedDocument {
    QString text;
    DocumentMetadata metadata;
};

namespace
{

/*!
 * Runs \a statement, whose ?1 is a document id and ?2 its text, with the text bound as UTF-8.
 * QtSql binds a QString as UTF-16, from which SQLite takes a leading U+FEFF for a byte order
 * mark and drops it: every offset after it would be off by one. Returns SQLite's result code.
 */
int writeText(sqlite3_stmt *statement, qint64 documentId, QByteArrayView utf8)
{
    sqlite3_bind_int64(statement, 1, documentId);
    sqlite3_bind_text(statement, 2, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result;
}

PreparedDocument prepare(const DecodedText &decoded, SourceFormat format, const QString &relativePath)
{
    PreparedDocument document;
    const QString fallbackTitle = QFileInfo(relativePath).completeBaseName();
    if (format == SourceFormat::Html) {
        const HtmlExtract html = HtmlTextExtractor::extract(decoded.text);
        document.text = html.text;
        document.metadata = MetadataExtractor::extract(html.text, SourceFormat::Text, fallbackTitle);
        if (!html.title.trimmed().isEmpty()) {
            document.metadata.title = MetadataExtractor::elideTitle(html.title.simplified());
        }
        if (!html.date.isEmpty()) {
            document.metadata.date = html.date;
        }
    } else {
        document.text = decoded.text;
        document.metadata = MetadataExtractor::extract(decoded.text, format, fallbackTitle);
    }
    return document;
}

void bindDocumentFields(QSqlQuery &query, const FoundFile &file, const DecodedText &decoded, const PreparedDocument &document, const QString &sha256)
{
    const QJsonObject extra = document.metadata.extra;
    query.bindValue(u":format"_s, sourceFormatName(file.format));
    query.bindValue(u":title"_s, document.metadata.title);
    query.bindValue(u":date"_s, document.metadata.date.isEmpty() ? QVariant() : QVariant(document.metadata.date));
    query.bindValue(u":metadata"_s, extra.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact))));
    query.bindValue(u":length"_s, document.text.size());
    query.bindValue(u":size"_s, file.size);
    query.bindValue(u":mtime"_s, file.mtimeMs);
    query.bindValue(u":sha"_s, sha256);
    query.bindValue(u":encoding"_s, decoded.encoding);
    query.bindValue(u":guessed"_s, decoded.encodingGuessed ? 1 : 0);
    query.bindValue(u":bom"_s, decoded.hadBom ? 1 : 0);
    query.bindValue(u":endings"_s, lineEndingsName(decoded.lineEndings));
    query.bindValue(u":now"_s, ProjectDatabase::timestamp());
}

const auto InsertDocumentSql =
    u"INSERT INTO documents (source_path, format, title, doc_date, metadata, text_length_utf16, source_size, source_mtime_ms, "
    "source_sha256, source_encoding, encoding_guessed, had_bom, line_endings, imported_at, updated_at) "
    "VALUES (:path, :format, :title, :date, :metadata, :length, :size, :mtime, :sha, :encoding, :guessed, :bom, :endings, :now, :now)"_s;

} // namespace

namespace ImporterDetail
{

// One file as the reading thread hands it to the writing one: read, hashed, decoded and
// prepared, or what stopped it on the way.
struct LoadedFile {
    enum class Outcome {
        Unchanged, ///< same size and time as imported before: not read
        TooLarge, ///< not read
        Unreadable, ///< detail says why
        SameContent, ///< read, and its hash is the one imported before
        Undecodable, ///< decoded.problem says why
        Empty, ///< no visible text
        Ready,
    };
    FoundFile file;
    std::optional<ExistingDocument> existing;
    Outcome outcome = Outcome::Ready;
    QString detail;
    qint64 bytesRead = 0;
    QString sha256;
    TextDecoder::Result decoded;
    PreparedDocument document;
    QByteArray textUtf8; ///< document.text as the project stores it, when Ready
};

LoadedFile load(const FoundFile &file, const std::optional<ExistingDocument> &existing, qint64 maxFileSize)
{
    LoadedFile loaded;
    loaded.file = file;
    loaded.existing = existing;
    if (existing && !existing->missing && existing->size == file.size && existing->mtimeMs == file.mtimeMs) {
        loaded.outcome = LoadedFile::Outcome::Unchanged;
        return loaded;
    }
    if (file.size > maxFileSize) {
        loaded.outcome = LoadedFile::Outcome::TooLarge;
        return loaded;
    }
    QFile source(file.absolutePath);
    if (!source.open(QIODevice::ReadOnly)) {
        loaded.outcome = LoadedFile::Outcome::Unreadable;
        loaded.detail = QCoreApplication::translate("CorpusImporter", "The file cannot be opened: %1").arg(source.errorString());
        return loaded;
    }
    const QByteArray bytes = source.readAll();
    if (source.error() != QFileDevice::NoError) {
        loaded.outcome = LoadedFile::Outcome::Unreadable;
        loaded.detail = QCoreApplication::translate("CorpusImporter", "The file cannot be read: %1").arg(source.errorString());
        return loaded;
    }
    loaded.bytesRead = bytes.size();
    loaded.sha256 = sha256Hex(bytes);
    if (existing && existing->sha256 == loaded.sha256) {
        loaded.outcome = LoadedFile::Outcome::SameContent;
        return loaded;
    }
    loaded.decoded = TextDecoder::decode(bytes);
    if (!loaded.decoded.ok()) {
        loaded.outcome = LoadedFile::Outcome::Undecodable;
        return loaded;
    }
    loaded.document = prepare(loaded.decoded.decoded, file.format, file.relativePath);
    if (loaded.document.text.trimmed().isEmpty()) {
        loaded.outcome = LoadedFile::Outcome::Empty;
        return loaded;
    }
    loaded.textUtf8 = loaded.document.text.toUtf8();
    loaded.outcome = LoadedFile::Outcome::Ready;
    return loaded;
}

// Reads, hashes, decodes and prepares the files on a thread of its own while the importer
// writes the ones before them into the project (T2: reading and preparing took a third of an
// import, writing the rest). Files come out in the order they went in. At most MaxFiles files
// or MaxBytes bytes are in flight, so memory stays bounded whatever the corpus (T10); the
// margin lets the reader fall behind for a moment (the processor is shared) without
// stopping the writer.
class FileReader
{
public:
    static constexpr qsizetype MaxFiles = 1024;
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    explicit FileReader(qint64 maxFileSize)
        : m_maxFileSize(maxFileSize)
    {
        m_thread.reset(QThread::create([this] {
            work();
        }));
        m_thread->setObjectName(u"scholion-import-read"_s);
        // As urgent as the import itself: below the window's threads in the window, normal on
        // the command line.
        const QThread::Priority priority = QThread::currentThread()->priority();
        startInBackground(m_thread.get(), priority == QThread::InheritPriority ? QThread::NormalPriority : priority);
    }
    ~FileReader()
    {
        {
            const QMutexLocker locker(&m_mutex);
            m_stop = true;
        }
        m_wake.wakeAll();
        m_thread->wait();
    }
    Q_DISABLE_COPY_MOVE(FileReader)

    /*! True when the files in flight are all there may be: take one before giving another. */
    bool isFull() const
    {
        const QMutexLocker locker(&m_mutex);
        return qsizetype(m_slots.size()) >= MaxFiles || m_bytesInFlight >= MaxBytes;
    }

    /*! Queues \a file. */
    void submit(const FoundFile &file, const std::optional<ExistingDocument> &existing)
    {
        const QMutexLocker locker(&m_mutex);
        m_slots.push_back(Slot{file, existing, {}, false});
        m_bytesInFlight += file.size;
        m_wake.wakeAll();
    }

    /*! The oldest file, when it is ready (or, with \a wait, once it is); nothing when none is queued. */
    std::optional<LoadedFile> take(bool wait)
    {
        QMutexLocker locker(&m_mutex);
        while (wait && !m_slots.empty() && !m_slots.front().done) {
            m_ready.wait(&m_mutex);
        }
        if (m_slots.empty() || !m_slots.front().done) {
            return std::nullopt;
        }
        LoadedFile loaded = std::move(m_slots.front().loaded);
        m_bytesInFlight -= loaded.file.size;
        m_slots.pop_front();
        --m_next; // the thread's place moves with the slots
        return loaded;
    }

private:
    struct Slot {
        FoundFile file;
        std::optional<ExistingDocument> existing;
        LoadedFile loaded;
        bool done = false;
    };

    void work()
    {
        QMutexLocker locker(&m_mutex);
        for (;;) {
            while (!m_stop && m_next >= qsizetype(m_slots.size())) {
                m_wake.wait(&m_mutex);
            }
            if (m_stop) {
                return;
            }
            // std::deque keeps references to its elements valid while others are added at the
            // back or taken from the front; the slot being read is not taken before it is done.
            Slot &slot = m_slots[size_t(m_next)];
            locker.unlock();
            LoadedFile loaded = load(slot.file, slot.existing, m_maxFileSize);
            locker.relock();
            slot.loaded = std::move(loaded);
            slot.done = true;
            ++m_next;
            m_ready.wakeAll();
        }
    }

    const qint64 m_maxFileSize;
    mutable QMutex m_mutex;
    QWaitCondition m_wake; ///< work to do, or stop
    QWaitCondition m_ready; ///< a file is done
    std::deque<Slot> m_slots; ///< in submission order; the front ones are done
    qsizetype m_next = 0; ///< the slot the thread reads next, as an index into m_slots
    qint64 m_bytesInFlight = 0;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ImporterDetail

struct CorpusImporter::Private {
    Q_DECLARE_TR_FUNCTIONS(CorpusImporter)

public:
    Private(CorpusImporter *q, const ImportOptions &options)
        : q(q)
        , options(options)
    {
    }

    CorpusImporter *q;
    const ImportOptions &options;
    ImportReport report;
    ProjectDatabase db;
    ImportProgress progress;
    QElapsedTimer clock;
    qint64 lastProgressMs = -1000;
    QSet<QString> visitedDirectories;
    QSet<QString> present; ///< relative paths of the files found, imported or not
    int skippedWhileWalking = 0; ///< links and special files
    std::optional<FolderCounter> counter;
    std::optional<FileReader> reader; ///< while the folder is walked
    QHash<QString, ExistingDocument> existing;
    std::unique_ptr<Transaction> transaction;
    int inBatch = 0;
    qint64 bytesInBatch = 0;
    int committed = 0;
    qint64 runId = 0;

    std::optional<QSqlQuery> insertDocument;
    // New and changed texts go in through SQLite's own API, bound as the UTF-8 the reader
    // made (see writeText()): QtSql binds a QString as UTF-16, which SQLite converts on this
    // thread (about a tenth of an import's writing) and whose leading U+FEFF it drops.
    sqlite3 *connection = nullptr;
    SqliteStatement insertText;
    std::optional<QSqlQuery> updateDocument;
    SqliteStatement updateText;
    std::optional<QSqlQuery> touchDocument;
    std::optional<QSqlQuery> selectAnchors;
    std::optional<QSqlQuery> updateAnchor;

    void emitProgress(bool force = false)
    {
        progress.elapsedMs = clock.elapsed();
        if (force || progress.elapsedMs - lastProgressMs >= 100) {
            if (counter) {
                progress.totalsKnown = counter->isDone();
                progress.filesTotal = std::max(counter->files(), progress.filesDone);
                progress.bytesTotal = std::max(counter->bytes(), progress.bytesDone);
            }
            lastProgressMs = progress.elapsedMs;
            Q_EMIT q->progress(progress);
        }
    }

    void addIssue(ImportIssue::Kind kind, const QString &path, const QString &detail)
    {
        report.issues.append(ImportIssue{kind, path, detail});
        if (ImportIssue{kind, path, detail}.isSkip()) {
            ++report.skipped;
        }
    }

    bool failWith(const QString &message)
    {
        report.outcome = ImportReport::Outcome::Failed;
        report.error = message;
        return false;
    }

    /*! What went wrong writing the project at \a path: a full disk or a disk error says so, naming the project. */
    static QString writeFailure(const QString &path, const QString &detail)
    {
        const QString explained = ProjectDatabase::explainFailure(path, detail);
        return explained != detail ? explained : tr("Writing to the project failed: %1").arg(detail);
    }

    bool failWriting(const QString &detail) { return failWith(writeFailure(options.projectPath, detail)); }

    QSqlQuery prepared(const QString &sql)
    {
        QSqlQuery query(db.database());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qWarning("Scholion: cannot prepare import statement: %s", qPrintable(query.lastError().text()));
        }
        return query;
    }

    bool exec(QSqlQuery &query)
    {
        if (!query.exec()) {
            return failWriting(query.lastError().text());
        }
        return true;
    }

    // Imports the folder, then walks on: files and subfolders in relative path order, so a
    // first import gives ids in path order, and the first documents are in the project at once.
    bool walk(const QString &folder)
    {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || visitedDirectories.contains(canonical)) {
            return true; // a symlink loop or a folder reached twice
        }
        visitedDirectories.insert(canonical);
        const QDir root(options.corpusRoot);
        const FolderListing listing = listFolder(root, folder, q->m_cancelled);
        for (const ImportIssue &issue : listing.issues) {
            addIssue(issue.kind, issue.path, issue.detail);
            skippedWhileWalking += issue.isSkip() ? 1 : 0;
        }
        report.otherFilesIgnored += listing.otherFilesIgnored;
        for (const qsizetype index : listing.order()) {
            if (q->isCancelled()) {
                return true;
            }
            if (index < 0) {
                if (!walk(root.filePath(listing.subfolders.at(-1 - index)))) {
                    return false;
                }
            } else if (!importOne(listing.files.at(index))) {
                return false;
            }
        }
        return true;
    }

    // Hands the file to the reader, then writes what the reader has ready. While the reader
    // has all the files it may hold, the oldest is written first (waiting for it).
    bool importOne(const FoundFile &file)
    {
        while (reader->isFull() && !q->isCancelled()) {
            const std::optional<LoadedFile> oldest = reader->take(true);
            if (oldest && !writeOne(*oldest)) {
                return false;
            }
        }
        present.insert(file.relativePath);
        const auto it = existing.constFind(file.relativePath);
        reader->submit(file, it == existing.cend() ? std::nullopt : std::optional<ExistingDocument>(*it));
        return writeLoaded(false);
    }

    // Writes the files the reader has ready, in walk order; with \a all, every file it was
    // given, waiting for each.
    bool writeLoaded(bool all)
    {
        while (!q->isCancelled()) {
            const std::optional<LoadedFile> loaded = reader->take(all);
            if (!loaded) {
                break;
            }
            if (!writeOne(*loaded)) {
                return false;
            }
        }
        return true;
    }

    bool writeOne(const LoadedFile &loaded)
    {
        if (!transaction->isActive()) {
            return failWriting(transaction->errorString());
        }
        if (!importFile(loaded)) {
            return false;
        }
        const FoundFile &file = loaded.file;
        ++inBatch;
        bytesInBatch += file.size;
        ++progress.filesDone;
        progress.bytesDone += file.size;
        progress.currentPath = file.relativePath;
        // The first batch is small, so that a window shows the first documents at once.
        const bool firstBatch = committed == 0 && inBatch >= std::min(options.batchFiles, 50);
        if (firstBatch || inBatch >= options.batchFiles || bytesInBatch >= options.batchBytes) {
            if (!transaction->commit()) {
                return failWriting(transaction->errorString());
            }
            committed = report.added + report.updated;
            Q_EMIT q->batchCommitted(committed);
            transaction = std::make_unique<Transaction>(db.database());
            inBatch = 0;
            bytesInBatch = 0;
        }
        emitProgress();
        return true;
    }

    bool checkCorpusRoot()
    {
        const QString stored = db.meta(u"corpus_root"_s);
        if (!stored.isEmpty() && QFileInfo(stored).canonicalFilePath() != QFileInfo(options.corpusRoot).canonicalFilePath() && QFileInfo(stored).isDir()) {
            return failWith(tr("The project “%1” belongs to the corpus folder “%2”, not “%3”.").arg(options.projectPath, stored, options.corpusRoot));
        }
        // A corpus folder that moved keeps its project: the new place is remembered.
        if (stored != options.corpusRoot && !db.setMeta(u"corpus_root"_s, options.corpusRoot)) {
            return failWriting(db.errorString());
        }
        if (db.meta(u"created_at"_s).isEmpty()) {
            db.setMeta(u"created_at"_s, ProjectDatabase::timestamp());
            db.setMeta(u"created_by_version"_s, QStringLiteral(SCHOLION_VERSION_STRING));
        }
        // A new project starts with the default label schema, whoever creates it.
        AnnotationStore store(&db);
        if (!store.ensureDefaultSchema()) {
            return failWith(store.errorString());
        }
        return true;
    }

    QHash<QString, ExistingDocument> loadExisting()
    {
        QHash<QString, ExistingDocument> existing;
        QSqlQuery query(db.database());
        query.setForwardOnly(true);
        query.exec(u"SELECT id, source_path, source_size, source_mtime_ms, source_sha256, missing FROM documents"_s);
        while (query.next()) {
            existing.insert(query.value(1).toString(),
                ExistingDocument{query.value(0).toLongLong(),
                    query.value(2).toLongLong(),
                    query.value(3).toLongLong(),
                    query.value(4).toString(),
                    query.value(5).toBool()});
        }
        return existing;
    }

    void bindCommon(QSqlQuery &query, const FoundFile &file, const DecodedText &decoded, const PreparedDocument &document, const QString &sha256)
    {
        bindDocumentFields(query, file, decoded, document, sha256);
    }

    bool reanchorAnnotations(qint64 documentId, const QString &text, const QString &path)
    {
        struct Row {
            qint64 id;
            TextAnchor anchor;
        };
        QList<Row> rows;
        selectAnchors->bindValue(0, documentId);
        if (!exec(*selectAnchors)) {
            return false;
        }
        while (selectAnchors->next()) {
            TextAnchor anchor;
            anchor.start = selectAnchors->value(1).toLongLong();
            anchor.end = selectAnchors->value(2).toLongLong();
            anchor.quote = selectAnchors->value(3).toString();
            anchor.prefix = selectAnchors->value(4).toString();
            anchor.suffix = selectAnchors->value(5).toString();
            rows.append(Row{selectAnchors->value(0).toLongLong(), anchor});
        }
        selectAnchors->finish();
        int review = 0;
        for (const Row &row : std::as_const(rows)) {
            const Reanchor::Result located = Reanchor::locate(text, row.anchor);
            if (located.end <= located.start) {
                ++review;
                continue; // an empty document: the span keeps its old place until the text comes back
            }
            const TextAnchor now = TextAnchor::fromText(text, located.start, located.end);
            // A span that could not be found keeps its old quote, so it can still be found later.
            const bool lost = located.state == Reanchor::State::NeedsReview;
            updateAnchor->bindValue(0, located.start);
            updateAnchor->bindValue(1, located.end);
            updateAnchor->bindValue(2, boundText(lost ? row.anchor.prefix : now.prefix));
            updateAnchor->bindValue(3, boundText(lost ? row.anchor.suffix : now.suffix));
            updateAnchor->bindValue(4, int(located.state));
            updateAnchor->bindValue(5, row.id);
            if (!exec(*updateAnchor)) {
                return false;
            }
            if (located.state == Reanchor::State::Moved) {
                ++report.annotationsMoved;
            } else if (lost) {
                ++review;
            }
        }
        if (review > 0) {
            report.annotationsNeedingReview += review;
            report.issues.append(ImportIssue{ImportIssue::Kind::NeedsReview,
                path,
                tr("%n annotation(s) could not be placed with certainty after the file changed; they are kept and marked for review.", nullptr, review)});
        }
        return true;
    }

    // Writes one file read by the reader inside the current transaction. Returns false only
    // when the project itself failed; problems of the file are recorded in the report.
    bool importFile(const LoadedFile &loaded)
    {
        const FoundFile &file = loaded.file;
        const std::optional<ExistingDocument> &existing = loaded.existing;
        switch (loaded.outcome) {
        case LoadedFile::Outcome::Unchanged:
            ++report.unchanged;
            return true;
        case LoadedFile::Outcome::TooLarge:
            addIssue(ImportIssue::Kind::TooLarge,
                file.relativePath,
                tr("The file is %1 MB; files over %2 MB are not imported.").arg(double(file.size) / 1048576.0, 0, 'f', 1).arg(options.maxFileSize / 1048576));
            return true;
        case LoadedFile::Outcome::Unreadable:
            addIssue(ImportIssue::Kind::Unreadable, file.relativePath, loaded.detail);
            return true;
        case LoadedFile::Outcome::SameContent:
        case LoadedFile::Outcome::Undecodable:
        case LoadedFile::Outcome::Empty:
        case LoadedFile::Outcome::Ready:
            break;
        }
        report.bytesRead += loaded.bytesRead;

        if (loaded.outcome == LoadedFile::Outcome::SameContent) {
            touchDocument->bindValue(0, loaded.bytesRead);
            touchDocument->bindValue(1, file.mtimeMs);
            touchDocument->bindValue(2, existing->id);
            ++report.unchanged;
            return exec(*touchDocument);
        }

        const TextDecoder::Result &decoded = loaded.decoded;
        if (loaded.outcome == LoadedFile::Outcome::Undecodable) {
            const ImportIssue::Kind kind = decoded.problem == TextDecoder::Problem::Empty ? ImportIssue::Kind::Empty
                : decoded.problem == TextDecoder::Problem::Binary                         ? ImportIssue::Kind::Binary
                                                                                          : ImportIssue::Kind::InvalidEncoding;
            QString detail = decoded.detail;
            if (existing) {
                detail += u' ' + tr("The version imported earlier is kept.");
            }
            addIssue(kind, file.relativePath, detail);
            return true;
        }
        if (loaded.outcome == LoadedFile::Outcome::Empty) {
            addIssue(ImportIssue::Kind::Empty, file.relativePath, tr("The file has no visible text."));
            return true;
        }
        const PreparedDocument &document = loaded.document;
        FoundFile actual = file;
        actual.size = loaded.bytesRead; // the file may have grown since the scan

        if (existing) {
            bindCommon(*updateDocument, actual, decoded.decoded, document, loaded.sha256);
            updateDocument->bindValue(u":id"_s, existing->id);
            if (!exec(*updateDocument)) {
                return false;
            }
            if (writeText(updateText.handle(), existing->id, loaded.textUtf8) != SQLITE_DONE) {
                return failWriting(QString::fromUtf8(sqlite3_errmsg(connection)));
            }
            if (!reanchorAnnotations(existing->id, document.text, file.relativePath)) {
                return false;
            }
            ++report.updated;
        } else {
            bindCommon(*insertDocument, actual, decoded.decoded, document, loaded.sha256);
            insertDocument->bindValue(u":path"_s, file.relativePath);
            if (!exec(*insertDocument)) {
                return false;
            }
            if (writeText(insertText.handle(), insertDocument->lastInsertId().toLongLong(), loaded.textUtf8) != SQLITE_DONE) {
                return failWriting(QString::fromUtf8(sqlite3_errmsg(connection)));
            }
            ++report.added;
        }
        if (decoded.decoded.encodingGuessed) {
            report.issues.append(ImportIssue{ImportIssue::Kind::EncodingGuessed,
                file.relativePath,
                tr("Not valid UTF-8; read as %1 (a guess). Check its special characters.").arg(decoded.decoded.encoding)});
        }
        return true;
    }

    bool startRun()
    {
        QSqlQuery query(db.database());
        query.prepare(u"INSERT INTO import_runs (corpus_root, started_at) VALUES (?, ?)"_s);
        query.addBindValue(options.corpusRoot);
        query.addBindValue(report.started.toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            return failWriting(query.lastError().text());
        }
        runId = query.lastInsertId().toLongLong();
        return true;
    }

    void finishRun()
    {
        if (runId == 0 || !db.isOpen()) {
            return;
        }
        QSqlQuery query(db.database());
        query.prepare(u"UPDATE import_runs SET finished_at = ?, outcome = ?, report = ? WHERE id = ?"_s);
        query.addBindValue(report.finished.toString(Qt::ISODateWithMs));
        query.addBindValue(ImportReport::outcomeName(report.outcome));
        query.addBindValue(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(runId);
        query.exec();
    }

    void writeLog()
    {
        if (options.projectPath.isEmpty()) {
            return;
        }
        QFile log(QFileInfo(options.projectPath).absoluteDir().filePath(u"import.log"_s));
        if (log.open(QIODevice::Append | QIODevice::Text)) {
            log.write(report.toText().toUtf8());
            log.write("\n");
        }
    }

    bool importAll()
    {
        // New documents are indexed for search after the import (SearchIndex, from the watermark
        // up), not one by one by the triggers: that keeps the import about 40 % faster.
        QSqlQuery(db.database())
            .exec(u"UPDATE project_meta SET value = (SELECT coalesce(max(document_id), 0) FROM document_texts) "
                  "WHERE key = 'search_indexed_upto' AND value = '9223372036854775807'"_s);
        existing = loadExisting();
        insertDocument = prepared(InsertDocumentSql);
        connection = db.handle();
        if (!insertText.prepare(connection, "INSERT INTO document_texts (document_id, text) VALUES (?, ?)")) {
            return failWriting(connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : u"no SQLite connection"_s);
        }
        updateDocument =
            prepared(u"UPDATE documents SET format = :format, title = :title, doc_date = :date, metadata = :metadata, text_length_utf16 = :length, "
                     "source_size = :size, source_mtime_ms = :mtime, source_sha256 = :sha, source_encoding = :encoding, encoding_guessed = :guessed, "
                     "had_bom = :bom, line_endings = :endings, missing = 0, updated_at = :now WHERE id = :id"_s);
        if (!updateText.prepare(connection, "UPDATE document_texts SET text = ?2 WHERE document_id = ?1")) {
            return failWriting(QString::fromUtf8(sqlite3_errmsg(connection)));
        }
        touchDocument = prepared(u"UPDATE documents SET source_size = ?, source_mtime_ms = ?, missing = 0 WHERE id = ?"_s);
        selectAnchors = prepared(u"SELECT id, start_utf16, end_utf16, quote, prefix, suffix FROM annotations WHERE document_id = ?"_s);
        updateAnchor = prepared(u"UPDATE annotations SET start_utf16 = ?, end_utf16 = ?, prefix = ?, suffix = ?, anchor_state = ? WHERE id = ?"_s);

        progress.phase = ImportProgress::Phase::Importing;
        emitProgress(true);
        // Checkpoints every 64 MB of log instead of every 4 MB: the pages of the indexes,
        // written again and again, reach the project file once per checkpoint (T2). This
        // connection is the importer's own, so nothing else changes.
        QSqlQuery(db.database()).exec(u"PRAGMA wal_autocheckpoint = 16384"_s);
        transaction = std::make_unique<Transaction>(db.database());
        reader.emplace(options.maxFileSize);
        if (!walk(options.corpusRoot) || !writeLoaded(true)) {
            return false;
        }
        reader.reset();
        counter.reset();
        if (!q->isCancelled()) {
            progress.totalsKnown = true; // the walk saw it all
            progress.filesTotal = progress.filesDone;
            progress.bytesTotal = progress.bytesDone;
        }
        // Links and special files skipped while walking count as found, so the counts add up.
        report.filesFound = int(present.size()) + skippedWhileWalking;

        progress.phase = ImportProgress::Phase::Finishing;
        emitProgress(true);
        if (!q->isCancelled()) {
            // Files imported before and gone now: marked, never deleted.
            QSqlQuery markMissing = prepared(u"UPDATE documents SET missing = 1 WHERE id = ?"_s);
            for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
                if (present.contains(it.key())) {
                    continue;
                }
                if (!it->missing) {
                    markMissing.bindValue(0, it->id);
                    if (!exec(markMissing)) {
                        return false;
                    }
                }
                ++report.missing;
                report.issues.append(ImportIssue{ImportIssue::Kind::Missing,
                    it.key(),
                    tr("The file is no longer in the corpus folder; its document and annotations are kept.")});
            }
        }
        if (!transaction->commit()) {
            return failWriting(transaction->errorString());
        }
        if (report.added + report.updated != committed) {
            Q_EMIT q->batchCommitted(report.added + report.updated);
        }
        return true;
    }

    void run()
    {
        clock.start();
        report.corpusRoot = options.corpusRoot;
        report.projectPath = options.projectPath;
        report.started = QDateTime::currentDateTimeUtc();

        const QFileInfo rootInfo(options.corpusRoot);
        if (!rootInfo.exists()) {
            failWith(tr("The folder “%1” does not exist.").arg(options.corpusRoot));
        } else if (!rootInfo.isDir()) {
            failWith(tr("“%1” is not a folder.").arg(options.corpusRoot));
        } else if (!QDir(options.corpusRoot).isReadable()) {
            failWith(tr("The folder “%1” cannot be read.").arg(options.corpusRoot));
        } else if (!db.open(options.projectPath)) {
            failWith(db.errorString());
        } else if (checkCorpusRoot() && startRun()) {
            counter.emplace(options.corpusRoot);
            emitProgress(true);
            const bool imported = importAll();
            counter.reset(); // when importAll() stopped early
            if (imported) {
                report.outcome = q->isCancelled() ? ImportReport::Outcome::Cancelled : ImportReport::Outcome::Completed;
            }
        }
        report.finished = QDateTime::currentDateTimeUtc();
        // Skips first, then notices, each in path order.
        std::stable_sort(report.issues.begin(), report.issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
            if (a.kind != b.kind) {
                return a.kind < b.kind;
            }
            return a.path < b.path;
        });
        finishRun();
        writeLog();
        emitProgress(true);
    }
};

CorpusImporter::CorpusImporter(const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportReport>();
}

CorpusImporter::~CorpusImporter() = default;

ImportReport CorpusImporter::run()
{
    ImportReport report;
    {
        Private d(this, m_options);
        d.run();
        report = d.report;
    }
    Q_EMIT finished(report);
    return report;
}

std::optional<qint64> CorpusImporter::insertDocument(ProjectDatabase *db, const QString &corpusRoot, const QString &relativePath, QString *text, QString *error)
{
    const QFileInfo info(QDir(corpusRoot).filePath(relativePath));
    QFile source(info.filePath());
    if (!source.open(QIODevice::ReadOnly)) {
        *error = Private::tr("The file “%1” cannot be opened: %2").arg(info.filePath(), source.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = source.readAll();
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        *error = u"%1: %2"_s.arg(info.filePath(), decoded.detail);
        return std::nullopt;
    }
    const FoundFile file{relativePath,
        info.filePath(),
        bytes.size(),
        info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch(),
        sourceFormatForPath(info.fileName())};
    if (file.format == SourceFormat::Unsupported) {
        *error = Private::tr("“%1” is not a text, Markdown or HTML file.").arg(info.filePath());
        return std::nullopt;
    }
    const PreparedDocument document = prepare(decoded.decoded, file.format, relativePath);
    const QString sha256 = sha256Hex(bytes);
    QSqlQuery insert(db->database());
    insert.prepare(InsertDocumentSql);
    bindDocumentFields(insert, file, decoded.decoded, document, sha256);
    insert.bindValue(u":path"_s, relativePath);
    SqliteStatement insertText;
    if (!insertText.prepare(db->handle(), "INSERT INTO document_texts (document_id, text) VALUES (?1, ?2)") || !insert.exec()) {
        *error = Private::writeFailure(db->path(), insertText.handle() ? insert.lastError().text() : QString::fromUtf8(sqlite3_errmsg(db->handle())));
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (writeText(insertText.handle(), id, document.text.toUtf8()) != SQLITE_DONE) {
        *error = Private::writeFailure(db->path(), QString::fromUtf8(sqlite3_errmsg(db->handle())));
        return std::nullopt;
    }
    *text = document.text;
    return id;
}

void CorpusImporter::cancel()
{
    m_cancelled = true;
}

bool CorpusImporter::isCancelled() const
{
    return m_cancelled;
}

} // namespace Scholion::Models
