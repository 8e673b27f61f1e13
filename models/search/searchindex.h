// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace Scholion::Models
{

/*!
 * The full-text index of a project's canonical texts: an FTS5 table over document_texts
 * (schema 2, resources/sql/0002_search.sql).
 *
 * Triggers keep the index current as texts are inserted, changed and deleted, but only for
 * documents up to a watermark (project_meta "search_indexed_upto"). Building walks the
 * documents above the watermark in short transactions, moving it as it goes, so an import,
 * annotating or a kill -9 can happen at any time and leave a consistent index; a project
 * migrated from schema 1 starts with the watermark at 0, a new one with the index complete.
 *
 * ensure() completes the index on a worker thread with progress; rebuild() starts it over.
 */
class SearchIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    explicit SearchIndex(const QString &projectPath, QObject *parent = nullptr);
    ~SearchIndex() override;

    /*! Completes the index on a worker thread when it is not complete; false when nothing needed doing or a build runs. */
    bool ensure();
    /*! Empties and rebuilds the index on a worker thread ("rebuild index"); false when a build runs. */
    bool rebuild();
    void cancel();
    bool isRunning() const;
    void wait();

    /*! Whether the index of the project covers every document (read-only check). */
    static bool isComplete(const QString &projectPath);

    /*!
     * Builds the index of \a projectPath on the calling thread; \a rebuild starts over.
     * \a progress (documents done, documents in all) is called after every batch; returning
     * false from \a cancelled stops early (the work done so far is kept). False and \a error
     * when the project cannot be opened for writing or a batch fails.
     */
    static bool buildNow(const QString &projectPath,
        bool rebuild,
        QString *error,
        const std::function<void(qint64 done, qint64 total)> &progress = {},
        const std::atomic_bool *cancelled = nullptr);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /*! The build ended: completed (or cancelled), or failed with a message naming the project. */
    void finished(bool ok, const QString &error);

private:
    bool startBuild(bool rebuild);

    QString m_projectPath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace Scholion::Models
