// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <mutex>
#include <optional>

class QSqlDatabase;
struct sqlite3;

namespace Scholion::Models
{

/*! One automatic backup of a project. */
struct BackupInfo {
    QString path;
    QDateTime time; ///< when it was taken (UTC)
    qint64 size = 0;
};

/*!
 * Lets another thread stop the long statement (VACUUM INTO, quick_check) that a worker runs
 * on its own connection, so that closing a big project never waits for it. Thread-safe.
 */
class StatementInterrupter final
{
    Q_DISABLE_COPY_MOVE(StatementInterrupter)

public:
    StatementInterrupter() = default;
    /*! The worker's connection; from then on interrupt() stops its statement. */
    void attach(const QSqlDatabase &db);
    /*! Called by the worker before it closes the connection. */
    void detach();
    void interrupt();
    bool isInterrupted() const;

private:
    mutable std::mutex m_mutex;
    sqlite3 *m_handle = nullptr;
    bool m_interrupted = false;
};

/*!
 * The automatic backups of a project: up to MaxBackups consistent snapshots in a backups/
 * folder beside the project file, named after it and the UTC time they were taken
 * (project-20261205-193000.sqlite).
 *
 * take() runs on a worker thread with a connection of its own: VACUUM INTO a temporary
 * name, quick_check of the copy, rename into place, oldest beyond MaxBackups removed.
 * restore() never deletes anything: the current file and its -wal/-shm are moved aside as
 * project.sqlite.damaged-YYYYMMDD-HHMMSS(-wal, -shm) before the backup is copied in.
 */
class ProjectBackup final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBackup)
    Q_DISABLE_COPY_MOVE(ProjectBackup)

public:
    static constexpr int MaxBackups = 5;
    /*! A read-write open takes a backup when the newest one is older than this, or none exists. */
    static constexpr qint64 IntervalSeconds = 60 * 60;

    explicit ProjectBackup(const QString &projectPath);

    static QString backupFolder(const QString &projectPath);
    /*! The backups of \a projectPath, newest first. */
    static QList<BackupInfo> list(const QString &projectPath);
    static std::optional<BackupInfo> newest(const QString &projectPath);
    /*! True when no backup is younger than IntervalSeconds at \a now. */
    static bool isDue(const QString &projectPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /*!
     * Copies \a backupPath into place as \a projectPath, which must not be open. What was
     * there is moved aside (its new name in \a keptAs; empty when there was nothing).
     * False and \a error when anything fails; then the project is left as it was.
     */
    static bool restore(const QString &projectPath, const QString &backupPath, QString *keptAs, QString *error);

    /*! A human-readable time of a backup, in local time. */
    static QString displayTime(const BackupInfo &backup);

    /*!
     * Takes a backup now (blocking; call it on a worker thread). Returns it, or nothing and
     * errorString(); an interrupted backup leaves no file behind.
     */
    std::optional<BackupInfo> take(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /*! Stops a take() running on another thread. */
    void cancel() { m_interrupter.interrupt(); }
    QString errorString() const { return m_error; }

private:
    QString m_projectPath;
    QString m_error;
    StatementInterrupter m_interrupter;
};

/*!
 * The lock of a read-write session on a project: a QLockFile beside it (project.sqlite.lock).
 * A lock left by a process that no longer runs is stale and taken over.
 *
 * On Unix the holder also keeps an flock() on project.sqlite.lock-alive, which the kernel
 * releases the moment the process dies. QLockFile judges a lock by its process id, which can
 * mislead: a killed holder may still be a zombie, or its number may belong to another process
 * by now. When nobody holds the flock, the lock file is a dead session's and is taken over.
 */
class ProjectLock final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)
    Q_DISABLE_COPY_MOVE(ProjectLock)

public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    static QString lockPath(const QString &projectPath);

    /*! False and errorString() when another live process holds it, or it cannot be created. */
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_file.isLocked(); }
    QString errorString() const { return m_error; }

private:
    bool takeOverEmptyLock();
    /*! Takes the flock; false when a live process holds it. True without one when the file cannot be made. */
    bool holdAlive();
    void releaseAlive();

    QString m_projectPath;
    QLockFile m_file;
    QString m_error;
    int m_alive = -1; ///< the open lock-alive file while this holds its flock (Unix)
};

} // namespace Scholion::Models
