// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectbackup.h"

#include "projectdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <sqlite3.h>
#include <unistd.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#endif

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
std::atomic_int s_backupConnections{0};

const auto kStampFormat = u"yyyyMMdd-HHmmss"_s;

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(kStampFormat);
}

// A connection of its own, removed again when it goes out of scope.
class ScopedConnection
{
    Q_DISABLE_COPY_MOVE(ScopedConnection)

public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(u"scholion-backup-%1"_s.arg(s_backupConnections.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError().text();
        }
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

// Flushes a file to the disk, so that a rename after it never exposes a partial copy.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
    return ::fsync(file.handle()) == 0;
}
} // namespace

void StatementInterrupter::attach(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    std::lock_guard lock(m_mutex);
    m_handle = handle;
}

void StatementInterrupter::detach()
{
    std::lock_guard lock(m_mutex);
    m_handle = nullptr;
}

void StatementInterrupter::interrupt()
{
    std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_handle) {
        sqlite3_interrupt(m_handle);
    }
}

bool StatementInterrupter::isInterrupted() const
{
    std::lock_guard lock(m_mutex);
    return m_interrupted;
}

ProjectBackup::ProjectBackup(const QString &projectPath)
    : m_projectPath(projectPath)
{
}

QString ProjectBackup::backupFolder(const QString &projectPath)
{
    return QDir(QFileInfo(projectPath).absolutePath()).filePath(u"backups"_s);
}

