// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace Scholion::Models
{

class ProjectDatabase;

/*! What an import is asked to do. */
struct ImportOptions {
    QString corpusRoot; ///< the folder to import; never written to
    QString projectPath; ///< the project file (created when missing)
    qint64 maxFileSize = 64 * 1024 * 1024; ///< larger files are skipped
    int batchFiles = 500; ///< files per transaction (each file is all-or-nothing regardless)
    qint64 batchBytes = 32 * 1024 * 1024; ///< bytes read per transaction
};

/*! Where a running import is; emitted a few times a second. */
struct ImportProgress {
    enum class Phase {
        Scanning,
        Importing,
        Finishing,
    };
    Phase phase = Phase::Scanning;
    int filesDone = 0;
    int filesTotal = 0; ///< files found so far by the count that runs ahead of the import
    bool totalsKnown = false; ///< the count is over: filesTotal and bytesTotal are the whole folder
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 elapsedMs = 0;
    QString currentPath;

    /*! Estimated milliseconds left, from bytes per millisecond so far; -1 while unknown. */
    qint64 remainingMs() const;
};

/*!
 * Imports (or re-imports) a corpus folder into a project database.
 *
 * run() is synchronous and may be called on any thread: it opens its own connection to the
 * project. It walks the folder (hidden folders, .scholion/ and symlink loops skipped), decodes
 * each .txt/.md/.markdown/.html/.htm file with TextDecoder, and writes documents in batched
 * transactions in which every document is complete, so an interrupted import never leaves a
 * half-imported document. A re-import reads only files whose size or mtime changed, keeps
 * files whose SHA-256 is unchanged, re-anchors the annotations of changed files, and marks
 * files that disappeared as missing without touching their annotations.
 * cancel() is thread-safe; what was committed until then stays.
 */
class CorpusImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusImporter)

public:
    explicit CorpusImporter(const ImportOptions &options, QObject *parent = nullptr);
    ~CorpusImporter() override;

    ImportReport run();
    void cancel();

    /*!
     * Adds the file \a relativePath of corpus folder \a corpusRoot to the project as a new
     * document, with the fields run() would give it (title, date, encoding, size, mtime,
     * SHA-256), so that a later run() finds it unchanged. Runs on \a db's connection inside
     * the caller's transaction. Returns the new id and its canonical text in \a text, or
     * nullopt and a message in \a error.
     */
    static std::optional<qint64> insertDocument(ProjectDatabase *db, const QString &corpusRoot, const QString &relativePath, QString *text, QString *error);
    bool isCancelled() const;

Q_SIGNALS:
    void progress(const Scholion::Models::ImportProgress &progress);
    /*! A batch of documents is committed and visible to other connections. */
    void batchCommitted(int documentsCommitted);
    void finished(const Scholion::Models::ImportReport &report);

private:
    struct Private;
    ImportOptions m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::ImportProgress)
