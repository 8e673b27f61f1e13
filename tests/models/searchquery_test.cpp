// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/search/searchquery.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

class SearchQueryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("wordStarts");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QList<bool>>("prefixes");

        QTest::newRow("word") << u"aid"_s << false << u"\"aid\""_s << QStringList{u"aid"_s} << QList<bool>{false};
        QTest::newRow("word starts") << u"aid"_s << true << u"\"aid\" *"_s << QStringList{u"aid"_s} << QList<bool>{true};
        QTest::newRow("implicit and") << u"aid  package"_s << false << u"(\"aid\" AND \"package\")"_s << QStringList{u"aid"_s, u"package"_s}
                                      << QList<bool>{false, false};
        QTest::newRow("phrase") << u"\"aid package\""_s << false << u"\"aid package\""_s << QStringList{u"aid package"_s} << QList<bool>{false};
        QTest::newRow("phrase not widened") << u"\"aid package\""_s << true << u"\"aid package\""_s << QStringList{u"aid package"_s} << QList<bool>{false};
        QTest::newRow("prefix") << u"pledg*"_s << false << u"\"pledg\" *"_s << QStringList{u"pledg"_s} << QList<bool>{true};
        QTest::newRow("phrase prefix") << u"\"aid pack\"*"_s << false << u"\"aid pack\" *"_s << QStringList{u"aid pack"_s} << QList<bool>{true};
        QTest::newRow("or") << u"aid OR loan"_s << false << u"(\"aid\" OR \"loan\")"_s << QStringList{u"aid"_s, u"loan"_s} << QList<bool>{false, false};
        QTest::newRow("not leaves out the negated term")
            << u"aid NOT military"_s << false << u"(\"aid\" NOT \"military\")"_s << QStringList{u"aid"_s} << QList<bool>{false};
        QTest::newRow("precedence") << u"a b OR c NOT d"_s << false << u"((\"a\" AND \"b\") OR (\"c\" NOT \"d\"))"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                    << QList<bool>{false, false, false};
        QTest::newRow("parentheses") << u"(aid OR loan) AND Korvath"_s << false << u"(((\"aid\" OR \"loan\")) AND \"Korvath\")"_s
                                     << QStringList{u"aid"_s, u"loan"_s, u"Korvath"_s} << QList<bool>{false, false, false};
        QTest::newRow("near") << u"NEAR(aid \"military package\", 5)"_s << false << u"NEAR(\"aid\" \"military package\", 5)"_s
                              << QStringList{u"aid"_s, u"military package"_s} << QList<bool>{false, false};
        QTest::newRow("near without distance") << u"NEAR(aid package)"_s << false << u"NEAR(\"aid\" \"package\")"_s << QStringList{u"aid"_s, u"package"_s}
                                               << QList<bool>{false, false};
        QTest::newRow("lower-case operators are words") << u"rock and roll"_s << false << u"((\"rock\" AND \"and\") AND \"roll\")"_s
                                                        << QStringList{u"rock"_s, u"and"_s, u"roll"_s} << QList<bool>{false, false, false};
        QTest::newRow("fts syntax is quoted") << u"text:NEAR^x -y"_s << false << u"(\"text:NEAR^x\" AND \"-y\")"_s << QStringList{u"text:NEAR^x"_s, u"-y"_s}
                                              << QList<bool>{false, false};
        QTest::newRow("comma outside near") << u"1,000"_s << false << u"\"1,000\""_s << QStringList{u"1,000"_s} << QList<bool>{false};
        QTest::newRow("cjk emoji combining") << u"東京 café naïve 👩‍💻x"_s << false
                                             << u"(((\"東京\" AND \"café\") AND \"naïve\") AND \"👩‍💻x\")"_s
                                             << QStringList{u"東京"_s, u"café"_s, u"naïve"_s, u"👩‍💻x"_s} << QList<bool>{false, false, false, false};
    }

    void valid()
    {
        QFETCH(QString, query);
        QFETCH(bool, wordStarts);
        QFETCH(QString, expression);
        QFETCH(QStringList, terms);
        QFETCH(QList<bool>, prefixes);
        const ParsedQuery parsed = parseSearchQuery(query, wordStarts);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.errorPosition, -1);
        QCOMPARE(parsed.ftsExpression, expression);
        QCOMPARE(parsed.terms, terms);
        QCOMPARE(parsed.termIsPrefix, prefixes);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");

        QTest::newRow("empty") << QString() << u"Type a word or a “phrase” to search for."_s << -1;
        QTest::newRow("blank") << u"  \t "_s << u"Type a word or a “phrase” to search for."_s << -1;
        QTest::newRow("open quote") << u"aid \"military pack"_s << u"The quotation mark at character 5 is not closed."_s << 4;
        QTest::newRow("empty phrase") << u"aid \"\""_s << u"The quotation marks at character 5 enclose nothing."_s << 4;
        QTest::newRow("open parenthesis") << u"(aid OR loan"_s << u"The parenthesis at character 1 is not closed."_s << 0;
        QTest::newRow("stray parenthesis") << u"aid) loan"_s << u"The closing parenthesis at character 4 has no opening one."_s << 3;
        QTest::newRow("empty parentheses") << u"aid ()"_s << u"The parentheses at character 5 are empty."_s << 4;
        QTest::newRow("dangling and") << u"aid AND"_s << u"“AND” at character 5 needs a word or a phrase after it."_s << 4;
        QTest::newRow("dangling or in parentheses") << u"(aid OR) loan"_s << u"“OR” at character 6 needs a word or a phrase after it."_s << 5;
        QTest::newRow("leading or") << u"OR aid"_s << u"“OR” at character 1 needs a word or a phrase before it."_s << 0;
        QTest::newRow("leading not") << u"NOT aid"_s << u"“NOT” at character 1 needs a word or a phrase before it."_s << 0;
        QTest::newRow("double operator") << u"aid AND OR loan"_s << u"“AND” at character 5 needs a word or a phrase after it."_s << 4;
        QTest::newRow("lone star") << u"aid *"_s << u"The * at character 5 must follow a word, as in “pledg*”."_s << 4;
        QTest::newRow("symbols only") << u"aid 🙂"_s
                                      << u"“🙂” at character 5 has no letters or digits to search for; use a regular expression to find other characters."_s
                                      << 4;
        QTest::newRow("near with one term") << u"NEAR(aid, 3)"_s
                                            << u"NEAR at character 1 needs two or more words or phrases and an optional distance, as in NEAR(aid package, 5)."_s
                                            << 0;
        QTest::newRow("near distance") << u"NEAR(aid loan, x)"_s
                                       << u"The distance of NEAR at character 1 must be a whole number of words, as in NEAR(aid package, 5)."_s << 15;
        QTest::newRow("near open") << u"NEAR(aid loan"_s << u"The parenthesis of NEAR at character 1 is not closed."_s << 0;
    }

    void malformed()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        QFETCH(int, position);
        const ParsedQuery parsed = parseSearchQuery(query);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.ftsExpression, QString());
        QCOMPARE(parsed.error, message);
        QCOMPARE(parsed.errorPosition, position);
        QVERIFY(!parsed.error.contains(u"fts5"_s, Qt::CaseInsensitive));
        QVERIFY(!parsed.error.contains(u"syntax error"_s, Qt::CaseInsensitive));
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("foldCase");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("ascii") << u"The aid-package, 3.5 bn!"_s << true << QStringList{u"the"_s, u"aid"_s, u"package"_s, u"3"_s, u"5"_s, u"bn"_s};
        QTest::newRow("diacritics") << u"Café NAÏVE e\u0301tude Łódź"_s << true << QStringList{u"cafe"_s, u"naive"_s, u"etude"_s, u"łodz"_s};
        QTest::newRow("case kept") << u"Café NAÏVE"_s << false << QStringList{u"Cafe"_s, u"NAIVE"_s};
        QTest::newRow("cjk runs") << u"東京都に行く 東京"_s << true << QStringList{u"東京都に行く"_s, u"東京"_s};
        QTest::newRow("emoji and zwj separate") << u"a 👩‍💻 b x\u200dy"_s << true << QStringList{u"a"_s, u"b"_s, u"x"_s, u"y"_s};
        QTest::newRow("cyrillic keeps its letters") << u"Йога ЁЛКА"_s << true << QStringList{u"йога"_s, u"ёлка"_s};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(bool, foldCase);
        QFETCH(QStringList, tokens);
        QCOMPARE(searchTokens(text, foldCase), tokens);
    }
};

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "searchquery_test.moc"
