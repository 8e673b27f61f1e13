// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdatabase.h"

#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUrl>

#include <atomic>
#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
std::atomic_int s_connectionCounter{0};

int scriptVersion(const QString &fileName)
{
    return fileName.section(u'_', 0, 0).toInt();
}

/*!
    Asks the kernel to back the whole 2 MB pages inside [\a data, \a data + \a bytes) with huge
    pages when they are first written. A new 4 KB page costs a page fault; on a virtual machine
    that can be 10 µs, and the 9 MB of a 5 MB article's text were 2,300 of them: 22 of the 33 ms
    the read took in a fresh process. Only the part that will be written is advised, since a
    huge page is taken whole. A hint only: where transparent huge pages are off, nothing changes.
*/
void adviseHugePages(void *data, qint64 bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr huge = quintptr(2) << 20;
    const auto start = reinterpret_cast<quintptr>(data);
    const quintptr first = (start + huge - 1) & ~(huge - 1);
    const quintptr last = (start + quintptr(std::max<qint64>(bytes, 0))) & ~(huge - 1);
    if (last > first) {
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}
} // namespace

QString ProjectDatabase::defaultMigrationsPath()
{
    return u":/scholion/sql"_s;
}

QStringList ProjectDatabase::migrationScripts(const QString &migrationsPath)
{
    static const QRegularExpression pattern(u"^\\d{4}_[A-Za-z0-9_-]+\\.sql$"_s);
    QStringList scripts;
    const QStringList names = QDir(migrationsPath).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (pattern.match(name).hasMatch()) {
            scripts << QDir(migrationsPath).filePath(name);
        }
    }
    return scripts;
}

int ProjectDatabase::latestSchemaVersion(const QString &migrationsPath)
{
    const QStringList scripts = migrationScripts(migrationsPath);
    return scripts.isEmpty() ? 0 : scriptVersion(QFileInfo(scripts.constLast()).fileName());
}

