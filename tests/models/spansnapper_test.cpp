// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/spansnapper.h>

#include <QObject>
#include <QString>
#include <QTest>
#include <QTextBoundaryFinder>

#include <limits>

using namespace Qt::StringLiterals;
using Scholion::Models::SpanSnapper;

namespace
{

const QString Treaty = u"Treaty of Korvath's court"_s; // "Korvath's" is [10, 19)
const QString Border = u"the Valdoria\u2013Qasimar line"_s; // en dash at 12
const QString Money = u"cost $ 500 million"_s; // "500" is [7, 10)
const QString Figures = u"cost $500.5 million, 1,000"_s; // "500.5" [6, 11), "1,000" [21, 26)

// a, grinning face [2, 4), b, woman health worker (woman ZWJ staff-of-aesculapius VS16) [7, 12),
// c, the Ukrainian flag (two regional indicators) [15, 19), d, "e" + combining acute [22, 24) + "te".
const QString Emoji = u"a \U0001F600 b \U0001F469\u200D\u2695\uFE0F c \U0001F1FA\U0001F1E6 d e\u0301te"_s;

const QString Arabic =
    u"\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064A\u0633 \u0625\u0646 \u0627\u0644\u0627\u062A\u0641\u0627\u0642"_s; // "qala al-ra'is in al-ittifaq"
const QString Vowelled = u"\u0643\u064E\u062A\u064E\u0628\u064E \u0643\u062A\u0627\u0628"_s; // "kataba kitab", with fatha marks

const QString Japanese = u"東京都に住んでいます。"_s;
const QString Chinese = u"我们在北京开会。"_s;
const QString Katakana = u"テレビを見た"_s;

bool atGraphemeBoundary(const QString &text, qsizetype offset)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(offset);
    return finder.isAtBoundary();
}

void addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<bool>("toWords");
    QTest::addColumn<qsizetype>("expectedStart");
    QTest::addColumn<qsizetype>("expectedEnd");
    QTest::addColumn<QString>("expectedText");
}

void addRow(const char *tag,
    const QString &text,
    qsizetype start,
    qsizetype end,
    bool toWords,
    qsizetype expectedStart,
    qsizetype expectedEnd,
    const QString &expectedText)
{
    QTest::newRow(tag) << text << start << end << toWords << expectedStart << expectedEnd << expectedText;
}

// The body every data-driven test shares: the exact offsets, then the text they cover.
void verifySnap()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(bool, toWords);
    QFETCH(qsizetype, expectedStart);
    QFETCH(qsizetype, expectedEnd);
    QFETCH(QString, expectedText);

    const auto [snappedStart, snappedEnd] = SpanSnapper::snap(text, start, end, toWords);
    QCOMPARE(snappedStart, expectedStart);
    QCOMPARE(snappedEnd, expectedEnd);
    QCOMPARE(text.mid(snappedStart, snappedEnd - snappedStart), expectedText);
}

} // namespace

class SpanSnapperTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimsWhiteSpace_data();
    void trimsWhiteSpace() { verifySnap(); }
    void snapsToWords_data();
    void snapsToWords() { verifySnap(); }
    void reversedAndOutOfRange_data();
    void reversedAndOutOfRange() { verifySnap(); }
    void whiteSpaceOnlyIsEmpty_data();
    void whiteSpaceOnlyIsEmpty();
    void keepsGraphemesWhole_data();
    void keepsGraphemesWhole() { verifySnap(); }
    void cjk_data();
    void cjk() { verifySnap(); }
    void rightToLeft_data();
    void rightToLeft() { verifySnap(); }

    void everySelectionIsWellFormed_data();
    void everySelectionIsWellFormed();
    void wideningNeverShrinks_data();
    void wideningNeverShrinks();
};

