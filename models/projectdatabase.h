// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace Scholion::Models
{

/*! The SQLite connection under the QSQLITE connection \a db, or nullptr for another driver. */
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/*!
 * \a text as QtSql must bind it to be stored exactly. QtSql binds a QString as UTF-16, and
 * SQLite takes a leading U+FEFF of UTF-16 for a byte order mark and drops it (a leading U+FFFE
 * even turns the rest around). Such a text gets one U+FEFF more in front, which SQLite drops
 * instead. For the text an offset points into: quotes and their context.
 */
QString boundText(const QString &text);

/*!
 * A statement of SQLite's own API, finalized when it goes. For the few hot paths where QtSql's
 * per-value QVariant and its UTF-16 binding of text cost too much.
 */
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();

    /*! Prepares \a sql on \a connection; false (and no statement) when that fails. */
    bool prepare(sqlite3 *connection, const char *sql);
    sqlite3_stmt *handle() const { return m_handle; }

private:
    sqlite3_stmt *m_handle = nullptr;
};

/*!
 * One connection to a project database (an SQLite file).
 *
 * Each instance owns a uniquely named QtSql connection; a connection is used only on the
 * thread that opened it, so a worker thread opens its own ProjectDatabase on the same file.
 * open() applies the connection pragmas (WAL, foreign keys, busy timeout) and brings the
 * schema up to date with the numbered scripts in resources/sql/ (one transaction per step,
 * PRAGMA user_version bumped inside it). A database newer than this build, or a file that
 * is not a Scholion project, is refused with a message that names the file.
 *
 * QtSql is a private dependency of scholion_models: only code inside models/ and tests
 * include this header.
 */
class ProjectDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
    Q_DISABLE_COPY_MOVE(ProjectDatabase)

public:
    enum class Access {
        ReadWrite,
        ReadOnly,
    };

    /*! Why open() failed, for callers that offer a way out (restore a backup, update). */
    enum class Failure {
        None,
        Damaged, ///< the file is corrupt or not a database at all
        NewerSchema, ///< saved by a newer Scholion
        Other,
    };

    /*! The SQLite application_id that marks a file as a Scholion project ("SCHL"). */
    static constexpr int ApplicationId = 0x5343484C;

    /*! Where the migration scripts live; tests pass a folder of their own. */
    static QString defaultMigrationsPath();

    /*!
     * The migration scripts found in \a migrationsPath, ordered by number. A script is named
     * NNNN_description.sql; NNNN is the schema version it produces.
     */
    static QStringList migrationScripts(const QString &migrationsPath = defaultMigrationsPath());

    /*! The schema version that this build creates and understands. */
    static int latestSchemaVersion(const QString &migrationsPath = defaultMigrationsPath());

    /*!
     * Splits an SQL script into statements: each ends with ';' at the end of a line, except
     * inside a CREATE TRIGGER body, which ends at a line 'END;'. Comment lines are dropped.
     */
    static QStringList splitStatements(const QString &script);

    /*! True when \a error is SQLite's SQLITE_CORRUPT or SQLITE_NOTADB. */
    static bool isDamage(const QSqlError &error);
    /*! True when an error text carries SQLite's message for a corrupt file or a non-database. */
    static bool looksDamaged(const QString &message);
    /*!
     * \a message, or a clearer one when it is SQLite's "disk is full" or "disk I/O error":
     * what a user can do about it, naming the project at \a path.
     */
    static QString explainFailure(const QString &path, const QString &message);
    /*! The current time as every table stores it: UTC, ISO 8601 with milliseconds. */
    static QString timestamp();

    ProjectDatabase();
    ~ProjectDatabase();

    /*!
     * Opens (creating when needed, unless read-only) the project at \a path, or an in-memory
     * database when \a path is empty, and migrates it to the latest schema.
     * Returns false and sets errorString() on failure.
     */
    bool open(const QString &path, Access access = Access::ReadWrite, const QString &migrationsPath = defaultMigrationsPath());
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    Failure failure() const { return m_failure; }
    int schemaVersion() const;

    /*! The connection, for code in models/ that runs SQL. */
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    /*! The SQLite connection of database(), or nullptr when closed. */
    sqlite3 *handle() const { return m_handle; }

    /*!
     * The text of document \a documentId, or a null string when there is none. Read in pieces
     * from its stored UTF-8 straight into the string, so opening a large document allocates
     * its UTF-16 once and nothing else of its size.
     */
    QString documentText(qint64 documentId) const;

    /*! Runs one statement without bound values; false (and errorString()) on failure. */
    bool exec(const QString &statement);

    /*! A value of the project_meta table, or \a fallback. */
    QString meta(const QString &key, const QString &fallback = {}) const;
    bool setMeta(const QString &key, const QString &value);

private:
    bool migrate(const QString &migrationsPath);
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Failure m_failure = Failure::None;
    Access m_access = Access::ReadWrite;
    sqlite3 *m_handle = nullptr;
    bool m_utf8 = false; ///< the file stores text as UTF-8 (SQLite's default; a UTF-16 file is read through SQLite's conversion)
};

} // namespace Scholion::Models
