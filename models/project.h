// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusimporter.h"
#include "roles.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;
class QUndoStack;

namespace Scholion::Models
{

class AnnotationStore;
class ProjectBackup;
class ProjectDatabase;
class ProjectLock;
class SearchIndex;
class StatementInterrupter;

/*! One row of the document list: what the list shows, never the text. */
struct DocumentRow {
    qint64 id = 0;
    QString sourcePath;
    QString title;
    QString date;
    qint64 size = 0; ///< bytes of the source file
    DocumentStatus status = DocumentStatus::New;
    int annotationCount = 0;
    bool missing = false;
    friend bool operator==(const DocumentRow &, const DocumentRow &) = default;
};

/*! Everything stored about a document besides its text. */
struct DocumentInfo {
    DocumentRow row;
    QString format;
    QString encoding;
    bool encodingGuessed = false;
    bool hadBom = false;
    QString lineEndings;
    QString sha256;
    qint64 textLength = 0; ///< UTF-16 code units
    QString importedAt;
    QString updatedAt;
};

/*! Counts for `scholion info` and the status bar. */
struct ProjectCounts {
    int schemaVersion = 0;
    qint64 documents = 0;
    qint64 missingDocuments = 0;
    qint64 annotations = 0;
    qint64 labels = 0;
    qint64 entities = 0;
    qint64 relations = 0;
};

/*!
 * An open project: the GUI thread's connection to the project database, and the import
 * that runs on a worker thread with a connection of its own.
 *
 * Location rule (PRODUCT.md §2): the project of corpus folder F is F/.scholion/project.sqlite;
 * when F cannot be written, it lives in the application data folder and fallbackLocation()
 * says so. The corpus files themselves are never written.
 */
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /*! The project file for corpus folder \a folder; \a fallback tells whether F was read-only. */
    static QString projectPathForCorpus(const QString &folder, bool *fallback = nullptr);
    /*! True when \a path names a project file rather than a corpus folder. */
    static bool looksLikeProjectFile(const QString &path);

    /*!
     * Opens a project file (creating one at \a path unless \a readOnly). Read-only access, for
     * commands that only look, never creates, upgrades or changes the file.
     * False and errorString() on failure.
     */
    bool open(const QString &path, bool readOnly = false);

    /*! Why the last open() failed: the GUI and CLI offer a way out for some. */
    enum class OpenError {
        None,
        Damaged, ///< corrupt or cut off: offer the latest automatic backup
        NewerSchema, ///< saved by a newer Scholion: refuse, offer nothing
        Locked, ///< a read-write session of another process holds it: offer read-only
        Other,
    };
    OpenError openError() const { return m_openError; }
    /*!
     * Opens \a path read-only the way open() does, without loading anything, and tells why it
     * cannot be used (\a error); None when it can. For commands that write through a worker.
     */
    static OpenError probe(const QString &path, QString *error = nullptr);
    /*!
     * True when the project is open read-only: asked for, or opened so because the file or
     * its folder cannot be written (then readOnlyReason() says so). Nothing can be changed.
     */
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /*! The GUI thread's connection, for code in models/ and tests; nullptr when closed. */
    ProjectDatabase *database() const { return m_db.get(); }

    /*!
     * Starts an automatic backup (ProjectBackup) on a worker thread when one is due, or at
     * once with \a force. Read-write projects only; open() calls it. False when none started.
     */
    bool startBackup(bool force = false);
    void waitForBackup();
    bool isBackingUp() const { return m_backupThread != nullptr; }
    /*! Opens (creating when needed) the project of corpus folder \a folder. Does not import. */
    bool openCorpus(const QString &folder);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString corpusRoot() const;
    QString errorString() const { return m_error; }
    bool isFallbackLocation() const { return m_fallback; }

    /*! Labels, annotations and document status of the open project; nullptr when closed. */
    AnnotationStore *annotations() const { return m_store; }
    /*! The project's undo history: every change to annotations goes through it. */
    QUndoStack *undoStack() const { return m_undoStack; }
    /*!
     * The full-text index; open() completes it on a worker thread when it is not complete (a
     * project from before the index), and so does the end of an import. nullptr when closed
     * or read-only.
     */
    SearchIndex *searchIndex() const { return m_searchIndex; }

    QList<DocumentRow> documentRows() const;
    /*! The rows with an id greater than \a id: what an import added since. */
    QList<DocumentRow> documentRowsAfter(qint64 id) const;
    /*! documentRowsAfter() on the connection \a database: for a worker thread's own connection. */
    static QList<DocumentRow> documentRowsAfter(const ProjectDatabase &database, qint64 id);
    /*! The largest document id, 0 when there are none: an upper bound of the number of documents, in microseconds. */
    qint64 lastDocumentId() const;
    std::optional<DocumentRow> documentRow(qint64 id) const;
    std::optional<DocumentInfo> documentInfo(qint64 id) const;
    std::optional<qint64> documentIdForPath(const QString &sourcePath) const;
    /*! The canonical text of a document; a null string when there is none. */
    QString documentText(qint64 id) const;
    ProjectCounts counts() const;
    /*! The report of the newest import run, if any. */
    std::optional<ImportReport> lastImportReport() const;

    /*! Starts importing the corpus folder on a worker thread; false when one is running or no corpus is known. */
    bool startImport();
    void cancelImport();
    bool isImporting() const;
    /*! Waits for a running import to end (used on close and in tests). */
    void waitForImport();

    /*!
     * Checks on a worker thread that every span's stored quote still equals its document's
     * text; consistencyChecked() reports the ids that do not. Started by open().
     */
    void startConsistencyCheck();
    void waitForConsistencyCheck();

Q_SIGNALS:
    void opened();
    void closed();
    void importStarted();
    void importProgress(const Scholion::Models::ImportProgress &progress);
    /*! An import committed a batch of new documents (rows with higher ids). */
    void documentsAdded();
    /*! Documents were added, changed or removed: reload what you show. */
    void documentsChanged();
    /*! One document's status, note or annotation count changed. */
    void documentChanged(qint64 documentId);
    void importFinished(const Scholion::Models::ImportReport &report);
    void consistencyChecked(const QList<qint64> &inconsistentAnnotations);
    /*! The background check found the file damaged; \a message names it. */
    void damageFound(const QString &message);
    /*! An automatic backup ended: \a result is the backup's path, or the error. */
    void backupFinished(bool ok, const QString &result);

private:
    std::unique_ptr<ProjectDatabase> m_db;
    AnnotationStore *m_store = nullptr;
    SearchIndex *m_searchIndex = nullptr;
    QUndoStack *m_undoStack;
    QString m_path;
    QString m_error;
    bool m_fallback = false;
    QThread *m_importThread = nullptr;
    QThread *m_checkThread = nullptr;
    int m_checkGeneration = 0;
    CorpusImporter *m_importer = nullptr;
    OpenError m_openError = OpenError::None;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<ProjectLock> m_lock;
    QThread *m_backupThread = nullptr;
    std::shared_ptr<ProjectBackup> m_backup;
    std::shared_ptr<StatementInterrupter> m_checkInterrupter;
};

} // namespace Scholion::Models
