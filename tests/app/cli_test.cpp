// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the real `scholion` executable through its command line (import, info, dump,
// --help, --version) and checks exact output and exit codes.

#include "../models/testcorpus.h"

#include <models/projectdatabase.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

#include <array>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Tests;

namespace
{

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// windows-1252 0x80..0x9F (the undefined bytes keep their C1 code point, as WHATWG does);
// every other byte is its Latin-1 code point. Kept here so the test does not check the
// decoder with itself.
constexpr std::array<char16_t, 32> kCp1252High = {
    u'\u20AC',
    u'\u0081',
    u'\u201A',
    u'\u0192',
    u'\u201E',
    u'\u2026',
    u'\u2020',
    u'\u2021',
    u'\u02C6',
    u'\u2030',
    u'\u0160',
    u'\u2039',
    u'\u0152',
    u'\u008D',
    u'\u017D',
    u'\u008F',
    u'\u0090',
    u'\u2018',
    u'\u2019',
    u'\u201C',
    u'\u201D',
    u'\u2022',
    u'\u2013',
    u'\u2014',
    u'\u02DC',
    u'\u2122',
    u'\u0161',
    u'\u203A',
    u'\u0153',
    u'\u009D',
    u'\u017E',
    u'\u0178',
};

QString decodeCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        text += QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

QByteArray crlfToLf(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

// The lines of a report after its blank line: one per issue.
QStringList issueLines(const QString &report)
{
    const qsizetype blank = report.indexOf(u"\n\n"_s);
    if (blank < 0) {
        return {};
    }
    return report.mid(blank + 2).split(u'\n', Qt::SkipEmptyParts);
}

// The report line with the counts, e.g. "8 supported files found: 8 added, …".
QString countLine(const QString &report)
{
    const QStringList lines = report.split(u'\n');
    for (const QString &line : lines) {
        if (line.contains(u" found: "_s)) {
            return line;
        }
    }
    return {};
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;

    Run scholion(const QStringList &arguments, int timeoutMs = 60000) { return scholion(arguments, m_environment, timeoutMs); }

    Run scholion(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 60000)
    {
        Run result;
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_home.path());
        process.start(QStringLiteral(SCHOLION_BINARY), arguments);
        if (!process.waitForStarted(10000)) {
            qWarning("cannot start %s: %s", SCHOLION_BINARY, qPrintable(process.errorString()));
            return result;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            qWarning("scholion %s did not finish in time", qPrintable(arguments.join(u' ')));
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitCode();
        result.exitStatus = process.exitStatus();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // A copy of the bundled sample corpus in \a dir; returns its canonical path.
    static QString copySample(const QTemporaryDir &dir)
    {
        const QString corpus = dir.filePath(u"corpus"_s);
        if (!copyTree(sampleCorpusSource(), corpus)) {
            return {};
        }
        return QFileInfo(corpus).canonicalFilePath();
    }

    static QString projectOf(const QString &corpus) { return QDir(corpus).filePath(u".scholion/project.sqlite"_s); }

    static QString expectedInfo(const QString &project, const QString &corpus, int documents, int missing, const QString &lastImport)
    {
        return u"Project:        %1\n"
               "Corpus folder:  %2\n"
               "Schema version: %6\n"
               "Documents:      %3 (%4 missing)\n"
               "Annotations:    0\n"
               "Labels:         14\n" // the default "News & diplomacy" schema
               "Entities:       0\n"
               "Relations:      0\n"
               "Last import:    %5\n"_s.arg(project, corpus)
                   .arg(documents)
                   .arg(missing)
                   .arg(lastImport)
                   .arg(Scholion::Models::ProjectDatabase::latestSchemaVersion());
    }

    // The source paths stored in a project, read with a connection of the test's own.
    static QStringList storedPaths(const QString &projectPath)
    {
        QStringList paths;
        const QString connection = u"cli_test-%1"_s.arg(quintptr(&paths));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(projectPath);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT source_path FROM documents ORDER BY source_path"_s)) {
                    while (query.next()) {
                        paths << query.value(0).toString();
                    }
                } else {
                    qWarning("%s", qPrintable(query.lastError().text()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SCHOLION_BINARY)).isExecutable(), SCHOLION_BINARY);
        QVERIFY(QFileInfo(sampleCorpusSource()).isDir());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"HOME"_s, m_home.path());
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        m_environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Untranslated messages, and UTF-8 arguments whatever the host's locale.
        m_environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
        m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        m_environment.remove(u"LANGUAGE"_s);
    }

    void help()
    {
        for (const QString &option : {u"--help"_s, u"-h"_s}) {
            const Run run = scholion({option});
            QCOMPARE(run.exitStatus, QProcess::NormalExit);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.errText(), QString());
            const QString out = run.outText();
            QVERIFY2(out.startsWith(u"Usage: scholion [options] [FOLDER | PROJECT]\n"_s), qPrintable(out));
            QVERIFY(out.contains(u"       scholion import FOLDER [--project FILE]\n"_s));
            QVERIFY(out.contains(u"       scholion info PROJECT [--json]\n"_s));
            QVERIFY(out.contains(u"       scholion dump PROJECT --document PATH\n"_s));
            QVERIFY(out.contains(u"\n  import FOLDER "_s));
            QVERIFY(out.contains(u"\n  info PROJECT "_s));
            QVERIFY(out.contains(u"\n  dump PROJECT "_s));
            QVERIFY(out.contains(u"Exit codes: 0 success, 1 unusable folder, project or document, 2 wrong command line.\n"_s));
        }
    }

