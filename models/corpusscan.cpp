// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusscan.h"

#include "annotationstore.h"
#include "backgroundthread.h"
#include "highlighting.h"
#include "projectdatabase.h"
#include "suggestionstore.h"

#include <KSyntaxHighlighting/Repository>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

// How often the worker reports: often enough for a live list, rarely enough to stay cheap.
constexpr qint64 ReportIntervalMs = 100;

} // namespace

WorkerJob::WorkerJob(QObject *parent)
    : QObject(parent)
{
}

WorkerJob::~WorkerJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool WorkerJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkerJob::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void WorkerJob::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void WorkerJob::run(const QString &name, const std::function<void(const std::atomic_bool &)> &work, QThread::Priority priority)
{
    cancel();
    wait();
    delete m_thread;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    // Signals go out through queued calls on the job: they are dropped if it is gone, and the
    // destructor waits for the thread, so the worker never reaches a deleted object.
    m_thread = QThread::create([work, cancelled] {
        work(*cancelled);
    });
    m_thread->setObjectName(name);
    startInBackground(m_thread, priority);
}

CorpusScan::CorpusScan(QObject *parent)
    : WorkerJob(parent)
{
}

CorpusScan::~CorpusScan()
{
    // Before the members go: the worker uses them.
    cancel();
    wait();
}

void CorpusScan::start(const CorpusScanRequest &request)
{
    const quint64 generation = ++m_generation;
    run(
        u"CorpusScan"_s,
        [this, request, generation](const std::atomic_bool &cancelled) {
            // What an earlier scan still has in the event queue must not reach the new one's listeners.
            const auto report = [this, generation](auto &&call) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, call = std::forward<decltype(call)>(call)] {
                        if (generation == m_generation) {
                            call();
                        }
                    },
                    Qt::QueuedConnection);
            };
            const auto finish = [&](const QString &error) {
                const bool wasCancelled = cancelled.load();
                report([this, wasCancelled, error] {
                    Q_EMIT finished(wasCancelled, error);
                });
            };
            ProjectDatabase db;
            if (!db.open(request.projectPath, ProjectDatabase::Access::ReadOnly)) {
                finish(db.errorString());
                return;
            }
            AnnotationStore store(&db);
            std::unique_ptr<SuggestionStore> rejections;
            std::unique_ptr<KSyntaxHighlighting::Repository> repository;
            std::unique_ptr<SuggestionEngine> engine;
            if (request.kind == CorpusScanRequest::Kind::Suggestions) {
                rejections = std::make_unique<SuggestionStore>(request.projectPath);
                repository = newThreadRepository();
                LensDefinitions::applyActorList(*repository, request.knownActors);
                engine = std::make_unique<SuggestionEngine>(request.lenses, *repository, store);
                engine->setLensIds(request.lensIds);
            }

            QList<qint64> documents = request.documents;
            if (documents.isEmpty()) {
                QSqlQuery query(db.database());
                query.setForwardOnly(true);
                if (!query.exec(u"SELECT id FROM documents ORDER BY source_path"_s)) {
                    finish(query.lastError().text());
                    return;
                }
                while (query.next()) {
                    documents << query.value(0).toLongLong();
                }
            }
            QSqlQuery textQuery(db.database());
            textQuery.setForwardOnly(true);
            textQuery.prepare(u"SELECT text FROM document_texts WHERE document_id = ?"_s);

            const int total = int(documents.size());
            QList<Suggestion> batch;
            QElapsedTimer sinceReport;
            sinceReport.start();
            const auto flush = [&](int done) {
                if (!batch.isEmpty()) {
                    report([this, found = std::move(batch)] {
                        Q_EMIT this->found(found);
                    });
                    batch.clear();
                }
                report([this, done, total] {
                    Q_EMIT progress(done, total);
                });
                sinceReport.restart();
            };
            for (int i = 0; i < total && !cancelled.load(); ++i) {
                const qint64 documentId = documents.at(i);
                textQuery.addBindValue(documentId);
                if (!textQuery.exec() || !textQuery.next()) {
                    continue; // removed meanwhile
                }
                const QString text = textQuery.value(0).toString();
                textQuery.finish();
                const QList<Annotation> existing = store.annotations(documentId);
                if (engine) {
                    batch += rejections->withoutRejected(engine->suggest(documentId, text, existing));
                } else {
                    Annotation needle = request.annotation;
                    needle.documentId = documentId;
                    batch += SuggestionEngine::occurrencesOf(store, needle, text, existing, request.caseSensitive);
                }
                if (sinceReport.elapsed() >= ReportIntervalMs) {
                    flush(i + 1);
                }
            }
            if (!cancelled.load()) {
                flush(total);
            }
            finish(QString());
        },
        QThread::LowPriority);
}

BulkAnnotationWriter::BulkAnnotationWriter(QObject *parent)
    : WorkerJob(parent)
{
}

BulkAnnotationWriter::~BulkAnnotationWriter()
{
    cancel();
    wait();
}

void BulkAnnotationWriter::start(const QString &projectPath, const QList<AnnotationWithAttributes> &annotations, const QString &author)
{
    if (isRunning()) {
        return;
    }
    run(u"BulkAnnotationWriter"_s, [this, projectPath, annotations, author](const std::atomic_bool &cancelled) {
        QList<AnnotationWithAttributes> stored;
        QString error;
        {
            ProjectDatabase db;
            if (!db.open(projectPath)) {
                error = db.errorString();
            } else {
                AnnotationStore store(&db);
                store.setAuthor(author);
                QElapsedTimer sinceReport;
                sinceReport.start();
                const auto progress = [&](qsizetype done, qsizetype total) {
                    if (sinceReport.elapsed() >= ReportIntervalMs || done == total) {
                        QMetaObject::invokeMethod(
                            this,
                            [this, done, total] {
                                Q_EMIT this->progress(done, total);
                            },
                            Qt::QueuedConnection);
                        sinceReport.restart();
                    }
                    return !cancelled.load();
                };
                if (!store.performAddMany(annotations, &stored, progress)) {
                    error = cancelled.load() ? QString() : store.errorString();
                    stored.clear();
                }
            }
        }
        const bool wasCancelled = cancelled.load() && stored.isEmpty();
        QMetaObject::invokeMethod(
            this,
            [this, stored, wasCancelled, error] {
                Q_EMIT finished(stored, wasCancelled, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Scholion::Models
