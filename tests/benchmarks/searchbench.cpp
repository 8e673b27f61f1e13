// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PRODUCT.md §6 target T8: corpus search over 100k documents, the first 50 hits with
// context in < 50 ms p95, next to `SELECT count(*) … MATCH` measured in the same run.
//
//   searchbench [--quick] [--documents N] [--runs N] [--out FILE]
//
// Setup (timed, but not a target): a deterministic corpus of news-like documents (about
// 1.5 KB each; Latin text with accented words, Cyrillic, CJK and emoji; a rare, a common and
// a very common term planted at known rates) is written straight into a new project database
// in transactions of 5,000 documents, the FTS5 triggers indexing as it goes.
//
// Each query runs through SearchEngine::searchNow() with limit 50, exactly as the search panel
// asks (a read-only connection opened per search, the query parsed, FTS5 MATCH with
// highlight(), offsets and ~60 characters of context either side). The reference is
// `SELECT count(*) FROM document_fts WHERE document_fts MATCH ?` on one open connection.
// Runs alternate between the two; percentiles by nearest rank.
//
// Prints a Markdown fragment (the data, the table) to stdout and, with --out, to FILE.
// --quick (ctest smoke): 5,000 documents, 20 runs. Exit codes: 0 measured (rows may say FAIL:
// timing never fails the run), 1 bad arguments, 2 wrong results.

#include <models/projectdatabase.h>
#include <models/search/searchengine.h>
#include <models/search/searchquery.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

struct Stats {
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats statsOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(q * double(samples.size()))));
        return samples.at(std::min(rank, samples.size()) - 1);
    };
    return Stats{at(0.5), at(0.95), samples.constLast()};
}

const QStringList kFiller = {
    u"the"_s,
    u"minister"_s,
    u"said"_s,
    u"on"_s,
    u"Tuesday"_s,
    u"that"_s,
    u"talks"_s,
    u"with"_s,
    u"delegation"_s,
    u"would"_s,
    u"continue"_s,
    u"in"_s,
    u"Serenne"_s,
    u"after"_s,
    u"envoy"_s,
    u"arrived"_s,
    u"officials"_s,
    u"confirmed"_s,
    u"statement"_s,
    u"regional"_s,
    u"security"_s,
    u"border"_s,
    u"meeting"_s,
    u"agreement"_s,
    u"Korvath"_s,
    u"Ferrand"_s,
    u"Marrel"_s,
    u"président"_s,
    u"réunion"_s,
    u"Gespräche"_s,
    u"Außenminister"_s,
    u"переговори"_s,
    u"делегація"_s,
    u"会談"_s,
    u"支援"_s,
    u"🤝"_s,
    u"🇺🇦"_s,
    u"pledged"_s,
    u"pledges"_s,
    u"reconstruction"_s,
    u"reconstructing"_s,
    u"humanitarian"_s,
    u"military"_s,
};

QString documentText(std::mt19937 &random, int index)
{
    QString text;
    text.reserve(1600);
    text += u"Report %1\n\n"_s.arg(index);
    // The very common term: in 9 of 10 documents; the common one in 1 of 10 (as a phrase with
    // "package" half of the time); the rare one in 1 of 10,000.
    const bool veryCommon = index % 10 != 0;
    const bool common = index % 10 == 3;
    const bool rare = index % 10000 == 77;
    int sentence = 0;
    while (text.size() < 1400) {
        const int words = 8 + int(random() % 14);
        for (int w = 0; w < words; ++w) {
            text += kFiller.at(random() % kFiller.size());
            text += u' ';
        }
        if (veryCommon && sentence % 2 == 0) {
            text += u"aid "_s;
        }
        if (common && sentence == 1) {
            text += (index % 20 == 3) ? u"ceasefire package "_s : u"ceasefire "_s;
        }
        if (rare && sentence == 2) {
            text += u"Zyrandolt "_s;
        }
        text.chop(1);
        text += (++sentence % 4 == 0) ? u".\n\n"_s : u". "_s;
    }
    return text;
}

