// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"
#include "clirun.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

class CliExportTest : public QObject
{
    Q_OBJECT

private:
    using Run = Scholion::Tests::CliRun;

    Run scholion(const QStringList &arguments) { return Scholion::Tests::runScholion(arguments, m_environment); }

    QString out(const QString &name) const { return m_dir.filePath(u"out/"_s + name); }

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
        m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const QString corpus = m_dir.filePath(u"corpus"_s);
        QVERIFY(writeFile(corpus, u"a.txt"_s, "Korvath met \xf0\x9f\x87\xba\xf0\x9f\x87\xa6 Ferrand.\r\n"));
        QVERIFY(writeFile(corpus, u"sub/b.txt"_s, "Ferrand called Korvath.\n"));
        m_project = m_dir.filePath(u"p.sqlite"_s);
        {
            CorpusImporter importer({corpus, m_project});
            QCOMPARE(importer.run().outcome, ImportReport::Outcome::Completed);
        }
        Project project;
        QVERIFY(project.open(m_project));
        const qint64 a = project.documentIdForPath(u"a.txt"_s).value();
        const QString text = project.documentText(a);
        Annotation span;
        span.documentId = a;
        span.labelId = project.annotations()->labelByPath(u"Actor › Person"_s)->id;
        span.start = text.indexOf(u"Ferrand"_s);
        span.end = span.start + 7;
        span.quote = u"Ferrand"_s;
        QVERIFY(project.annotations()->performAdd(span));
        QVERIFY(project.annotations()->performSetDocumentStatus(a, DocumentStatus::Done));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
    }

    void exportsJsonl()
    {
        const Run run = scholion({u"export"_s, m_project, u"--format"_s, u"jsonl"_s, u"--out"_s, out(u"all.jsonl"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(out(u"all.jsonl"_s)), qPrintable(run.out));
        QVERIFY(run.out.contains(u"2 documents, 1 annotations"_s));
        QCOMPARE(run.err, QString()); // no progress line when stderr is not a terminal
        const QList<QByteArray> lines = readFile(out(u"all.jsonl"_s)).split('\n');
        QCOMPARE(lines.size(), 4); // header, two documents, final newline
        const QJsonObject a = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(a.value(u"path"_s).toString(), u"a.txt"_s);
        // The flag is 2 code points, 4 UTF-16 units: "Ferrand" starts at code point 15 (UTF-16: 17).
        QCOMPARE(a.value(u"spans"_s).toArray().at(0).toObject().value(u"start"_s).toInt(), 15);
    }

    void subsets()
    {
        Run run = scholion({u"export"_s, m_project, u"--format"_s, u"brat"_s, u"--out"_s, out(u"done"_s), u"--status"_s, u"done"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo::exists(out(u"done/a.ann"_s)));
        QVERIFY(!QFileInfo::exists(out(u"done/sub/b.ann"_s)));
        run = scholion(
            {u"export"_s, m_project, u"--format"_s, u"doccano"_s, u"--out"_s, out(u"sub.jsonl"_s), u"--documents"_s, u"sub/*"_s, u"--labels"_s, u"Actor"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readFile(out(u"sub.jsonl"_s)).count('\n'), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("mustNotExist");
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"docx"_s, u"--out"_s, u"x.docx"_s} << 2 << u"docx"_s << QString();
        QTest::newRow("no out") << QStringList{u"--format"_s, u"jsonl"_s} << 2 << u"--out PATH"_s << QString();
        QTest::newRow("bad status") << QStringList{u"--format"_s, u"jsonl"_s, u"--out"_s, u"s.jsonl"_s, u"--status"_s, u"finished"_s} << 2 << u"finished"_s
                                    << u"s.jsonl"_s;
        QTest::newRow("unknown label") << QStringList{u"--format"_s, u"jsonl"_s, u"--out"_s, u"l.jsonl"_s, u"--labels"_s, u"Weather"_s} << 1 << u"Weather"_s
                                       << u"l.jsonl"_s;
        QTest::newRow("missing folder") << QStringList{u"--format"_s, u"jsonl"_s, u"--out"_s, u"nowhere/x.jsonl"_s} << 1 << u"nowhere"_s << QString();
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, mustNotExist);
        QStringList full{u"export"_s, m_project};
        for (const QString &argument : arguments) {
            full += argument.endsWith(u".jsonl"_s) || argument.endsWith(u".docx"_s) ? out(argument) : argument;
        }
        const Run run = scholion(full);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (!mustNotExist.isEmpty()) {
            QVERIFY(!QFileInfo::exists(out(mustNotExist)));
        }
    }

    void missingProject()
    {
        const Run run = scholion({u"export"_s, m_dir.filePath(u"none.sqlite"_s), u"--format"_s, u"jsonl"_s, u"--out"_s, out(u"n.jsonl"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"none.sqlite"_s), qPrintable(run.err));
    }

    void refusesOccupiedFolder()
    {
        QVERIFY(writeFile(out(u"busy"_s), u"mine.txt"_s, "x"));
        const Run run = scholion({u"export"_s, m_project, u"--format"_s, u"csv"_s, u"--out"_s, out(u"busy"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out(u"busy"_s)), qPrintable(run.err));
        QCOMPARE(QDir(out(u"busy"_s)).entryList(QDir::Files), QStringList{u"mine.txt"_s});
    }

    void helpMentionsExport()
    {
        const Run run = scholion({u"--help"_s});
        QVERIFY(run.out.contains(u"scholion export PROJECT --format F --out PATH"_s));
    }
};

QTEST_GUILESS_MAIN(CliExportTest)
#include "cliexport_test.moc"