QList<BackupInfo> ProjectBackup::list(const QString &projectPath)
{
    const QString base = QFileInfo(projectPath).completeBaseName();
    const QRegularExpression pattern(u"^%1-(\\d{8}-\\d{6})\\.sqlite$"_s.arg(QRegularExpression::escape(base)));
    QList<BackupInfo> backups;
    const QDir folder(backupFolder(projectPath));
    const QFileInfoList entries = folder.entryInfoList({base + u"-*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        QDateTime time = QDateTime::fromString(match.captured(1), kStampFormat);
        if (!time.isValid()) {
            continue;
        }
        time.setTimeZone(QTimeZone::UTC);
        backups.append({entry.absoluteFilePath(), time, entry.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time > b.time;
    });
    return backups;
}

std::optional<BackupInfo> ProjectBackup::newest(const QString &projectPath)
{
    const QList<BackupInfo> backups = list(projectPath);
    if (backups.isEmpty()) {
        return std::nullopt;
    }
    return backups.constFirst();
}

bool ProjectBackup::isDue(const QString &projectPath, const QDateTime &now)
{
    const std::optional<BackupInfo> latest = newest(projectPath);
    if (!latest) {
        return true;
    }
    const qint64 age = latest->time.secsTo(now);
    // A backup far in the future means the clock was set back: take a fresh one.
    return age >= IntervalSeconds || age < -IntervalSeconds;
}

QString ProjectBackup::displayTime(const BackupInfo &backup)
{
    return QLocale().toString(backup.time.toLocalTime(), QLocale::ShortFormat);
}

std::optional<BackupInfo> ProjectBackup::take(const QDateTime &now)
{
    m_error.clear();
    const QString folder = backupFolder(m_projectPath);
    if (!QFileInfo(m_projectPath).isFile()) {
        m_error = tr("The project “%1” does not exist.").arg(QDir::toNativeSeparators(m_projectPath));
        return std::nullopt;
    }
    if (!QDir().mkpath(folder)) {
        m_error = tr("Cannot create the backup folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    const QString base = QFileInfo(m_projectPath).completeBaseName();
    // Copies left by a backup that was killed halfway.
    const QStringList leftovers = QDir(folder).entryList({base + u"-*.sqlite.partial"_s}, QDir::Files);
    for (const QString &leftover : leftovers) {
        QFile::remove(QDir(folder).filePath(leftover));
    }

    // Whole seconds, as in the name; a second backup within one second takes the next one.
    QDateTime at = QDateTime::fromString(stamp(now), kStampFormat);
    at.setTimeZone(QTimeZone::UTC);
    QString target = QDir(folder).filePath(u"%1-%2.sqlite"_s.arg(base, stamp(at)));
    while (QFileInfo::exists(target)) {
        at = at.addSecs(1);
        target = QDir(folder).filePath(u"%1-%2.sqlite"_s.arg(base, stamp(at)));
    }
    const QString partial = target + u".partial"_s;

    const auto interrupted = [this, &partial] {
        QFile::remove(partial);
        m_error = tr("The backup was cancelled.");
        return std::nullopt;
    };
    if (m_interrupter.isInterrupted()) {
        return interrupted();
    }
    {
        // A snapshot through a read-only connection of its own: VACUUM INTO reads one consistent
        // state of the file while the session goes on writing through the WAL.
        ScopedConnection source(m_projectPath, true);
        if (!source.isOpen()) {
            m_error = tr("Cannot back up “%1”: %2").arg(QDir::toNativeSeparators(m_projectPath), source.errorString());
            return std::nullopt;
        }
        m_interrupter.attach(source.database());
        QSqlQuery vacuum(source.database());
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(partial);
        const bool ok = !m_interrupter.isInterrupted() && vacuum.exec();
        const QString reason = vacuum.lastError().text();
        vacuum.finish();
        m_interrupter.detach();
        if (m_interrupter.isInterrupted()) {
            return interrupted();
        }
        if (!ok) {
            QFile::remove(partial);
            m_error = tr("Cannot back up “%1” to “%2”: %3").arg(QDir::toNativeSeparators(m_projectPath), QDir::toNativeSeparators(folder), reason);
            return std::nullopt;
        }
    }
    {
        ScopedConnection copy(partial, true);
        QString result;
        if (copy.isOpen()) {
            m_interrupter.attach(copy.database());
            QSqlQuery check(copy.database());
            if (check.exec(u"PRAGMA quick_check"_s) && check.next()) {
                result = check.value(0).toString();
            } else {
                result = check.lastError().text();
            }
            check.finish();
            m_interrupter.detach();
        } else {
            result = copy.errorString();
        }
        if (m_interrupter.isInterrupted()) {
            return interrupted();
        }
        if (result != u"ok"_s) {
            QFile::remove(partial);
            m_error = tr("The backup of “%1” failed its check (%2); it was not kept.").arg(QDir::toNativeSeparators(m_projectPath), result);
            return std::nullopt;
        }
    }
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        m_error = tr("Cannot write the backup “%1”.").arg(QDir::toNativeSeparators(target));
        return std::nullopt;
    }

    const QList<BackupInfo> backups = list(m_projectPath);
    for (qsizetype i = MaxBackups; i < backups.size(); ++i) {
        QFile::remove(backups.at(i).path);
    }
    return BackupInfo{QFileInfo(target).absoluteFilePath(), at, QFileInfo(target).size()};
}

bool ProjectBackup::restore(const QString &projectPath, const QString &backupPath, QString *keptAs, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (keptAs) {
        keptAs->clear();
    }
    if (!QFileInfo(backupPath).isFile()) {
        return failWith(tr("The backup “%1” does not exist.").arg(QDir::toNativeSeparators(backupPath)));
    }
    // No session may have the file open while it is replaced, this process's included.
    ProjectLock lock(projectPath);
    if (!lock.tryLock()) {
        return failWith(lock.errorString());
    }
    // The copy goes in first under a name of its own: when it fails (a full disk), nothing
    // has been moved yet.
    const QString incoming = projectPath + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming) || !syncFile(incoming)) {
        QFile::remove(incoming);
        return failWith(tr("Cannot copy the backup “%1” beside the project “%2”; nothing was changed.")
                .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(projectPath)));
    }
    QFile(incoming).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    QString aside = projectPath + u".damaged-"_s + stamp(QDateTime::currentDateTimeUtc());
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = projectPath + u".damaged-"_s + stamp(QDateTime::currentDateTimeUtc()) + u"-%1"_s.arg(n);
    }
    // The -wal and -shm files belong to the damaged file: they move with it, keeping SQLite's
    // naming, so that the set can still be opened for rescue.
    static const QStringList suffixes = {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s};
    QStringList moved;
    const auto rollBack = [&] {
        for (const QString &suffix : std::as_const(moved)) {
            QFile::rename(aside + suffix, projectPath + suffix);
        }
        QFile::remove(incoming);
    };
    for (const QString &suffix : suffixes) {
        if (!QFileInfo::exists(projectPath + suffix)) {
            continue;
        }
        if (!QFile::rename(projectPath + suffix, aside + suffix)) {
            rollBack();
            return failWith(tr("Cannot move the damaged project “%1” aside; nothing was changed.").arg(QDir::toNativeSeparators(projectPath + suffix)));
        }
        moved << suffix;
    }
    if (!QFile::rename(incoming, projectPath)) {
        rollBack();
        return failWith(tr("Cannot put the backup in place of “%1”; nothing was changed.").arg(QDir::toNativeSeparators(projectPath)));
    }
    if (keptAs && moved.contains(QString())) {
        *keptAs = aside;
    }
    return true;
}

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(projectPath)
    , m_file(lockPath(projectPath))
{
    // Age alone never makes a lock stale: a session may stay open for days. QLockFile still
    // takes over a lock whose process no longer runs on this machine.
    m_file.setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    unlock(); // the lock file first: nobody may take the flock while our file still stands
}

