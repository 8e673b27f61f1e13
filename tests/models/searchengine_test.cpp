// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The search backend against references computed here: full-text hits equal a brute-force
// scan of a generated corpus (diacritics, CJK, emoji), the index follows inserts, updates,
// deletes, rebuilds and the schema-1 fixture; regex search streams and cancels; annotation
// filters on a small annotated project.

#include "testcorpus.h"

#include <models/annotation.h>
#include <models/annotationstore.h>
#include <models/project.h>
#include <models/projectdatabase.h>
#include <models/search/searchengine.h>
#include <models/search/searchindex.h>
#include <models/search/searchquery.h>

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

struct Doc {
    QString title;
    QString text;
    int status = 0;
    QString date;
};

Doc plain(const QString &title, const QString &text)
{
    Doc doc;
    doc.title = title;
    doc.text = text;
    return doc;
}

qint64 insertDocument(ProjectDatabase &db, const Doc &doc)
{
    QSqlQuery query(db.database());
    query.prepare(
        u"INSERT INTO documents (source_path, format, title, doc_date, text_length_utf16, source_size, source_mtime_ms, source_sha256, source_encoding, "
        "line_endings, status, imported_at, updated_at) VALUES (?, 'text', ?, ?, ?, 0, 0, '', 'UTF-8', 'lf', ?, '2026-01-01', '2026-01-01')"_s);
    static int counter = 0;
    query.addBindValue(u"doc-%1.txt"_s.arg(++counter));
    query.addBindValue(doc.title);
    query.addBindValue(doc.date.isEmpty() ? QVariant() : QVariant(doc.date));
    query.addBindValue(doc.text.size());
    query.addBindValue(doc.status);
    if (!query.exec()) {
        qWarning("insert failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery text(db.database());
    text.prepare(u"INSERT INTO document_texts (document_id, text) VALUES (?, ?)"_s);
    text.addBindValue(id);
    text.addBindValue(doc.text);
    if (!text.exec()) {
        qWarning("insert failed: %s", qPrintable(text.lastError().text()));
        return 0;
    }
    return id;
}

// Words chosen so that every case the tokenizer treats specially appears: prefixes of each
// other, case variants, precomposed and combining accents, CJK runs, Cyrillic, digits.
const QStringList kWords = {
    u"aid"_s,
    u"aide"_s,
    u"aided"_s,
    u"package"_s,
    u"Package"_s,
    u"pledge"_s,
    u"pledged"_s,
    u"Korvath"_s,
    u"korvath"_s,
    u"KORVATH"_s,
    u"café"_s,
    u"Cafe"_s,
    u"cafe\u0301"_s,
    u"naïve"_s,
    u"NAÏVE"_s,
    u"résumé"_s,
    u"東京"_s,
    u"東京都"_s,
    u"Ёлка"_s,
    u"ёлка"_s,
    u"2026"_s,
    u"3.5"_s,
    u"Serenne"_s,
    u"talks"_s,
    u"the"_s,
    u"of"_s,
    u"military"_s,
    u"humanitarian"_s,
    u"😀"_s,
    u"👩‍💻"_s,
    u"🇺🇦"_s,
    u"Ferrand"_s,
    u"supplementary"_s,
};
const QStringList kSeparators = {u" "_s, u" "_s, u" "_s, u", "_s, u". "_s, u"\n"_s, u" — "_s, u" “"_s, u"” "_s, u"\n\n"_s};

QList<Doc> generatedCorpus(int documents, unsigned seed)
{
    std::mt19937 random(seed);
    QList<Doc> corpus;
    for (int d = 0; d < documents; ++d) {
        Doc doc;
        doc.title = u"Generated %1"_s.arg(d);
        const int words = 20 + int(random() % 400);
        for (int w = 0; w < words; ++w) {
            doc.text += kWords.at(random() % kWords.size());
            doc.text += kSeparators.at(random() % kSeparators.size());
        }
        corpus << doc;
    }
    return corpus;
}

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded;
    QString cased;
};

// Splits text into index tokens with UTF-16 offsets, independently of FTS5.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    qsizetype start = -1;
    while (i <= text.size()) {
        char32_t c = 0;
        qsizetype width = 1;
        if (i < text.size()) {
            c = text.at(i).unicode();
            if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                width = 2;
            }
        }
        const bool inToken = i < text.size() && isSearchTokenCharacter(c);
        if (inToken && start < 0) {
            start = i;
        } else if (!inToken && start >= 0) {
            const QString word = text.mid(start, i - start);
            tokens << Token{start, i, searchTokens(word).value(0), searchTokens(word, false).value(0)};
            start = -1;
        }
        i += width;
    }
    return tokens;
}

