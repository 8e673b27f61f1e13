// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The search query parser (parseSearchQuery), both with whole words and with word starts.
// Every expression it accepts is run against an FTS5 table built as the project's index is
// (0002_search.sql): SQLite must accept it, since no user text may ever be read as FTS5 syntax.

#include "fuzzutil.h"

#include <models/search/searchquery.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

QSqlQuery &matchQuery()
{
    static QSqlQuery *query = [] {
        ScholionFuzz::ensureApplication();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scholion-fuzz-fts"_s);
        db.setDatabaseName(u":memory:"_s);
        QSqlQuery setup(db);
        if (!db.open() || !setup.exec(u"CREATE VIRTUAL TABLE fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')"_s) ||
            !setup.exec(u"INSERT INTO fts (text) VALUES ('Aid to Kyiv: €5 million, said the minister — naïve café 🚀')"_s)) {
            ScholionFuzz::fail("an FTS5 table", db.lastError().text() + setup.lastError().text());
        }
        auto *match = new QSqlQuery(db);
        match->prepare(u"SELECT count(*) FROM fts WHERE fts MATCH ?"_s);
        return match;
    }();
    return *query;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    bool accepted = false;
    QString error;
    for (const bool wordStarts : {false, true}) {
        const ParsedQuery parsed = parseSearchQuery(text, wordStarts);
        SCHOLION_FUZZ_CHECK(parsed.terms.size() == parsed.termIsPrefix.size(), u"terms and their prefix flags differ in number"_s);
        SCHOLION_FUZZ_CHECK(parsed.errorPosition >= -1 && parsed.errorPosition <= text.size(), u"error position %1"_s.arg(parsed.errorPosition));
        SCHOLION_FUZZ_CHECK(parsed.error.isEmpty() || parsed.ftsExpression.isEmpty(), u"an expression together with an error"_s);
        if (!parsed.isValid()) {
            if (!wordStarts) {
                error = parsed.error;
            }
            continue;
        }
        accepted = accepted || !wordStarts;
        QSqlQuery &query = matchQuery();
        query.bindValue(0, parsed.ftsExpression);
        SCHOLION_FUZZ_CHECK(query.exec(), u"FTS5 refuses “%1” (from “%2”): %3"_s.arg(parsed.ftsExpression, text, query.lastError().text()));
        query.finish();
    }
    ScholionFuzz::record(accepted, error);
    return 0;
}
