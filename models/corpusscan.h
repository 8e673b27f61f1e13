// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "lensdefinitions.h"
#include "suggestionengine.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Scholion::Models
{

/*! What a corpus-wide search for annotation candidates looks for. */
struct CorpusScanRequest {
    enum class Kind {
        Suggestions, ///< what the lenses propose (PRODUCT.md §4), without rejected ones
        Occurrences, ///< the other places where an annotation's text stands as whole words
    };
    Kind kind = Kind::Suggestions;
    QString projectPath;
    QList<qint64> documents; ///< the documents to scan, in this order; empty: every document, by path
    // Suggestions
    QList<Lens> lenses; ///< copied from the GUI's LensDefinitions
    QStringList lensIds; ///< empty: every lens
    QStringList knownActors; ///< the known-actor keyword list
    // Occurrences
    Annotation annotation; ///< its quote, label and entity are what is looked for
    bool caseSensitive = true;
};

/*!
 * One worker thread at a time with a cancel flag: what CorpusScan and BulkAnnotationWriter
 * share. Destroying the job cancels it and waits for the thread.
 */
class WorkerJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerJob)

public:
    ~WorkerJob() override;

    void cancel();
    bool isRunning() const;
    /*! Waits for the worker to end (tests, before a write). */
    void wait();

protected:
    explicit WorkerJob(QObject *parent);
    /*! Cancels and ends a running worker, then runs \a work on a new thread with a fresh flag. */
    void run(const QString &name, const std::function<void(const std::atomic_bool &cancelled)> &work, QThread::Priority priority = QThread::InheritPriority);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

/*!
 * Looks for annotation candidates across the corpus on a worker thread, with connections of
 * its own (and, for lenses, a KSyntaxHighlighting repository of its own): the GUI stays free.
 * Candidates arrive in batches through found(), in document order; progress() counts
 * documents; cancel() stops at the next document. Destroying the object cancels and waits.
 */
class CorpusScan final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusScan)

public:
    explicit CorpusScan(QObject *parent = nullptr);
    ~CorpusScan() override;

    /*! Starts a scan; a running one is cancelled first. */
    void start(const CorpusScanRequest &request);

Q_SIGNALS:
    void progress(int documentsDone, int documentsTotal);
    void found(const QList<Scholion::Models::Suggestion> &batch);
    /*! The scan ended: all done, cancelled, or failed with \a error (the project could not be read). */
    void finished(bool cancelled, const QString &error);

private:
    quint64 m_generation = 0; ///< only touched on the owner's thread
};

/*!
 * Writes many annotations on a worker thread with a store of its own: one transaction, all or
 * nothing, progress and cancel (a rollback). The caller then announces the rows to the GUI's
 * store (AnnotationStore::announceAdded()) and records the step with an AddAnnotationsCommand.
 */
class BulkAnnotationWriter final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAnnotationWriter)

public:
    explicit BulkAnnotationWriter(QObject *parent = nullptr);
    ~BulkAnnotationWriter() override;

    /*! Starts writing; ignored while a write runs. */
    void start(const QString &projectPath, const QList<AnnotationWithAttributes> &annotations, const QString &author);

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);
    /*! \a stored holds the rows as written (ids filled in); empty when cancelled or failed. */
    void finished(const QList<Scholion::Models::AnnotationWithAttributes> &stored, bool cancelled, const QString &error);
};

} // namespace Scholion::Models