struct Phrase {
    QStringList words;
    bool prefix = false;
};

using Range = std::pair<qsizetype, qsizetype>;

QList<Range> occurrences(const QList<Token> &tokens, const Phrase &phrase, bool caseSensitive)
{
    QList<Range> ranges;
    QStringList want;
    for (const QString &word : phrase.words) {
        want << (caseSensitive ? searchTokens(word, false) : searchTokens(word)).value(0);
    }
    for (qsizetype first = 0; first + want.size() <= tokens.size(); ++first) {
        bool all = true;
        for (qsizetype k = 0; k < want.size() && all; ++k) {
            const QString have = caseSensitive ? tokens.at(first + k).cased : tokens.at(first + k).folded;
            const bool last = k == want.size() - 1;
            if (caseSensitive) {
                // The index matched case-insensitively; the hit must also have the query's case.
                all = (last && phrase.prefix) ? have.startsWith(want.at(k)) : have == want.at(k);
            } else {
                all = (last && phrase.prefix) ? have.startsWith(want.at(k)) : have == want.at(k);
            }
        }
        if (all) {
            ranges << Range{tokens.at(first).start, tokens.at(first + want.size() - 1).end};
        }
    }
    return ranges;
}

// FTS5's highlight() joins overlapping instances into one.
QList<Range> merged(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<Range> out;
    for (const Range &range : ranges) {
        if (!out.isEmpty() && range.first < out.constLast().second) {
            out.last().second = std::max(out.last().second, range.second);
        } else {
            out << range;
        }
    }
    return out;
}

enum class Combine {
    All,
    Any,
    FirstWithoutSecond,
};

struct Reference {
    QList<std::tuple<qint64, qsizetype, qsizetype>> hits;
    int documents = 0;
};

Reference bruteForce(const QList<std::pair<qint64, QString>> &texts, const QList<Phrase> &phrases, Combine combine, bool caseSensitive)
{
    Reference reference;
    for (const auto &[id, text] : texts) {
        const QList<Token> tokens = tokenize(text);
        QList<QList<Range>> found;
        for (const Phrase &phrase : phrases) {
            found << occurrences(tokens, phrase, false);
        }
        bool matches = false;
        switch (combine) {
        case Combine::All:
            matches = std::all_of(found.cbegin(), found.cend(), [](const QList<Range> &r) {
                return !r.isEmpty();
            });
            break;
        case Combine::Any:
            matches = std::any_of(found.cbegin(), found.cend(), [](const QList<Range> &r) {
                return !r.isEmpty();
            });
            break;
        case Combine::FirstWithoutSecond:
            matches = !found.at(0).isEmpty() && found.at(1).isEmpty();
            found.removeLast();
            break;
        }
        if (!matches) {
            continue;
        }
        QList<Range> all;
        for (const QList<Range> &r : std::as_const(found)) {
            all << r;
        }
        all = merged(all);
        if (caseSensitive) {
            QList<Range> exact;
            for (qsizetype p = 0; p < found.size(); ++p) {
                exact << occurrences(tokens, phrases.at(p), true);
            }
            QList<Range> kept;
            for (const Range &range : std::as_const(all)) {
                if (std::any_of(exact.cbegin(), exact.cend(), [&](const Range &e) {
                        return e.first >= range.first && e.second <= range.second;
                    })) {
                    kept << range;
                }
            }
            all = kept;
        }
        ++reference.documents;
        for (const Range &range : std::as_const(all)) {
            reference.hits << std::tuple{id, range.first, range.second};
        }
    }
    return reference;
}

QList<std::tuple<qint64, qsizetype, qsizetype>> positions(const QList<SearchHit> &hits)
{
    QList<std::tuple<qint64, qsizetype, qsizetype>> out;
    for (const SearchHit &hit : hits) {
        out << std::tuple{hit.documentId, qsizetype(hit.start), qsizetype(hit.end)};
    }
    return out;
}

int matchCount(const QString &path, const QString &expression)
{
    ProjectDatabase db;
    if (!db.open(path, ProjectDatabase::Access::ReadOnly)) {
        return -1;
    }
    QSqlQuery query(db.database());
    query.prepare(u"SELECT count(*) FROM document_fts WHERE document_fts MATCH ?"_s);
    query.addBindValue(expression);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString watermark(const QString &path)
{
    ProjectDatabase db;
    if (!db.open(path, ProjectDatabase::Access::ReadOnly)) {
        return db.errorString();
    }
    return db.meta(u"search_indexed_upto"_s);
}

SearchRequest fullText(const QString &query, bool wholeWords = true, bool caseSensitive = false)
{
    SearchRequest request;
    request.query = query;
    request.wholeWords = wholeWords;
    request.caseSensitive = caseSensitive;
    return request;
}

} // namespace

