// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/projectdatabase.h>
#include <models/transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{
QVariant scalar(const ProjectDatabase &db, const QString &sql)
{
    QSqlQuery query(db.database());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A migrations folder with the real 0001 and test scripts after it.
QString migrationsWith(const QTemporaryDir &dir, const QList<std::pair<QString, QByteArray>> &extra)
{
    const QString path = dir.filePath(u"sql"_s);
    QDir().mkpath(path);
    QFile::copy(u":/scholion/sql/0001_initial.sql"_s, QDir(path).filePath(u"0001_initial.sql"_s));
    for (const auto &[name, script] : extra) {
        writeText(QDir(path).filePath(name), script);
    }
    return path;
}
} // namespace

class ProjectDatabaseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migrationScriptIsEmbedded()
    {
        QFile script(u":/scholion/sql/0001_initial.sql"_s);
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(script.readAll().contains("CREATE TABLE documents"));
        // Versions are the scripts' numbers: strictly increasing, the last one is the latest.
        const QStringList scripts = ProjectDatabase::migrationScripts();
        QVERIFY(scripts.size() >= 2);
        QVERIFY(scripts.constFirst().endsWith(u"/0001_initial.sql"_s));
        QVERIFY(scripts.contains(u":/scholion/sql/0003_span_order.sql"_s));
        QVERIFY(ProjectDatabase::latestSchemaVersion() >= 3);
        QVERIFY(QFileInfo(scripts.constLast()).fileName().startsWith(u"%1_"_s.arg(ProjectDatabase::latestSchemaVersion(), 4, 10, QChar(u'0'))));
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s << QStringList{u"CREATE TABLE a (x);"_s, u"CREATE TABLE b (y);"_s};
        QTest::newRow("comments and blank lines") << u"-- a comment; with a semicolon\n\nCREATE TABLE a (\n    x -- inline\n);\n"_s
                                                  << QStringList{u"CREATE TABLE a (\n    x -- inline\n);"_s};
        QTest::newRow("trigger body")
            << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = 1;\n    UPDATE b SET y = 2;\nEND;\nCREATE TABLE c (z);\n"_s
            << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = 1;\n    UPDATE b SET y = 2;\nEND;"_s, u"CREATE TABLE c (z);"_s};
        QTest::newRow("no final semicolon") << u"PRAGMA user_version = 3"_s << QStringList{u"PRAGMA user_version = 3"_s};
    }

    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(ProjectDatabase::splitStatements(script), statements);
    }

    void freshProjectHasLatestSchema()
    {
        QTemporaryDir dir;
        ProjectDatabase db;
        QVERIFY2(db.open(dir.filePath(u"p/project.sqlite"_s)), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), ProjectDatabase::latestSchemaVersion());
        QCOMPARE(scalar(db, u"PRAGMA application_id"_s).toInt(), ProjectDatabase::ApplicationId);
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        const QStringList tables = {u"project_meta"_s,
            u"documents"_s,
            u"document_texts"_s,
            u"labels"_s,
            u"label_attributes"_s,
            u"relation_types"_s,
            u"entities"_s,
            u"entity_aliases"_s,
            u"annotations"_s,
            u"annotation_attributes"_s,
            u"relations"_s,
            u"import_runs"_s};
        for (const QString &table : tables) {
            QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table)).toInt(), 1);
        }
        QVERIFY(db.setMeta(u"corpus_root"_s, u"/somewhere"_s));
        QCOMPARE(db.meta(u"corpus_root"_s), u"/somewhere"_s);
        QCOMPARE(db.meta(u"absent"_s, u"fallback"_s), u"fallback"_s);
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.setMeta(u"k"_s, u"v"_s));
        }
        ProjectDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), ProjectDatabase::latestSchemaVersion());
        QCOMPARE(db.meta(u"k"_s), u"v"_s);
    }

    void stepwiseMigrationKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        const QString v1 = migrationsWith(dir, {});
        {
            ProjectDatabase db;
            QVERIFY(db.open(path, ProjectDatabase::Access::ReadWrite, v1));
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(db.setMeta(u"corpus_root"_s, u"/corpus"_s));
        }
        QTemporaryDir dir2;
        const QString v3 = migrationsWith(dir2,
            {{u"0002_add_column.sql"_s, "ALTER TABLE documents ADD COLUMN language TEXT;\n"},
                {u"0003_add_table.sql"_s, "CREATE TABLE review_list (\n    id INTEGER PRIMARY KEY\n);\n"}});
        QCOMPARE(ProjectDatabase::latestSchemaVersion(v3), 3);
        ProjectDatabase db;
        QVERIFY2(db.open(path, ProjectDatabase::Access::ReadWrite, v3), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(db.meta(u"corpus_root"_s), u"/corpus"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'language'"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'review_list'"_s).toInt(), 1);
    }

    void failingStepRollsBackWholeStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path, ProjectDatabase::Access::ReadWrite, migrationsWith(dir, {})));
        }
        const QString broken = migrationsWith(dir, {{u"0002_broken.sql"_s, "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);\n"}});
        {
            ProjectDatabase db;
            QVERIFY(!db.open(path, ProjectDatabase::Access::ReadWrite, broken));
            QVERIFY2(db.errorString().contains(u"0002_broken.sql"_s), qPrintable(db.errorString()));
            QVERIFY(!db.isOpen());
        }
        QTemporaryDir onlyVersion1;
        ProjectDatabase db;
        QVERIFY(db.open(path, ProjectDatabase::Access::ReadWrite, migrationsWith(onlyVersion1, {})));
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_s).toInt(), 0);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(u"PRAGMA user_version = 7"_s));
        }
        ProjectDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(u"newer version of Scholion"_s), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(path));
        QVERIFY(db.errorString().contains(u"schema 7"_s));
    }

    void foreignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << false << u"is not a Scholion project or is damaged"_s;
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 18) << false << u"is not a Scholion project or is damaged"_s;
        QTest::newRow("other sqlite database") << QByteArray() << true << u"is an SQLite database, but not a Scholion project"_s;
    }

    void foreignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqlite);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        if (sqlite) {
            auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(u"CREATE TABLE notes (x)"_s, other).isActive());
            other.close();
            other = {};
            QSqlDatabase::removeDatabase(u"other"_s);
        } else {
            QVERIFY(writeText(path, content));
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        ProjectDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(message), qPrintable(db.errorString()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // never touched
    }

    void readOnlyAccess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(!db.open(path, ProjectDatabase::Access::ReadOnly));
            QVERIFY(db.errorString().contains(u"does not exist"_s));
            QVERIFY(!QFile::exists(path));
        }
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
        }
        ProjectDatabase db;
        QVERIFY2(db.open(path, ProjectDatabase::Access::ReadOnly), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.schemaVersion(), ProjectDatabase::latestSchemaVersion());
        QVERIFY(!db.setMeta(u"k"_s, u"v"_s));
    }

    void foreignKeysAndCountsAreEnforced()
    {
        ProjectDatabase db;
        QVERIFY(db.open(QString()));
        QVERIFY(!db.exec(u"INSERT INTO document_texts (document_id, text) VALUES (42, 'x')"_s));
        QVERIFY(
            db.exec(u"INSERT INTO documents (id, source_path, format, title, text_length_utf16, source_size, source_mtime_ms, source_sha256, source_encoding, "
                    "line_endings, imported_at, updated_at) VALUES (1, 'a.txt', 'text', 'A', 5, 5, 0, '', 'UTF-8', 'lf', '', '')"_s));
        QVERIFY(db.exec(u"INSERT INTO labels (id, name, color) VALUES (1, 'Quote', '#ff0000')"_s));
        const auto insert = u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, author, created_at, updated_at) "
                            "VALUES (1, 1, %1, %2, 'x', 'me', '', '')"_s;
        QVERIFY(db.exec(insert.arg(0).arg(2)));
        QVERIFY(db.exec(insert.arg(1).arg(3)));
        QCOMPARE(scalar(db, u"SELECT annotation_count FROM documents WHERE id = 1"_s).toInt(), 2);
        QVERIFY(!db.exec(insert.arg(3).arg(3))); // empty span
        QVERIFY(!db.exec(insert.arg(-1).arg(2))); // negative offset
        QVERIFY(db.exec(u"DELETE FROM annotations WHERE start_utf16 = 0"_s));
        QCOMPARE(scalar(db, u"SELECT annotation_count FROM documents WHERE id = 1"_s).toInt(), 1);
        // Deleting a document takes its text and annotations with it.
        QVERIFY(db.exec(u"DELETE FROM documents WHERE id = 1"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM annotations"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM document_texts"_s).toInt(), 0);
    }

    void documentTextComesBackExactly_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8 file") << u"UTF-8"_s;
        // SQLite's other storage: read through its own conversion.
        QTest::newRow("UTF-16 file") << u"UTF-16le"_s;
    }

    void documentTextComesBackExactly()
    {
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        {
            // The encoding of a database is fixed by its first page: set it before the schema.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"PRAGMA encoding = '%1'"_s.arg(encoding)));
            QVERIFY(query.exec(u"CREATE TABLE t (x)"_s));
            QVERIFY(query.exec(u"DROP TABLE t"_s));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        ProjectDatabase db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, u"PRAGMA encoding"_s).toString(), encoding == u"UTF-8"_s ? encoding : u"UTF-16le"_s);

        // Read in 32 KB pieces: a four-byte emoji straddles the first piece's end (bytes
        // 32,766–32,769), a three-byte CJK letter the second's (65,535–65,537).
        const QString straddling = QString(32766, u'a') + u"😀"_s + QString(65535 - 32770, u'c') + u"漢字 Renée 👩‍⚕️ end"_s;
        QCOMPARE(straddling.toUtf8().indexOf("漢"), 65535);
        const QList<QString> texts = {
            u"plain ASCII\n"_s,
            u"\uFEFFa text that starts with U+FEFF, kept as a character"_s,
            u"CRLF\r\nline two\r\n“quotes” 🤝 漢字 Renée قال المندوب 🇺🇦\r\n"_s,
            straddling,
            QString(),
            u"noncharacters \uFFFE and \uFFFF in the middle"_s,
            // 5.6 M UTF-16 units in 7 MB of UTF-8: the read sizes its string to the bytes
            // (14 MB) and asks for huge pages only as far as the stored length (11.2 MB).
            u"Korvath 🤝 漢字 Renée pledged\n"_s.repeated(200'000),
        };
        // Bound as UTF-8, as the importer writes texts (bound as UTF-16, SQLite would drop
        // the leading U+FEFF: corpusimporter_test aLeadingZeroWidthNoBreakSpaceIsKept).
        {
            // Finalized before the connection closes: an open statement would keep it open.
            SqliteStatement insert;
            QVERIFY(insert.prepare(db.handle(), "INSERT INTO document_texts (document_id, text) VALUES (?, ?)"));
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const QString &text = texts.at(i);
                QVERIFY(
                    db.exec(u"INSERT INTO documents (id, source_path, format, title, text_length_utf16, source_size, source_mtime_ms, source_sha256, "
                            "source_encoding, line_endings, imported_at, updated_at) VALUES (%1, '%1.txt', 'text', 'T', %2, 1, 0, '', 'UTF-8', 'lf', '', '')"_s
                                .arg(i + 1)
                                .arg(text.size())));
                const QByteArray utf8 = text.toUtf8();
                sqlite3_bind_int64(insert.handle(), 1, i + 1);
                sqlite3_bind_text(insert.handle(), 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                QCOMPARE(sqlite3_step(insert.handle()), SQLITE_DONE);
                sqlite3_reset(insert.handle());
            }
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString read = db.documentText(i + 1);
            // SQLite's own UTF-8 to UTF-16 conversion turns the noncharacters U+FFFE and
            // U+FFFF into U+FFFD. Quotes read through QtSql come back that way, so the text
            // must too, or a deleted annotation could not be restored by undo.
            QString expected = texts.at(i);
            expected.replace(QChar(0xFFFE), QChar(0xFFFD)).replace(QChar(0xFFFF), QChar(0xFFFD));
            QCOMPARE(read.size(), expected.size());
            QCOMPARE(read, expected);
            QVERIFY(!read.isNull()); // an empty text is there; a missing one is null
        }
        QVERIFY(db.documentText(99).isNull());

        // A stored length that does not match the text: the text still comes back whole.
        QVERIFY(db.exec(u"UPDATE documents SET text_length_utf16 = 3 WHERE id = 3"_s));
        QCOMPARE(db.documentText(3), texts.at(2));
        QVERIFY(db.exec(u"UPDATE documents SET text_length_utf16 = 1000000 WHERE id = 4"_s));
        QCOMPARE(db.documentText(4), texts.at(3));
        QVERIFY(db.exec(u"UPDATE documents SET text_length_utf16 = 0 WHERE id = 1"_s));
        QCOMPARE(db.documentText(1), texts.at(0));
        db.close();
        QVERIFY(db.documentText(1).isNull());
    }

    void boundTextKeepsALeadingByteOrderMark()
    {
        ProjectDatabase db;
        QVERIFY(db.open(QString()));
        QVERIFY(db.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)"_s));
        const QList<QString> values = {u"\uFEFFafter U+FEFF"_s, u"\uFFFEafter U+FFFE"_s, u"\uFEFF\uFEFFtwo"_s, u"plain"_s, u""_s};
        for (qsizetype i = 0; i < values.size(); ++i) {
            QSqlQuery insert(db.database());
            QVERIFY(insert.prepare(u"INSERT INTO t (id, value) VALUES (?, ?)"_s));
            insert.addBindValue(i);
            insert.addBindValue(boundText(values.at(i)));
            QVERIFY(insert.exec());
            // The stored bytes: SQLite's own conversion back to UTF-16 turns U+FFFE into U+FFFD.
            QCOMPARE(scalar(db, u"SELECT hex(CAST(value AS BLOB)) FROM t WHERE id = %1"_s.arg(i)).toByteArray(), values.at(i).toUtf8().toHex().toUpper());
        }
        QCOMPARE(scalar(db, u"SELECT value FROM t WHERE id = 0"_s).toString(), values.at(0));
        // Why: bound as it is, SQLite drops the first character.
        QSqlQuery insert(db.database());
        QVERIFY(insert.prepare(u"INSERT INTO t (id, value) VALUES (99, ?)"_s));
        insert.addBindValue(values.at(0));
        QVERIFY(insert.exec());
        QCOMPARE(scalar(db, u"SELECT value FROM t WHERE id = 99"_s).toString(), values.at(0).sliced(1));
    }

    void transactionRollsBackUnlessCommitted()
    {
        ProjectDatabase db;
        QVERIFY(db.open(QString()));
        {
            Transaction transaction(db.database());
            QVERIFY(transaction.isActive());
            QVERIFY(db.setMeta(u"a"_s, u"1"_s));
        }
        QCOMPARE(db.meta(u"a"_s), QString());
        {
            Transaction transaction(db.database());
            QVERIFY(db.setMeta(u"a"_s, u"2"_s));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(db.meta(u"a"_s), u"2"_s);
    }

    void checkedInVersion1ProjectOpens()
    {
        // A project written by schema 1 (tests/data/project-v1.sqlite): it opens and its
        // UTF-16 offsets still select the stored quotes, emoji before them included.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(SCHOLION_TEST_DATA "/project-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ProjectDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), ProjectDatabase::latestSchemaVersion());
        QCOMPARE(db.meta(u"created_by_version"_s), u"0.1.0"_s);
        const QString text = scalar(db, u"SELECT text FROM document_texts WHERE document_id = 1"_s).toString();
        QCOMPARE(text.size(), scalar(db, u"SELECT text_length_utf16 FROM documents WHERE id = 1"_s).toInt());
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT start_utf16, end_utf16, quote FROM annotations ORDER BY id"_s));
        int rows = 0;
        while (query.next()) {
            ++rows;
            const int start = query.value(0).toInt();
            const int end = query.value(1).toInt();
            QCOMPARE(text.mid(start, end - start), query.value(2).toString());
        }
        QCOMPARE(rows, 2);
        QCOMPARE(scalar(db, u"SELECT annotation_count FROM documents WHERE id = 1"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT name FROM entities e JOIN entity_aliases a ON a.entity_id = e.id WHERE a.alias_key = 'korvath'"_s).toString(),
            u"Anselm Korvath"_s);

        // Schema 3: a document's spans come in text order from a covering index, no sorting.
        QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id, label_id, start_utf16, end_utf16 FROM annotations WHERE document_id = 1 "
                           "ORDER BY start_utf16, end_utf16 DESC, id"_s));
        QStringList plan;
        while (query.next()) {
            plan << query.value(3).toString();
        }
        QCOMPARE(plan, QStringList{u"SEARCH annotations USING COVERING INDEX annotations_document (document_id=?)"_s});
    }
};

QTEST_GUILESS_MAIN(ProjectDatabaseTest)
#include "projectdatabase_test.moc"