QStringList ProjectDatabase::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"_s)) {
            continue;
        }
        if (current.isEmpty() && line.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        current += rawLine + u'\n';
        const bool ends = inTrigger ? line.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

QString ProjectDatabase::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool ProjectDatabase::isDamage(const QSqlError &error)
{
    // The primary result code: extended codes keep it in their low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */);
}

bool ProjectDatabase::looksDamaged(const QString &message)
{
    return message.contains(u"database disk image is malformed"_s, Qt::CaseInsensitive) || message.contains(u"file is not a database"_s, Qt::CaseInsensitive);
}

QString ProjectDatabase::explainFailure(const QString &path, const QString &message)
{
    const QString project = path.isEmpty() ? tr("(in memory)") : QDir::toNativeSeparators(path);
    if (message.contains(u"database or disk is full"_s, Qt::CaseInsensitive)) {
        return tr("The disk is full: the change could not be saved in the project “%1”. What was saved before is intact; "
                  "free some space and try again. (%2)")
            .arg(project, message);
    }
    if (message.contains(u"attempt to write a readonly database"_s, Qt::CaseInsensitive)) {
        return tr("The project “%1” is open read-only: the change was not saved. (%2)").arg(project, message);
    }
    if (message.contains(u"disk I/O error"_s, Qt::CaseInsensitive)) {
        return tr("The disk reported an error while writing the project “%1”: the change was not saved. "
                  "Check the disk, then try again. (%2)")
            .arg(project, message);
    }
    return message;
}

ProjectDatabase::ProjectDatabase()
    : m_connectionName(u"scholion-%1"_s.arg(s_connectionCounter.fetch_add(1)))
{
}

ProjectDatabase::~ProjectDatabase()
{
    close();
}

bool ProjectDatabase::fail(const QString &message)
{
    m_error = message;
    if (m_failure == Failure::None) {
        m_failure = Failure::Other;
    }
    close();
    return false;
}

bool ProjectDatabase::open(const QString &path, Access access, const QString &migrationsPath)
{
    close();
    m_error.clear();
    m_failure = Failure::None;
    m_path = path;
    m_access = access;

    const bool inMemory = path.isEmpty();
    if (!inMemory) {
        const QFileInfo info(path);
        if (access == Access::ReadOnly && !info.exists()) {
            return fail(tr("The project file “%1” does not exist.").arg(path));
        }
        if (info.exists() && !info.isFile()) {
            return fail(tr("“%1” is not a project file.").arg(path));
        }
        if (access == Access::ReadWrite && !QDir().mkpath(info.absolutePath())) {
            return fail(tr("Cannot create the folder “%1” for the project.").arg(info.absolutePath()));
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(inMemory ? u":memory:"_s : path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
        if (access == Access::ReadOnly) {
            options += u";QSQLITE_OPEN_READONLY"_s;
        }
        if (access == Access::ReadOnly && !inMemory && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
            // A WAL database needs its -shm beside it, which a read-only folder (a read-only
            // mount, a CD) cannot get: nothing can change the file there, so it is opened as
            // immutable. Changes still in a -wal would be missed, so such a file is refused.
            if (QFileInfo(path + u"-wal"_s).size() > 0) {
                return fail(tr("The project “%1” cannot be read in a read-only folder: its latest changes are still in “%2”. "
                               "Copy the project and that file to a writable folder and open it there.")
                        .arg(path, path + u"-wal"_s));
            }
            db.setDatabaseName(QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded()) + u"?immutable=1"_s);
            options += u";QSQLITE_OPEN_URI"_s;
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            return fail(tr("Cannot open the project “%1”: %2").arg(path, reason));
        }
    }

    // Reading the schema is the first access to the file's pages: a file that is not an
    // SQLite database fails here.
    QSqlQuery probe(database());
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next()) {
        if (isDamage(probe.lastError()) && QFileInfo(path).size() > 0) {
            // A file that is not a database at all may be any file; a corrupt one was a database.
            m_failure = Failure::Damaged;
            const bool corrupt = (probe.lastError().nativeErrorCode().toInt() & 0xff) == 11;
            if (corrupt) {
                return fail(tr("The project “%1” is damaged and cannot be opened (%2).").arg(path, probe.lastError().databaseText()));
            }
        }
        return fail(tr("“%1” is not a Scholion project or is damaged (%2).").arg(path, probe.lastError().databaseText()));
    }
    const int tableCount = probe.value(0).toInt();
    probe.finish();
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next()) {
        return fail(tr("Cannot read “%1”: %2").arg(path, probe.lastError().text()));
    }
    const int applicationId = probe.value(0).toInt();
    probe.finish();
    m_handle = sqliteHandle(database());
    m_utf8 = probe.exec(u"PRAGMA encoding"_s) && probe.next() && probe.value(0).toString() == u"UTF-8"_s;
    probe.finish();
    if (tableCount == 0 && access == Access::ReadOnly) {
        return fail(tr("The project “%1” is empty: its creation was interrupted, or it is not a Scholion project. "
                       "Open the corpus folder again to create it.")
                .arg(path));
    }
    if (tableCount > 0 && applicationId != ApplicationId) {
        return fail(tr("“%1” is an SQLite database, but not a Scholion project.").arg(path));
    }

    const int current = schemaVersion();
    const int latest = latestSchemaVersion(migrationsPath);
    if (current > latest) {
        m_failure = Failure::NewerSchema;
        return fail(tr("The project “%1” was saved by a newer version of Scholion (schema %2; this version understands up to %3). "
                       "Please update Scholion to open it.")
                .arg(path)
                .arg(current)
                .arg(latest));
    }

    if (access == Access::ReadWrite) {
        // WAL lets readers (the GUI) go on while a worker writes; NORMAL sync is durable at
        // every checkpoint and never corrupts in WAL mode.
        if (!inMemory && !exec(u"PRAGMA journal_mode = WAL"_s)) {
            return fail(m_error);
        }
        exec(u"PRAGMA synchronous = NORMAL"_s);
    } else if (current < latest) {
        return fail(tr("The project “%1” uses an older schema (%2) and can only be upgraded when it is writable.").arg(path).arg(current));
    }
    if (!exec(u"PRAGMA foreign_keys = ON"_s)) {
        return fail(m_error);
    }
    exec(u"PRAGMA temp_store = MEMORY"_s);

    if (access == Access::ReadWrite && !migrate(migrationsPath)) {
        if (looksDamaged(m_error)) {
            m_failure = Failure::Damaged;
        }
        return fail(m_error);
    }
    if (access == Access::ReadWrite) {
        // Test hook (reliability suite): a page limit on this connection makes writes fail
        // with SQLITE_FULL, as on a full disk, without filling one.
        bool limited = false;
        const int headroom = qEnvironmentVariableIntValue("SCHOLION_TEST_PAGE_HEADROOM", &limited);
        if (limited) {
            QSqlQuery pages(database());
            if (pages.exec(u"PRAGMA page_count"_s) && pages.next()) {
                const qint64 limit = pages.value(0).toLongLong() + headroom;
                pages.finish();
                exec(u"PRAGMA max_page_count = %1"_s.arg(limit));
            }
        }
    }
    return true;
}

