// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "models/backgroundthread.h"
#include "models/projectdatabase.h"
#include "models/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <limits>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
constexpr qint64 Complete = std::numeric_limits<qint64>::max();
// About 50 ms of FTS5 work per transaction, so annotating in the window never waits long.
constexpr qint64 BatchUtf16 = 2 * 1024 * 1024;
constexpr int BatchDocuments = 500;

qint64 watermark(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(u"SELECT CAST(value AS INTEGER) FROM project_meta WHERE key = 'search_indexed_upto'"_s);
    if (*ok && query.next()) {
        return query.value(0).toLongLong();
    }
    return 0;
}

class IndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    static bool build(const QString &path, bool rebuild, QString *error, const std::function<void(qint64, qint64)> &progress, const std::atomic_bool *cancelled)
    {
        ProjectDatabase db;
        if (!db.open(path)) {
            *error = db.errorString();
            return false;
        }
        const QSqlDatabase connection = db.database();
        const auto failed = [&](const QString &reason) {
            *error = tr("Cannot build the search index of “%1”: %2").arg(path, reason);
            return false;
        };
        if (rebuild) {
            Transaction transaction(connection);
            QSqlQuery query(connection);
            if (!transaction.isActive() || !query.exec(u"INSERT INTO document_fts (document_fts) VALUES ('delete-all')"_s) ||
                !query.exec(u"UPDATE project_meta SET value = '0' WHERE key = 'search_indexed_upto'"_s) || !transaction.commit()) {
                return failed(query.lastError().text() + transaction.errorString());
            }
        }
        bool ok = false;
        qint64 upto = watermark(connection, &ok);
        if (!ok) {
            return failed(connection.lastError().text());
        }
        qint64 done = 0;
        qint64 total = 0;
        {
            QSqlQuery count(connection);
            count.prepare(u"SELECT count(*) FROM document_texts WHERE document_id > ?"_s);
            count.addBindValue(upto);
            if (count.exec() && count.next()) {
                total = count.value(0).toLongLong();
            }
        }
        if (progress) {
            progress(0, total);
        }
        while (upto != Complete) {
            if (cancelled && cancelled->load()) {
                return true;
            }
            Transaction transaction(connection);
            if (!transaction.isActive()) {
                return failed(transaction.errorString());
            }
            upto = watermark(connection, &ok);
            if (!ok) {
                return failed(connection.lastError().text());
            }
            if (upto == Complete) {
                break;
            }
            QSqlQuery next(connection);
            next.setForwardOnly(true);
            // A lookup per document, not `id IN (SELECT document_id FROM document_texts)`: that
            // form read the whole text table for every batch (quadratic in the corpus size).
            next.prepare(u"SELECT d.id, d.text_length_utf16 FROM documents d WHERE d.id > ? "
                         "AND EXISTS (SELECT 1 FROM document_texts t WHERE t.document_id = d.id) ORDER BY d.id LIMIT ?"_s);
            next.addBindValue(upto);
            next.addBindValue(BatchDocuments);
            if (!next.exec()) {
                return failed(next.lastError().text());
            }
            qint64 last = upto;
            qint64 units = 0;
            int documents = 0;
            while (next.next() && units < BatchUtf16) {
                last = next.value(0).toLongLong();
                units += next.value(1).toLongLong();
                ++documents;
            }
            next.finish();
            QSqlQuery write(connection);
            if (documents == 0) {
                write.prepare(u"UPDATE project_meta SET value = ? WHERE key = 'search_indexed_upto'"_s);
                write.addBindValue(QString::number(Complete));
                if (!write.exec() || !transaction.commit()) {
                    return failed(write.lastError().text() + transaction.errorString());
                }
                upto = Complete;
                break;
            }
            write.prepare(u"INSERT INTO document_fts (rowid, text) SELECT document_id, text FROM document_texts WHERE document_id > ? AND document_id <= ?"_s);
            write.addBindValue(upto);
            write.addBindValue(last);
            if (!write.exec()) {
                return failed(write.lastError().text());
            }
            write.prepare(u"UPDATE project_meta SET value = ? WHERE key = 'search_indexed_upto'"_s);
            write.addBindValue(QString::number(last));
            if (!write.exec() || !transaction.commit()) {
                return failed(write.lastError().text() + transaction.errorString());
            }
            upto = last;
            done += documents;
            if (progress) {
                progress(std::min(done, total), total);
            }
        }
        if (progress) {
            progress(total, total);
        }
        return true;
    }
};

} // namespace

SearchIndex::SearchIndex(const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
{
}

SearchIndex::~SearchIndex()
{
    cancel();
    wait();
}

bool SearchIndex::isComplete(const QString &projectPath)
{
    ProjectDatabase db;
    if (!db.open(projectPath, ProjectDatabase::Access::ReadOnly)) {
        return false;
    }
    bool ok = false;
    return watermark(db.database(), &ok) == Complete && ok;
}

bool SearchIndex::buildNow(const QString &projectPath,
    bool rebuild,
    QString *error,
    const std::function<void(qint64, qint64)> &progress,
    const std::atomic_bool *cancelled)
{
    QString message;
    const bool ok = IndexBuilder::build(projectPath, rebuild, &message, progress, cancelled);
    if (error) {
        *error = message;
    }
    return ok;
}

bool SearchIndex::ensure()
{
    if (m_thread || isComplete(m_projectPath)) {
        return false;
    }
    return startBuild(false);
}

bool SearchIndex::rebuild()
{
    if (m_thread) {
        return false;
    }
    return startBuild(true);
}

bool SearchIndex::startBuild(bool rebuild)
{
    m_cancel = false;
    const QString path = m_projectPath;
    m_thread = QThread::create([this, path, rebuild] {
        QString error;
        const bool ok = buildNow(
            path,
            rebuild,
            &error,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        Q_EMIT progress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            &m_cancel);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                wait();
                Q_EMIT finished(ok, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"scholion-index"_s);
    startInBackground(m_thread, QThread::LowPriority);
    return true;
}

void SearchIndex::cancel()
{
    m_cancel = true;
}

bool SearchIndex::isRunning() const
{
    return m_thread != nullptr;
}

void SearchIndex::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace Scholion::Models