void SpanSnapperTest::trimsWhiteSpace_data()
{
    addColumns();
    addRow("spaces", u"  word  "_s, 0, 8, false, 2, 6, u"word"_s);
    addRow("tab and newline", u"\tword\n"_s, 0, 6, false, 1, 5, u"word"_s);
    addRow("no-break spaces", u"\u00A0word\u00A0"_s, 0, 6, false, 1, 5, u"word"_s);
    addRow("mixed runs", u"\n\t \u00A0word \u00A0\t\n"_s, 0, 13, false, 4, 8, u"word"_s);
    addRow("paragraph separators", u"\u2029word\u2029"_s, 0, 6, false, 1, 5, u"word"_s);
    addRow("CRLF", u"\r\nword\r\n"_s, 0, 8, false, 2, 6, u"word"_s);
    addRow("ideographic space", u"\u3000東京\u3000"_s, 0, 4, false, 1, 3, u"東京"_s);
    addRow("inner white space stays", u" two \u00A0\twords "_s, 0, 13, false, 1, 12, u"two \u00A0\twords"_s);
    addRow("only the selected part", u"a  word  b"_s, 1, 9, false, 3, 7, u"word"_s);
    addRow("trimmed with word snapping", u"a \u00A0word\t b"_s, 1, 9, true, 3, 7, u"word"_s);
    addRow("nothing to trim", u"word"_s, 0, 4, false, 0, 4, u"word"_s);
}

void SpanSnapperTest::snapsToWords_data()
{
    addColumns();
    // Off: only trimming.
    addRow("off: inside a word stays", Treaty, 12, 14, false, 12, 14, u"rv"_s);
    addRow("off: Korvath without 's", Treaty, 10, 17, false, 10, 17, u"Korvath"_s);
    addRow("off: leading space trimmed", Treaty, 9, 12, false, 10, 12, u"Ko"_s);

    // On: a boundary inside a word moves outwards to Unicode's word edges.
    addRow("inside a word", Treaty, 12, 14, true, 10, 19, u"Korvath's"_s);
    addRow("already a word", Treaty, 0, 6, true, 0, 6, u"Treaty"_s);
    addRow("start at the word's edge", Treaty, 10, 12, true, 10, 19, u"Korvath's"_s);
    addRow("across two words", Treaty, 3, 12, true, 0, 19, u"Treaty of Korvath's"_s);
    // UAX #29 keeps an apostrophe between letters inside the word (WB6/WB7).
    addRow("apostrophe: Korvath", Treaty, 10, 17, true, 10, 19, u"Korvath's"_s);
    addRow("apostrophe: the h", Treaty, 16, 17, true, 10, 19, u"Korvath's"_s);
    addRow("apostrophe: the apostrophe", Treaty, 17, 18, true, 10, 19, u"Korvath's"_s);
    addRow("apostrophe: the s", Treaty, 18, 19, true, 10, 19, u"Korvath's"_s);
    addRow("typographic apostrophe", u"Korvath\u2019s court"_s, 8, 9, true, 0, 9, u"Korvath\u2019s"_s);
    addRow("quote before the word stays", u"say \"Korvath\" now"_s, 4, 7, true, 4, 12, u"\"Korvath"_s);
    // A selection starting or ending at a space does not move; the space is trimmed.
    addRow("starts at a space", Treaty, 9, 12, true, 10, 19, u"Korvath's"_s);
    addRow("ends at a space", Treaty, 16, 20, true, 10, 19, u"Korvath's"_s);
    addRow("starts at a space before a word", Treaty, 19, 22, true, 20, 25, u"court"_s);
    addRow("just a space", Treaty, 6, 7, true, 7, 7, QString());
    // A dash (en dash or hyphen-minus) separates words.
    addRow("en dash: first part", Border, 6, 8, true, 4, 12, u"Valdoria"_s);
    addRow("en dash: second part", Border, 14, 16, true, 13, 20, u"Qasimar"_s);
    addRow("en dash: across", Border, 6, 15, true, 4, 20, u"Valdoria\u2013Qasimar"_s);
    addRow("en dash: only the dash", Border, 12, 13, true, 12, 13, u"\u2013"_s);
    addRow("hyphen-minus: across", u"the Valdoria-Qasimar line"_s, 6, 15, true, 4, 20, u"Valdoria-Qasimar"_s);
    addRow("soft hyphen stays inside", u"Valdo\u00ADria x"_s, 1, 2, true, 0, 9, u"Valdo\u00ADria"_s);
    addRow("underscore joins", u"foo_bar baz"_s, 1, 2, true, 0, 7, u"foo_bar"_s);
    // Numbers.
    addRow("number: 50 of 500", Money, 7, 9, true, 7, 10, u"500"_s);
    addRow("number: one digit", Money, 8, 9, true, 7, 10, u"500"_s);
    addRow("number: with the currency", Money, 5, 9, true, 5, 10, u"$ 500"_s);
    addRow("number: space before", Money, 6, 9, true, 7, 10, u"500"_s);
    addRow("number: off", Money, 7, 9, false, 7, 9, u"50"_s);
    addRow("decimal point", Figures, 6, 8, true, 6, 11, u"500.5"_s);
    addRow("thousands separator: 1,", Figures, 21, 23, true, 21, 26, u"1,000"_s);
    addRow("thousands separator: ,0", Figures, 22, 24, true, 21, 26, u"1,000"_s);
    addRow("currency sign alone", Figures, 4, 6, true, 5, 6, u"$"_s);
    addRow("precomposed and combining", u"caf\u00E9 cafe\u0301s"_s, 6, 8, true, 5, 11, u"cafe\u0301s"_s);
}