Q_DECLARE_METATYPE(Combine)

class SearchEngineTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpusPath;
    QList<std::pair<qint64, QString>> m_texts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpusPath = m_dir.filePath(u"generated.sqlite"_s);
        ProjectDatabase db;
        QVERIFY2(db.open(m_corpusPath), qPrintable(db.errorString()));
        QCOMPARE(db.meta(u"search_indexed_upto"_s), u"9223372036854775807"_s);
        const QList<Doc> corpus = generatedCorpus(300, 20260611);
        QVERIFY(db.database().transaction());
        for (const Doc &doc : corpus) {
            const qint64 id = insertDocument(db, doc);
            QVERIFY(id > 0);
            m_texts << std::pair{id, doc.text};
        }
        QVERIFY(db.database().commit());
    }

    void fullTextEqualsBruteForce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QList<Phrase>>("phrases");
        QTest::addColumn<Combine>("combine");

        const auto one = [](const QString &word, bool prefix = false) {
            return QList<Phrase>{Phrase{{word}, prefix}};
        };
        QTest::newRow("word") << u"aid"_s << true << false << one(u"aid"_s) << Combine::All;
        QTest::newRow("word starts") << u"aid"_s << false << false << one(u"aid"_s, true) << Combine::All;
        QTest::newRow("prefix") << u"pledg*"_s << true << false << one(u"pledg"_s, true) << Combine::All;
        QTest::newRow("case folded") << u"KORVATH"_s << true << false << one(u"korvath"_s) << Combine::All;
        QTest::newRow("case sensitive") << u"Korvath"_s << true << true << one(u"Korvath"_s) << Combine::All;
        QTest::newRow("case sensitive prefix") << u"Pack*"_s << true << true << one(u"Pack"_s, true) << Combine::All;
        QTest::newRow("diacritics ignored") << u"cafe"_s << true << false << one(u"cafe"_s) << Combine::All;
        QTest::newRow("diacritics in the query") << u"NAÏVE"_s << true << false << one(u"naive"_s) << Combine::All;
        QTest::newRow("cjk token") << u"東京"_s << true << false << one(u"東京"_s) << Combine::All;
        QTest::newRow("cjk prefix") << u"東京*"_s << true << false << one(u"東京"_s, true) << Combine::All;
        QTest::newRow("cyrillic") << u"ЁЛКА"_s << true << false << one(u"ёлка"_s) << Combine::All;
        QTest::newRow("digits") << u"2026"_s << true << false << one(u"2026"_s) << Combine::All;
        QTest::newRow("phrase") << u"\"military package\""_s << true << false << QList<Phrase>{Phrase{{u"military"_s, u"package"_s}}} << Combine::All;
        QTest::newRow("phrase across punctuation") << u"\"3.5 Serenne\""_s << true << false << QList<Phrase>{Phrase{{u"3"_s, u"5"_s, u"serenne"_s}}}
                                                   << Combine::All;
        QTest::newRow("and") << u"humanitarian Ferrand"_s << true << false << QList<Phrase>{Phrase{{u"humanitarian"_s}}, Phrase{{u"ferrand"_s}}}
                             << Combine::All;
        QTest::newRow("or") << u"supplementary OR résumé"_s << true << false << QList<Phrase>{Phrase{{u"supplementary"_s}}, Phrase{{u"resume"_s}}}
                            << Combine::Any;
        QTest::newRow("not") << u"talks NOT Serenne"_s << true << false << QList<Phrase>{Phrase{{u"talks"_s}}, Phrase{{u"serenne"_s}}}
                             << Combine::FirstWithoutSecond;
    }

    void fullTextEqualsBruteForce()
    {
        QFETCH(QString, query);
        QFETCH(bool, wholeWords);
        QFETCH(bool, caseSensitive);
        QFETCH(QList<Phrase>, phrases);
        QFETCH(Combine, combine);

        QString error;
        const QList<SearchHit> hits = SearchEngine::searchNow(m_corpusPath, fullText(query, wholeWords, caseSensitive), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Reference reference = bruteForce(m_texts, phrases, combine, caseSensitive);
        QVERIFY2(!reference.hits.isEmpty(), "the generated corpus should contain the query");
        QCOMPARE(hits.size(), reference.hits.size());
        QCOMPARE(positions(hits), reference.hits);
        if (!caseSensitive) {
            QCOMPARE(matchCount(m_corpusPath, parseSearchQuery(query, !wholeWords).ftsExpression), reference.documents);
        }
        const QHash<qint64, QString> texts(m_texts.cbegin(), m_texts.cend());
        for (const SearchHit &hit : hits) {
            QCOMPARE(hit.hit, texts.value(hit.documentId).mid(hit.start, hit.end - hit.start));
            QCOMPARE(hit.documentTitle, u"Generated %1"_s.arg(hit.documentId - m_texts.constFirst().first));
        }
    }

    void nearAndContext()
    {
        const QString path = m_dir.filePath(u"near.sqlite"_s);
        ProjectDatabase db;
        QVERIFY(db.open(path));
        const QString text = u"Opening line of an article about nothing in particular at all, really.\n"
                             "The donors pledged a supplementary aid package 🇺🇦 of $ 500 million to Marrel on Tuesday evening, officials in Serenne said.\n"
                             "Elsewhere, aid was discussed but no package was mentioned anywhere near it in this long sentence."_s;
        const qint64 id = insertDocument(db, plain(u"Near"_s, text));
        QString error;
        const QList<SearchHit> hits = SearchEngine::searchNow(path, fullText(u"NEAR(aid package, 2)"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 2);
        const qsizetype aid = text.indexOf(u"aid package"_s);
        QCOMPARE(hits.at(0).documentId, id);
        QCOMPARE(hits.at(0).start, aid);
        QCOMPARE(hits.at(0).end, aid + 3);
        QCOMPARE(hits.at(1).hit, u"package"_s);
        QCOMPARE(hits.at(1).start, aid + 4);
        // About 60 characters either side, cut at white space, line breaks shown as spaces.
        QCOMPARE(hits.at(0).left, u"at all, really. The donors pledged a supplementary "_s);
        QCOMPARE(hits.at(0).right, u" package 🇺🇦 of $ 500 million to Marrel on Tuesday evening,"_s);
        QVERIFY(hits.at(0).left.size() <= 60 && hits.at(0).right.size() <= 60);

        const QList<SearchHit> phrase = SearchEngine::searchNow(path, fullText(u"\"aid package\" Serenne"_s), &error);
        QCOMPARE(phrase.size(), 2);
        QCOMPARE(phrase.at(0).hit, u"aid package"_s);
        QCOMPARE(phrase.at(1).hit, u"Serenne"_s);
        QCOMPARE(phrase.at(1).right, u" said. Elsewhere, aid was discussed but no package was"_s);

        SearchRequest limited = fullText(u"aid OR package"_s);
        limited.limit = 3;
        QCOMPARE(SearchEngine::searchNow(path, limited, &error).size(), 3);
    }

    void markerCharactersNeverShiftOffsets()
    {
        const QString path = m_dir.filePath(u"markers.sqlite"_s);
        ProjectDatabase db;
        QVERIFY(db.open(path));
        insertDocument(db, plain(u"odd"_s, u"aid \uFDD0 aid"_s));
        const qint64 normal = insertDocument(db, plain(u"normal"_s, u"more aid"_s));
        QString error;
        const QList<SearchHit> hits = SearchEngine::searchNow(path, fullText(u"aid"_s), &error);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).documentId, normal);
        QCOMPARE(hits.at(0).start, 5);
    }

    void projectIndexesAfterImport()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        QVERIFY(Scholion::Tests::copyTree(Scholion::Tests::sampleCorpusSource(), corpus));
        Project project;
        QVERIFY2(project.openCorpus(corpus), qPrintable(project.errorString()));
        QVERIFY(project.searchIndex());
        QSignalSpy imported(&project, &Project::importFinished);
        QSignalSpy indexed(project.searchIndex(), &SearchIndex::finished);
        QSignalSpy progress(project.searchIndex(), &SearchIndex::progress);
        QVERIFY(project.startImport());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(indexed.size(), 1, 30000);
        QVERIFY(indexed.at(0).at(0).toBool());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0), progress.constLast().at(1));
        QVERIFY(progress.constLast().at(1).toLongLong() >= 8);
        QVERIFY(SearchIndex::isComplete(project.path()));
        QString error;
        QVERIFY(!SearchEngine::searchNow(project.path(), fullText(u"Korvath"_s), &error).isEmpty());
        QCOMPARE(matchCount(project.path(), u"korvath"_s) > 0, true);
    }

    void malformedQueryIsFriendly()
    {
        QString error = u"stale"_s;
        QVERIFY(SearchEngine::searchNow(m_corpusPath, fullText(u"aid AND"_s), &error).isEmpty());
        QCOMPARE(error, u"“AND” at character 5 needs a word or a phrase after it."_s);

        SearchEngine engine(m_corpusPath);
        QSignalSpy failed(&engine, &SearchEngine::failed);
        QSignalSpy finished(&engine, &SearchEngine::finished);
        engine.start(fullText(u"(aid"_s));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), u"The parenthesis at character 1 is not closed."_s);
        QCOMPARE(finished.size(), 0);
    }

    void indexFollowsChanges()
    {
        const QString path = m_dir.filePath(u"changes.sqlite"_s);
        ProjectDatabase db;
        QVERIFY(db.open(path));
        const qint64 id = insertDocument(db, plain(u"One"_s, u"The envoy arrived in Serenne."_s));
        QString error;
        QCOMPARE(SearchEngine::searchNow(path, fullText(u"envoy"_s), &error).size(), 1);

        QSqlQuery query(db.database());
        query.prepare(u"UPDATE document_texts SET text = ? WHERE document_id = ?"_s);
        query.addBindValue(u"The delegation left Serenne."_s);
        query.addBindValue(id);
        QVERIFY(query.exec());
        QVERIFY(query.exec(u"UPDATE documents SET text_length_utf16 = 28 WHERE id = %1"_s.arg(id)));
        QCOMPARE(SearchEngine::searchNow(path, fullText(u"envoy"_s), &error).size(), 0);
        const QList<SearchHit> delegation = SearchEngine::searchNow(path, fullText(u"delegation"_s), &error);
        QCOMPARE(delegation.size(), 1);
        QCOMPARE(delegation.at(0).start, 4);

        QVERIFY(query.exec(u"DELETE FROM documents WHERE id = %1"_s.arg(id)));
        QCOMPARE(SearchEngine::searchNow(path, fullText(u"Serenne"_s), &error).size(), 0);
        QCOMPARE(matchCount(path, u"\"serenne\""_s), 0);
        QVERIFY(query.exec(u"INSERT INTO document_fts (document_fts) VALUES ('integrity-check')"_s));
    }

    void rebuildWithProgress()
    {
        SearchIndex index(m_corpusPath);
        QSignalSpy progress(&index, &SearchIndex::progress);
        QSignalSpy finished(&index, &SearchIndex::finished);
        QVERIFY(!index.ensure()); // complete already
        QVERIFY(index.rebuild());
        QVERIFY(index.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), m_texts.size());
        QCOMPARE(progress.constLast().at(1).toLongLong(), m_texts.size());
        QVERIFY(SearchIndex::isComplete(m_corpusPath));
        const Reference reference = bruteForce(m_texts, {Phrase{{u"aid"_s}}}, Combine::All, false);
        QString error;
        QCOMPARE(positions(SearchEngine::searchNow(m_corpusPath, fullText(u"aid"_s), &error)), reference.hits);
    }

    void buildIsResumableAndTriggersWaitForIt()
    {
        const QString path = m_dir.filePath(u"resume.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            for (int i = 0; i < 5; ++i) {
                QVERIFY(insertDocument(db, plain(u"D%1"_s.arg(i), u"alpha beta %1"_s.arg(i))) > 0);
            }
            // As after the upgrade of a project that has texts: nothing indexed yet.
            QVERIFY(db.setMeta(u"search_indexed_upto"_s, u"0"_s));
            QVERIFY(db.exec(u"INSERT INTO document_fts (document_fts) VALUES ('delete-all')"_s));
            QVERIFY(insertDocument(db, plain(u"late"_s, u"alpha gamma"_s)) > 0); // above the watermark: left to the build
        }
        QVERIFY(!SearchIndex::isComplete(path));
        QCOMPARE(matchCount(path, u"alpha"_s), 0);
        std::atomic_bool cancel{false};
        QList<qint64> done;
        QString error;
        QVERIFY(SearchIndex::buildNow(
            path,
            false,
            &error,
            [&](qint64 d, qint64 total) {
                done << d;
                QCOMPARE(total, 6);
            },
            &cancel));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(done.constLast(), 6);
        QVERIFY(SearchIndex::isComplete(path));
        QCOMPARE(matchCount(path, u"alpha"_s), 6);
        QCOMPARE(matchCount(path, u"gamma"_s), 1);

        // A search on an incomplete index completes it first.
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.setMeta(u"search_indexed_upto"_s, u"0"_s));
            QVERIFY(db.exec(u"INSERT INTO document_fts (document_fts) VALUES ('delete-all')"_s));
        }
        QCOMPARE(SearchEngine::searchNow(path, fullText(u"beta"_s), &error).size(), 5);
        QCOMPARE(watermark(path), u"9223372036854775807"_s);
    }

    void schemaOneProjectIsUpgradedAndIndexed()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(SCHOLION_TEST_DATA "/project-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        // Searching upgrades the project (schema 2 adds the index) and indexes its texts.
        const QList<SearchHit> hits = SearchEngine::searchNow(path, fullText(u"ferrand"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).hit, u"Ferrand"_s);
        QCOMPARE(hits.at(0).start, 19);
        QCOMPARE(hits.at(0).documentTitle, u"Leaders agree on aid"_s);
        QCOMPARE(hits.at(0).right, u" 🤝 on March 18 about $ 500 million."_s);
        ProjectDatabase db;
        QVERIFY(db.open(path, ProjectDatabase::Access::ReadOnly));
        QCOMPARE(db.schemaVersion(), ProjectDatabase::latestSchemaVersion());
        QCOMPARE(db.meta(u"search_indexed_upto"_s), u"9223372036854775807"_s);
    }

    void schemaOneUpgradeStartsAtZero()
    {
        const QString path = m_dir.filePath(u"v1-open.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(SCHOLION_TEST_DATA "/project-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ProjectDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.meta(u"search_indexed_upto"_s), u"0"_s);
        QVERIFY(!SearchIndex::isComplete(path));
        SearchIndex index(path);
        QSignalSpy finished(&index, &SearchIndex::finished);
        QVERIFY(index.ensure());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(SearchIndex::isComplete(path));
        QCOMPARE(matchCount(path, u"korvath"_s), 1);
    }

    void regex()
    {
        const QString path = m_dir.filePath(u"regex.sqlite"_s);
        ProjectDatabase db;
        QVERIFY(db.open(path));
        const QString text = u"👩‍💻 Café 500 million; CAFÉ 20 million\nthe cafeteria 7 million"_s;
        const qint64 id = insertDocument(db, plain(u"R"_s, text));
        SearchRequest request;
        request.mode = SearchRequest::Mode::Regex;
        request.query = u"\\d+ million"_s;
        QString error;
        QList<SearchHit> hits = SearchEngine::searchNow(path, request, &error);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).documentId, id);
        QCOMPARE(hits.at(0).start, text.indexOf(u"500"_s));
        QCOMPARE(hits.at(0).hit, u"500 million"_s);
        QCOMPARE(hits.at(0).left, u"👩‍💻 Café "_s);
        QCOMPARE(hits.at(2).left, u"👩‍💻 Café 500 million; CAFÉ 20 million the cafeteria "_s); // the text is shorter than the context

        request.query = u"caf\\w*"_s;
        QCOMPARE(SearchEngine::searchNow(path, request, &error).size(), 3);
        request.caseSensitive = true;
        QCOMPARE(SearchEngine::searchNow(path, request, &error).size(), 1);
        request.caseSensitive = false;
        request.query = u"caf."_s;
        request.wholeWords = true;
        hits = SearchEngine::searchNow(path, request, &error);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(1).hit, u"CAFÉ"_s);

        request.query = u"^the"_s;
        request.wholeWords = false;
        QCOMPARE(SearchEngine::searchNow(path, request, &error).size(), 1);

        request.query = u"million (\\d"_s;
        QVERIFY(SearchEngine::searchNow(path, request, &error).isEmpty());
        QVERIFY2(error.startsWith(u"The regular expression is not valid at character 12: "_s), qPrintable(error));
    }

    void regexStreamsAndCancels()
    {
        const QString path = m_dir.filePath(u"big.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.database().transaction());
            QString text;
            for (int i = 0; i < 2000; ++i) {
                text += u"word%1 aid package, "_s.arg(i);
            }
            for (int d = 0; d < 400; ++d) {
                QVERIFY(insertDocument(db, plain(u"Big %1"_s.arg(d), text)) > 0);
            }
            QVERIFY(db.database().commit());
        }
        SearchEngine engine(path);
        QSignalSpy found(&engine, &SearchEngine::hitsFound);
        QSignalSpy finished(&engine, &SearchEngine::finished);
        SearchRequest request;
        request.mode = SearchRequest::Mode::Regex;
        request.query = u"a[a-z]+"_s;
        engine.start(request);
        QVERIFY(engine.isRunning());
        QTRY_VERIFY(!found.isEmpty());
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!engine.isRunning());
        const int total = finished.at(0).at(0).toInt();
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY2(total < 400 * 4000, qPrintable(QString::number(total)));
        int delivered = 0;
        qint64 lastDocument = 0;
        for (const QList<QVariant> &batch : std::as_const(found)) {
            for (const SearchHit &hit : batch.at(0).value<QList<SearchHit>>()) {
                QVERIFY(hit.documentId >= lastDocument);
                lastDocument = hit.documentId;
                ++delivered;
            }
        }
        QCOMPARE(delivered, total);

        // A new search replaces a running one; only the new one reports.
        found.clear();
        finished.clear();
        engine.start(request);
        request.query = u"word1999\\b"_s;
        engine.start(request);
        engine.wait();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 400);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
    }

    void annotationFilters()
    {
        const QString path = m_dir.filePath(u"annotated.sqlite"_s);
        ProjectDatabase db;
        QVERIFY(db.open(path));
        AnnotationStore store(&db);
        QVERIFY(store.ensureDefaultSchema());
        const QString t1 = u"“We stand with Marrel,” said Korvath. Donors pledged $ 500 million 🇺🇦. Ferrand said: “Enough.”"_s;
        const QString t2 = u"Korvath pledged 20 million dollars. “Never again,” Korvath said."_s;
        const qint64 d1 = insertDocument(db, Doc{u"First"_s, t1, 2, u"2026-03-01"_s});
        const qint64 d2 = insertDocument(db, Doc{u"Second"_s, t2, 0, u"2026-04-15"_s});
        const auto labelId = [&](const QString &labelPath) {
            return store.labelByPath(labelPath).value_or(Label{}).id;
        };
        const qint64 quote = labelId(u"Quote"_s);
        const qint64 person = labelId(u"Actor › Person"_s);
        const qint64 financial = labelId(u"Aid figure › Financial"_s);
        QVERIFY(quote && person && financial && labelId(u"Actor"_s));
        const auto add = [&](qint64 doc, const QString &text, const QString &what, qint64 label, int occurrence = 0) {
            qsizetype start = -1;
            for (int i = 0; i <= occurrence; ++i) {
                start = text.indexOf(what, start + 1);
            }
            Annotation a;
            a.documentId = doc;
            a.labelId = label;
            a.start = start;
            a.end = start + what.size();
            return store.performAdd(a).value_or(0);
        };
        const qint64 q1 = add(d1, t1, u"We stand with Marrel,"_s, quote);
        const qint64 k1 = add(d1, t1, u"Korvath"_s, person);
        const qint64 amount1 = add(d1, t1, u"$ 500 million"_s, financial);
        const qint64 q2 = add(d1, t1, u"Enough."_s, quote);
        const qint64 f1 = add(d1, t1, u"Ferrand"_s, person);
        const qint64 amount2 = add(d2, t2, u"20 million dollars"_s, financial);
        const qint64 q3 = add(d2, t2, u"Never again,"_s, quote);
        const qint64 k2 = add(d2, t2, u"Korvath"_s, person, 1);
        QVERIFY(q1 && k1 && amount1 && q2 && f1 && amount2 && q3 && k2);
        const qint64 korvath = store.performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {}, {}}, k1).value_or(0);
        const qint64 ferrand = store.performAddEntity(Entity{0, u"Ferrand"_s, u"Person"_s, {}, {}}, f1).value_or(0);
        QVERIFY(korvath && ferrand);
        QVERIFY(store.performLinkEntity(k2, korvath));
        qint64 saidBy = 0;
        for (const RelationType &type : store.relationTypes()) {
            if (type.name == u"said_by"_s) {
                saidBy = type.id;
            }
        }
        QVERIFY(saidBy);
        QVERIFY(store.performAddRelation(Relation{0, saidBy, q1, k1, {}, {}, {}}));
        QVERIFY(store.performAddRelation(Relation{0, saidBy, q2, f1, {}, {}, {}}));
        QVERIFY(store.performAddRelation(Relation{0, saidBy, q3, k2, {}, {}, {}}));
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT la.id, la.name FROM label_attributes la JOIN labels l ON l.id = la.label_id WHERE l.name = 'Aid figure'"_s));
        qint64 amountAttribute = 0;
        qint64 currencyAttribute = 0;
        while (query.next()) {
            if (query.value(1).toString() == u"amount"_s) {
                amountAttribute = query.value(0).toLongLong();
            } else if (query.value(1).toString() == u"currency"_s) {
                currencyAttribute = query.value(0).toLongLong();
            }
        }
        QVERIFY(amountAttribute && currencyAttribute);
        QVERIFY(store.performSetAttribute(amount1, amountAttribute, u"500000000"_s));
        QVERIFY(store.performSetAttribute(amount1, currencyAttribute, u"USD"_s));
        QVERIFY(store.performSetAttribute(amount2, amountAttribute, u"20000000"_s));
        QVERIFY(store.performSetAttribute(amount2, currencyAttribute, u"USD"_s));
        QVERIFY(store.performSetNote(q3, u"Check the Ukrainian original"_s));

        const auto ids = [&](const AnnotationFilter &filter, const QString &text = {}) {
            SearchRequest request;
            request.mode = SearchRequest::Mode::Annotations;
            request.filter = filter;
            request.query = text;
            QString error;
            QList<qint64> out;
            for (const SearchHit &hit : SearchEngine::searchNow(path, request, &error)) {
                out << hit.annotationId;
            }
            if (!error.isEmpty()) {
                qWarning("%s", qPrintable(error));
            }
            return out;
        };

        AnnotationFilter filter;
        filter.labelIds = {labelId(u"Actor"_s)}; // sub-labels included
        QCOMPARE(ids(filter), (QList<qint64>{k1, f1, k2}));
        filter = {};
        filter.entityId = korvath;
        QCOMPARE(ids(filter), (QList<qint64>{k1, k2}));
        filter = {};
        filter.labelIds = {quote};
        filter.relationType = u"said_by"_s;
        filter.relatedEntityId = korvath;
        QCOMPARE(ids(filter), (QList<qint64>{q1, q3}));
        filter.relatedEntityId = ferrand;
        QCOMPARE(ids(filter), (QList<qint64>{q2}));
        filter = {};
        filter.attributeId = amountAttribute;
        filter.minimum = 100000000;
        filter.minimumExclusive = true;
        filter.currency = u"usd"_s;
        QCOMPARE(ids(filter), (QList<qint64>{amount1}));
        filter.currency = u"EUR"_s;
        QCOMPARE(ids(filter), QList<qint64>{});
        filter = {};
        filter.attributeId = amountAttribute;
        filter.maximum = 20000000;
        QCOMPARE(ids(filter), (QList<qint64>{amount2}));
        filter.maximumExclusive = true;
        QCOMPARE(ids(filter), QList<qint64>{});
        filter = {};
        filter.attributeId = currencyAttribute;
        filter.attributeValue = u"usd"_s;
        QCOMPARE(ids(filter), (QList<qint64>{amount1, amount2}));
        filter = {};
        filter.noteText = u"ukrainian"_s;
        QCOMPARE(ids(filter), (QList<qint64>{q3}));
        filter = {};
        filter.author = store.author();
        QCOMPARE(ids(filter).size(), 8);
        filter.author = u"someone else"_s;
        QCOMPARE(ids(filter), QList<qint64>{});
        filter = {};
        filter.labelIds = {quote};
        filter.statuses = {DocumentStatus::Done};
        QCOMPARE(ids(filter), (QList<qint64>{q1, q2}));
        filter.statuses = {};
        filter.dateFrom = QDate(2026, 4, 1);
        filter.dateTo = QDate(2026, 4, 30);
        QCOMPARE(ids(filter), (QList<qint64>{q3}));
        filter = {};
        filter.labelIds = {quote};
        QCOMPARE(ids(filter, u"marrel"_s), (QList<qint64>{q1}));
        QCOMPARE(ids(filter, u"again OR enough"_s), (QList<qint64>{q2, q3}));
        QCOMPARE(ids(filter, u"stand NOT marrel"_s), QList<qint64>{});
        QCOMPARE(ids(filter, u"\"stand with\""_s), (QList<qint64>{q1}));
        QCOMPARE(ids(filter, u"nev"_s), (QList<qint64>{q3})); // word starts unless whole words

        SearchRequest request;
        request.mode = SearchRequest::Mode::Annotations;
        request.filter.labelIds = {financial};
        QString error;
        const QList<SearchHit> hits = SearchEngine::searchNow(path, request, &error);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).hit, u"$ 500 million"_s);
        QCOMPARE(hits.at(0).left, u"“We stand with Marrel,” said Korvath. Donors pledged "_s);
        QCOMPARE(hits.at(0).right, u" 🇺🇦. Ferrand said: “Enough.”"_s);
        QCOMPARE(hits.at(0).documentTitle, u"First"_s);
        QCOMPARE(hits.at(1).documentId, d2);

        // Document filters restrict full-text search too.
        request = fullText(u"Korvath"_s);
        request.filter.statuses = {DocumentStatus::New};
        const QList<SearchHit> newOnly = SearchEngine::searchNow(path, request, &error);
        QCOMPARE(newOnly.size(), 2);
        QCOMPARE(newOnly.at(0).documentId, d2);
    }
};

QTEST_GUILESS_MAIN(SearchEngineTest)
#include "searchengine_test.moc"
