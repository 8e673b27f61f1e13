// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationhighlighter.h>
#include <models/annotationstore.h>
#include <models/colorcontrast.h>
#include <models/corpusimporter.h>
#include <models/lensdefinitions.h>
#include <models/lensscanner.h>
#include <models/project.h>

#include <KSyntaxHighlighting/Definition>

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{

// "Format «text»" for every hit, after checking that each hit's offsets cut the line where its text is.
QStringList describe(const QString &line, const QList<LensScanner::Hit> &hits)
{
    QStringList out;
    for (const LensScanner::Hit &hit : hits) {
        out << u"%1 «%2» @%3"_s.arg(hit.format, line.mid(hit.offset, hit.length)).arg(hit.offset);
    }
    return out;
}

QStringList scanWith(const LensDefinitions &lenses, const QString &lensId, const QString &line)
{
    LensScanner scanner(lenses.definition(lensId));
    return describe(line, scanner.scan(line));
}

// The expected hits: each text is looked up in the line, so the rows stay readable; the offset of
// its first occurrence at or after the previous hit is what the scanner must report.
QStringList expectedHits(const QString &line, const QString &format, const QStringList &texts)
{
    QStringList out;
    qsizetype from = 0;
    for (const QString &text : texts) {
        const qsizetype at = line.indexOf(text, from);
        out << u"%1 «%2» @%3"_s.arg(format, text).arg(at);
        from = at + text.size();
    }
    return out;
}

// The known-actor keyword list as the definition has it, without its never-matching placeholder.
QStringList keywords(const LensDefinitions &lenses)
{
    QStringList list = lenses.definition(u"actors"_s).keywordList(LensDefinitions::actorListName());
    list.removeAll(u"scholion.no.actor"_s);
    list.sort();
    return list;
}

} // namespace

class LensDefinitionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(LensDefinitions::userFolder()).removeRecursively();
    }

    void cleanup() { QDir(LensDefinitions::userFolder()).removeRecursively(); }

    void builtInLenses()
    {
        LensDefinitions lenses;
        QStringList ids;
        for (const Lens &lens : lenses.lenses()) {
            ids << lens.id;
            QVERIFY2(lenses.definition(lens.id).isValid(), qPrintable(lens.id));
            QVERIFY(lens.builtIn);
        }
        QCOMPARE(ids, (QStringList{u"quotes"_s, u"money"_s, u"dates"_s, u"handles"_s, u"actors"_s}));
        QVERIFY(lenses.problems().isEmpty());
        QVERIFY(!lenses.definition(u"nonsense"_s).isValid());
    }

    void rules_data()
    {
        QTest::addColumn<QString>("lens");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("texts");

        const auto row = [](const char *name, const char *lens, const char *format, const QString &line, const QStringList &texts) {
            QTest::newRow(name) << QString::fromLatin1(lens) << QString::fromLatin1(format) << line << texts;
        };
        row("quote curly", "quotes", "Quote", u"He said “we will stay” today."_s, {u"“we will stay”"_s});
        row("quote nested single", "quotes", "Quote", u"“He told me ‘never’ twice,” she said."_s, {u"“He told me ‘never’ twice,”"_s});
        row("quote guillemets with low", "quotes", "Quote", u"«Це „наш“ шанс», — сказав він."_s, {u"«Це „наш“ шанс»"_s});
        row("quote german", "quotes", "Quote", u"Er sagte „Wir helfen“ gestern."_s, {u"„Wir helfen“"_s});
        row("quote straight", "quotes", "Quote", u"She said \"no.\" Then she left."_s, {u"\"no.\""_s});
        row("quote multi-sentence", "quotes", "Quote", u"“We came. We saw. We stayed,” he said."_s, {u"“We came. We saw. We stayed,”"_s});
        row("quote apostrophe inside", "quotes", "Quote", u"‘I don’t know,’ he said."_s, {u"‘I don’t know,’"_s});
        row("quote two", "quotes", "Quote", u"“Yes,” said one; “no,” said the other."_s, {u"“Yes,”"_s, u"“no,”"_s});
        row("quote emoji", "quotes", "Quote", u"🇺🇦 “Slava 🙂 👩‍⚕️” ok"_s, {u"“Slava 🙂 👩‍⚕️”"_s});
        row("quote unclosed ends with paragraph", "quotes", "Quote", u"He said: “It goes on"_s, {u"“It goes on"_s});
        row("no quote apostrophes", "quotes", "Quote", u"It’s the president’s plan."_s, {});
        row("no quote plain", "quotes", "Quote", u"Nothing quoted here."_s, {});

        row("money symbol million", "money", "Money", u"The package is worth $500 million, officials said."_s, {u"$500 million"_s});
        row("money symbol space", "money", "Money", u"It costs $ 1,250,000.50 in all."_s, {u"$ 1,250,000.50"_s});
        row("money euro bn", "money", "Money", u"A further €1.2bn in loans."_s, {u"€1.2bn"_s});
        row("money words", "money", "Money", u"Donors pledged 800 million dollars at the conference."_s, {u"800 million dollars"_s});
        row("money hryvnias", "money", "Money", u"The city got 2.4 billion hryvnias."_s, {u"2.4 billion hryvnias"_s});
        row("money code first", "money", "Money", u"USD 30m for fuel."_s, {u"USD 30m"_s});
        row("money german", "money", "Money", u"Berlin gibt 1,2 Mrd. Euro frei."_s, {u"1,2 Mrd. Euro"_s});
        row("money us dollar", "money", "Money", u"About US$5 million arrived."_s, {u"US$5 million"_s});
        row("money code after", "money", "Money", u"A loan of 300 000 EUR and £20m."_s, {u"300 000 EUR"_s, u"£20m"_s});
        row("no money tonnes", "money", "Money", u"7,000 tonnes of grain and 40 tanks."_s, {});
        row("no money year", "money", "Money", u"In 2024 the mayor spoke for 5 mins."_s, {});

        row("date month day", "dates", "Date", u"They spoke on March 18 by phone."_s, {u"March 18"_s});
        row("date day month year", "dates", "Date", u"Signed 18 March 2024 in Serenne."_s, {u"18 March 2024"_s});
        row("date weekday", "dates", "Date", u"Tuesday, 5 March was cold."_s, {u"Tuesday, 5 March"_s});
        row("date iso", "dates", "Date", u"Published 2024-03-18."_s, {u"2024-03-18"_s});
        row("date dotted", "dates", "Date", u"Stand 18.03.2024, Berlin."_s, {u"18.03.2024"_s});
        row("date month year", "dates", "Date", u"Since March 2024 nothing moved."_s, {u"March 2024"_s});
        row("date month day year", "dates", "Date", u"On March 18, 2024, they met."_s, {u"March 18, 2024"_s});
        row("date ordinal of", "dates", "Date", u"On the 3rd of May they met."_s, {u"3rd of May"_s});
        row("date weekday alone", "dates", "Date", u"The minister said on Tuesday that"_s, {u"Tuesday"_s});
        row("no date may", "dates", "Date", u"In May we may go."_s, {});
        row("no date bad iso", "dates", "Date", u"Version 2024-13-40 shipped."_s, {});
        row("no date ordinal only", "dates", "Date", u"The 18th was a day."_s, {});

        row("handle and hashtag", "handles", "Handle", u"Follow @korvath_office now."_s, {u"@korvath_office"_s});
        row("hashtag", "handles", "Hashtag", u"Trending: #StandWithSerenne and #Україна."_s, {u"#StandWithSerenne"_s, u"#Україна"_s});
        row("link", "handles", "Link", u"Read https://example.org/statement?id=5."_s, {u"https://example.org/statement?id=5"_s});
        row("link www", "handles", "Link", u"(see www.gov.ua)"_s, {u"www.gov.ua"_s});
        row("no handle email", "handles", "Handle", u"Mail press@ministry.gov for details."_s, {});
        row("no hashtag numbers", "handles", "Hashtag", u"Issue #42 and C# code."_s, {});
    }

    void rules()
    {
        QFETCH(QString, lens);
        QFETCH(QString, format);
        QFETCH(QString, line);
        QFETCH(QStringList, texts);
        LensDefinitions lenses;
        QStringList actual = scanWith(lenses, lens, line);
        // Rows name one format; hits of the lens's other formats are checked by their own rows.
        actual.removeIf([&format](const QString &hit) {
            return !hit.startsWith(format + u' ');
        });
        QCOMPARE(actual, expectedHits(line, format, texts));
    }

    void crlfOriginOffsets()
    {
        // Canonical text has \n only; each paragraph is scanned alone and offsets are UTF-16 units.
        LensDefinitions lenses;
        const QString line = u"👩‍⚕️🇺🇦 Re\u0301ne\u0301e: “ok” — 特使 $5m"_s;
        LensScanner quotes(lenses.definition(u"quotes"_s));
        const QList<LensScanner::Hit> hits = quotes.scan(line);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().offset, line.indexOf(u'“'));
        QCOMPARE(hits.first().length, 4);
        LensScanner money(lenses.definition(u"money"_s));
        QCOMPARE(describe(line, money.scan(line)), expectedHits(line, u"Money"_s, {u"$5m"_s}));
    }

    void knownActors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("names") << u"President Korvath spoke with Ferrand."_s << QStringList{u"Korvath"_s, u"Ferrand"_s};
        QTest::newRow("possessive") << u"Korvath's envoy and Ferrand’s aide."_s << QStringList{u"Korvath"_s, u"Ferrand"_s};
        QTest::newRow("quoted") << u"«Korvath» and “Serenne”"_s << QStringList{u"Korvath"_s, u"Serenne"_s};
        QTest::newRow("hyphen") << u"A Korvath-led team."_s << QStringList{u"Korvath"_s};
        QTest::newRow("not a prefix") << u"Korvathian policy"_s << QStringList{};
        QTest::newRow("case") << u"korvath in lower case"_s << QStringList{};
        QTest::newRow("cyrillic") << u"Зустріч: Корват і Корватом."_s << QStringList{u"Корват"_s};
    }

    void knownActors()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, texts);
        LensDefinitions lenses;
        lenses.setKnownActors({u"Korvath"_s, u" Ferrand "_s, u"Serenne"_s, u"Корват"_s, u"Korvath"_s});
        QCOMPARE(lenses.knownActors(), (QStringList{u"Ferrand"_s, u"Korvath"_s, u"Serenne"_s, u"Корват"_s}));
        QCOMPARE(keywords(lenses), lenses.knownActors());
        QCOMPARE(scanWith(lenses, u"actors"_s, line), expectedHits(line, u"Actor"_s, texts));
    }

    void actorsAddedAfterTheFirstScan()
    {
        // Regression: the rule must survive being loaded while the project has no entities yet.
        LensDefinitions lenses;
        lenses.setKnownActors({});
        const QString line = u"Korvath said so."_s;
        QVERIFY(scanWith(lenses, u"actors"_s, line).isEmpty());
        lenses.setKnownActors({u"Korvath"_s});
        QCOMPARE(scanWith(lenses, u"actors"_s, line), expectedHits(line, u"Actor"_s, {u"Korvath"_s}));
        QVERIFY(scanWith(lenses, u"actors"_s, u"scholion.no.actor"_s).isEmpty());
    }

    void keywordListFollowsEntities()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"a.txt"_s, "President Korvath met the envoy of Marrel.\n"));
        ImportOptions options;
        options.corpusRoot = dir.path();
        options.projectPath = dir.filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 1);
        Project project;
        QVERIFY(project.open(options.projectPath));
        AnnotationStore *store = project.annotations();
        const auto korvath = store->performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}});
        QVERIFY(korvath);

        LensDefinitions lenses;
        QSignalSpy changed(&lenses, &LensDefinitions::changed);
        lenses.followEntities(store);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lenses.knownActors(), (QStringList{u"Anselm Korvath"_s, u"Korvath"_s}));
        const QString line = u"President Korvath met the envoy of Marrel."_s;
        QCOMPARE(scanWith(lenses, u"actors"_s, line), expectedHits(line, u"Actor"_s, {u"Korvath"_s}));

        // Adding an alias to an entity updates the keyword list at once.
        Entity withAlias = store->entity(*korvath).value();
        withAlias.aliases << u"Marrel"_s;
        QVERIFY(store->performUpdateEntity(withAlias));
        QCOMPARE(changed.count(), 2);
        QVERIFY(lenses.knownActors().contains(u"Marrel"_s));
        QCOMPARE(keywords(lenses), lenses.knownActors());
        QCOMPARE(scanWith(lenses, u"actors"_s, line), expectedHits(line, u"Actor"_s, {u"Korvath"_s, u"Marrel"_s}));

        // A new entity too; an unrelated change to the store does not emit.
        QVERIFY(store->performAddEntity(Entity{0, u"Lucía Ferrand"_s, u"Person"_s, {u"Ferrand"_s}, {}}));
        QCOMPARE(changed.count(), 3);
        QVERIFY(lenses.knownActors().contains(u"Ferrand"_s));
        store->setAuthor(u"someone"_s);
        QCOMPARE(changed.count(), 3);

        lenses.followEntities(nullptr);
        QVERIFY(lenses.knownActors().isEmpty());
        QVERIFY(scanWith(lenses, u"actors"_s, line).isEmpty());
    }

    void userDefinitions()
    {
        const QString folder = LensDefinitions::userFolder();
        QVERIFY(writeFile(folder,
            u"ceasefire.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE language>\n"
            "<language name=\"Ceasefire Words\" section=\"Other\" version=\"1\" kateversion=\"5.62\" extensions=\"\">\n"
            "<highlighting><contexts><context name=\"Text\" attribute=\"Normal\" lineEndContext=\"#stay\">\n"
            "<RegExpr attribute=\"Event\" String=\"\\b(?:ceasefire|truce)\\b\" insensitive=\"true\"/>\n"
            "</context></contexts><itemDatas><itemData name=\"Normal\" defStyleNum=\"dsNormal\"/>"
            "<itemData name=\"Event\" defStyleNum=\"dsKeyword\"/></itemDatas></highlighting></language>\n"));
        QVERIFY(writeFile(folder, u"broken.xml"_s, "<?xml version=\"1.0\"?>\n<language name=\"Broken\">\n<highlighting>\n</language>\n"));
        QVERIFY(writeFile(folder,
            u"badregex.xml"_s,
            "<?xml version=\"1.0\"?>\n<language name=\"Bad Regex\" version=\"1\" kateversion=\"5.62\">\n<highlighting><contexts>"
            "<context name=\"Text\" attribute=\"Normal\">\n\n<RegExpr attribute=\"X\" String=\"(unclosed\"/></context></contexts>"
            "<itemDatas><itemData name=\"Normal\" defStyleNum=\"dsNormal\"/><itemData name=\"X\" "
            "defStyleNum=\"dsNormal\"/></itemDatas></highlighting></language>\n"));
        QVERIFY(writeFile(folder,
            u"hijack.xml"_s,
            "<?xml version=\"1.0\"?>\n<language name=\"Scholion Quotes\" version=\"999\" kateversion=\"5.62\"><highlighting><contexts>"
            "<context name=\"Text\" attribute=\"Normal\"/></contexts><itemDatas><itemData name=\"Normal\" defStyleNum=\"dsNormal\"/></itemDatas>"
            "</highlighting></language>\n"));

        LensDefinitions lenses;
        lenses.setKnownActors({u"Korvath"_s});
        const auto user = lenses.lens(u"user:Ceasefire Words"_s);
        QVERIFY(user);
        QVERIFY(!user->builtIn);
        QCOMPARE(user->title, u"Ceasefire Words"_s);
        QCOMPARE(user->filePath, QDir(folder).filePath(u"ceasefire.xml"_s));
        QCOMPARE(lenses.lenses().size(), 6);

        const QStringList problems = lenses.problems();
        QCOMPARE(problems.size(), 3);
        const QString sep = QDir::toNativeSeparators(folder + u'/');
        QVERIFY2(problems.at(0).startsWith(sep + u"badregex.xml:5:"_s) && problems.at(0).contains(u"(unclosed"_s), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(sep + u"broken.xml:4:"_s), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).startsWith(sep + u"hijack.xml:2:"_s) && problems.at(2).contains(u"built-in"_s), qPrintable(problems.at(2)));

        const QString line = u"“A truce,” said Korvath, “is no ceasefire.”"_s;
        QCOMPARE(scanWith(lenses, user->id, line), expectedHits(line, u"Event"_s, {u"truce"_s, u"ceasefire"_s}));
        QCOMPARE(scanWith(lenses, u"quotes"_s, line), expectedHits(line, u"Quote"_s, {u"“A truce,”"_s, u"“is no ceasefire.”"_s}));

        // Reload: the fixed file comes in, the removed one goes, built-ins and actors stay.
        QVERIFY(QFile::remove(QDir(folder).filePath(u"ceasefire.xml"_s)));
        QVERIFY(QFile::remove(QDir(folder).filePath(u"hijack.xml"_s)));
        QVERIFY(QFile::remove(QDir(folder).filePath(u"badregex.xml"_s)));
        QVERIFY(writeFile(folder,
            u"broken.xml"_s,
            "<?xml version=\"1.0\"?>\n<language name=\"Broken\" version=\"2\" kateversion=\"5.62\"><highlighting><contexts>"
            "<context name=\"Text\" attribute=\"Normal\"><DetectChar attribute=\"Bang\" char=\"!\"/></context></contexts>"
            "<itemDatas><itemData name=\"Normal\" defStyleNum=\"dsNormal\"/><itemData name=\"Bang\" "
            "defStyleNum=\"dsAlert\"/></itemDatas></highlighting></language>\n"));
        QSignalSpy changed(&lenses, &LensDefinitions::changed);
        lenses.reload();
        QCOMPARE(changed.count(), 1);
        QVERIFY(lenses.problems().isEmpty());
        QVERIFY(!lenses.lens(u"user:Ceasefire Words"_s));
        QVERIFY(lenses.lens(u"user:Broken"_s));
        QCOMPARE(scanWith(lenses, u"user:Broken"_s, u"Stop!"_s), (QStringList{u"Bang «!» @4"_s}));
        QCOMPARE(scanWith(lenses, u"quotes"_s, line), expectedHits(line, u"Quote"_s, {u"“A truce,”"_s, u"“is no ceasefire.”"_s}));
        QCOMPARE(scanWith(lenses, u"actors"_s, line), expectedHits(line, u"Actor"_s, {u"Korvath"_s}));
    }

    void lensesInTheView()
    {
        LensDefinitions lenses;
        const QString text = u"He said “we stay 🙂” on March 18.\nNothing here."_s;
        QTextDocument document(text);
        AnnotationHighlighter highlighter(&document);
        highlighter.setDarkBackground(false);
        const QTextBlock block = document.firstBlock();
        const auto formatAt = [&block](qsizetype position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position >= range.start && position < range.start + range.length) {
                    return range.format;
                }
            }
            return QTextCharFormat();
        };
        QVERIFY(block.layout()->formats().isEmpty());

        const QColor quoteColor(0x8e44ad);
        const QColor dateColor(0x2471a3);
        highlighter.setLenses({{lenses.definition(u"quotes"_s), quoteColor}, {lenses.definition(u"dates"_s), dateColor}});
        QCOMPARE(highlighter.lensCount(), 2);
        const qsizetype quote = text.indexOf(u'“');
        const qsizetype quoteEnd = text.indexOf(u'”') + 1;
        const qsizetype date = text.indexOf(u"March"_s);
        for (qsizetype i = 0; i < text.indexOf(u'\n'); ++i) {
            const QTextCharFormat f = formatAt(i);
            const bool inQuote = i >= quote && i < quoteEnd;
            const bool inDate = i >= date && i < date + 8;
            QCOMPARE(f.underlineStyle(), inQuote || inDate ? QTextCharFormat::DotLine : QTextCharFormat::NoUnderline);
            if (inQuote || inDate) {
                QCOMPARE(f.underlineColor(), inQuote ? quoteColor : dateColor);
            }
            QVERIFY(!f.hasProperty(QTextFormat::BackgroundBrush));
        }
        for (const QTextLayout::FormatRange &range : document.lastBlock().layout()->formats()) {
            QCOMPARE(range.format.underlineStyle(), QTextCharFormat::NoUnderline);
        }

        // A manual annotation inside the quote: its tint is there, the lens line stays beneath.
        const QColor red(Qt::red);
        highlighter.addSpan({1, quote + 1, quote + 3, red});
        QCOMPARE(formatAt(quote + 1).background().color(), AnnotationHighlighter::tint(red, false));
        QCOMPARE(formatAt(quote + 1).underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY(!formatAt(quote + 3).hasProperty(QTextFormat::BackgroundBrush));
        // Nested in a second span, the annotation's own underline wins: lenses never hide annotations.
        const QColor blue(Qt::blue);
        highlighter.addSpan({2, quote, quoteEnd, blue});
        QCOMPARE(formatAt(quote + 1).underlineStyle(), QTextCharFormat::SingleUnderline);
        QCOMPARE(formatAt(quote + 1).underlineColor(), blue);
        QCOMPARE(formatAt(quote + 1).background().color(), AnnotationHighlighter::tint(red, false));

        // Lenses off: only the annotations are drawn.
        highlighter.setLenses({});
        QCOMPARE(highlighter.lensCount(), 0);
        QCOMPARE(formatAt(date).underlineStyle(), QTextCharFormat::NoUnderline);
        QCOMPARE(formatAt(quote + 1).background().color(), AnnotationHighlighter::tint(red, false));

        // Progressive mode highlights lenses block by block too.
        highlighter.setProgressive(true);
        highlighter.setLenses({{lenses.definition(u"dates"_s), dateColor}});
        highlighter.finishPending();
        QCOMPARE(formatAt(date).underlineStyle(), QTextCharFormat::DotLine);
    }

    void readableColours()
    {
        const QColor white(Qt::white);
        const QColor dark(0x23, 0x26, 0x27);
        for (const QColor &color : {QColor(0xf1c40f), QColor(0x8e44ad), QColor(0x1e8449), QColor(Qt::white), QColor(Qt::black)}) {
            QVERIFY(Scholion::Models::contrastRatio(LensDefinitions::readableOn(color, white), white) >= 3.0);
            QVERIFY(Scholion::Models::contrastRatio(LensDefinitions::readableOn(color, dark), dark) >= 3.0);
        }
        // Already readable colours stay as they are.
        QCOMPARE(LensDefinitions::readableOn(QColor(0x1a5276), white), QColor(0x1a5276));
        QCOMPARE(qRound(Scholion::Models::contrastRatio(Qt::black, Qt::white)), 21);
    }
};

QTEST_MAIN(LensDefinitionsTest)
#include "lensdefinitions_test.moc"