    void translatedMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("missingFolder");
        QTest::newRow("German") << u"de_DE.UTF-8"_s << u"Aufruf: scholion"_s << u"existiert nicht"_s;
        QTest::newRow("Ukrainian") << u"uk"_s << u"Користування: scholion"_s << u"не існує"_s;
    }

    // The translations are embedded and follow SCHOLION_LANG (or the system locale).
    void translatedMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, usage);
        QFETCH(QString, missingFolder);
        QProcessEnvironment environment = m_environment;
        environment.insert(u"SCHOLION_LANG"_s, language);
        const Run help = scholion({u"--help"_s}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.outText().startsWith(usage), qPrintable(help.outText()));
        QVERIFY(!help.outText().startsWith(u"Usage:"_s));
        const Run missing = scholion({u"import"_s, u"/does/not/exist"_s}, environment);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.errText().contains(missingFolder), qPrintable(missing.errText()));
        QVERIFY(missing.errText().contains(u"/does/not/exist"_s));
    }

    void version()
    {
        for (const QString &option : {u"--version"_s, u"-v"_s}) {
            const Run run = scholion({option});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.outText(), u"scholion 0.1.0\n"_s);
            QCOMPARE(run.errText(), QString());
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString sample = sampleCorpusSource();
        QTest::newRow("import unknown option") << QStringList{u"import"_s, u"--bogus"_s, sample} << u"Unknown option 'bogus'."_s;
        QTest::newRow("import without folder") << QStringList{u"import"_s} << u"import needs exactly one FOLDER."_s;
        QTest::newRow("import two folders") << QStringList{u"import"_s, sample, sample} << u"import needs exactly one FOLDER."_s;
        QTest::newRow("import --project without value") << QStringList{u"import"_s, sample, u"--project"_s} << u"Missing value after '--project'."_s;
        QTest::newRow("info without project") << QStringList{u"info"_s} << u"info needs exactly one PROJECT."_s;
        QTest::newRow("info unknown option") << QStringList{u"info"_s, u"--xml"_s, sample} << u"Unknown option 'xml'."_s;
        QTest::newRow("dump without --document") << QStringList{u"dump"_s, sample} << u"dump needs a PROJECT and --document PATH."_s;
        QTest::newRow("dump without project") << QStringList{u"dump"_s, u"--document"_s, u"a.txt"_s} << u"dump needs a PROJECT and --document PATH."_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = scholion(arguments);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.outText(), QString());
        QCOMPARE(run.errText(), u"scholion: "_s + message + u"\nRun “scholion --help” for usage.\n"_s);
        // A wrong command line never touches the corpus folder.
        QVERIFY(!QFileInfo::exists(QDir(sampleCorpusSource()).filePath(u".scholion"_s)));
    }

    void importMissingFolder()
    {
        const Run run = scholion({u"import"_s, u"/does/not/exist"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outText(), QString());
        QCOMPARE(run.errText(), u"scholion: The folder “/does/not/exist” does not exist.\n"_s);
    }

    void importFileNotFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.path(), u"article.txt"_s, "Just one article.\n"));
        const QString file = dir.filePath(u"article.txt"_s);
        const Run run = scholion({u"import"_s, file});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outText(), QString());
        QCOMPARE(run.errText(), u"scholion: “%1” is not a folder.\n"_s.arg(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"article.txt"_s});
    }

    void importSampleCorpus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = copySample(dir);
        QVERIFY(!corpus.isEmpty());
        const QString project = projectOf(corpus);

        // First import: everything is new.
        Run run = scholion({u"import"_s, corpus});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString()); // no progress on a pipe, no warnings
        QString out = run.outText();
        QVERIFY2(out.startsWith(u"Import of %1 completed.\nProject: %2\nStarted "_s.arg(corpus, project)), qPrintable(out));
        QCOMPARE(countLine(out), u"8 supported files found: 8 added, 0 updated, 0 unchanged, 0 skipped, 0 missing."_s);
        QVERIFY(!out.contains(u"ignored"_s));
        QCOMPARE(issueLines(out),
            QStringList{u"Encoding guessed\t04-regional-statement.txt\tNot valid UTF-8; read as windows-1252 (a guess). Check its special characters."_s});
        QVERIFY(QFileInfo(project).isFile());
        QVERIFY(QFileInfo(QDir(corpus).filePath(u".scholion/import.log"_s)).isFile());
        QCOMPARE(storedPaths(project),
            (QStringList{u"01-leaders-call.txt"_s,
                u"02-aid-package.txt"_s,
                u"03-summit-transcript.txt"_s,
                u"04-regional-statement.txt"_s,
                u"05-ministry-briefing.html"_s,
                u"06-analysis.md"_s,
                u"07-ukraine-reconstruction.txt"_s,
                u"regional/08-border-talks.txt"_s}));

        // info by folder and by project file.
        const QString firstImport = u"completed, 8 added, 0 updated, 0 unchanged, 0 skipped, 0 missing"_s;
        run = scholion({u"info"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString());
        QCOMPARE(run.outText(), expectedInfo(project, corpus, 8, 0, firstImport));
        run = scholion({u"info"_s, project});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString());
        QCOMPARE(run.outText(), expectedInfo(project, corpus, 8, 0, firstImport));

        // info --json (the option before or after the project).
        for (const QStringList &arguments : {QStringList{u"info"_s, u"--json"_s, corpus}, QStringList{u"info"_s, project, u"--json"_s}}) {
            run = scholion(arguments);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.errText(), QString());
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QVERIFY(json.isObject());
            const QJsonObject object = json.object();
            QCOMPARE(object.value(u"documents"_s).toInteger(), 8);
            QCOMPARE(object.value(u"missingDocuments"_s).toInteger(), 0);
            QCOMPARE(object.value(u"schemaVersion"_s).toInteger(), Scholion::Models::ProjectDatabase::latestSchemaVersion());
            QCOMPARE(object.value(u"annotations"_s).toInteger(), 0);
            QCOMPARE(object.value(u"project"_s).toString(), project);
            QCOMPARE(object.value(u"corpusRoot"_s).toString(), corpus);
            const QJsonObject last = object.value(u"lastImport"_s).toObject();
            QCOMPARE(last.value(u"outcome"_s).toString(), u"completed"_s);
            QCOMPARE(last.value(u"added"_s).toInteger(), 8);
            QCOMPARE(last.value(u"filesFound"_s).toInteger(), 8);
            const QJsonArray issues = last.value(u"issues"_s).toArray();
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.at(0).toObject().value(u"kind"_s).toString(), u"encoding-guessed"_s);
            QCOMPARE(issues.at(0).toObject().value(u"path"_s).toString(), u"04-regional-statement.txt"_s);
        }

        // Re-import with nothing changed.
        run = scholion({u"import"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString());
        out = run.outText();
        QCOMPARE(countLine(out), u"8 supported files found: 0 added, 0 updated, 8 unchanged, 0 skipped, 0 missing."_s);
        QCOMPARE(issueLines(out), QStringList());

        // One file rewritten with different content.
        const QByteArray changed = readFile(QDir(corpus).filePath(u"01-leaders-call.txt"_s)) + "\nA correction was appended on March 19.\n";
        QVERIFY(writeFile(corpus, u"01-leaders-call.txt"_s, changed));
        run = scholion({u"import"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString());
        out = run.outText();
        QCOMPARE(countLine(out), u"8 supported files found: 0 added, 1 updated, 7 unchanged, 0 skipped, 0 missing."_s);
        QCOMPARE(issueLines(out), QStringList());
        run = scholion({u"dump"_s, project, u"--document"_s, u"01-leaders-call.txt"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, changed);

        // One file deleted: marked missing, its document kept.
        const QByteArray aid = readFile(QDir(corpus).filePath(u"02-aid-package.txt"_s));
        QVERIFY(QFile::remove(QDir(corpus).filePath(u"02-aid-package.txt"_s)));
        run = scholion({u"import"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString());
        out = run.outText();
        QCOMPARE(countLine(out), u"7 supported files found: 0 added, 0 updated, 7 unchanged, 0 skipped, 1 missing."_s);
        QCOMPARE(issueLines(out),
            QStringList{u"Missing\t02-aid-package.txt\tThe file is no longer in the corpus folder; its document and annotations are kept."_s});
        run = scholion({u"info"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), expectedInfo(project, corpus, 8, 1, u"completed, 0 added, 0 updated, 7 unchanged, 0 skipped, 1 missing"_s));
        run = scholion({u"dump"_s, corpus, u"--document"_s, u"02-aid-package.txt"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, aid); // the text of a missing file stays readable

        // The file comes back unchanged: no longer missing, nothing re-imported.
        QVERIFY(writeFile(corpus, u"02-aid-package.txt"_s, aid));
        run = scholion({u"import"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(countLine(run.outText()), u"8 supported files found: 0 added, 0 updated, 8 unchanged, 0 skipped, 0 missing."_s);
        run = scholion({u"info"_s, corpus});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"\nDocuments:      8 (0 missing)\n"_s), qPrintable(run.outText()));
    }

    void importWithProjectOption()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = copySample(dir);
        QVERIFY(!corpus.isEmpty());
        const QString other = dir.filePath(u"elsewhere/OTHER.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(other).absolutePath()));

        Run run = scholion({u"import"_s, u"--project"_s, other, corpus});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errText(), QString());
        QVERIFY2(run.outText().startsWith(u"Import of %1 completed.\nProject: %2\n"_s.arg(corpus, other)), qPrintable(run.outText()));
        QCOMPARE(countLine(run.outText()), u"8 supported files found: 8 added, 0 updated, 0 unchanged, 0 skipped, 0 missing."_s);
        QVERIFY(QFileInfo(other).isFile());
        QVERIFY(QFileInfo(QDir(QFileInfo(other).absolutePath()).filePath(u"import.log"_s)).isFile());
        QVERIFY(!QFileInfo::exists(QDir(corpus).filePath(u".scholion"_s)));
        QCOMPARE(storedPaths(other).size(), 8);

        run = scholion({u"info"_s, other});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), expectedInfo(other, corpus, 8, 0, u"completed, 8 added, 0 updated, 0 unchanged, 0 skipped, 0 missing"_s));
        // The folder itself has no project: info says how to make one, and creates nothing.
        run = scholion({u"info"_s, corpus});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(QDir(corpus).filePath(u".scholion"_s)));

        // The option after the folder works too, and a re-import finds everything unchanged.
        run = scholion({u"import"_s, corpus, u"--project"_s, other});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(countLine(run.outText()), u"8 supported files found: 0 added, 0 updated, 8 unchanged, 0 skipped, 0 missing."_s);
        QVERIFY(!QFileInfo::exists(QDir(corpus).filePath(u".scholion"_s)));

        // A project belongs to one corpus folder.
        const QString second = dir.filePath(u"second"_s);
        QVERIFY(writeFile(second, u"a.txt"_s, "Another corpus.\n"));
        const QString secondCanonical = QFileInfo(second).canonicalFilePath();
        run = scholion({u"import"_s, u"--project"_s, other, second});
        QCOMPARE(run.exitCode, 1);
        const QString message = u"The project “%1” belongs to the corpus folder “%2”, not “%3”."_s.arg(other, corpus, secondCanonical);
        QCOMPARE(run.errText(), u"scholion: "_s + message + u'\n');
        QVERIFY2(run.outText().startsWith(u"Import of %1 failed: %2\n"_s.arg(secondCanonical, message)), qPrintable(run.outText()));
        QCOMPARE(storedPaths(other).size(), 8);
    }

    void dumpCanonicalText_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QByteArray>("expected");
        const QDir sample(sampleCorpusSource());
        const QByteArray transcript = readFile(sample.filePath(u"03-summit-transcript.txt"_s));
        QVERIFY(transcript.contains("\r\n"));
        QTest::newRow("CRLF") << u"03-summit-transcript.txt"_s << crlfToLf(transcript);
        const QByteArray border = readFile(sample.filePath(u"regional/08-border-talks.txt"_s));
        QVERIFY(border.startsWith("\xEF\xBB\xBF"));
        QTest::newRow("BOM dropped") << u"regional/08-border-talks.txt"_s << border.mid(3);
        QTest::newRow("emoji") << u"02-aid-package.txt"_s << readFile(sample.filePath(u"02-aid-package.txt"_s));
        QTest::newRow("plain") << u"01-leaders-call.txt"_s << readFile(sample.filePath(u"01-leaders-call.txt"_s));
        QTest::newRow("Cyrillic") << u"07-ukraine-reconstruction.txt"_s << readFile(sample.filePath(u"07-ukraine-reconstruction.txt"_s));
        QTest::newRow("markdown") << u"06-analysis.md"_s << readFile(sample.filePath(u"06-analysis.md"_s));
        const QByteArray regional = readFile(sample.filePath(u"04-regional-statement.txt"_s));
        QTest::newRow("windows-1252") << u"04-regional-statement.txt"_s << decodeCp1252(crlfToLf(regional)).toUtf8();
    }

    void dumpCanonicalText()
    {
        QFETCH(QString, document);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = copySample(dir);
        QVERIFY(!corpus.isEmpty());
        QCOMPARE(scholion({u"import"_s, corpus}).exitCode, 0);

        // By project file, by corpus folder, and by an absolute path inside the corpus.
        const QList<QStringList> calls = {
            {u"dump"_s, projectOf(corpus), u"--document"_s, document},
            {u"dump"_s, u"--document"_s, document, corpus},
            {u"dump"_s, corpus, u"--document"_s, QDir(corpus).filePath(document)},
        };
        for (const QStringList &arguments : calls) {
            const Run run = scholion(arguments);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.errText(), QString());
            QCOMPARE(run.out, expected);
        }
    }

    void dumpWindows1252Characters()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = copySample(dir);
        QVERIFY(!corpus.isEmpty());
        QCOMPARE(scholion({u"import"_s, corpus}).exitCode, 0);
        const Run run = scholion({u"dump"_s, corpus, u"--document"_s, u"04-regional-statement.txt"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("\xEF\xBF\xBD")); // no U+FFFD
        const QString text = run.outText();
        QVERIFY(text.startsWith(u"date 2026-03-26\nNorvenia pledges €1.2bn for Marrel recovery, urges restraint on Valdoria–Qasimar border\n"_s));
        for (const QString &piece : {u"€1.2bn"_s, u"“no euro"_s, u"”"_s, u"Terravel’s"_s, u"BRÜCKENTAL"_s, u"Jürgen Weißhaupt"_s, u" – "_s}) {
            QVERIFY2(text.contains(piece), qPrintable(piece));
        }
    }

    void dumpHtml()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = copySample(dir);
        QVERIFY(!corpus.isEmpty());
        QCOMPARE(scholion({u"import"_s, corpus}).exitCode, 0);
        const Run run = scholion({u"dump"_s, corpus, u"--document"_s, u"05-ministry-briefing.html"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.outText();
        QVERIFY2(text.startsWith(u"Republic of Valdoria · Ministry of External Cooperation & Development (MECD)\n"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"Roads and bridges in Marrel province: $210 million\n"_s));
        QVERIFY(text.contains(u"Media enquiries: MECD Press Office, Lessa <press@mecd.example.invalid>."_s));
        for (const QString &markup : {u"<p>"_s, u"</p>"_s, u"<h1"_s, u"<title"_s, u"<meta"_s, u"&amp;"_s, u"&lt;"_s}) {
            QVERIFY2(!text.contains(markup), qPrintable(markup));
        }
    }

    void dumpUnknownDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = copySample(dir);
        QVERIFY(!corpus.isEmpty());
        QCOMPARE(scholion({u"import"_s, corpus}).exitCode, 0);
        for (const QString &document : {u"nope.txt"_s, u"03-SUMMIT-TRANSCRIPT.TXT"_s, u"08-border-talks.txt"_s}) {
            const Run run = scholion({u"dump"_s, corpus, u"--document"_s, document});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.outText(), QString());
            QCOMPARE(run.errText(), u"scholion: The project has no document “%1”.\n"_s.arg(document));
        }
    }

    void infoNeverImported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.path(), u"a.txt"_s, "Some text.\n"));
        const QString folder = dir.path();
        for (const QStringList &arguments :
            {QStringList{u"info"_s, folder}, QStringList{u"info"_s, u"--json"_s, folder}, QStringList{u"dump"_s, folder, u"--document"_s, u"a.txt"_s}}) {
            const Run run = scholion(arguments);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.outText(), QString());
            QCOMPARE(run.errText(), u"scholion: The folder “%1” has no Scholion project yet; import it first with “scholion import %1”.\n"_s.arg(folder));
            // Asking about a folder leaves it as it was (no empty .scholion/ behind).
            QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"a.txt"_s});
        }
        const QString absent = dir.filePath(u"absent.sqlite"_s);
        const Run run = scholion({u"info"_s, absent});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errText(), u"scholion: The project “%1” does not exist.\n"_s.arg(absent));
        QVERIFY(!QFileInfo::exists(absent));
    }

    void infoNotAProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray garbage;
        unsigned state = 20260322u;
        for (int i = 0; i < 8192; ++i) {
            state = state * 1103515245u + 12345u;
            garbage += char((state >> 16) & 0xFF);
        }
        QVERIFY(writeFile(dir.path(), u"random.sqlite"_s, garbage));
        const QString path = dir.filePath(u"random.sqlite"_s);
        for (const QStringList &arguments : {QStringList{u"info"_s, path}, QStringList{u"dump"_s, path, u"--document"_s, u"a.txt"_s}}) {
            const Run run = scholion(arguments);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.outText(), QString());
            const QString err = run.errText();
            QVERIFY2(err.startsWith(u"scholion: “%1” is not a Scholion project or is damaged ("_s.arg(path)), qPrintable(err));
            QVERIFY2(err.endsWith(u").\n"_s), qPrintable(err));
            QCOMPARE(readFile(path), garbage); // left as it was
        }
    }

    void infoForeignSqlite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"foreign.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli_test-foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"cli_test-foreign"_s);
        const QByteArray before = readFile(path);
        const Run run = scholion({u"info"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outText(), QString());
        QCOMPARE(run.errText(), u"scholion: “%1” is an SQLite database, but not a Scholion project.\n"_s.arg(path));
        QCOMPARE(readFile(path), before);
    }

    void infoNewerSchema()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"future.sqlite"_s);
        const QString connection = u"cli_test-future"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id = 1396918348"_s));
            QVERIFY(query.exec(u"CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"_s));
            QVERIFY(query.exec(u"CREATE TABLE documents (id INTEGER PRIMARY KEY, something_new TEXT)"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        const QByteArray before = readFile(path);

        for (const QStringList &arguments : {QStringList{u"info"_s, path}, QStringList{u"import"_s, u"--project"_s, path, sampleCorpusSource()}}) {
            const Run run = scholion(arguments);
            QCOMPARE(run.exitCode, 1);
            const QString err = run.errText();
            QVERIFY2(err.contains(u"newer version"_s), qPrintable(err));
            QVERIFY2(err.endsWith(u"scholion: The project “%1” was saved by a newer version of Scholion (schema 99; this version understands up to %2). "
                                  "Please update Scholion to open it.\n"_s.arg(path)
                                      .arg(Scholion::Models::ProjectDatabase::latestSchemaVersion())),
                qPrintable(err));
            QCOMPARE(readFile(path), before); // neither migrated nor touched
        }
        QVERIFY(!QFileInfo::exists(QDir(sampleCorpusSource()).filePath(u".scholion"_s)));
    }

    void importBadInputs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = QDir(dir.path()).filePath(u"corpus"_s);
        QVERIFY(writeFile(corpus, u"good.txt"_s, "A good article about the summit.\n"));
        QVERIFY(writeFile(corpus, u"dir/nested.txt"_s, "A nested article.\n"));
        QVERIFY(writeFile(corpus, u"empty.txt"_s, QByteArray()));
        QVERIFY(writeFile(corpus, u"blank.md"_s, " \n\t\r\n  \n"));
        QVERIFY(writeFile(corpus, u"binary.txt"_s, QByteArray("PK\x03\x04\x00\x00\x01\x02 looks like a zip\n", 26)));
        QVERIFY(writeFile(corpus,
            u"badbom.txt"_s,
            "\xEF\xBB\xBF"
            "Caf\xC3\xA9 then broken \xC3\x28 and \xFF\xFE bytes.\n"));
        QVERIFY(writeFile(corpus, u".git/x.txt"_s, "Hidden folder content.\n"));
        QVERIFY(writeFile(corpus, u".hidden.txt"_s, "A hidden file.\n"));
        QVERIFY(writeFile(corpus, u".scholion/notes.txt"_s, "Not an article.\n"));
        QVERIFY(writeFile(corpus, u"image.png"_s, QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16)));
        QVERIFY(QFile::link(u"/nonexistent/target.txt"_s, QDir(corpus).filePath(u"dangling.txt"_s)));
        QVERIFY(QFile::link(u".."_s, QDir(corpus).filePath(u"dir/link"_s))); // a loop back to the root
        QCOMPARE(::mkfifo(QFile::encodeName(QDir(corpus).filePath(u"pipe.txt"_s)).constData(), 0600), 0);
        const QString root = QFileInfo(corpus).canonicalFilePath();

        const Run run = scholion({u"import"_s, corpus});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0); // skipped files do not fail an import
        QCOMPARE(run.errText(), QString());
        const QString out = run.outText();
        QVERIFY2(out.startsWith(u"Import of %1 completed.\n"_s.arg(root)), qPrintable(out));
        QCOMPARE(countLine(out), u"8 supported files found: 2 added, 0 updated, 0 unchanged, 6 skipped, 0 missing."_s);
        QVERIFY2(out.contains(u"\n1 file of other types ignored.\n"_s), qPrintable(out));
        QCOMPARE(issueLines(out),
            (QStringList{
                u"Empty file\tblank.md\tThe file contains no text, only white space."_s,
                u"Empty file\tempty.txt\tThe file is empty."_s,
                u"Binary file\tbinary.txt\tThe file contains NUL bytes: it looks like a binary file, not text."_s,
                u"Broken encoding\tbadbom.txt\tThe file starts with a UTF-8 byte order mark but is not valid UTF-8."_s,
                u"Unreadable\tdangling.txt\tThe link points to a file that does not exist."_s,
                u"Unreadable\tpipe.txt\tThis is not a regular file."_s,
            }));

        // Only the two articles are documents; nothing hidden, nothing twice through the loop.
        QCOMPARE(storedPaths(projectOf(root)), (QStringList{u"dir/nested.txt"_s, u"good.txt"_s}));
        Run info = scholion({u"info"_s, corpus});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.outText().contains(u"\nDocuments:      2 (0 missing)\n"_s), qPrintable(info.outText()));
        QVERIFY(info.outText().endsWith(u"\nLast import:    completed, 2 added, 0 updated, 0 unchanged, 6 skipped, 0 missing\n"_s));

        // A re-import reports the same skips again and still adds nothing twice.
        const Run again = scholion({u"import"_s, corpus});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(countLine(again.outText()), u"8 supported files found: 0 added, 0 updated, 2 unchanged, 6 skipped, 0 missing."_s);
        QCOMPARE(issueLines(again.outText()).size(), 6);
        QCOMPARE(storedPaths(projectOf(root)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