bool ProjectDatabase::migrate(const QString &migrationsPath)
{
    const int current = schemaVersion();
    const QStringList scripts = migrationScripts(migrationsPath);
    for (const QString &scriptPath : scripts) {
        const int version = scriptVersion(QFileInfo(scriptPath).fileName());
        if (version <= current) {
            continue;
        }
        QFile file(scriptPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("Cannot read the migration script “%1”.").arg(scriptPath);
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        Transaction transaction(database());
        if (!transaction.isActive()) {
            m_error = tr("Cannot upgrade the project “%1”: %2").arg(m_path, transaction.errorString());
            return false;
        }
        for (const QString &statement : statements) {
            QSqlQuery query(database());
            if (!query.exec(statement)) {
                m_error = tr("Upgrading the project “%1” to schema %2 failed in “%3”: %4")
                              .arg(m_path)
                              .arg(version)
                              .arg(QFileInfo(scriptPath).fileName(), query.lastError().text());
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version = %1"_s.arg(version)) || !transaction.commit()) {
            m_error = tr("Upgrading the project “%1” to schema %2 failed: %3").arg(m_path).arg(version).arg(m_error + transaction.errorString());
            return false;
        }
    }
    return true;
}

void ProjectDatabase::close()
{
    m_handle = nullptr;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ProjectDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase ProjectDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ProjectDatabase::documentText(qint64 documentId) const
{
    if (!m_handle) {
        return {};
    }
    if (m_utf8) {
        // The stored length says how long the text must come out: a piece lost, a byte that
        // is not UTF-8 or a row that changed in between falls back to the statement below.
        SqliteStatement length;
        qint64 expected = -1;
        if (length.prepare(m_handle, "SELECT text_length_utf16 FROM documents WHERE id = ?")) {
            sqlite3_bind_int64(length.handle(), 1, documentId);
            if (sqlite3_step(length.handle()) == SQLITE_ROW) {
                expected = sqlite3_column_int64(length.handle(), 0);
            }
        }
        sqlite3_blob *blob = nullptr;
        if (expected >= 0 && sqlite3_blob_open(m_handle, "main", "document_texts", "text", documentId, 0, &blob) == SQLITE_OK) {
            const int bytes = sqlite3_blob_bytes(blob);
            QString text;
            bool exact = false;
            if (expected <= bytes) { // UTF-16 never has more units than UTF-8 has bytes
                // Room for the longest outcome; pages the text does not reach are never touched.
                text.resize(bytes);
                adviseHugePages(text.data(), expected * qint64(sizeof(QChar)));
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
                QChar *out = text.data();
                char piece[32 * 1024];
                bool whole = true;
                char16_t highest = 0; // of the units decoded, looked at while they are in the cache
                for (int offset = 0; whole && offset < bytes; offset += int(sizeof piece)) {
                    const int n = std::min(int(sizeof piece), bytes - offset);
                    whole = sqlite3_blob_read(blob, piece, n, offset) == SQLITE_OK;
                    if (whole) {
                        const auto *first = reinterpret_cast<const char16_t *>(out);
                        out = decoder.appendToBuffer(out, QByteArrayView(piece, n));
                        for (const auto *unit = first; unit != reinterpret_cast<const char16_t *>(out); ++unit) {
                            highest = std::max(highest, *unit);
                        }
                    }
                }
                text.truncate(out - text.constData());
                exact = whole && !decoder.hasError() && text.size() == expected;
                if (exact && highest >= 0xFFFE) {
                    // The noncharacters U+FFFE and U+FFFF as SQLite's own conversion reads them,
                    // so this text and every quote read back through QtSql agree (the offsets
                    // are the same either way).
                    text.replace(QChar(0xFFFE), QChar(0xFFFD)).replace(QChar(0xFFFF), QChar(0xFFFD));
                }
            }
            sqlite3_blob_close(blob);
            if (exact) {
                return text.isNull() ? u""_s : text; // an empty text is there: not null
            }
        }
    }
    SqliteStatement select;
    if (!select.prepare(m_handle, "SELECT text FROM document_texts WHERE document_id = ?")) {
        return {};
    }
    sqlite3_bind_int64(select.handle(), 1, documentId);
    if (sqlite3_step(select.handle()) != SQLITE_ROW) {
        return {};
    }
    const auto *units = static_cast<const QChar *>(sqlite3_column_text16(select.handle(), 0));
    const qsizetype size = sqlite3_column_bytes16(select.handle(), 0) / qsizetype(sizeof(QChar));
    return units ? QString(units, size) : u""_s;
}

int ProjectDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(u"PRAGMA user_version"_s) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

bool ProjectDatabase::exec(const QString &statement)
{
    QSqlQuery query(database());
    if (!query.exec(statement)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QString ProjectDatabase::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM project_meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return fallback;
}

bool ProjectDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3 *const *>(handle.constData());
    }
    return nullptr;
}

QString boundText(const QString &text)
{
    if (text.startsWith(QChar(0xFEFF)) || text.startsWith(QChar(0xFFFE))) {
        return QChar(0xFEFF) + text;
    }
    return text;
}

// A statement must go before its connection closes: QtSql's close() calls sqlite3_close(),
// which leaves a connection with an open statement open (and leaked).
SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_handle);
}

bool SqliteStatement::prepare(sqlite3 *connection, const char *sql)
{
    sqlite3_finalize(m_handle);
    m_handle = nullptr;
    if (!connection || sqlite3_prepare_v2(connection, sql, -1, &m_handle, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_handle);
        m_handle = nullptr;
        return false;
    }
    return true;
}

} // namespace Scholion::Models