void SpanSnapperTest::reversedAndOutOfRange_data()
{
    addColumns();
    const QString text = u"Korvath's court"_s;
    addRow("reversed", text, 4, 2, false, 2, 4, u"rv"_s);
    addRow("reversed, words", text, 4, 2, true, 0, 9, u"Korvath's"_s);
    addRow("reversed with spaces", text, 10, 8, false, 8, 9, u"s"_s);
    addRow("negative start", text, -5, 3, false, 0, 3, u"Kor"_s);
    addRow("end past the text", text, 10, 100, false, 10, 15, u"court"_s);
    addRow("end past the text, words", text, 12, 100, true, 10, 15, u"court"_s);
    addRow("reversed and past the text", text, 100, 12, true, 10, 15, u"court"_s);
    addRow("both past the end", text, 50, 60, true, 15, 15, QString());
    addRow("both negative", text, -3, -1, true, 0, 0, QString());
    addRow("extremes", text, std::numeric_limits<qsizetype>::max(), std::numeric_limits<qsizetype>::min(), false, 0, 15, text);
    addRow("empty text", QString(), 0, 0, true, 0, 0, QString());
    addRow("empty text, out of range", QString(), -3, 5, true, 0, 0, QString());
    // A caret (nothing selected) stays empty, even inside a word with word snapping.
    addRow("caret inside a word", text, 3, 3, true, 3, 3, QString());
    addRow("caret at the end", text, 15, 15, false, 15, 15, QString());
}

void SpanSnapperTest::whiteSpaceOnlyIsEmpty_data()
{
    addColumns();
    const QString spaces = u" \t\n\u00A0x\u00A0\n"_s;
    addRow("leading white space", spaces, 0, 4, false, 4, 4, QString());
    addRow("leading white space, words", spaces, 0, 4, true, 4, 4, QString());
    addRow("trailing white space", spaces, 5, 7, false, 7, 7, QString());
    addRow("between words", u"a   b"_s, 1, 4, false, 4, 4, QString());
    addRow("between words, words", u"a \u00A0\tb"_s, 1, 4, true, 4, 4, QString());
    addRow("inside a run of spaces, words", u"a   b"_s, 2, 3, true, 4, 4, QString());
    addRow("paragraph separators", u"\u2029\u2029"_s, 0, 2, false, 2, 2, QString());
    addRow("CRLF", u"a\r\nb"_s, 1, 3, true, 3, 3, QString());
    addRow("half a CRLF", u"a\r\nb"_s, 1, 2, false, 3, 3, QString());
}

void SpanSnapperTest::whiteSpaceOnlyIsEmpty()
{
    verifySnap();
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(bool, toWords);
    const auto [snappedStart, snappedEnd] = SpanSnapper::snap(text, start, end, toWords);
    QCOMPARE(snappedStart, snappedEnd);
}

