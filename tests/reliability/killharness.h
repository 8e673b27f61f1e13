// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the kill -9 tests and their driver processes share: deterministic random numbers, the
// driver's try/ack output, an isolated environment for child processes, running a child until
// a kill point, and checking a project file after a kill with a connection of the test's own.
#pragma once

#include "../seededrandom.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdio>
#include <optional>

namespace Scholion::Tests::Kill
{

using namespace Qt::StringLiterals;

using Scholion::Tests::Random;

/*! What a burst driver is run with: PROGRAM PROJECT COUNT SEED. */
struct BurstArguments {
    QString project;
    qint64 count = 0;
    quint64 seed = 0;
};

/*! The driver's arguments, or nullopt after printing \a program's usage to standard error. */
inline std::optional<BurstArguments> burstArguments(const QStringList &arguments, const char *program)
{
    bool countOk = false;
    bool seedOk = false;
    BurstArguments parsed{arguments.value(1), arguments.value(2).toLongLong(&countOk), arguments.value(3).toULongLong(&seedOk)};
    if (arguments.size() != 4 || !countOk || !seedOk || parsed.count < 0) {
        std::fprintf(stderr, "usage: %s PROJECT COUNT SEED\n", program);
        return std::nullopt;
    }
    return parsed;
}

/*! For drivers: one write(2) per line, flushed before the next step begins, so a kill never loses a printed line. */
inline void printLine(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

/*! \a count kill delays in [minMs, maxMs], deterministic for \a seed. */
inline QList<int> killDelays(quint64 seed, int count, int minMs, int maxMs)
{
    Random random(seed);
    QList<int> delays;
    for (int i = 0; i < count; ++i) {
        delays << minMs + int(random.uniform() * double(maxMs - minMs + 1));
    }
    return delays;
}

/*! An environment in which a child process never touches the user's settings or data. */
inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QDir().mkpath(home);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

/*! How a child process ended: killed at the kill point, or by itself before it. */
struct ChildRun {
    bool started = false;
    bool killed = false; ///< SIGKILLed (false: it ended by itself first)
    int exitCode = -1; ///< when it ended by itself
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

/*!
 * Runs \a program with \a arguments and SIGKILLs it after \a killAfterMs (never, when negative;
 * then it gets \a timeoutMs to finish).
 */
inline ChildRun runChild(const QString &program,
    const QStringList &arguments,
    const QProcessEnvironment &environment,
    int killAfterMs,
    const QString &workingDirectory = {},
    int timeoutMs = 120000)
{
    ChildRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    run.started = process.waitForStarted(10000);
    if (!run.started) {
        qWarning("cannot start %s: %s", qPrintable(program), qPrintable(process.errorString()));
        return run;
    }
    process.closeWriteChannel();
    const bool ended = process.waitForFinished(killAfterMs < 0 ? timeoutMs : killAfterMs);
    if (!ended) {
        process.kill(); // SIGKILL
        process.waitForFinished(10000);
    }
    run.elapsedMs = clock.elapsed();
    // It may have ended in the instant between the wait and the kill.
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/*! A connection of the test's own to a project file, removed again when it goes. */
class ProjectConnection
{
public:
    ProjectConnection(const QString &path, const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }
    ~ProjectConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ProjectConnection)

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    /*! The rows of \a sql, each as its values. */
    QList<QVariantList> rows(const QString &sql) const
    {
        QList<QVariantList> result;
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row << query.value(i);
            }
            result << row;
        }
        return result;
    }

    /*! The first value of \a sql, or -1 when it fails. */
    qint64 number(const QString &sql) const
    {
        const QList<QVariantList> result = rows(sql);
        return result.isEmpty() || result.first().isEmpty() ? -1 : result.first().first().toLongLong();
    }

    /*!
     * What is wrong with the database: empty when `PRAGMA integrity_check` says ok and no foreign
     * key points nowhere (an orphan row).
     */
    QString soundnessProblems() const
    {
        if (!isOpen()) {
            return u"cannot open the project: "_s + m_error;
        }
        QStringList integrity;
        for (const QVariantList &row : rows(u"PRAGMA integrity_check"_s)) {
            integrity << row.value(0).toString();
        }
        if (integrity != QStringList{u"ok"_s}) {
            return u"integrity check: "_s + integrity.join(u"; "_s);
        }
        const QList<QVariantList> orphans = rows(u"PRAGMA foreign_key_check"_s);
        if (!orphans.isEmpty()) {
            return u"%1 rows point nowhere, the first in table %2 (row %3 → %4)"_s.arg(orphans.size())
                .arg(orphans.first().value(0).toString(), orphans.first().value(1).toString(), orphans.first().value(2).toString());
        }
        return {};
    }

private:
    QString m_name;
    QString m_error;
};

} // namespace Scholion::Tests::Kill
