// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/projectdatabase.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
struct Imported {
    ImportReport report;
    QString projectPath;
};

Imported importFolder(const QString &root, qint64 maxFileSize = 64 * 1024 * 1024)
{
    ImportOptions options;
    options.corpusRoot = root;
    options.projectPath = QDir(root).filePath(u".scholion/project.sqlite"_s);
    options.maxFileSize = maxFileSize;
    CorpusImporter importer(options);
    return {importer.run(), options.projectPath};
}

const ImportIssue *findIssue(const ImportReport &report, const QString &path)
{
    for (const ImportIssue &issue : report.issues) {
        if (issue.path == path) {
            return &issue;
        }
    }
    return nullptr;
}

// Every file under \a root except the project folder, with its SHA-256.
QMap<QString, QByteArray> fingerprint(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (!relative.startsWith(u".scholion/"_s)) {
            files.insert(relative, QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
        }
    }
    return files;
}

void setMtime(const QString &path, const QDateTime &time)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
}
} // namespace

class CorpusImporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsTheSampleCorpus()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"corpus"_s);
        QVERIFY(copyTree(sampleCorpusSource(), root));
        const QMap<QString, QByteArray> before = fingerprint(root);

        const Imported imported = importFolder(root);
        const ImportReport &report = imported.report;
        QCOMPARE(report.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(report.filesFound, 8);
        QCOMPARE(report.added, 8);
        QCOMPARE(report.skipped, 0);
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().kind, ImportIssue::Kind::EncodingGuessed);
        QCOMPARE(report.issues.first().path, u"04-regional-statement.txt"_s);
        QCOMPARE(fingerprint(root), before); // the corpus is never written

        Project project;
        QVERIFY(project.open(imported.projectPath));
        QCOMPARE(project.corpusRoot(), QFileInfo(root).canonicalFilePath());
        QCOMPARE(project.counts().documents, 8);

        // CRLF became LF, and nothing else changed.
        const qint64 transcript = project.documentIdForPath(u"03-summit-transcript.txt"_s).value();
        QByteArray crlf = readFile(QDir(root).filePath(u"03-summit-transcript.txt"_s));
        QVERIFY(crlf.contains("\r\n"));
        QCOMPARE(project.documentText(transcript), QString::fromUtf8(crlf.replace("\r\n", "\n")));
        QCOMPARE(project.documentInfo(transcript)->lineEndings, u"crlf"_s);

        // The BOM is dropped, the subfolder kept in the path.
        const qint64 border = project.documentIdForPath(u"regional/08-border-talks.txt"_s).value();
        const QByteArray withBom = readFile(QDir(root).filePath(u"regional/08-border-talks.txt"_s));
        QVERIFY(withBom.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(project.documentText(border), QString::fromUtf8(withBom.mid(3)));
        QVERIFY(project.documentInfo(border)->hadBom);

        // Emoji, CJK and combining marks arrive unchanged (UTF-16 as Qt holds it).
        const qint64 aid = project.documentIdForPath(u"02-aid-package.txt"_s).value();
        const QString aidText = project.documentText(aid);
        QCOMPARE(aidText, QString::fromUtf8(readFile(QDir(root).filePath(u"02-aid-package.txt"_s))));
        QCOMPARE(project.documentInfo(aid)->textLength, aidText.size());

        // windows-1252: the euro sign and curly quotes, not replacement characters.
        const qint64 statement = project.documentIdForPath(u"04-regional-statement.txt"_s).value();
        const QString statementText = project.documentText(statement);
        QVERIFY(statementText.contains(u'€'));
        QVERIFY(statementText.contains(u'“'));
        QVERIFY(!statementText.contains(QChar::ReplacementCharacter));
        QVERIFY(project.documentInfo(statement)->encodingGuessed);
        QCOMPARE(project.documentInfo(statement)->encoding, u"windows-1252"_s);

        // HTML: visible text only, title and date from the head.
        const qint64 briefing = project.documentIdForPath(u"05-ministry-briefing.html"_s).value();
        const QString briefingText = project.documentText(briefing);
        QVERIFY(!briefingText.contains(u"do not show"_s));
        QVERIFY(!briefingText.contains(u"<p>"_s));
        QVERIFY(briefingText.contains(u"Lessa <press@mecd.example.invalid>."_s)); // &lt; and &gt; decoded
        QVERIFY(!briefingText.contains(u"<script"_s));
        QVERIFY(briefingText.contains(u"Ministry of External Cooperation & Development"_s));
        const DocumentRow briefingRow = project.documentRow(briefing).value();
        QCOMPARE(briefingRow.date, u"2026-03-27"_s);
        QVERIFY(!briefingRow.title.isEmpty());

        // Metadata of plain text and Markdown.
        QCOMPARE(project.documentRow(project.documentIdForPath(u"01-leaders-call.txt"_s).value())->date, u"2026-03-18"_s);
        QCOMPARE(project.documentRow(project.documentIdForPath(u"01-leaders-call.txt"_s).value())->title,
            u"Valdoria's Korvath and Terravel's Ferrand agree on flood aid in phone call"_s);
        const DocumentRow analysis = project.documentRow(project.documentIdForPath(u"06-analysis.md"_s).value()).value();
        QCOMPARE(analysis.date, u"2026-03-30"_s);
        QVERIFY(analysis.title.startsWith(u"Analysis"_s));

        // The run and its report are stored, and a log written beside the project.
        const std::optional<ImportReport> stored = project.lastImportReport();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->added, 8);
        QCOMPARE(stored->issues, report.issues);
        QVERIFY(readFile(QDir(root).filePath(u".scholion/import.log"_s)).contains("04-regional-statement.txt"));
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImportIssue::Kind>("kind");
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << ImportIssue::Kind::Empty;
        QTest::newRow("only whitespace") << u"blank.md"_s << QByteArray(" \n\t\r\n") << ImportIssue::Kind::Empty;
        QTest::newRow("only a BOM") << u"bom.txt"_s << QByteArray("\xEF\xBB\xBF") << ImportIssue::Kind::Empty;
        QTest::newRow("NUL bytes") << u"image.txt"_s << QByteArray("GIF89a\x00\x01\x02\x00\x00text", 16) << ImportIssue::Kind::Binary;
        QTest::newRow("control characters") << u"ctl.txt"_s << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f abc") << ImportIssue::Kind::Binary;
        QTest::newRow("broken UTF-8 after BOM") << u"broken.txt"_s << QByteArray("\xEF\xBB\xBFok \xC3\x28 not ok") << ImportIssue::Kind::InvalidEncoding;
        QTest::newRow("broken UTF-16 after BOM") << u"broken16.txt"_s << QByteArray("\xFF\xFE\x41\x00\x00\xDC\x42\x00", 8)
                                                 << ImportIssue::Kind::InvalidEncoding;
        QTest::newRow("html without visible text") << u"empty.html"_s << QByteArray("<html><head><script>var a = 1;</script></head><body> </body></html>")
                                                   << ImportIssue::Kind::Empty;
    }

    void badInputs()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(ImportIssue::Kind, kind);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), path, bytes));
        QVERIFY(writeFile(dir.path(), u"good.txt"_s, "A good article\n\nWith text.\n"));
        const Imported imported = importFolder(dir.path());
        QCOMPARE(imported.report.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(imported.report.added, 1);
        QCOMPARE(imported.report.skipped, 1);
        const ImportIssue *issue = findIssue(imported.report, path);
        QVERIFY(issue);
        QCOMPARE(issue->kind, kind);
        QVERIFY(!issue->detail.isEmpty());
        QVERIFY(imported.report.toText().contains(path));
        Project project;
        QVERIFY(project.open(imported.projectPath));
        QVERIFY(!project.documentIdForPath(path).has_value());
    }

    void tooLargeFilesAreNotRead()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"small.txt"_s, "Small\n"));
        // A sparse 65 MB file: the size alone rules it out, it is never read.
        QFile big(dir.filePath(u"huge.txt"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(65LL * 1024 * 1024));
        big.close();
        Imported imported = importFolder(dir.path());
        QCOMPARE(findIssue(imported.report, u"huge.txt"_s)->kind, ImportIssue::Kind::TooLarge);
        QVERIFY(findIssue(imported.report, u"huge.txt"_s)->detail.contains(u"64 MB"_s));
        QCOMPARE(imported.report.bytesRead, 6);

        // The limit is an option.
        QTemporaryDir dir2;
        QVERIFY(writeFile(dir2.path(), u"a.txt"_s, QByteArray(2000, 'a')));
        imported = importFolder(dir2.path(), 1000);
        QCOMPARE(findIssue(imported.report, u"a.txt"_s)->kind, ImportIssue::Kind::TooLarge);
    }

    void hiddenFoldersTypesAndLinks()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeFile(root, u"a.txt"_s, "Article A\n"));
        QVERIFY(writeFile(root, u"sub/deeper/b.MD"_s, "# Article B\n"));
        QVERIFY(writeFile(root, u"page.HTM"_s, "<title>Page</title><p>Text</p>"));
        QVERIFY(writeFile(root, u".git/objects/c.txt"_s, "hidden\n"));
        QVERIFY(writeFile(root, u".scholion/notes.txt"_s, "project folder\n"));
        QVERIFY(writeFile(root, u".hidden.txt"_s, "hidden file\n"));
        QVERIFY(writeFile(root, u"photo.png"_s, "\x89PNG"));
        QVERIFY(writeFile(root, u"data.csv"_s, "a,b\n"));
        // A symlink loop and a link to a file inside the corpus.
        QVERIFY(QFile::link(root, QDir(root).filePath(u"sub/loop"_s)));
        QVERIFY(QFile::link(QDir(root).filePath(u"a.txt"_s), QDir(root).filePath(u"alias.txt"_s)));
        QVERIFY(QFile::link(QDir(root).filePath(u"nowhere.txt"_s), QDir(root).filePath(u"dangling.txt"_s)));

        const Imported imported = importFolder(root);
        QCOMPARE(imported.report.outcome, ImportReport::Outcome::Completed);
        Project project;
        QVERIFY(project.open(imported.projectPath));
        QStringList paths;
        for (const DocumentRow &row : project.documentRows()) {
            paths << row.sourcePath;
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{u"a.txt"_s, u"alias.txt"_s, u"page.HTM"_s, u"sub/deeper/b.MD"_s}));
        QCOMPARE(imported.report.otherFilesIgnored, 2);
        QCOMPARE(findIssue(imported.report, u"dangling.txt"_s)->kind, ImportIssue::Kind::Unreadable);
        QCOMPARE(imported.report.skipped, 1);
    }

    void unreadableFile()
    {
        if (::geteuid() == 0) {
            QSKIP("Running as root: permissions cannot make a file unreadable (the dangling link case covers unreadable files).");
        }
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"secret.txt"_s, "secret\n"));
        QVERIFY(QFile::setPermissions(dir.filePath(u"secret.txt"_s), QFileDevice::Permissions()));
        const Imported imported = importFolder(dir.path());
        QCOMPARE(findIssue(imported.report, u"secret.txt"_s)->kind, ImportIssue::Kind::Unreadable);
    }

    void reimportPicksUpChanges()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeFile(root, u"keep.txt"_s, "Keep\n\nThis one stays.\n"));
        QVERIFY(writeFile(root, u"change.txt"_s, "Change\n\nFirst version.\n"));
        QVERIFY(writeFile(root, u"touch.txt"_s, "Touch\n\nSame bytes.\n"));
        QVERIFY(writeFile(root, u"remove.txt"_s, "Remove\n\nGoing away.\n"));
        QCOMPARE(importFolder(root).report.added, 4);

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(writeFile(root, u"change.txt"_s, "Change\n\nSecond version, longer.\n"));
        setMtime(QDir(root).filePath(u"change.txt"_s), later);
        setMtime(QDir(root).filePath(u"touch.txt"_s), later);
        QVERIFY(QFile::remove(QDir(root).filePath(u"remove.txt"_s)));
        QVERIFY(writeFile(root, u"new.txt"_s, "New\n"));

        Imported imported = importFolder(root);
        QCOMPARE(imported.report.added, 1);
        QCOMPARE(imported.report.updated, 1);
        QCOMPARE(imported.report.unchanged, 2);
        QCOMPARE(imported.report.missing, 1);
        QCOMPARE(findIssue(imported.report, u"remove.txt"_s)->kind, ImportIssue::Kind::Missing);
        // Only the changed and the new file were read in full; the touched one was hashed.
        const auto sizeOf = [&root](const QString &name) {
            return QFileInfo(QDir(root).filePath(name)).size();
        };
        QCOMPARE(imported.report.bytesRead, sizeOf(u"change.txt"_s) + sizeOf(u"new.txt"_s) + sizeOf(u"touch.txt"_s));

        Project project;
        QVERIFY(project.open(imported.projectPath));
        QCOMPARE(project.documentText(project.documentIdForPath(u"change.txt"_s).value()), u"Change\n\nSecond version, longer.\n"_s);
        const qint64 removed = project.documentIdForPath(u"remove.txt"_s).value();
        QVERIFY(project.documentRow(removed)->missing);
        QCOMPARE(project.documentText(removed), u"Remove\n\nGoing away.\n"_s); // kept
        QCOMPARE(project.counts().missingDocuments, 1);
        project.close();

        // Nothing changed: nothing read.
        imported = importFolder(root);
        QCOMPARE(imported.report.unchanged, 4);
        QCOMPARE(imported.report.bytesRead, 0);
        QCOMPARE(imported.report.missing, 1);

        // The file comes back: no longer missing.
        QVERIFY(writeFile(root, u"remove.txt"_s, "Remove\n\nGoing away.\n"));
        imported = importFolder(root);
        QCOMPARE(imported.report.missing, 0);
        QVERIFY(project.open(imported.projectPath));
        QVERIFY(!project.documentRow(removed)->missing);
        QCOMPARE(project.counts().documents, 5);
    }

    void aLeadingZeroWidthNoBreakSpaceIsKept()
    {
        // After the byte order mark, a second U+FEFF is text: offsets count it. SQLite drops a
        // leading U+FEFF from text bound as UTF-16, so every write of a text must bind UTF-8.
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeFile(root,
            u"feff.txt"_s,
            "\xEF\xBB\xBF\xEF\xBB\xBF"
            "First\n"));
        Imported imported = importFolder(root);
        QCOMPARE(imported.report.added, 1);
        {
            Project project;
            QVERIFY(project.open(imported.projectPath));
            const qint64 id = project.documentIdForPath(u"feff.txt"_s).value();
            QCOMPARE(project.documentText(id), u"\uFEFFFirst\n"_s);
        }
        QVERIFY(writeFile(root,
            u"feff.txt"_s,
            "\xEF\xBB\xBF\xEF\xBB\xBF"
            "Second version\n"));
        setMtime(QDir(root).filePath(u"feff.txt"_s), QDateTime::currentDateTimeUtc().addSecs(60));
        imported = importFolder(root);
        QCOMPARE(imported.report.updated, 1);
        ProjectDatabase db;
        QVERIFY(db.open(imported.projectPath));
        QSqlQuery stored(u"SELECT length(t.text), d.text_length_utf16 FROM document_texts t JOIN documents d ON d.id = t.document_id"_s, db.database());
        QVERIFY(stored.next());
        QCOMPARE(stored.value(0).toInt(), 16);
        QCOMPARE(stored.value(1).toInt(), 16);
        // One file added on its own (a set import's new document) takes the same care.
        QVERIFY(writeFile(root,
            u"single.txt"_s,
            "\xEF\xBB\xBF\xEF\xBB\xBF"
            "On its own\n"));
        QString text;
        QString error;
        const std::optional<qint64> id = CorpusImporter::insertDocument(&db, root, u"single.txt"_s, &text, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(text, u"\uFEFFOn its own\n"_s);
        QCOMPARE(db.documentText(*id), text);
    }

    void annotationsFollowTheirTextOnReimport()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QString original = u"Title\n\nKorvath said “we stand with Marrel” on Tuesday. Ferrand 🤝 agreed.\n"_s;
        QVERIFY(writeFile(root, u"a.txt"_s, original.toUtf8()));
        const Imported first = importFolder(root);
        const QString quote = u"“we stand with Marrel”"_s;
        const qint64 quoteStart = original.indexOf(quote);
        const QString ferrand = u"Ferrand"_s;
        const qint64 ferrandStart = original.indexOf(ferrand);
        {
            ProjectDatabase db;
            QVERIFY(db.open(first.projectPath));
            QVERIFY(db.exec(u"INSERT INTO labels (id, name, color) VALUES (1000, 'Test quote', '#d62728')"_s));
            QSqlQuery insert(db.database());
            insert.prepare(u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, author, created_at, updated_at) "
                           "VALUES (1, 1000, ?, ?, ?, ?, ?, 'tester', '', '')"_s);
            for (const auto &[start, text] : {std::pair{quoteStart, quote}, std::pair{ferrandStart, ferrand}}) {
                insert.addBindValue(start);
                insert.addBindValue(start + text.size());
                insert.addBindValue(text);
                insert.addBindValue(original.mid(std::max<qint64>(0, start - 32), std::min<qint64>(32, start)));
                insert.addBindValue(original.mid(start + text.size(), 32));
                QVERIFY(insert.exec());
            }
        }

        // Text inserted before both spans, and "Ferrand" removed.
        const QString changed = u"Title\n\nUpdated 🇺🇦 at noon. Korvath said “we stand with Marrel” on Tuesday. The minister agreed.\n"_s;
        QVERIFY(writeFile(root, u"a.txt"_s, changed.toUtf8()));
        setMtime(QDir(root).filePath(u"a.txt"_s), QDateTime::currentDateTimeUtc().addSecs(120));
        const Imported second = importFolder(root);
        QCOMPARE(second.report.updated, 1);
        QCOMPARE(second.report.annotationsMoved, 1);
        QCOMPARE(second.report.annotationsNeedingReview, 1);
        QCOMPARE(findIssue(second.report, u"a.txt"_s)->kind, ImportIssue::Kind::NeedsReview);

        ProjectDatabase db;
        QVERIFY(db.open(second.projectPath));
        QSqlQuery rows(u"SELECT start_utf16, end_utf16, quote, anchor_state FROM annotations ORDER BY id"_s, db.database());
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toLongLong(), changed.indexOf(quote));
        QCOMPARE(changed.mid(rows.value(0).toInt(), rows.value(1).toInt() - rows.value(0).toInt()), quote);
        QCOMPARE(rows.value(3).toInt(), 1); // moved
        QVERIFY(rows.next());
        QCOMPARE(rows.value(2).toString(), ferrand); // kept, with its quote, for review
        QCOMPARE(rows.value(3).toInt(), 2);
        QVERIFY(rows.value(1).toInt() <= changed.size());
        QVERIFY(rows.value(1).toInt() > rows.value(0).toInt());
    }

    void cancelKeepsWholeDocuments()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 60; ++i) {
            QVERIFY(writeFile(dir.path(), u"doc-%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')), generatedArticle(i, 2000)));
        }
        ImportOptions options;
        options.corpusRoot = dir.path();
        options.projectPath = dir.filePath(u"project.sqlite"_s);
        options.batchFiles = 10;
        CorpusImporter importer(options);
        QSignalSpy batches(&importer, &CorpusImporter::batchCommitted);
        connect(&importer, &CorpusImporter::batchCommitted, &importer, [&importer](int committed) {
            if (committed >= 20) {
                importer.cancel();
            }
        });
        const ImportReport report = importer.run();
        QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
        QCOMPARE(report.added, 20);
        QCOMPARE(batches.count(), 2);

        Project project;
        QVERIFY(project.open(options.projectPath));
        QCOMPARE(project.counts().documents, 20);
        for (const DocumentRow &row : project.documentRows()) {
            QCOMPARE(project.documentText(row.id), QString::fromUtf8(readFile(QDir(dir.path()).filePath(row.sourcePath))));
        }
        QCOMPARE(project.lastImportReport()->outcome, ImportReport::Outcome::Cancelled);
        project.close();

        // The next import finishes the job.
        CorpusImporter again(options);
        const ImportReport rest = again.run();
        QCOMPARE(rest.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(rest.added, 40);
        QCOMPARE(rest.unchanged, 20);
    }

    void progressIsReported()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 30; ++i) {
            QVERIFY(writeFile(dir.path(), u"d%1.txt"_s.arg(i), generatedArticle(i, 1000)));
        }
        ImportOptions options;
        options.corpusRoot = dir.path();
        options.projectPath = dir.filePath(u"p.sqlite"_s);
        CorpusImporter importer(options);
        QSignalSpy progress(&importer, &CorpusImporter::progress);
        QSignalSpy finished(&importer, &CorpusImporter::finished);
        importer.run();
        QCOMPARE(finished.count(), 1);
        QVERIFY(progress.count() >= 2);
        const auto last = progress.last().first().value<ImportProgress>();
        QCOMPARE(last.filesDone, 30);
        QCOMPARE(last.filesTotal, 30);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QVERIFY(last.totalsKnown);
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const auto p = signal.first().value<ImportProgress>();
            QVERIFY(p.filesTotal >= p.filesDone); // the count runs ahead of the import
            QVERIFY(p.bytesTotal >= p.bytesDone);
            QVERIFY(p.totalsKnown || p.remainingMs() < 0); // no estimate against a partial count
        }
    }

    // The import walks and imports at once: ids follow the relative paths (a folder sorts as
    // "name/"), and the first documents are committed after a small first batch.
    void importsWhileWalkingInPathOrder()
    {
        QTemporaryDir dir;
        for (const QString &path : {u"b.txt"_s, u"a/y/z.txt"_s, u"a.txt"_s, u"c/d.txt"_s, u"a/x.txt"_s, u"a-b.txt"_s}) {
            QVERIFY(writeFile(dir.path(), path, "Title of " + path.toUtf8() + "\n"));
        }
        for (int i = 0; i < 120; ++i) {
            QVERIFY(writeFile(dir.path(), u"m/n-%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')), generatedArticle(i, 300)));
        }
        ImportOptions options;
        options.corpusRoot = dir.path();
        options.projectPath = dir.filePath(u"p.sqlite"_s);
        CorpusImporter importer(options);
        QSignalSpy batches(&importer, &CorpusImporter::batchCommitted);
        const ImportReport report = importer.run();
        QCOMPARE(report.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(report.added, 126);
        QCOMPARE(report.filesFound, 126);
        QVERIFY(batches.count() >= 2);
        QCOMPARE(batches.first().first().toInt(), 50); // a small first batch, then the usual size

        Project project;
        QVERIFY(project.open(options.projectPath));
        QStringList paths;
        for (const DocumentRow &row : project.documentRows()) {
            paths << row.sourcePath;
        }
        QStringList sorted = paths;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(paths, sorted);
        QCOMPARE(paths.mid(0, 6), (QStringList{u"a-b.txt"_s, u"a.txt"_s, u"a/x.txt"_s, u"a/y/z.txt"_s, u"b.txt"_s, u"c/d.txt"_s}));
    }

    // Files are read, decoded and prepared on a thread of their own, a bounded window ahead of
    // the writing. Far more files than that window still come out whole, in path order, each
    // with its own verdict; a re-import over them reads only what changed.
    void readerKeepsOrderBeyondItsWindow()
    {
        QTemporaryDir dir;
        QStringList expected;
        QStringList binary;
        QStringList empty;
        for (int i = 0; i < 2600; ++i) {
            const QString path = u"f%1/doc-%2.txt"_s.arg(i / 500).arg(i, 4, 10, QLatin1Char('0'));
            if (i % 97 == 13) {
                QVERIFY(writeFile(dir.path(), path, QByteArray("GIF89a\x00\x01\x02\x00\x00text", 16)));
                binary << path;
            } else if (i % 131 == 7) {
                QVERIFY(writeFile(dir.path(), path, QByteArray(" \n")));
                empty << path;
            } else {
                QVERIFY(writeFile(dir.path(), path, generatedArticle(i, 200 + (i * 37) % 3000)));
                expected << path;
            }
        }
        ImportOptions options;
        options.corpusRoot = dir.path();
        options.projectPath = dir.filePath(u"p.sqlite"_s);
        CorpusImporter importer(options);
        const ImportReport report = importer.run();
        QCOMPARE(report.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(report.added, expected.size());
        QCOMPARE(report.skipped, binary.size() + empty.size());
        for (const QString &path : std::as_const(binary)) {
            const ImportIssue *issue = findIssue(report, path);
            QVERIFY2(issue && issue->kind == ImportIssue::Kind::Binary, qPrintable(path));
        }
        for (const QString &path : std::as_const(empty)) {
            const ImportIssue *issue = findIssue(report, path);
            QVERIFY2(issue && issue->kind == ImportIssue::Kind::Empty, qPrintable(path));
        }
        {
            Project project;
            QVERIFY(project.open(options.projectPath));
            QStringList paths;
            for (const DocumentRow &row : project.documentRows()) {
                paths << row.sourcePath;
                QCOMPARE(project.documentText(row.id), QString::fromUtf8(readFile(QDir(dir.path()).filePath(row.sourcePath))));
            }
            QCOMPARE(paths, expected); // ids in path order
        }

        // Change one file in the middle; the others imported are not even read again (the
        // skipped ones are, as they were never imported).
        QTest::qWait(20); // a modification time the earlier import cannot have seen
        QVERIFY(writeFile(dir.path(), expected.at(1300), "A changed article\n\nNew text.\n"));
        CorpusImporter again(options);
        const ImportReport second = again.run();
        QCOMPARE(second.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.unchanged, expected.size() - 1);
        QCOMPARE(second.bytesRead, qint64(QByteArray("A changed article\n\nNew text.\n").size() + 16 * binary.size() + 2 * empty.size()));
    }

    void unusableFoldersAndProjects()
    {
        QTemporaryDir dir;
        Imported imported = importFolder(dir.filePath(u"absent"_s));
        QCOMPARE(imported.report.outcome, ImportReport::Outcome::Failed);
        QVERIFY(imported.report.error.contains(u"does not exist"_s));

        QVERIFY(writeFile(dir.path(), u"file.txt"_s, "x"));
        imported = importFolder(dir.filePath(u"file.txt"_s));
        QCOMPARE(imported.report.outcome, ImportReport::Outcome::Failed);
        QVERIFY(imported.report.error.contains(u"is not a folder"_s));

        // A project of one corpus is not silently filled with another.
        QVERIFY(writeFile(dir.path(), u"one/a.txt"_s, "A\n"));
        QVERIFY(writeFile(dir.path(), u"two/b.txt"_s, "B\n"));
        ImportOptions options;
        options.corpusRoot = dir.filePath(u"one"_s);
        options.projectPath = dir.filePath(u"shared.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().outcome, ImportReport::Outcome::Completed);
        options.corpusRoot = dir.filePath(u"two"_s);
        const ImportReport other = CorpusImporter(options).run();
        QCOMPARE(other.outcome, ImportReport::Outcome::Failed);
        QVERIFY2(other.error.contains(u"belongs to the corpus folder"_s), qPrintable(other.error));

        // A project file that is not a database.
        QVERIFY(writeFile(dir.path(), u"junk.sqlite"_s, QByteArray(2048, '\x7f')));
        options.projectPath = dir.filePath(u"junk.sqlite"_s);
        const ImportReport junk = CorpusImporter(options).run();
        QCOMPARE(junk.outcome, ImportReport::Outcome::Failed);
        QVERIFY(junk.error.contains(u"junk.sqlite"_s));
    }

    void movedCorpusKeepsItsProject()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"before/a.txt"_s, "A\n"));
        QVERIFY(importFolder(dir.filePath(u"before"_s)).report.added == 1);
        QVERIFY(QDir(dir.path()).rename(u"before"_s, u"after"_s));
        const Imported imported = importFolder(dir.filePath(u"after"_s));
        QCOMPARE(imported.report.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(imported.report.unchanged, 1);
        Project project;
        QVERIFY(project.open(imported.projectPath));
        QCOMPARE(project.corpusRoot(), QFileInfo(dir.filePath(u"after"_s)).canonicalFilePath());
    }

    void projectLocationRule()
    {
        QTemporaryDir dir;
        bool fallback = true;
        const QString inside = Project::projectPathForCorpus(dir.path(), &fallback);
        QCOMPARE(inside, QDir(QFileInfo(dir.path()).canonicalFilePath()).filePath(u".scholion/project.sqlite"_s));
        QVERIFY(!fallback);

        // A folder that cannot be written: the project goes to the app data folder.
        QString readOnly;
        if (::geteuid() == 0) {
            readOnly = u"/proc/self"_s; // even root cannot create folders there
        } else {
            readOnly = dir.filePath(u"ro"_s);
            QVERIFY(QDir().mkpath(readOnly));
            QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const QString elsewhere = Project::projectPathForCorpus(readOnly, &fallback);
        QVERIFY(fallback);
        QVERIFY2(elsewhere.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)), qPrintable(elsewhere));
        QVERIFY(elsewhere.endsWith(u"/project.sqlite"_s));
        QCOMPARE(Project::projectPathForCorpus(readOnly), elsewhere); // stable
    }
};

QTEST_GUILESS_MAIN(CorpusImporterTest)
#include "corpusimporter_test.moc"
