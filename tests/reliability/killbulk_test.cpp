// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bulk annotation survives `kill -9` whole or not at all: `scholion suggest PROJECT --accept`
// accepts every lens suggestion of the corpus in one transaction. The real executable is killed
// at 50 deterministic points of its run, each time on the project as it was before; after each
// kill the project is a sound SQLite database (integrity check, no row pointing nowhere) that
// holds either none of the accepted annotations or all of them, exactly those of a run that
// was left to finish, and all of them whenever the command had reported them accepted.

#include "../models/testcorpus.h"
#include "killharness.h"

#include <models/corpusimporter.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using namespace Scholion::Tests::Kill;

namespace
{
constexpr int kKills = 50;
constexpr int kDocuments = 160;
constexpr int kArticleBytes = 3000;
} // namespace

class KillBulkTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_corpus;
    QString m_project;
    QString m_pristine;
    QSet<QString> m_accepted; // every annotation a finished run makes: "document label start end"
    qint64 m_before = 0; // annotations before the run

    void restorePristine()
    {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u""_s}) {
            QFile::remove(m_project + suffix);
        }
        QVERIFY(QFile::copy(m_pristine, m_project));
        QVERIFY(QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner));
    }

    // Checks the project and returns its annotations as "document label start end".
    void readAnnotations(const QString &connection, QSet<QString> *annotations)
    {
        ProjectConnection db(m_project, connection);
        const QString problems = db.soundnessProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        for (const QVariantList &row : db.rows(u"SELECT document_id, label_id, start_utf16, end_utf16 FROM annotations"_s)) {
            annotations->insert(
                u"%1 %2 %3 %4"_s.arg(row.at(0).toLongLong()).arg(row.at(1).toLongLong()).arg(row.at(2).toLongLong()).arg(row.at(3).toLongLong()));
        }
        // The counts the document list shows follow the annotations.
        QCOMPARE(db.number(u"SELECT count(*) FROM documents d WHERE annotation_count <> (SELECT count(*) FROM annotations a WHERE a.document_id = d.id)"_s), 0);
    }

    QStringList acceptArguments() const { return {u"suggest"_s, m_corpus, u"--accept"_s}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SCHOLION_BINARY)).isExecutable(), SCHOLION_BINARY);
        m_environment = isolatedEnvironment(m_dir.filePath(u"home"_s));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"corpus"_s)));
        m_corpus = QFileInfo(m_dir.filePath(u"corpus"_s)).canonicalFilePath();
        m_project = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        m_pristine = m_dir.filePath(u"pristine.sqlite"_s);
        for (int i = 0; i < kDocuments; ++i) {
            QVERIFY(writeFile(m_corpus, u"part-%1/article-%2.txt"_s.arg(i / 40).arg(i, 4, 10, QChar(u'0')), generatedArticle(700 + i, kArticleBytes)));
        }
        ImportOptions options;
        options.corpusRoot = m_corpus;
        options.projectPath = m_project;
        CorpusImporter importer(options);
        QCOMPARE(importer.run().outcome, ImportReport::Outcome::Completed);
        QVERIFY(!QFileInfo::exists(m_project + u"-wal"_s) || QFileInfo(m_project + u"-wal"_s).size() == 0);
        QVERIFY(QFile::copy(m_project, m_pristine));
        QSet<QString> before;
        readAnnotations(u"killbulk-before"_s, &before);
        m_before = before.size();
    }

    void bulkAcceptIsWholeOrNothing()
    {
        // A run left to finish: what every kill is compared with, and how long a run takes.
        const ChildRun full = runChild(QStringLiteral(SCHOLION_BINARY), acceptArguments(), m_environment, -1);
        QVERIFY2(!full.killed && full.exitCode == 0, full.err.constData());
        const QRegularExpressionMatch counted =
            QRegularExpression(u"^Accepted (\\d+) suggestion(?:s|\\(s\\)) in one transaction\\.\n"_s).match(QString::fromUtf8(full.out));
        QVERIFY2(counted.hasMatch(), full.out.constData());
        const qint64 made = counted.captured(1).toLongLong();
        QVERIFY2(made > 1000, qPrintable(QString::number(made)));
        QSet<QString> after;
        readAnnotations(u"killbulk-full"_s, &after);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(after.size(), m_before + made);
        m_accepted = after;
        qInfo("a full run accepts %lld suggestions in %lld ms", made, full.elapsedMs);

        // Kill points over the whole run and well after it: the lens scan, the inserts, the commit.
        // A run may take several times the one measured (sanitizers, a backup, a loaded machine),
        // so the range reaches 3× it: some kills come after the commit, many before it.
        const QList<int> delays = killDelays(20261205, kKills, 1, int(double(full.elapsedMs) * 3));
        QElapsedTimer clock;
        clock.start();
        int none = 0;
        int all = 0;
        int finished = 0;
        for (int i = 0; i < kKills; ++i) {
            restorePristine();
            QVERIFY(!QTest::currentTestFailed());
            const ChildRun run = runChild(QStringLiteral(SCHOLION_BINARY), acceptArguments(), m_environment, delays.at(i));
            QVERIFY(run.started);
            if (!run.killed) {
                QVERIFY2(run.exitCode == 0, run.err.constData());
            }
            QSet<QString> actual;
            readAnnotations(u"killbulk-%1"_s.arg(i), &actual);
            if (QTest::currentTestFailed()) {
                qWarning("the project is broken after a kill at %d ms (iteration %d)", delays.at(i), i);
                return;
            }
            const bool reported = run.out.startsWith("Accepted ");
            if (actual.size() == m_before) {
                QVERIFY2(!reported, "the command reported suggestions accepted that are not in the project");
                ++none;
            } else {
                QVERIFY2(actual == m_accepted,
                    qPrintable(u"kill at %1 ms: %2 annotations, neither %3 (none accepted) nor %4 (all)"_s.arg(delays.at(i))
                            .arg(actual.size())
                            .arg(m_before)
                            .arg(m_accepted.size())));
                ++all;
            }
            finished += run.killed ? 0 : 1;
        }
        qInfo("%d kills: %d left none, %d all (%d runs had ended), in %lld ms", kKills, none, all, finished, clock.elapsed());
        QVERIFY2(none >= 3 && all >= 1, "the kill points missed the transaction; they need adjusting");
    }
};

QTEST_GUILESS_MAIN(KillBulkTest)
#include "killbulk_test.moc"
