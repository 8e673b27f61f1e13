// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives `scholion suggest` through the real executable: TSV and JSONL with UTF-16 and
// code-point offsets of a CRLF file with emoji, lens and document selection, rejected
// suggestions left out, and exit codes with messages.

#include "../models/testcorpus.h"
#include "clirun.h"

#include <models/annotationstore.h>
#include <models/projectdatabase.h>
#include <models/suggestionengine.h>
#include <models/suggestionstore.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
using Run = Scholion::Tests::CliRun;

qint64 codePoints(const QString &text, qint64 offset)
{
    return text.left(offset).toUcs4().size();
}
} // namespace

class CliSuggestTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_corpus;
    QString m_project;
    const QString m_emojiText = u"🇺🇦 Korvath said: “We will give €1.2bn, 👩‍⚕️ too,” on March 18.\nNothing else.\n"_s;
    const QString m_plainText = u"Donors pledged 800 million dollars on 2026-03-02.\n"_s;

    Run scholion(const QStringList &arguments) { return Scholion::Tests::runScholion(arguments, m_environment, m_dir.path()); }

    // "document start end startCp endCp text lens label amount currency entity", offsets checked against the text.
    QString expectedRow(const QString &document, const QString &text, const QString &hit, const QString &rest)
    {
        const qsizetype start = text.indexOf(hit);
        const qsizetype end = start + hit.size();
        return QStringList{document,
                   QString::number(start),
                   QString::number(end),
                   QString::number(codePoints(text, start)),
                   QString::number(codePoints(text, end)),
                   hit}
                   .join(u'\t') +
            u'\t' + rest;
    }

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
        QByteArray crlf = m_emojiText.toUtf8();
        crlf.replace("\n", "\r\n");
        QVERIFY(writeFile(m_corpus, u"a-emoji.txt"_s, crlf));
        QVERIFY(writeFile(m_corpus, u"b-plain.txt"_s, m_plainText.toUtf8()));
        const Run import = scholion({u"import"_s, m_corpus});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        m_project = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        ProjectDatabase db;
        QVERIFY(db.open(m_project));
        AnnotationStore store(&db);
        QVERIFY(store.performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}));
    }

    void tsv()
    {
        const Run run = scholion({u"suggest"_s, m_corpus});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines,
            (QStringList{u"document\tstart_utf16\tend_utf16\tstart_code_point\tend_code_point\ttext\tlens\tlabel\tamount\tcurrency\tentity"_s,
                expectedRow(u"a-emoji.txt"_s, m_emojiText, u"Korvath"_s, u"actors\tActor › Person\t\t\tAnselm Korvath"_s),
                expectedRow(u"a-emoji.txt"_s, m_emojiText, u"We will give €1.2bn, 👩‍⚕️ too"_s, u"quotes\tQuote\t\t\t"_s),
                expectedRow(u"a-emoji.txt"_s, m_emojiText, u"€1.2bn"_s, u"money\tAid figure\t1200000000\tEUR\t"_s),
                expectedRow(u"a-emoji.txt"_s, m_emojiText, u"March 18"_s, u"dates\tDate\t\t\t"_s),
                expectedRow(u"b-plain.txt"_s, m_plainText, u"800 million dollars"_s, u"money\tAid figure\t800000000\tUSD\t"_s),
                expectedRow(u"b-plain.txt"_s, m_plainText, u"2026-03-02"_s, u"dates\tDate\t\t\t"_s)}));
        // The emoji before the quote make UTF-16 and code-point offsets differ.
        QVERIFY(lines.at(2).split(u'\t').at(1) != lines.at(2).split(u'\t').at(3));
    }

    void jsonlWithLensAndDocument()
    {
        const Run run = scholion({u"suggest"_s, m_project, u"--lens"_s, u"Money"_s, u"--format"_s, u"jsonl"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value(u"document"_s).toString(), u"a-emoji.txt"_s);
        QCOMPARE(first.value(u"text"_s).toString(), u"€1.2bn"_s);
        QCOMPARE(first.value(u"start_utf16"_s).toInteger(), m_emojiText.indexOf(u"€1.2bn"_s));
        QCOMPARE(first.value(u"start_code_point"_s).toInteger(), codePoints(m_emojiText, m_emojiText.indexOf(u"€1.2bn"_s)));
        QCOMPARE(first.value(u"label"_s).toString(), u"Aid figure"_s);
        QCOMPARE(first.value(u"amount"_s).toString(), u"1200000000"_s);
        QCOMPARE(first.value(u"currency"_s).toString(), u"EUR"_s);

        const Run two = scholion({u"suggest"_s, m_project, u"--lens"_s, u"dates"_s, u"--lens"_s, u"actors"_s, u"--document"_s, u"a-emoji.txt"_s});
        QCOMPARE(two.exitCode, 0);
        const QStringList rows = two.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).split(u'\t').at(5), u"Korvath"_s);
        QCOMPARE(rows.at(2).split(u'\t').at(5), u"March 18"_s);
    }

    void rejectedAreLeftOut()
    {
        SuggestionStore store(m_project);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        ProjectDatabase db;
        QVERIFY(db.open(m_project));
        AnnotationStore annotations(&db);
        Suggestion date;
        const Run before = scholion({u"suggest"_s, m_project, u"--document"_s, u"b-plain.txt"_s, u"--lens"_s, u"dates"_s, u"--format"_s, u"jsonl"_s});
        const QJsonObject row = QJsonDocument::fromJson(before.out.split(u'\n').at(0).toUtf8()).object();
        QCOMPARE(row.value(u"text"_s).toString(), u"2026-03-02"_s);
        date.start = row.value(u"start_utf16"_s).toInteger();
        date.end = row.value(u"end_utf16"_s).toInteger();
        date.text = u"2026-03-02"_s;
        date.labelId = annotations.labelByPath(u"Date"_s)->id;
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT id FROM documents WHERE source_path = 'b-plain.txt'"_s) && query.next());
        date.documentId = query.value(0).toLongLong();
        QVERIFY(store.reject(date));
        const Run after = scholion({u"suggest"_s, m_project, u"--document"_s, u"b-plain.txt"_s, u"--lens"_s, u"dates"_s});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out.split(u'\n', Qt::SkipEmptyParts).size(), 1); // the header only
        QVERIFY(store.unreject(date));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << QStringList{u"suggest"_s} << 2 << u"suggest needs exactly one PROJECT."_s;
        QTest::newRow("bad format") << QStringList{u"suggest"_s, u"corpus"_s, u"--format"_s, u"xml"_s} << 2 << u"Unknown format “xml”"_s;
        QTest::newRow("bad lens") << QStringList{u"suggest"_s, u"corpus"_s, u"--lens"_s, u"nope"_s} << 2
                                  << u"Unknown lens “nope”; use one of quotes, money, dates, handles, actors."_s;
        QTest::newRow("missing project") << QStringList{u"suggest"_s, u"missing.sqlite"_s} << 1 << u"The project “missing.sqlite” does not exist."_s;
        QTest::newRow("missing document") << QStringList{u"suggest"_s, u"corpus"_s, u"--document"_s, u"c.txt"_s} << 1
                                          << u"The project has no document “c.txt”."_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = scholion(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // Last: it changes the project.
    void acceptInOneTransaction()
    {
        const Run run = scholion({u"suggest"_s, m_corpus, u"--accept"_s, u"--lens"_s, u"money"_s, u"--lens"_s, u"quotes"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"Accepted 3 suggestions in one transaction.\nAid figure\t2\nQuote\t1\n"_s);
        ProjectDatabase db;
        QVERIFY(db.open(m_project));
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT d.source_path, a.start_utf16, a.end_utf16, a.quote, a.prefix <> '' OR a.start_utf16 = 0, "
                           "(SELECT group_concat(value, ',') FROM (SELECT value FROM annotation_attributes WHERE annotation_id = a.id ORDER BY value)) "
                           "FROM annotations a JOIN documents d ON d.id = a.document_id ORDER BY d.source_path, a.start_utf16"_s));
        QStringList rows;
        while (query.next()) {
            rows << u"%1 %2-%3 «%4» %5 [%6]"_s.arg(query.value(0).toString(),
                query.value(1).toString(),
                query.value(2).toString(),
                query.value(3).toString(),
                query.value(4).toString(),
                query.value(5).toString());
        }
        const qsizetype quote = m_emojiText.indexOf(u"We will"_s);
        const qsizetype euro = m_emojiText.indexOf(u"€"_s);
        const qsizetype dollars = m_plainText.indexOf(u"800"_s);
        QCOMPARE(rows,
            (QStringList{u"a-emoji.txt %1-%2 «We will give €1.2bn, 👩‍⚕️ too» 1 []"_s.arg(quote).arg(quote + 30),
                u"a-emoji.txt %1-%2 «€1.2bn» 1 [1200000000,EUR]"_s.arg(euro).arg(euro + 6),
                u"b-plain.txt %1-%2 «800 million dollars» 1 [800000000,USD]"_s.arg(dollars).arg(dollars + 19)}));
        // Accepted suggestions are not offered again.
        const Run again = scholion({u"suggest"_s, m_corpus, u"--lens"_s, u"money"_s});
        QCOMPARE(again.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
    }
};

QTEST_GUILESS_MAIN(CliSuggestTest)
#include "clisuggest_test.moc"
