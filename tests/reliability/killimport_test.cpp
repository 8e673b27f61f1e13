// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The project survives `kill -9` during an import: the real `scholion import` is killed at 50
// deterministic random points of a ~1200-file import, and after every kill the project must be
// a sound SQLite database in which every document is complete and correct, and the next run
// must resume where the last one stopped. When a run completes the import, the project is
// removed, so that the next kills land in a new import again.

#include "../models/testcorpus.h"
#include "killharness.h"

#include <models/projectdatabase.h>

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Scholion::Tests;
using namespace Scholion::Tests::Kill;

namespace
{

constexpr int kGeneratedFiles = 1200;
constexpr int kArticleBytes = 4000;

// What a source file must become in the project.
struct Expected {
    QString text; ///< the canonical text
    QString sha256; ///< of the file's bytes
    qint64 size = 0;
};

// What one check of the project found.
struct Observed {
    bool hasSchema = false;
    qint64 documents = 0;
};

constexpr int kKills = 50;

} // namespace

class KillImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_project;
    QProcessEnvironment m_environment;
    QHash<QString, Expected> m_expected;

    QProcess *startScholion(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        process->setWorkingDirectory(m_dir.path());
        process->start(QStringLiteral(SCHOLION_BINARY), arguments);
        if (!process->waitForStarted(10000)) {
            qWarning("cannot start %s: %s", SCHOLION_BINARY, qPrintable(process->errorString()));
        }
        process->closeWriteChannel();
        return process;
    }

    // Runs scholion to its end; returns the exit code (-1 on a crash or timeout) and its output.
    int runScholion(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr, qint64 *elapsedMs = nullptr)
    {
        QElapsedTimer clock;
        clock.start();
        QProcess *process = startScholion(arguments);
        if (!process->waitForFinished(180000)) {
            process->kill();
            process->waitForFinished();
        }
        if (elapsedMs) {
            *elapsedMs = clock.elapsed();
        }
        if (out) {
            *out = process->readAllStandardOutput();
        }
        if (err) {
            *err = process->readAllStandardError();
        }
        const int code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        delete process;
        return code;
    }

    void addFile(const QString &relativePath, const QByteArray &bytes, const QByteArray &canonicalUtf8)
    {
        QVERIFY(writeFile(m_corpus, relativePath, bytes));
        m_expected.insert(relativePath,
            Expected{QString::fromUtf8(canonicalUtf8), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), bytes.size()});
    }

    // Opens the project with a connection of the test's own and checks everything it can.
    // Fails the test (through QVERIFY/QCOMPARE) when the project is not sound.
    void checkProject(const QString &connection, Observed *observed)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_project);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.setForwardOnly(true);

        QVERIFY2(query.exec(u"PRAGMA integrity_check"_s), qPrintable(query.lastError().text()));
        QStringList integrity;
        while (query.next()) {
            integrity << query.value(0).toString();
        }
        QCOMPARE(integrity, QStringList{u"ok"_s});

        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'document_texts', 'import_runs')"_s));
        QVERIFY(query.next());
        const int tables = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(u"PRAGMA user_version"_s));
        QVERIFY(query.next());
        const int schema = query.value(0).toInt();
        query.finish();
        if (tables == 0) {
            // Killed before the first migration committed: nothing of the schema is there.
            QCOMPARE(schema, 0);
            return;
        }
        QCOMPARE(tables, 3); // the schema is created all at once or not at all
        // Each migration step commits on its own: a kill may land between two of them.
        QVERIFY2(schema >= 1 && schema <= Scholion::Models::ProjectDatabase::latestSchemaVersion(), qPrintable(QString::number(schema)));
        observed->hasSchema = true;

        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!query.next(), "a foreign key points nowhere");
        query.finish();

        // Every document has its text and every text its document.
        QVERIFY(query.exec(u"SELECT count(*) FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id WHERE t.document_id IS NULL"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        query.finish();
        QVERIFY(query.exec(u"SELECT count(*) FROM document_texts t LEFT JOIN documents d ON d.id = t.document_id WHERE d.id IS NULL"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        query.finish();

        // Every document is complete and exactly what its source file says.
        QVERIFY(query.exec(u"SELECT d.source_path, d.text_length_utf16, d.source_sha256, d.source_size, d.missing, t.text "
                           "FROM documents d JOIN document_texts t ON t.document_id = d.id"_s));
        QSet<QString> seen;
        while (query.next()) {
            const QString path = query.value(0).toString();
            QVERIFY2(!seen.contains(path), qPrintable(path));
            seen.insert(path);
            const auto it = m_expected.constFind(path);
            QVERIFY2(it != m_expected.cend(), qPrintable(u"unexpected document "_s + path));
            const QString text = query.value(5).toString();
            QVERIFY2(text == it->text, qPrintable(u"wrong text for "_s + path));
            QCOMPARE(query.value(1).toLongLong(), qint64(text.size()));
            QCOMPARE(query.value(2).toString(), it->sha256);
            QCOMPARE(query.value(3).toLongLong(), it->size);
            QCOMPARE(query.value(4).toInt(), 0);
        }
        QVERIFY2(query.lastError().type() == QSqlError::NoError, qPrintable(query.lastError().text()));
        query.finish();
        observed->documents = seen.size();

        // A run that was killed stays 'running' without a report; a finished one has both.
        QVERIFY(query.exec(u"SELECT count(*) FROM import_runs WHERE NOT ((outcome = 'running' AND finished_at IS NULL AND report IS NULL) "
                           "OR (outcome <> 'running' AND finished_at IS NOT NULL AND report IS NOT NULL))"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        query.finish();
    }

    void checkProjectAndClose(const QString &connection, Observed *observed)
    {
        checkProject(connection, observed);
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // The newest import run as `scholion info --json` reports it.
    QJsonObject infoJson()
    {
        QByteArray out;
        QByteArray err;
        const int code = runScholion({u"info"_s, u"--json"_s, m_corpus}, &out, &err);
        if (code != 0) {
            qWarning("scholion info failed (%d): %s", code, err.constData());
            return {};
        }
        return QJsonDocument::fromJson(out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SCHOLION_BINARY)).isExecutable(), SCHOLION_BINARY);
        m_environment = isolatedEnvironment(m_dir.filePath(u"home"_s));

        // ~5 MB of generated articles in 12 folders, plus a few variants that exercise the
        // decoder: CRLF line endings, a UTF-8 BOM, non-ASCII file names, Markdown.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"corpus"_s)));
        m_corpus = QFileInfo(m_dir.filePath(u"corpus"_s)).canonicalFilePath();
        m_project = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        for (int i = 0; i < kGeneratedFiles; ++i) {
            const QByteArray article = generatedArticle(i, kArticleBytes);
            addFile(u"part-%1/article-%2.txt"_s.arg(i / 100, 2, 10, QChar(u'0')).arg(i, 5, 10, QChar(u'0')), article, article);
        }
        for (int i = 0; i < 8; ++i) {
            const QByteArray article = generatedArticle(100000 + i, kArticleBytes);
            QByteArray crlf = article;
            crlf.replace("\n", "\r\n");
            addFile(u"variants/crlf-%1.txt"_s.arg(i), crlf, article);
            addFile(u"variants/bom-%1.txt"_s.arg(i), "\xEF\xBB\xBF" + article, article);
            addFile(u"variants/Überblick – Київ %1.txt"_s.arg(i), article, article);
            addFile(u"variants/notes-%1.md"_s.arg(i), article, article);
        }
        QCOMPARE(m_expected.size(), kGeneratedFiles + 32);
    }

    void projectSurvivesKill()
    {
        const qint64 total = m_expected.size();

        // How long a whole import takes here, and how long one that finds nothing new takes,
        // measured on a project elsewhere so that the kill points scale with the machine.
        const QString calibration = m_dir.filePath(u"calibration/project.sqlite"_s);
        qint64 fullMs = 0;
        qint64 overheadMs = 0;
        QByteArray out;
        QCOMPARE(runScholion({u"import"_s, u"--quiet"_s, u"--project"_s, calibration, m_corpus}, &out, nullptr, &fullMs), 0);
        QCOMPARE(runScholion({u"import"_s, u"--quiet"_s, u"--project"_s, calibration, m_corpus}, &out, nullptr, &overheadMs), 0);
        QVERIFY(QDir(m_dir.filePath(u"calibration"_s)).removeRecursively());
        QVERIFY(!QFileInfo::exists(QDir(m_corpus).filePath(u".scholion"_s)));
        qInfo("a full import takes %lld ms, a re-import of nothing new %lld ms", fullMs, overheadMs);

        qint64 documents = 0;
        int checked = 0;
        int killed = 0;
        int partial = 0;
        int completed = 0;
        // When to kill: a fraction of the time the rest of the import is expected to take.
        Random random(20261205);
        for (int iteration = 0; iteration < kKills; ++iteration) {
            const double remaining = double(total - documents) / double(total);
            const double expectedMs = double(overheadMs) + double(std::max<qint64>(fullMs - overheadMs, 0)) * remaining;
            const int delayMs = std::max(1, int((0.02 + 0.98 * random.uniform()) * expectedMs));

            QProcess *process = startScholion({u"import"_s, m_corpus, u"--quiet"_s});
            QCOMPARE(process->state(), QProcess::Running);
            bool endedByItself = process->waitForFinished(delayMs);
            if (!endedByItself) {
                process->kill(); // SIGKILL
                QVERIFY(process->waitForFinished(10000));
                // The import may have finished in the instant between the wait and the kill.
                endedByItself = process->exitStatus() == QProcess::NormalExit;
                killed += endedByItself ? 0 : 1;
            }
            if (endedByItself) {
                QCOMPARE(process->exitStatus(), QProcess::NormalExit);
                QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            }
            delete process;

            if (!QFileInfo::exists(m_project)) {
                qInfo("kill %d after %d ms: no project yet", iteration, delayMs);
                continue;
            }

            // The test checks every row...
            Observed observed;
            checkProjectAndClose(u"killimport-%1"_s.arg(iteration), &observed);
            if (QTest::currentTestFailed()) {
                qWarning("the project is broken after a kill at %d ms (iteration %d)", delayMs, iteration);
                return;
            }
            if (!observed.hasSchema) {
                // Killed while the project was being created: the next open creates it.
                QByteArray err;
                QCOMPARE(runScholion({u"info"_s, m_corpus}, nullptr, &err), 1);
                QVERIFY2(err.contains("creation was interrupted"), err.constData());
                qInfo("kill %d after %d ms: the project was still being created", iteration, delayMs);
                continue;
            }
            // ...and Scholion itself reads the project after the kill.
            const QJsonObject info = infoJson();
            QVERIFY2(!info.isEmpty(), "scholion info cannot read the project after a kill");
            qInfo("kill %d after %d ms%s: %lld of %lld documents",
                iteration,
                delayMs,
                endedByItself ? " (the import had ended)" : "",
                observed.documents,
                total);
            ++checked;
            QCOMPARE(info.value(u"documents"_s).toInteger(), observed.documents);
            QCOMPARE(info.value(u"missingDocuments"_s).toInteger(), 0);
            const QJsonObject last = info.value(u"lastImport"_s).toObject();
            if (!last.isEmpty()) {
                const QString outcome = last.value(u"outcome"_s).toString();
                if (outcome == u"completed"_s) {
                    // The run got to write its report (the kill came later, or not at all).
                    QCOMPARE(observed.documents, total);
                } else {
                    // A killed run never wrote its report: it is shown as interrupted.
                    QVERIFY(!endedByItself);
                    QCOMPARE(outcome, u"failed"_s);
                    QVERIFY2(last.value(u"error"_s).toString().contains(u"interrupted"_s), qPrintable(last.value(u"error"_s).toString()));
                }
            }
            // Each run resumes: nothing committed is ever lost.
            QVERIFY2(observed.documents >= documents, qPrintable(u"%1 documents after %2 before"_s.arg(observed.documents).arg(documents)));
            documents = observed.documents;
            if (documents > 0 && documents < total) {
                ++partial;
            }
            if (documents == total && iteration + 1 < kKills) {
                // Complete: the next kills land in a new import again.
                QVERIFY(QDir(QDir(m_corpus).filePath(u".scholion"_s)).removeRecursively());
                documents = 0;
                ++completed;
            }
        }
        qInfo("%d kills, %d checks, %d with a partial import, %d complete imports started again", killed, checked, partial, completed);
        QVERIFY2(checked >= 25, qPrintable(u"only %1 kills left a project to check"_s.arg(checked)));
        // Timing on a loaded machine moves the kills around; a handful inside the import is enough to matter.
        QVERIFY2(partial >= 5, "too few kills landed in the middle of the import; the kill points need adjusting");

        // The import run to its end completes the project: every file exactly once.
        QByteArray err;
        QCOMPARE(runScholion({u"import"_s, m_corpus, u"--quiet"_s}, &out, &err), 0);
        QCOMPARE(QString::fromUtf8(err), QString());
        const QString report = QString::fromUtf8(out);
        const QString counts =
            u"%1 supported files found: %2 added, 0 updated, %3 unchanged, 0 skipped, 0 missing.\n"_s.arg(total).arg(total - documents).arg(documents);
        QVERIFY2(report.contains(counts), qPrintable(report));
        Observed complete;
        checkProjectAndClose(u"killimport-final"_s, &complete);
        QCOMPARE(complete.documents, total);

        const QJsonObject info = infoJson();
        QCOMPARE(info.value(u"documents"_s).toInteger(), total);
        QCOMPARE(info.value(u"lastImport"_s).toObject().value(u"outcome"_s).toString(), u"completed"_s);

        // And once complete, nothing is imported twice.
        QCOMPARE(runScholion({u"import"_s, m_corpus, u"--quiet"_s}, &out), 0);
        QVERIFY2(QString::fromUtf8(out).contains(u"%1 supported files found: 0 added, 0 updated, %1 unchanged, 0 skipped, 0 missing.\n"_s.arg(total)),
            out.constData());
    }
};

QTEST_GUILESS_MAIN(KillImportTest)
#include "killimport_test.moc"
