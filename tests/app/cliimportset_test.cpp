// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives `scholion import PATH --format F [--project FILE]` through the real executable:
// counts on standard output, file:line messages and exit codes on failure, and the corpus
// import that `import` without --format still is.

#include "../models/testcorpus.h"
#include "clirun.h"

#include <models/projectdatabase.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Tests;

namespace
{

using Run = Scholion::Tests::CliRun;

const QByteArray BratText = "Olena Kovalenko said “we received €2.5 million” 🇺🇦.\n";
const QByteArray BratAnn = "T1\tPerson 0 15\tOlena Kovalenko\nT2\tQuote 22 46\twe received €2.5 million\nR1\tsaid_by Arg1:T2 Arg2:T1\n";

qint64 count(const QString &projectPath, const QString &sql)
{
    Scholion::Models::ProjectDatabase db;
    if (!db.open(projectPath)) {
        return -1;
    }
    QSqlQuery query(db.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class CliImportSetTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;

    Run scholion(const QStringList &arguments) { return Scholion::Tests::runScholion(arguments, m_environment, m_home.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SCHOLION_BINARY)).isExecutable(), SCHOLION_BINARY);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"HOME"_s, m_home.path());
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        m_environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
        m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    }

    void bratFolderBecomesItsOwnCorpus()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(u"set"_s);
        QVERIFY(writeFile(set, u"article.txt"_s, BratText));
        QVERIFY(writeFile(set, u"article.ann"_s, BratAnn));
        const Run run = scholion({u"import"_s, set, u"--format"_s, u"brat"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Documents:      1 new, 0 matched\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Spans:          2\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Relations:      1\n"_s), qPrintable(run.out));
        const QString project = QDir(set).filePath(u".scholion/project.sqlite"_s);
        QCOMPARE(count(project, u"SELECT count(*) FROM annotations"_s), 2);
        QCOMPARE(count(project, u"SELECT count(*) FROM documents WHERE source_path = 'article.txt'"_s), 1);

        // The corpus import of the same folder finds the document unchanged.
        const Run corpus = scholion({u"import"_s, set});
        QCOMPARE(corpus.exitCode, 0);
        QVERIFY2(corpus.out.contains(u"0 added, 0 updated, 1 unchanged"_s), qPrintable(corpus.out));
        QCOMPARE(count(project, u"SELECT count(*) FROM documents"_s), 1);
        QCOMPARE(count(project, u"SELECT count(*) FROM annotations"_s), 2);
    }

    void intoAnExistingProject()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"corpus/article.txt"_s, BratText));
        const Run corpus = scholion({u"import"_s, dir.filePath(u"corpus"_s)});
        QCOMPARE(corpus.exitCode, 0);
        QVERIFY(writeFile(dir.path(),
            u"set.jsonl"_s,
            "{\"text\": \"Olena Kovalenko said \\u201cwe received \\u20ac2.5 million\\u201d \\ud83c\\uddfa\\ud83c\\udde6.\\n\", \"label\": [[0, 15, "
            "\"Person\"], [48, 52, \"Flag\"]]}\n"));
        const Run run = scholion({u"import"_s, dir.filePath(u"set.jsonl"_s), u"--format"_s, u"doccano"_s, u"--project"_s, dir.filePath(u"corpus"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Documents:      0 new, 1 matched\n"_s), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"Spans:          2\n"_s), qPrintable(run.out));
        const QString project = dir.filePath(u"corpus/.scholion/project.sqlite"_s);
        QCOMPARE(count(project, u"SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.quote = '🇺🇦' AND l.name = 'Flag'"_s), 1);
    }

    void malformedSetNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(u"set"_s);
        QVERIFY(writeFile(set, u"article.txt"_s, BratText));
        QVERIFY(writeFile(set, u"article.ann"_s, BratAnn + "R2\tsaid_by Arg1:T2 Arg2:T7\n"));
        const Run run = scholion({u"import"_s, set, u"--format"_s, u"brat"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"scholion: "_s + QDir(set).filePath(u"article.ann:4: "_s)), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"T7"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(QDir(set).filePath(u".scholion"_s)));
    }

    void wrongCommandLines()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"set.jsonl"_s, "{\"text\": \"x\", \"label\": []}\n"));
        const Run unknown = scholion({u"import"_s, dir.filePath(u"set.jsonl"_s), u"--format"_s, u"xlsx"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"xlsx"_s), qPrintable(unknown.err));
        const Run missing = scholion({u"import"_s, dir.filePath(u"absent.jsonl"_s), u"--format"_s, u"jsonl"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"absent.jsonl"_s), qPrintable(missing.err));
        const Run noProject =
            scholion({u"import"_s, dir.filePath(u"set.jsonl"_s), u"--format"_s, u"doccano"_s, u"--project"_s, dir.filePath(u"none.sqlite"_s)});
        QCOMPARE(noProject.exitCode, 1);
        QVERIFY2(noProject.err.contains(u"none.sqlite"_s), qPrintable(noProject.err));
        const Run help = scholion({u"--help"_s});
        QVERIFY(help.out.contains(u"--format brat|jsonl|doccano|qdpx|conll"_s));
    }

    void peerTutorialThroughTheCli()
    {
        const QString source = QStringLiteral(SCHOLION_SHARED_DIR "/interop/samples/brat/tutorials/news");
        if (!QFileInfo(source).isDir()) {
            QSKIP("../shared/interop/samples is absent: the brat tutorial cannot be imported here.");
        }
        QTemporaryDir dir;
        QVERIFY(copyTree(source, dir.filePath(u"news"_s)));
        const Run run = scholion({u"import"_s, dir.filePath(u"news"_s), u"--format"_s, u"brat"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Documents:      13 new, 0 matched\nSpans:          119\nRelations:      63\nAttributes:     11\nNotes:          4\n"_s),
            qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(CliImportSetTest)
#include "cliimportset_test.moc"
