// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Project faults (PRODUCT.md §7): automatic backups and restore, damaged files, two sessions
// on one project, read-only projects, a full disk, a schema from the future. Models in this
// process, the CLI through the scholion binary.
#include "../app/clirun.h"
#include "../models/testcorpus.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/projectbackup.h>
#include <models/projectdatabase.h>

#include <QLockFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <atomic>
#include <csignal>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
// A connection of its own for checks from outside the project, closed on scope exit.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"faults-raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            return {};
        }
        return query.value(0);
    }
    bool exec(const QString &sql) const { return QSqlQuery(QSqlDatabase::database(m_name, false)).exec(sql); }
    bool isOpen() const { return m_open; }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

/*!
    A VFS in front of SQLite's default one whose writes fail with SQLITE_IOERR_WRITE while
    \c failWrites is set: a disk that reports an error (a bad sector, a pulled USB stick, a
    network share gone), for every file of the connections opened through it.
*/
namespace FaultyVfs
{
std::atomic_bool failWrites{false};
std::atomic_int writesLeft{-1}; ///< when not negative: the writes that succeed before failWrites is set
sqlite3_vfs *real = nullptr;
sqlite3_vfs vfs{};

struct File {
    sqlite3_file base;
    sqlite3_file *real; ///< right after this struct, in the memory SQLite allocated
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

int close(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), data, amount, offset);
}
int write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (writesLeft >= 0 && writesLeft-- == 0) {
        failWrites = true;
    }
    return failWrites ? SQLITE_IOERR_WRITE : realOf(f)->pMethods->xWrite(realOf(f), data, amount, offset);
}
int truncate(sqlite3_file *f, sqlite3_int64 size)
{
    return failWrites ? SQLITE_IOERR_TRUNCATE : realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int sync(sqlite3_file *f, int flags)
{
    return failWrites ? SQLITE_IOERR_FSYNC : realOf(f)->pMethods->xSync(realOf(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int lock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int unlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int checkReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int sectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int deviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int shmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void shmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

const sqlite3_io_methods methods = {3,
    close,
    read,
    write,
    truncate,
    sync,
    fileSize,
    lock,
    unlock,
    checkReservedLock,
    fileControl,
    sectorSize,
    deviceCharacteristics,
    shmMap,
    shmLock,
    shmBarrier,
    shmUnmap,
    fetch,
    unfetch};

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<File *>(file);
    wrapper->base.pMethods = nullptr;
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    const int rc = real->xOpen(real, name, wrapper->real, flags, outFlags);
    if (wrapper->real->pMethods) {
        wrapper->base.pMethods = &methods; // SQLite closes what has methods, opened or not
    }
    return rc;
}

/*! Puts the faulty VFS in front of the default one, as the default, until the guard goes. */
struct Installed {
    Installed()
    {
        real = sqlite3_vfs_find(nullptr);
        vfs = *real;
        vfs.zName = "scholion-faulty";
        vfs.szOsFile = int(sizeof(File)) + real->szOsFile;
        vfs.xOpen = open;
        vfs.pNext = nullptr;
        ok = real->iVersion >= 2 && sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
    }
    ~Installed()
    {
        failWrites = false;
        writesLeft = -1;
        sqlite3_vfs_register(real, 1);
        sqlite3_vfs_unregister(&vfs);
    }
    bool ok = false;
};
} // namespace FaultyVfs

QString integrity(const QString &path)
{
    RawDb db(path);
    return db.value(u"PRAGMA integrity_check"_s).toString();
}

// Every document row has its whole text: nothing half-imported.
bool documentsComplete(const QString &path, qint64 *count = nullptr)
{
    RawDb db(path);
    if (count) {
        *count = db.value(u"SELECT count(*) FROM documents"_s).toLongLong();
    }
    return db.value(u"SELECT count(*) FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id "
                    "WHERE t.document_id IS NULL OR t.text IS NULL OR (d.text_length_utf16 > 0 AND length(t.text) = 0)"_s)
               .toLongLong() == 0 &&
        db.isOpen();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        return false;
    }
    return file.write(bytes) == bytes.size();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(generator.bounded(256));
    }
    return bytes;
}
} // namespace

class ProjectFaultsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    int m_serial = 0;

    // A corpus folder with \a files articles, imported into its project; returns the project path.
    QString makeProject(int files = 6, QString *corpus = nullptr)
    {
        const QString root = m_home.filePath(u"corpus-%1"_s.arg(++m_serial));
        for (int i = 0; i < files; ++i) {
            if (!writeFile(root, u"article-%1.txt"_s.arg(i), generatedArticle(i + 100 * m_serial, 3000))) {
                return {};
            }
        }
        ImportOptions options;
        options.corpusRoot = QFileInfo(root).canonicalFilePath();
        options.projectPath = Project::projectPathForCorpus(root);
        if (CorpusImporter(options).run().outcome != ImportReport::Outcome::Completed) {
            return {};
        }
        if (corpus) {
            *corpus = root;
        }
        return options.projectPath;
    }

    CliRun cli(const QStringList &arguments) { return runScholion(arguments, m_environment); }

    // 40 articles of 20 KB in a corpus folder of their own; \a options imports it.
    bool makeBulkCorpus(ImportOptions *options)
    {
        const QString root = m_home.filePath(u"bulk-%1"_s.arg(++m_serial));
        for (int i = 0; i < 40; ++i) {
            if (!writeFile(root, u"a%1.txt"_s.arg(i, 2, 10, QChar(u'0')), generatedArticle(i, 20000))) {
                return false;
            }
        }
        options->corpusRoot = QFileInfo(root).canonicalFilePath();
        options->projectPath = Project::projectPathForCorpus(root);
        return true;
    }

    // After an import of makeBulkCorpus() that failed: the project is consistent, holds only
    // whole documents, and the next import finishes the job.
    void importStoppedCleanlyThenResumes(const ImportOptions &options)
    {
        QCOMPARE(integrity(options.projectPath), u"ok"_s);
        qint64 documents = 0;
        QVERIFY(documentsComplete(options.projectPath, &documents));
        QVERIFY(documents < 40);
        const ImportReport again = CorpusImporter(options).run();
        QCOMPARE(again.outcome, ImportReport::Outcome::Completed);
        QVERIFY(documentsComplete(options.projectPath, &documents));
        QCOMPARE(documents, 40);
    }

    static bool unshareWorks()
    {
        QProcess probe;
        probe.start(u"unshare"_s, {u"-rm"_s, u"true"_s});
        return probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"HOME"_s, m_home.path());
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        m_environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
        m_environment.remove(u"SCHOLION_TEST_PAGE_HEADROOM"_s);
    }

    void automaticBackupOnOpenThenNotDue()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        QVERIFY(ProjectBackup::list(path).isEmpty()); // a new project is not backed up

        Project project;
        QSignalSpy finished(&project, &Project::backupFinished);
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        QVERIFY(project.isBackingUp());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QList<BackupInfo> backups = ProjectBackup::list(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.constFirst().path, finished.at(0).at(1).toString());
        QCOMPARE(QFileInfo(backups.constFirst().path).dir().dirName(), u"backups"_s);
        QVERIFY(QFileInfo(backups.constFirst().path).fileName().startsWith(u"project-"_s));
        QVERIFY(qAbs(backups.constFirst().time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(integrity(backups.constFirst().path), u"ok"_s);
        qint64 documents = 0;
        QVERIFY(documentsComplete(backups.constFirst().path, &documents));
        QCOMPARE(documents, 6);
        // No temporary copy is left behind.
        QCOMPARE(QDir(ProjectBackup::backupFolder(path)).entryList(QDir::Files).size(), 1);

        // Reopened within the hour: no new backup.
        project.close();
        QVERIFY(project.open(path));
        QVERIFY(!project.isBackingUp());
        QVERIFY(!ProjectBackup::isDue(path));
        QVERIFY(ProjectBackup::isDue(path, QDateTime::currentDateTimeUtc().addSecs(ProjectBackup::IntervalSeconds + 1)));
        // Read-only sessions never back up.
        project.close();
        QVERIFY(project.open(path, /*readOnly=*/true));
        QVERIFY(!project.startBackup(/*force=*/true));
    }

    void backupsAreRotatedNewestFirst()
    {
        const QString path = makeProject(2);
        QVERIFY(!path.isEmpty());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < ProjectBackup::MaxBackups + 3; ++i) {
            ProjectBackup backup(path);
            const std::optional<BackupInfo> taken = backup.take(start.addSecs(i * 3600));
            QVERIFY2(taken, qPrintable(backup.errorString()));
            QVERIFY(QFileInfo::exists(taken->path));
        }
        const QList<BackupInfo> backups = ProjectBackup::list(path);
        QCOMPARE(backups.size(), ProjectBackup::MaxBackups);
        for (qsizetype i = 1; i < backups.size(); ++i) {
            QVERIFY(backups.at(i - 1).time > backups.at(i).time);
        }
        // The oldest three went; the newest is the last one taken.
        QCOMPARE(backups.constFirst().time.toSecsSinceEpoch(), start.addSecs((ProjectBackup::MaxBackups + 2) * 3600).toSecsSinceEpoch());
        QCOMPARE(backups.constLast().time.toSecsSinceEpoch(), start.addSecs(3 * 3600).toSecsSinceEpoch());
        QVERIFY(!ProjectBackup::displayTime(backups.constFirst()).isEmpty());

        // Two within one second do not overwrite each other.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ProjectBackup first(path);
        ProjectBackup second(path);
        const std::optional<BackupInfo> a = first.take(now);
        const std::optional<BackupInfo> b = second.take(now);
        QVERIFY(a && b);
        QVERIFY(a->path != b->path);
    }

    void cancelledBackupLeavesNothing()
    {
        const QString path = makeProject(2);
        ProjectBackup backup(path);
        backup.cancel();
        QVERIFY(!backup.take());
        QVERIFY(!backup.errorString().isEmpty());
        QVERIFY(ProjectBackup::list(path).isEmpty());
        QCOMPARE(QDir(ProjectBackup::backupFolder(path)).entryList(QDir::Files).size(), 0);

        // Closing a project while its backup runs does not wait for a whole copy and leaves no partial file.
        Project project;
        QVERIFY(project.open(path));
        QVERIFY(project.isBackingUp() || !ProjectBackup::list(path).isEmpty());
        project.close();
        const QStringList files = QDir(ProjectBackup::backupFolder(path)).entryList(QDir::Files);
        for (const QString &file : files) {
            QVERIFY2(!file.endsWith(u".partial"_s), qPrintable(file));
        }
    }

    void truncatedProjectIsDamaged()
    {
        const QString path = makeProject(30);
        QVERIFY(ProjectBackup(path).take());
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 16 * 4096);
        QVERIFY(QFile::resize(path, size / 2));

        Project project;
        QSignalSpy damaged(&project, &Project::damageFound);
        if (project.open(path)) {
            // Not seen by the first queries: the background check finds it.
            QVERIFY(damaged.wait(30000));
            QVERIFY(damaged.at(0).at(0).toString().contains(QDir::toNativeSeparators(path)));
            QVERIFY(damaged.at(0).at(0).toString().contains(u"damaged"_s));
        } else {
            QCOMPARE(project.openError(), Project::OpenError::Damaged);
            QVERIFY2(project.errorString().contains(path), qPrintable(project.errorString()));
            QVERIFY2(project.errorString().contains(u"damaged"_s), qPrintable(project.errorString()));
        }
        QCOMPARE(Project::probe(path), Project::OpenError::Damaged);

        // A file cut to nothing, beside backups, is damaged too (and not silently a new project).
        project.close();
        QVERIFY(QFile::resize(path, 0));
        QVERIFY(!project.open(path));
        QCOMPARE(project.openError(), Project::OpenError::Damaged);
    }

    void randomBytesInPagesAreDamage_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("header");
        QTest::newRow("header") << qint64(0) << true;
        QTest::newRow("schema page") << qint64(100) << false;
        QTest::newRow("every later page") << qint64(4096) << false;
    }

    void randomBytesInPagesAreDamage()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, header);
        const QString path = makeProject(20);
        QVERIFY(ProjectBackup(path).take());
        const qint64 size = QFileInfo(path).size();
        if (offset < 4096) {
            QVERIFY(overwrite(path, offset, randomBytes(header ? 100 : 3900, 7)));
        } else {
            // 512 random bytes in the middle of every page after the first.
            for (qint64 page = offset; page + 4096 <= size; page += 4096) {
                QVERIFY(overwrite(path, page + 1024, randomBytes(512, quint32(page))));
            }
        }
        Project project;
        QSignalSpy damaged(&project, &Project::damageFound);
        QString message;
        if (project.open(path)) {
            QVERIFY(damaged.wait(30000));
            message = damaged.at(0).at(0).toString();
        } else {
            QCOMPARE(project.openError(), Project::OpenError::Damaged);
            message = project.errorString();
        }
        QVERIFY2(message.contains(u"damaged"_s) && message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    }

    void restoreKeepsTheDamagedFile()
    {
        const QString path = makeProject(8);
        const std::optional<BackupInfo> backup = ProjectBackup(path).take();
        QVERIFY(backup);
        QVERIFY(overwrite(path, 0, randomBytes(4096, 3)));
        QVERIFY(overwrite(path + u"-wal"_s, 0, "not really a wal"));
        const QByteArray damagedBytes = readFile(path);

        // Not while a session holds the project.
        {
            ProjectLock other(path);
            QVERIFY(other.tryLock());
            QString error;
            QVERIFY(!ProjectBackup::restore(path, backup->path, nullptr, &error));
            QVERIFY2(error.contains(u"open in another Scholion"_s), qPrintable(error));
            QCOMPARE(readFile(path), damagedBytes);
        }

        QString keptAs;
        QString error;
        QVERIFY2(ProjectBackup::restore(path, backup->path, &keptAs, &error), qPrintable(error));
        QVERIFY(QFileInfo(keptAs).fileName().startsWith(u"project.sqlite.damaged-"_s));
        QCOMPARE(QFileInfo(keptAs).fileName().size(), u"project.sqlite.damaged-20261205-193000"_s.size());
        QCOMPARE(readFile(keptAs), damagedBytes);
        QCOMPARE(readFile(keptAs + u"-wal"_s), QByteArray("not really a wal"));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(QFileInfo::exists(backup->path)); // the backup stays a backup

        Project project;
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        QCOMPARE(project.counts().documents, 8);
        QVERIFY(!project.isReadOnly());

        QVERIFY(!ProjectBackup::restore(path, m_home.filePath(u"no-such-backup.sqlite"_s), nullptr, &error));
        QVERIFY(error.contains(u"does not exist"_s));
    }

    void secondSessionIsRefused()
    {
        const QString path = makeProject(2);
        Project first;
        QVERIFY(first.open(path));
        QVERIFY(QFileInfo::exists(ProjectLock::lockPath(path)));

        Project second;
        QVERIFY(!second.open(path));
        QCOMPARE(second.openError(), Project::OpenError::Locked);
        const QString expected = u"is open in another Scholion (process %1 on %2)"_s.arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
        QVERIFY2(second.errorString().contains(expected), qPrintable(second.errorString()));
        QVERIFY(second.errorString().contains(path));
        // Reading is always possible.
        QVERIFY(second.open(path, /*readOnly=*/true));
        QVERIFY(second.isReadOnly());
        QCOMPARE(second.counts().documents, 2);
        second.close();

        first.close();
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPath(path)));
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
    }

    void staleLockIsTakenOver()
    {
        const QString path = makeProject(2);
        // The lock of a process that was killed: its PID no longer runs on this host.
        pid_t dead = 0;
        {
            QProcess child;
            child.start(u"sleep"_s, {u"60"_s});
            QVERIFY(child.waitForStarted());
            dead = pid_t(child.processId());
            ::kill(dead, SIGKILL);
            QVERIFY(child.waitForFinished());
        }
        QVERIFY(writeFile(QFileInfo(path).absolutePath(),
            QFileInfo(ProjectLock::lockPath(path)).fileName(),
            u"%1\nscholion\n%2\n"_s.arg(dead).arg(QSysInfo::machineHostName()).toUtf8()));
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        QVERIFY(readFile(ProjectLock::lockPath(path)).startsWith(QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + '\n')));
    }

    // A lock file whose process id looks alive to QLockFile (a killed holder still a zombie,
    // or its id reused) while no process holds the kernel's lock beside it: taken over. Here
    // the id is this test's own, so QLockFile alone would say "open in another Scholion".
    void lockWithALivingIdButNoHolderIsTakenOver()
    {
        QString corpus;
        const QString path = makeProject(2, &corpus);
        QByteArray contents;
        {
            QLockFile ours(ProjectLock::lockPath(path));
            QVERIFY(ours.tryLock(0));
            contents = readFile(ProjectLock::lockPath(path)); // what QLockFile writes for this process
        }
        // The same contents with no process holding anything: what a killed holder leaves.
        QVERIFY(writeFile(QFileInfo(path).absolutePath(), QFileInfo(ProjectLock::lockPath(path)).fileName(), contents));
        const CliRun run = cli({u"import"_s, corpus, u"--quiet"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.err.contains(u"another Scholion"_s));

        // With the flock held (a live session of this process), the same CLI is refused.
        Project window;
        QVERIFY(window.open(path));
        const CliRun refused = cli({u"import"_s, corpus, u"--quiet"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"another Scholion"_s), qPrintable(refused.err));
    }

    void cliWritesRefusedWhileLockedReadsWork()
    {
        QString corpus;
        const QString path = makeProject(3, &corpus);
        Project window;
        QVERIFY(window.open(path));
        window.waitForBackup();
        const QString process = u"process %1"_s.arg(QCoreApplication::applicationPid());

        CliRun run = cli({u"import"_s, corpus, u"--quiet"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is open in another Scholion ("_s + process), qPrintable(run.err));
        run = cli({u"suggest"_s, path, u"--accept"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(process), qPrintable(run.err));
        run = cli({u"restore"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(process), qPrintable(run.err));

        run = cli({u"info"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"3"_s));
        run = cli({u"suggest"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({u"search"_s, path, u"the"_s});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err)); // 1: no hits

        window.close();
        run = cli({u"import"_s, corpus, u"--quiet"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPath(path)));
    }

    void cliNamesDamageAndRestores()
    {
        QString corpus;
        const QString path = makeProject(4, &corpus);
        const std::optional<BackupInfo> backup = ProjectBackup(path).take();
        QVERIFY(backup);
        QVERIFY(overwrite(path, 0, randomBytes(200, 11)));

        CliRun run = cli({u"info"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"damaged"_s) && run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"scholion restore"_s) && run.err.contains(backup->path), qPrintable(run.err));
        run = cli({u"import"_s, corpus, u"--quiet"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"damaged"_s) && run.err.contains(u"scholion restore"_s), qPrintable(run.err));

        run = cli({u"restore"_s, path, u"--list"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY(run.out.startsWith(backup->path + u'\t'));

        run = cli({u"restore"_s, path, u"--backup"_s, m_home.filePath(u"missing.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"does not exist"_s));

        run = cli({u"restore"_s, corpus}); // the corpus folder names its project too
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"kept as"_s) && run.out.contains(u"project.sqlite.damaged-"_s), qPrintable(run.out));
        const QStringList aside = QFileInfo(path).dir().entryList({u"project.sqlite.damaged-*[0-9]"_s});
        QCOMPARE(aside.size(), 1);
        run = cli({u"info"_s, path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"\"documents\":4"_s) || run.out.contains(u"\"documents\": 4"_s));

        // Help names the command; a project without backups says so.
        run = cli({u"--help"_s});
        QVERIFY(run.out.contains(u"scholion restore PROJECT [--list] [--backup FILE]"_s));
        const QString other = makeProject(1);
        QVERIFY(overwrite(other, 0, randomBytes(200, 12)));
        run = cli({u"info"_s, other});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"damaged"_s) && !run.err.contains(u"scholion restore"_s), qPrintable(run.err));
        run = cli({u"restore"_s, other});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no automatic backup"_s), qPrintable(run.err));
    }

    void futureSchemaIsRefused()
    {
        const QString path = makeProject(2);
        QVERIFY(ProjectBackup(path).take());
        {
            RawDb db(path);
            QVERIFY(db.exec(u"PRAGMA user_version = 9999"_s));
        }
        Project project;
        QVERIFY(!project.open(path));
        QCOMPARE(project.openError(), Project::OpenError::NewerSchema);
        QVERIFY2(project.errorString().contains(u"newer version of Scholion"_s) && project.errorString().contains(path), qPrintable(project.errorString()));
        QVERIFY(!project.open(path, /*readOnly=*/true));
        QCOMPARE(project.openError(), Project::OpenError::NewerSchema);
        QCOMPARE(Project::probe(path), Project::OpenError::NewerSchema);
        QCOMPARE(ProjectBackup::list(path).size(), 1); // no backup of a file it cannot read

        const CliRun run = cli({u"info"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer version of Scholion"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"restore"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPath(path)));
    }

    void diskFullWhileAnnotating()
    {
        const QString path = makeProject(3);
        Project project;
        QVERIFY(project.open(path));
        project.waitForBackup();
        AnnotationStore *store = project.annotations();
        QSignalSpy errors(store, &AnnotationStore::errorOccurred);
        const qint64 doc = project.documentRows().constFirst().id;
        const QString text = project.documentText(doc);
        const qint64 label = store->labels().constFirst().id;
        const auto annotation = [&](int i) {
            Annotation a;
            a.documentId = doc;
            a.labelId = label;
            a.start = i % (text.size() - 20);
            if (text.at(a.start).isLowSurrogate()) {
                ++a.start; // never inside a character
            }
            a.end = a.start + 10;
            if (text.at(a.end).isLowSurrogate()) {
                ++a.end;
            }
            a.quote = text.mid(a.start, a.end - a.start);
            a.note = QString(300, QChar(u'a' + i % 26)); // fills pages quickly
            return a;
        };
        project.undoStack()->push(new AddAnnotationCommand(store, annotation(1)));
        QCOMPARE(project.undoStack()->count(), 1);

        ProjectDatabase *db = project.database();
        QVERIFY(db);
        const qint64 pages = [&] {
            QSqlQuery query(db->database());
            return query.exec(u"PRAGMA page_count"_s) && query.next() ? query.value(0).toLongLong() : 0;
        }();
        QVERIFY(pages > 0);
        QVERIFY(db->exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));

        int added = 1;
        int failedAt = -1;
        for (int i = 2; i < 5000 && failedAt < 0; ++i) {
            const int before = project.undoStack()->count();
            project.undoStack()->push(new AddAnnotationCommand(store, annotation(i)));
            if (project.undoStack()->count() == before) {
                failedAt = i;
            } else {
                ++added;
            }
        }
        QVERIFY2(failedAt > 0, "the page limit was never reached");
        QVERIFY(!errors.isEmpty());
        const QString message = errors.constLast().at(0).toString();
        QVERIFY2(message.startsWith(u"The disk is full"_s) && message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QCOMPARE(project.undoStack()->count(), added);
        QCOMPARE(int(store->annotations(doc).size()), added);

        // Retagging when full either fits in place or fails the same way, never half.
        const qint64 otherLabel = store->labels().constLast().id;
        const Annotation first = store->annotations(doc).constFirst();
        const int beforeRetag = project.undoStack()->count();
        errors.clear();
        project.undoStack()->push(new SetAnnotationLabelCommand(store, first, otherLabel));
        if (project.undoStack()->count() == beforeRetag) {
            QVERIFY(!errors.isEmpty() && errors.constLast().at(0).toString().startsWith(u"The disk is full"_s));
            QCOMPARE(store->annotation(first.id)->labelId, first.labelId);
        } else {
            QCOMPARE(store->annotation(first.id)->labelId, otherLabel);
        }
        QCOMPARE(integrity(path), u"ok"_s);

        // Space comes back: work goes on.
        QVERIFY(db->exec(u"PRAGMA max_page_count = 1073741823"_s));
        const int before = project.undoStack()->count();
        project.undoStack()->push(new AddAnnotationCommand(store, annotation(failedAt)));
        QCOMPARE(project.undoStack()->count(), before + 1);
        project.close();
        QCOMPARE(integrity(path), u"ok"_s);
        QVERIFY(project.open(path, /*readOnly=*/true));
        QCOMPARE(int(project.annotations()->annotations(doc).size()), added + 1);
    }

    // A disk that reports an error while annotating: the change is refused with a message
    // that says so, nothing half-written stays, and work goes on once the disk is back.
    void ioErrorWhileAnnotating()
    {
        const QString path = makeProject(2);
        FaultyVfs::Installed faulty;
        QVERIFY(faulty.ok);
        Project project;
        QVERIFY(project.open(path));
        project.waitForBackup();
        project.waitForConsistencyCheck();
        AnnotationStore *store = project.annotations();
        QSignalSpy errors(store, &AnnotationStore::errorOccurred);
        const qint64 doc = project.documentRows().constFirst().id;
        const QString text = project.documentText(doc);
        const QList<Label> labels = store->labels();
        const auto annotation = [&](qsizetype start) {
            Annotation a;
            a.documentId = doc;
            a.labelId = labels.constFirst().id;
            a.start = start;
            a.end = start + 6;
            a.quote = text.mid(a.start, a.end - a.start);
            return a;
        };
        project.undoStack()->push(new AddAnnotationCommand(store, annotation(0)));
        QCOMPARE(store->annotations(doc).size(), 1);

        FaultyVfs::failWrites = true;
        project.undoStack()->push(new AddAnnotationCommand(store, annotation(10)));
        QCOMPARE(project.undoStack()->count(), 1);
        QVERIFY(!errors.isEmpty());
        const QString message = errors.constLast().at(0).toString();
        QVERIFY2(message.startsWith(u"The disk reported an error while writing the project"_s) && message.contains(QDir::toNativeSeparators(path)),
            qPrintable(message));
        QCOMPARE(store->annotations(doc).size(), 1);
        // Retagging fails the same way and leaves the label as it was.
        const Annotation first = store->annotations(doc).constFirst();
        errors.clear();
        project.undoStack()->push(new SetAnnotationLabelCommand(store, first, labels.constLast().id));
        QCOMPARE(project.undoStack()->count(), 1);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(store->annotation(first.id)->labelId, first.labelId);

        // The disk is back: work goes on, and what was acknowledged is all there.
        FaultyVfs::failWrites = false;
        project.undoStack()->push(new AddAnnotationCommand(store, annotation(20)));
        QCOMPARE(project.undoStack()->count(), 2);
        project.close();
        QCOMPARE(integrity(path), u"ok"_s);
        QVERIFY(project.open(path, /*readOnly=*/true));
        const QList<Annotation> kept = project.annotations()->annotations(doc);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).start, 0);
        QCOMPARE(kept.at(1).start, 20);
        QCOMPARE(kept.at(0).labelId, labels.constFirst().id);
    }

    // The disk reports an error in the middle of an import: the import stops with a message
    // that says so, no document is half there, and the next import finishes the job.
    void ioErrorDuringImport()
    {
        ImportOptions options;
        QVERIFY(makeBulkCorpus(&options));
        {
            FaultyVfs::Installed faulty;
            QVERIFY(faulty.ok);
            FaultyVfs::writesLeft = 400; // past creating the project, into the documents
            const ImportReport report = CorpusImporter(options).run();
            QVERIFY2(FaultyVfs::failWrites, "the import wrote too little to reach the failing write");
            QCOMPARE(report.outcome, ImportReport::Outcome::Failed);
            QVERIFY2(report.error.contains(u"disk reported an error"_s) && report.error.contains(QDir::toNativeSeparators(options.projectPath)),
                qPrintable(report.error));
        }
        importStoppedCleanlyThenResumes(options);
    }

    void diskFullDuringImport()
    {
        ImportOptions options;
        QVERIFY(makeBulkCorpus(&options));
        qputenv("SCHOLION_TEST_PAGE_HEADROOM", "60");
        const ImportReport report = CorpusImporter(options).run();
        qunsetenv("SCHOLION_TEST_PAGE_HEADROOM");
        QCOMPARE(report.outcome, ImportReport::Outcome::Failed);
        QVERIFY2(report.error.contains(u"full"_s), qPrintable(report.error));
        // With space again, the next import finishes the job.
        importStoppedCleanlyThenResumes(options);
    }

    void realFullFilesystem()
    {
        if (!unshareWorks()) {
            QSKIP("no user and mount namespaces here (unshare -rm) for a tiny tmpfs");
        }
        const QString root = m_home.filePath(u"tiny-src"_s);
        for (int i = 0; i < 40; ++i) {
            QVERIFY(writeFile(root, u"a%1.txt"_s.arg(i, 2, 10, QChar(u'0')), generatedArticle(1000 + i, 30000)));
        }
        const QString mountPoint = m_home.filePath(u"tiny"_s);
        const QString out = m_home.filePath(u"tiny-out"_s);
        QVERIFY(QDir().mkpath(mountPoint) && QDir().mkpath(out));
        // The project on a 600 KB filesystem that the 1.2 MB corpus cannot fit into; it is copied
        // out for the checks before the namespace (and its tmpfs) goes away.
        const QString script = uR"(set -u
mount -t tmpfs -o size=600k tmpfs "$1" || exit 90
"$4" import "$2" --project "$1/p.sqlite" --quiet > "$3/stdout" 2> "$3/stderr"
echo $? > "$3/exit"
cp "$1/p.sqlite"* "$3/" 2>/dev/null
exit 0)"_s;
        QProcess shell;
        shell.setProcessEnvironment(m_environment);
        shell.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, mountPoint, root, out, QStringLiteral(SCHOLION_BINARY)});
        QVERIFY(shell.waitForFinished(120000));
        if (shell.exitCode() == 90) {
            QSKIP("cannot mount a tmpfs in the namespace");
        }
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(readFile(out + u"/exit"_s).trimmed(), QByteArray("1"));
        const QString err = QString::fromUtf8(readFile(out + u"/stderr"_s));
        QVERIFY2(err.contains(u"full"_s), qPrintable(err));
        const QString copied = out + u"/p.sqlite"_s;
        QVERIFY(QFileInfo::exists(copied));
        QCOMPARE(integrity(copied), u"ok"_s);
        qint64 documents = 0;
        QVERIFY(documentsComplete(copied, &documents));
        QVERIFY(documents < 40);
    }

    void unwritableProjectOpensReadOnly()
    {
        const QString path = makeProject(2);
        if (::geteuid() == 0) {
            // root writes regardless of permissions: a read-only mount is the real thing.
            if (!unshareWorks()) {
                QSKIP("running as root without mount namespaces: no way to make a file unwritable");
            }
            const QString folder = QFileInfo(path).absolutePath();
            const QString script = uR"(mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 90
"$3" info "$2" > "$1.info.out" 2>&1; echo $? >> "$1.info.out"
"$3" suggest "$2" --accept > "$1.accept.out" 2>&1; echo $? >> "$1.accept.out"
"$3" suggest "$2" > "$1.suggest.out" 2>&1; echo $? >> "$1.suggest.out"
exit 0)"_s;
            QProcess shell;
            shell.setProcessEnvironment(m_environment);
            shell.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, folder, path, QStringLiteral(SCHOLION_BINARY)});
            QVERIFY(shell.waitForFinished(60000));
            if (shell.exitCode() == 90) {
                QSKIP("cannot remount read-only in the namespace");
            }
            const QString info = QString::fromUtf8(readFile(folder + u".info.out"_s));
            QVERIFY2(info.trimmed().endsWith(u"\n0"_s) && info.contains(u"2"_s), qPrintable(info));
            const QString accept = QString::fromUtf8(readFile(folder + u".accept.out"_s));
            QVERIFY2(accept.trimmed().endsWith(u"\n1"_s) && accept.contains(u"not writable"_s), qPrintable(accept));
            // Listing suggestions only reads: it works on a read-only mount.
            const QString suggest = QString::fromUtf8(readFile(folder + u".suggest.out"_s));
            QVERIFY2(suggest.trimmed().endsWith(u"0"_s) && suggest.count(u'\n') >= 2, qPrintable(suggest));
            return;
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        QVERIFY(project.isReadOnly());
        QVERIFY(project.readOnlyReason().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(project.counts().documents, 2);
        QVERIFY(!project.searchIndex());
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPath(path)));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(ProjectFaultsTest)
#include "projectfaults_test.moc"