void SpanSnapperTest::keepsGraphemesWhole_data()
{
    addColumns();
    const QString grin = u"\U0001F600"_s;
    const QString medic = u"\U0001F469\u200D\u2695\uFE0F"_s;
    const QString flag = u"\U0001F1FA\U0001F1E6"_s;
    const QString eAcute = u"e\u0301"_s;

    addRow("surrogate pair: high half", Emoji, 2, 3, false, 2, 4, grin);
    addRow("surrogate pair: low half", Emoji, 3, 4, false, 2, 4, grin);
    addRow("surrogate pair: both ends inside", u"\U0001F600\U0001F600"_s, 1, 3, false, 0, 4, u"\U0001F600\U0001F600"_s);
    addRow("supplementary Han", u"\U00020BB7野家"_s, 1, 2, false, 0, 2, u"\U00020BB7"_s);
    addRow("ZWJ sequence: first unit", Emoji, 7, 8, false, 7, 12, medic);
    addRow("ZWJ sequence: at the ZWJ", Emoji, 9, 10, false, 7, 12, medic);
    addRow("ZWJ sequence: variation selector", Emoji, 11, 12, false, 7, 12, medic);
    addRow("ZWJ sequence: words", Emoji, 8, 9, true, 7, 12, medic);
    addRow("ZWJ sequence: partial selection", Emoji, 1, 9, false, 2, 12, grin + u" b "_s + medic);
    addRow("flag: first indicator", Emoji, 16, 17, false, 15, 19, flag);
    addRow("flag: between indicators", Emoji, 17, 18, false, 15, 19, flag);
    addRow("flag: starts between indicators", Emoji, 17, 21, false, 15, 21, flag + u" d"_s);
    addRow("skin tone modifier", u"\U0001F468\U0001F3FD x"_s, 1, 2, false, 0, 4, u"\U0001F468\U0001F3FD"_s);
    addRow("combining mark: only the mark", Emoji, 23, 24, false, 22, 24, eAcute);
    addRow("combining mark: only the base", Emoji, 22, 23, false, 22, 24, eAcute);
    addRow("combining mark: starts after the base", Emoji, 23, 26, false, 22, 26, eAcute + u"te"_s);
    addRow("combining mark: words", Emoji, 23, 24, true, 22, 26, eAcute + u"te"_s);
    addRow("combining mark: cafe + acute", u"cafe\u0301 x"_s, 1, 4, false, 1, 5, u"afe\u0301"_s);
    addRow("Arabic fatha", Vowelled, 1, 2, false, 0, 2, u"\u0643\u064E"_s);
    addRow("emoji with words", u"word \U0001F600x"_s, 6, 7, true, 5, 7, grin);
    addRow("emoji inside a word", u"ab\U0001F600cd"_s, 1, 3, true, 0, 4, u"ab\U0001F600"_s);
    addRow("everything", Emoji, 0, Emoji.size(), true, 0, Emoji.size(), Emoji);
}

void SpanSnapperTest::cjk_data()
{
    addColumns();
    // Qt's QTextBoundaryFinder has no dictionary for Han or Hiragana: every ideograph and kana
    // is its own "word", so word snapping only keeps what was selected.
    addRow("Japanese: one kanji of 東京都", Japanese, 1, 2, true, 1, 2, u"京"_s);
    addRow("Japanese: 東京都", Japanese, 0, 3, true, 0, 3, u"東京都"_s);
    addRow("Japanese: verb stem", Japanese, 4, 5, true, 4, 5, u"住"_s);
    addRow("Japanese: full stop", Japanese, 9, 11, true, 9, 11, u"す。"_s);
    addRow("Chinese: one hanzi of 北京", Chinese, 3, 4, true, 3, 4, u"北"_s);
    addRow("Chinese: 北京", Chinese, 3, 5, true, 3, 5, u"北京"_s);
    // Katakana runs are one word (UAX #29 WB13).
    addRow("Katakana run", Katakana, 1, 2, true, 0, 3, u"テレビ"_s);
    addRow("Katakana then Hiragana", Katakana, 2, 4, true, 0, 4, u"テレビを"_s);
    addRow("Latin after Han", u"東京Tokyo"_s, 3, 4, true, 2, 7, u"Tokyo"_s);
    addRow("off", Japanese, 1, 2, false, 1, 2, u"京"_s);
}