void ProjectLock::unlock()
{
    m_file.unlock();
    releaseAlive();
}

bool ProjectLock::holdAlive()
{
#ifdef Q_OS_UNIX
    if (m_alive >= 0) {
        return true;
    }
    const QByteArray path = QFile::encodeName(lockPath(m_projectPath) + u"-alive"_s);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return true; // no such file here (an unwritable folder): QLockFile alone decides
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_alive = fd;
#endif
    return true;
}

void ProjectLock::releaseAlive()
{
#ifdef Q_OS_UNIX
    if (m_alive >= 0) {
        ::close(m_alive); // releases the flock
        m_alive = -1;
    }
#endif
}

bool ProjectLock::takeOverEmptyLock()
{
    // A lock file whose owner cannot be read was left by a process killed between creating it
    // and writing its process id into it (a live owner writes both at once). Once it is a
    // moment old it can only be such a leftover: it is removed and the lock taken.
    constexpr qint64 LeftoverAfterMs = 1000;
    const QString path = lockPath(m_projectPath);
    QElapsedTimer waited;
    waited.start();
    qint64 pid = 0;
    QString host;
    QString application;
    while (!m_file.getLockInfo(&pid, &host, &application)) {
        const QFileInfo info(path);
        if (!info.exists()) {
            return m_file.tryLock(0);
        }
        if (info.lastModified().msecsTo(QDateTime::currentDateTime()) >= LeftoverAfterMs) {
            return QFile::remove(path) && m_file.tryLock(0);
        }
        if (waited.elapsed() > 2 * LeftoverAfterMs) {
            return false;
        }
        QThread::msleep(50);
    }
    return false;
}

QString ProjectLock::lockPath(const QString &projectPath)
{
    return projectPath + u".lock"_s;
}

bool ProjectLock::tryLock()
{
    m_error.clear();
    // A new project's folder may not exist yet; the lock is taken before the file is created.
    QDir().mkpath(QFileInfo(m_projectPath).absolutePath());
    if (m_file.isLocked()) {
        return true;
    }
    const bool nobodyAlive = holdAlive();
    bool locked = m_file.tryLock(0);
    if (!locked && nobodyAlive && m_alive >= 0 && m_file.error() == QLockFile::LockFailedError) {
        // The lock file names a process that QLockFile believes alive, but no process holds
        // the flock: its holder died (its id may be a zombie's, or another process's by now).
        m_file.removeStaleLockFile();
        locked = m_file.tryLock(0);
    }
    if (locked && !nobodyAlive) {
        m_file.unlock(); // another process is between its flock and its lock file: it goes first
        locked = false;
    }
    if (locked) {
        return true;
    }
    if (nobodyAlive && m_file.error() == QLockFile::LockFailedError && takeOverEmptyLock()) {
        return true;
    }
    releaseAlive();
    const QString project = QDir::toNativeSeparators(m_projectPath);
    switch (m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_file.getLockInfo(&pid, &host, &application)) {
            m_error = tr("“%1” is open in another Scholion (process %2 on %3). It can only be read until that one closes it.")
                          .arg(project)
                          .arg(pid)
                          .arg(host.isEmpty() ? tr("this computer") : host);
        } else {
            m_error = tr("“%1” is open in another Scholion. It can only be read until that one closes it.").arg(project);
        }
        break;
    }
    case QLockFile::PermissionError:
        m_error = tr("Cannot create the lock file “%1”: the folder is not writable.").arg(QDir::toNativeSeparators(lockPath(m_projectPath)));
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_error = tr("Cannot lock the project “%1”.").arg(project);
        break;
    }
    return false;
}

} // namespace Scholion::Models
