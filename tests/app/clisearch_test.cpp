// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives `scholion search` through the real executable: output in TSV and JSONL with UTF-16
// and code-point offsets, regex and label searches, limits, and exit codes with messages.

#include "../models/testcorpus.h"
#include "clirun.h"

#include <models/annotation.h>
#include <models/annotationstore.h>
#include <models/projectdatabase.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
using Run = Scholion::Tests::CliRun;

// Code points before UTF-16 offset \a offset, counted independently of the program.
qint64 codePoints(const QString &text, qint64 offset)
{
    return text.left(offset).toUcs4().size();
}
} // namespace

class CliSearchTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_corpus;
    QString m_project;
    const QString m_emojiText = u"Korvath 🤝 Ferrand: the aid of $ 500 million 🇺🇦 arrived.\nCafé talks on aid\tcontinued; AID was welcome.\n"_s;

    Run scholion(const QStringList &arguments) { return Scholion::Tests::runScholion(arguments, m_environment, m_dir.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        m_environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
        m_corpus = m_dir.filePath(u"corpus"_s);
        // CRLF on disk: the canonical text (and the offsets) use \n.
        QByteArray crlf = m_emojiText.toUtf8();
        crlf.replace("\n", "\r\n");
        QVERIFY(writeFile(m_corpus, u"a-emoji.txt"_s, crlf));
        QVERIFY(writeFile(m_corpus, u"b-plain.txt"_s, "Plain text\n\nNothing to see here, only aide memoire and =SUM(1) cells.\n"));
        const Run import = scholion({u"import"_s, m_corpus});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        m_project = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        QVERIFY(QFile::exists(m_project));
    }

    void tsv()
    {
        const Run run = scholion({u"search"_s, m_corpus, u"aid"_s, u"--whole-words"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"document\tstart_utf16\tend_utf16\tstart_code_point\tend_code_point\tleft\thit\tright"_s);
        qsizetype from = 0;
        const QStringList hits = {u"aid"_s, u"aid"_s, u"AID"_s};
        for (int i = 0; i < 3; ++i) {
            const qsizetype start = m_emojiText.indexOf(hits.at(i), from, Qt::CaseSensitive);
            from = start + 3;
            const QStringList fields = lines.at(i + 1).split(u'\t');
            QCOMPARE(fields.size(), 8);
            QCOMPARE(fields.at(0), u"a-emoji.txt"_s);
            QCOMPARE(fields.at(1).toLongLong(), start);
            QCOMPARE(fields.at(2).toLongLong(), start + 3);
            QCOMPARE(fields.at(3).toLongLong(), codePoints(m_emojiText, start));
            QCOMPARE(fields.at(4).toLongLong(), codePoints(m_emojiText, start + 3));
            QCOMPARE(fields.at(6), hits.at(i));
        }
        QVERIFY(lines.at(1).toLongLong() != lines.at(1).split(u'\t').at(3).toLongLong()); // the emoji make the units differ
        QCOMPARE(lines.at(1).split(u'\t').at(5), u"Korvath 🤝 Ferrand: the "_s);
        QCOMPARE(lines.at(2).split(u'\t').at(7), u" continued; AID was welcome. "_s); // tab and line break shown as spaces

        // Without --whole-words a word also finds longer words that start with it.
        const Run starts = scholion({u"search"_s, m_project, u"aid"_s});
        QCOMPARE(starts.exitCode, 0);
        QCOMPARE(starts.out.count(u'\n'), 5);
        QVERIFY(starts.out.contains(u"b-plain.txt\t"_s));
        QVERIFY(starts.out.contains(u"\taide\t"_s));
    }

    void jsonl()
    {
        const Run run = scholion({u"search"_s, m_project, u"\"500 million\" OR cafe"_s, u"--format"_s, u"jsonl"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        const qsizetype start = m_emojiText.indexOf(u"500 million"_s);
        QCOMPARE(first.value(u"document"_s).toString(), u"a-emoji.txt"_s);
        QCOMPARE(first.value(u"start_utf16"_s).toInteger(), start);
        QCOMPARE(first.value(u"end_utf16"_s).toInteger(), start + 11);
        QCOMPARE(first.value(u"start_code_point"_s).toInteger(), codePoints(m_emojiText, start));
        QCOMPARE(first.value(u"hit"_s).toString(), u"500 million"_s);
        QCOMPARE(first.value(u"right"_s).toString(), u" 🇺🇦 arrived. Café talks on aid continued; AID was welcome."_s);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(second.value(u"hit"_s).toString(), u"Café"_s);
        QCOMPARE(second.value(u"left"_s).toString(), u"Korvath 🤝 Ferrand: the aid of $ 500 million 🇺🇦 arrived. "_s);
    }

    void regexAndLimit()
    {
        Run run = scholion({u"search"_s, m_project, u"\\$ \\d+ \\w+"_s, u"--regex"_s, u"--format"_s, u"jsonl"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.trimmed().toUtf8()).object().value(u"hit"_s).toString(), u"$ 500 million"_s);
        run = scholion({u"search"_s, m_project, u"a"_s, u"--regex"_s, u"--limit"_s, u"4"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 5);
        run = scholion({u"search"_s, m_project, u"(aid"_s, u"--regex"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"scholion: The regular expression is not valid at character 5: "_s), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void labels()
    {
        {
            ProjectDatabase db;
            QVERIFY(db.open(m_project));
            AnnotationStore store(&db);
            const std::optional<Label> quote = store.labelByPath(u"Quote"_s);
            QVERIFY(quote);
            Annotation a;
            a.documentId = 1;
            a.labelId = quote->id;
            a.start = m_emojiText.indexOf(u"the aid"_s);
            a.end = a.start + 7;
            QVERIFY(store.performAdd(a));
        }
        Run run = scholion({u"search"_s, m_project, u"--label"_s, u"Quote"_s, u"--format"_s, u"jsonl"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject hit = QJsonDocument::fromJson(run.out.trimmed().toUtf8()).object();
        QCOMPARE(hit.value(u"hit"_s).toString(), u"the aid"_s);
        QVERIFY(hit.value(u"annotation"_s).toInteger() > 0);
        run = scholion({u"search"_s, m_project, u"million"_s, u"--label"_s, u"Quote"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 1); // the header only: the quote does not say "million"
        run = scholion({u"search"_s, m_project, u"--label"_s, u"Nonsense"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"scholion: The project “%1” has no label “Nonsense”.\n"_s.arg(m_project));
    }

    void malformedAndWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced quote") << QStringList{u"\"aid package"_s} << 1 << u"scholion: The quotation mark at character 1 is not closed.\n"_s;
        QTest::newRow("dangling operator") << QStringList{u"aid OR"_s} << 1 << u"scholion: “OR” at character 5 needs a word or a phrase after it.\n"_s;
        QTest::newRow("empty") << QStringList{u""_s} << 1 << u"scholion: Type a word or a “phrase” to search for.\n"_s;
        QTest::newRow("no query") << QStringList{} << 2 << u"scholion: search needs a PROJECT and a QUERY.\nRun “scholion --help” for usage.\n"_s;
        QTest::newRow("bad limit") << QStringList{u"aid"_s, u"--limit"_s, u"0"_s} << 2
                                   << u"scholion: --limit needs a positive number, not “0”.\nRun “scholion --help” for usage.\n"_s;
        QTest::newRow("bad format") << QStringList{u"aid"_s, u"--format"_s, u"csv"_s} << 2
                                    << u"scholion: Unknown format “csv”; use tsv or jsonl.\nRun “scholion --help” for usage.\n"_s;
    }

    void malformedAndWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = scholion(QStringList{u"search"_s, m_project} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err, message);
        QCOMPARE(run.out, QString());
    }

    void missingProject()
    {
        const QString path = m_dir.filePath(u"nothing.sqlite"_s);
        const Run run = scholion({u"search"_s, path, u"aid"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"scholion: The project “%1” does not exist.\n"_s.arg(path));
    }

    void schemaOneProject()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(SCHOLION_TEST_DATA "/project-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const Run run = scholion({u"search"_s, path, u"Korvath"_s, u"--whole-words"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).section(u'\t', 1, 4), u"0\t7\t0\t7"_s);
        QCOMPARE(lines.at(1).section(u'\t', 6, 6), u"Korvath"_s);
    }
};

QTEST_GUILESS_MAIN(CliSearchTest)
#include "clisearch_test.moc"