struct Query {
    QString label;
    QString text;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool quick = false;
    int documents = 100000;
    int runs = 200;
    QString outPath;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--quick"_s) {
            quick = true;
            documents = 5000;
            runs = 20;
        } else if (args.at(i) == u"--documents"_s && i + 1 < args.size()) {
            documents = args.at(++i).toInt();
        } else if (args.at(i) == u"--runs"_s && i + 1 < args.size()) {
            runs = args.at(++i).toInt();
        } else if (args.at(i) == u"--out"_s && i + 1 < args.size()) {
            outPath = args.at(++i);
        } else {
            std::fprintf(stderr, "usage: searchbench [--quick] [--documents N] [--runs N] [--out FILE]\n");
            return 1;
        }
    }
    if (documents < 100 || runs < 1) {
        std::fprintf(stderr, "searchbench: at least 100 documents and 1 run\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    qint64 textUnits = 0;
    double buildSeconds = 0;
    {
        ProjectDatabase db;
        if (!db.open(path)) {
            std::fprintf(stderr, "searchbench: %s\n", qPrintable(db.errorString()));
            return 2;
        }
        std::mt19937 random(8);
        QElapsedTimer timer;
        timer.start();
        QSqlQuery document(db.database());
        document.prepare(
            u"INSERT INTO documents (id, source_path, format, title, text_length_utf16, source_size, source_mtime_ms, source_sha256, source_encoding, "
            "line_endings, imported_at, updated_at) VALUES (?, ?, 'text', ?, ?, 0, 0, '', 'UTF-8', 'lf', '2026-01-01', '2026-01-01')"_s);
        QSqlQuery text(db.database());
        text.prepare(u"INSERT INTO document_texts (document_id, text) VALUES (?, ?)"_s);
        for (int i = 1; i <= documents; ++i) {
            if (i % 5000 == 1) {
                db.exec(u"BEGIN"_s);
            }
            const QString body = documentText(random, i);
            textUnits += body.size();
            document.addBindValue(i);
            document.addBindValue(u"doc/%1.txt"_s.arg(i));
            document.addBindValue(u"Report %1"_s.arg(i));
            document.addBindValue(body.size());
            text.addBindValue(i);
            text.addBindValue(body);
            if (!document.exec() || !text.exec()) {
                std::fprintf(stderr, "searchbench: %s %s\n", qPrintable(document.lastError().text()), qPrintable(text.lastError().text()));
                return 2;
            }
            if (i % 5000 == 0 || i == documents) {
                db.exec(u"COMMIT"_s);
            }
        }
        buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    }

    const QList<Query> queries = {
        {u"rare term (1 in 10,000 documents)"_s, u"zyrandolt"_s},
        {u"common term (1 in 10)"_s, u"ceasefire"_s},
        {u"very common term (9 in 10)"_s, u"aid"_s},
        {u"phrase (1 in 20)"_s, u"\"ceasefire package\""_s},
        {u"phrase of very common words"_s, u"\"aid pledged\""_s},
        {u"prefix"_s, u"reconstruct*"_s},
        {u"accented word, accents ignored"_s, u"president"_s},
        {u"OR, AND and parentheses"_s, u"ceasefire Zyrandolt OR (aid AND Gespräche)"_s},
    };

    ProjectDatabase reference;
    if (!reference.open(path, ProjectDatabase::Access::ReadOnly)) {
        std::fprintf(stderr, "searchbench: %s\n", qPrintable(reference.errorString()));
        return 2;
    }
    QSqlQuery count(reference.database());
    count.prepare(u"SELECT count(*) FROM document_fts WHERE document_fts MATCH ?"_s);

    QString table = u"| query | documents matching | first 50 hits with context p50 / p95 (ms) | count(*) MATCH p50 / p95 (ms) | T8 < 50 ms p95 |\n"
                    "|---|---:|---:|---:|---|\n"_s;
    bool wrong = false;
    for (const Query &query : queries) {
        SearchRequest request;
        request.query = query.text;
        request.wholeWords = true;
        request.limit = 50;
        const QString expression = parseSearchQuery(query.text).ftsExpression;
        QString error;
        QList<double> search;
        QList<double> counting;
        int matching = 0;
        for (int run = -1; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchHit> hits = SearchEngine::searchNow(path, request, &error);
            const double searchMs = double(timer.nsecsElapsed()) / 1e6;
            if (!error.isEmpty() || hits.isEmpty() || hits.size() > 50 || hits.constFirst().hit.isEmpty()) {
                std::fprintf(stderr, "searchbench: %s gave %d hits: %s\n", qPrintable(query.text), int(hits.size()), qPrintable(error));
                wrong = true;
                break;
            }
            timer.start();
            count.addBindValue(expression);
            if (!count.exec() || !count.next()) {
                std::fprintf(stderr, "searchbench: count failed: %s\n", qPrintable(count.lastError().text()));
                return 2;
            }
            matching = count.value(0).toInt();
            count.finish();
            const double countMs = double(timer.nsecsElapsed()) / 1e6;
            if (run >= 0) { // the first run warms the page cache
                search << searchMs;
                counting << countMs;
            }
        }
        if (wrong) {
            break;
        }
        const Stats s = statsOf(search);
        const Stats c = statsOf(counting);
        table += u"| %1 `%2` | %3 | %4 / %5 | %6 / %7 | %8 |\n"_s.arg(query.label,
            query.text,
            QString::number(matching),
            QString::number(s.p50, 'f', 1),
            QString::number(s.p95, 'f', 1),
            QString::number(c.p50, 'f', 1),
            QString::number(c.p95, 'f', 1),
            s.p95 < 50 ? u"pass"_s : u"FAIL"_s);
    }
    const QString report =
        u"T8 search: %1 documents (%2 million UTF-16 units of text) written and indexed in %3 s (%4 MB/s of UTF-16 with the FTS5 triggers); %5 runs per query.\n\n"_s
            .arg(documents)
            .arg(double(textUnits) / 1e6, 0, 'f', 0)
            .arg(buildSeconds, 0, 'f', 1)
            .arg(double(textUnits) * 2 / 1e6 / buildSeconds, 0, 'f', 1)
            .arg(runs) +
        table;
    std::fputs(qPrintable(report), stdout);
    if (!outPath.isEmpty()) {
        QFile out(outPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write(report.toUtf8());
        }
    }
    if (quick) {
        std::fputs("(quick smoke run: numbers are not the T8 measurement)\n", stdout);
    }
    return wrong ? 2 : 0;
}