void SpanSnapperTest::rightToLeft_data()
{
    addColumns();
    // Offsets are logical (memory order), whatever the display direction.
    const QString president = u"\u0627\u0644\u0631\u0626\u064A\u0633"_s; // al-ra'is, [4, 10)
    addRow("inside a word", Arabic, 5, 7, true, 4, 10, president);
    addRow("off", Arabic, 5, 7, false, 5, 7, u"\u0644\u0631"_s);
    addRow("reversed", Arabic, 7, 5, true, 4, 10, president);
    addRow("starts at a space", Arabic, 3, 5, true, 4, 10, president);
    addRow("across words", Arabic, 1, 12, true, 0, 13, Arabic.first(13));
    addRow("vowelled word", Vowelled, 2, 3, true, 0, 6, Vowelled.first(6));
    addRow("Arabic-Indic digits", u"\u0665\u0660\u0660 \u0645\u0644\u064A\u0648\u0646"_s, 0, 2, true, 0, 3, u"\u0665\u0660\u0660"_s);
    addRow("trailing no-break space", u"\u0625\u0646\u00A0 x"_s, 0, 3, false, 0, 2, u"\u0625\u0646"_s);
}

void SpanSnapperTest::everySelectionIsWellFormed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emoji") << Emoji;
    QTest::newRow("words") << Treaty + u"\n"_s + Figures;
    QTest::newRow("scripts") << Japanese + u" "_s + Arabic + u"\u00A0"_s + Vowelled + u"\r\n"_s + Katakana;
}

// Every selection, including out-of-range and reversed ones: the span lies within the text,
// its ends sit on grapheme boundaries, and it neither starts nor ends with white space.
void SpanSnapperTest::everySelectionIsWellFormed()
{
    QFETCH(QString, text);
    for (const bool toWords : {false, true}) {
        for (qsizetype start = -1; start <= text.size() + 1; ++start) {
            for (qsizetype end = -1; end <= text.size() + 1; ++end) {
                const auto [s, e] = SpanSnapper::snap(text, start, end, toWords);
                const QByteArray where = "start " + QByteArray::number(start) + " end " + QByteArray::number(end) + " words " + QByteArray::number(toWords);
                QVERIFY2(0 <= s && s <= e && e <= text.size(), where.constData());
                QVERIFY2(atGraphemeBoundary(text, s), where.constData());
                QVERIFY2(atGraphemeBoundary(text, e), where.constData());
                if (s < e) {
                    QVERIFY2(!text.at(s).isSpace(), where.constData());
                    QVERIFY2(!text.at(e - 1).isSpace(), where.constData());
                }
                // Snapping a snapped span changes nothing.
                QVERIFY2(SpanSnapper::snap(text, s, e, toWords) == std::pair(s, e), where.constData());
            }
        }
    }
}

void SpanSnapperTest::wideningNeverShrinks_data()
{
    everySelectionIsWellFormed_data();
}

// Selecting more never yields less: a wider selection's span contains the narrower one's
// (unless the narrower one was white space only, which is empty wherever it lands).
void SpanSnapperTest::wideningNeverShrinks()
{
    QFETCH(QString, text);
    for (const bool toWords : {false, true}) {
        for (qsizetype start = 0; start <= text.size(); ++start) {
            for (qsizetype end = start; end < text.size(); ++end) {
                const auto [s, e] = SpanSnapper::snap(text, start, end, toWords);
                if (s == e) {
                    continue;
                }
                const auto [wideS, wideE] = SpanSnapper::snap(text, start, end + 1, toWords);
                const auto [earlyS, earlyE] = SpanSnapper::snap(text, std::max<qsizetype>(start - 1, 0), end, toWords);
                const QByteArray where = "start " + QByteArray::number(start) + " end " + QByteArray::number(end) + " words " + QByteArray::number(toWords);
                QVERIFY2(wideS <= s && wideE >= e, where.constData());
                QVERIFY2(earlyS <= s && earlyE >= e, where.constData());
            }
        }
    }
}

QTEST_GUILESS_MAIN(SpanSnapperTest)

#include "spansnapper_test.moc"
