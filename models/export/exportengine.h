// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"

#include <QObject>

#include <atomic>

class QThread;

namespace Scholion::Models
{

/*!
 * Exports a project to one of the formats of ExportFormat: the one engine behind the Export
 * dialog and `scholion export`.
 *
 * It reads the project through its own read-only connection, on the thread that runs it,
 * one document at a time (the corpus is never held in memory). Output goes to a temporary
 * file or folder beside the destination that is renamed over it only when everything was
 * written; a failed or cancelled export leaves nothing behind. Before a document is handed
 * to the format, every span is checked: its stored text must equal the document text's slice
 * in UTF-16 and, through the OffsetConverter, in code points; otherwise the export fails
 * naming the document and the span.
 *
 * run() works on the calling thread (the CLI); start() runs it on a worker thread and reports
 * with finished() (the dialog). progress() is emitted from the thread that exports.
 */
class ExportEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportEngine)

public:
    explicit ExportEngine(QObject *parent = nullptr);
    ~ExportEngine() override;

    /*! Exports on the calling thread and returns when done. */
    ExportResult run(const ExportOptions &options);
    /*! Exports on a worker thread; finished() follows. False when an export is running already. */
    bool start(const ExportOptions &options);
    /*! Asks a running export to stop; safe from any thread and from a signal handler. */
    void cancel() { m_cancel.store(true); }
    bool isRunning() const;
    /*! Blocks until a start()ed export is over. */
    void wait();

Q_SIGNALS:
    void progress(const Scholion::Models::ExportProgress &progress);
    void finished(const Scholion::Models::ExportResult &result);

private:
    std::atomic<bool> m_cancel = false;
    QThread *m_thread = nullptr;
};

} // namespace Scholion::Models
