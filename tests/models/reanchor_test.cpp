// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/reanchor.h>

#include <QObject>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using Scholion::Models::Reanchor;
using Scholion::Models::TextAnchor;

namespace
{

QString repeated(const QString &unit, qsizetype count)
{
    QString result;
    for (qsizetype i = 0; i < count; ++i) {
        result += unit;
    }
    return result;
}

const QString Grin = u"\U0001F600"_s; // one emoji, two UTF-16 units

// A span boundary never sits between the two halves of a surrogate pair.
bool splitsPair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate() && text.at(offset).isLowSurrogate();
}

} // namespace

class ReanchorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromText_data();
    void fromText();
    void locate_data();
    void locate();
    void lostSpanStaysInsideText_data();
    void lostSpanStaysInsideText();
    void emptyNewText();
};

void ReanchorTest::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("expectedQuote");
    QTest::addColumn<QString>("expectedPrefix");
    QTest::addColumn<QString>("expectedSuffix");

    QTest::newRow("short prefix, 32-unit suffix") << u"The quick brown fox jumps over the lazy dog"_s << qsizetype(4) << qsizetype(9) << u"quick"_s << u"The "_s
                                                  << u" brown fox jumps over the lazy d"_s;
    QTest::newRow("32 units each side") << repeated(u"a"_s, 40) + u"Q"_s + repeated(u"b"_s, 40) << qsizetype(40) << qsizetype(41) << u"Q"_s
                                        << repeated(u"a"_s, 32) << repeated(u"b"_s, 32);
    QTest::newRow("whole text") << u"whole"_s << qsizetype(0) << qsizetype(5) << u"whole"_s << QString() << QString();
    QTest::newRow("emoji quote") << u"x\U0001F600y"_s << qsizetype(1) << qsizetype(3) << Grin << u"x"_s << u"y"_s;
    QTest::newRow("multi-line quote") << u"one\ntwo\nthree"_s << qsizetype(2) << qsizetype(9) << u"e\ntwo\nt"_s << u"on"_s << u"hree"_s;

    // The prefix would start on the low half of the emoji: the emoji is left out entirely.
    QTest::newRow("prefix boundary splits an emoji") << u"ab"_s + Grin + repeated(u"c"_s, 31) + u"Qz"_s << qsizetype(35) << qsizetype(36) << u"Q"_s
                                                     << repeated(u"c"_s, 31) << u"z"_s;
    // The prefix starts exactly on the emoji's high half: it fits in 32 units.
    QTest::newRow("prefix starts with a whole emoji") << u"a"_s + Grin + repeated(u"c"_s, 30) + u"Qz"_s << qsizetype(33) << qsizetype(34) << u"Q"_s
                                                      << Grin + repeated(u"c"_s, 30) << u"z"_s;
    // The suffix would end after the emoji's high half: the emoji is left out entirely.
    QTest::newRow("suffix boundary splits an emoji") << u"Q"_s + repeated(u"d"_s, 31) + Grin + u"tail"_s << qsizetype(0) << qsizetype(1) << u"Q"_s << QString()
                                                     << repeated(u"d"_s, 31);
    QTest::newRow("suffix ends with a whole emoji") << u"Q"_s + repeated(u"d"_s, 30) + Grin + u"tail"_s << qsizetype(0) << qsizetype(1) << u"Q"_s << QString()
                                                    << repeated(u"d"_s, 30) + Grin;
    QTest::newRow("emoji context, both boundaries split") << repeated(Grin, 20) + u"!Q!"_s + repeated(Grin, 20) << qsizetype(41) << qsizetype(42) << u"Q"_s
                                                          << repeated(Grin, 15) + u"!"_s << u"!"_s + repeated(Grin, 15);
    QTest::newRow("emoji context, no boundary split") << repeated(Grin, 20) + u"Q"_s + repeated(Grin, 20) << qsizetype(40) << qsizetype(41) << u"Q"_s
                                                      << repeated(Grin, 16) << repeated(Grin, 16);
}

void ReanchorTest::fromText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, expectedQuote);
    QFETCH(QString, expectedPrefix);
    QFETCH(QString, expectedSuffix);

    const TextAnchor anchor = TextAnchor::fromText(text, start, end);
    QCOMPARE(anchor.start, start);
    QCOMPARE(anchor.end, end);
    QCOMPARE(anchor.quote, expectedQuote);
    QCOMPARE(anchor.prefix, expectedPrefix);
    QCOMPARE(anchor.suffix, expectedSuffix);

    QVERIFY(anchor.prefix.size() <= TextAnchor::ContextLength);
    QVERIFY(anchor.suffix.size() <= TextAnchor::ContextLength);
    if (!anchor.prefix.isEmpty()) {
        QCOMPARE(anchor.prefix.front().isLowSurrogate(), false);
    }
    if (!anchor.suffix.isEmpty()) {
        QCOMPARE(anchor.suffix.back().isHighSurrogate(), false);
    }
    // The context is the text right around the span.
    QVERIFY(text.sliced(0, start).endsWith(anchor.prefix));
    QVERIFY(text.sliced(end).startsWith(anchor.suffix));

    // Unchanged text: the anchor holds.
    const Reanchor::Result result = Reanchor::locate(text, anchor);
    QCOMPARE(result.state, Reanchor::State::Anchored);
    QCOMPARE(result.start, start);
    QCOMPARE(result.end, end);
}

void ReanchorTest::locate_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<qsizetype>("oldStart");
    QTest::addColumn<qsizetype>("oldEnd");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<qsizetype>("expectedStart");
    QTest::addColumn<qsizetype>("expectedEnd");
    QTest::addColumn<Reanchor::State>("expectedState");

    const QString fox = u"The quick brown fox jumps over the lazy dog"_s;
    QTest::newRow("unchanged") << fox << qsizetype(10) << qsizetype(15) << fox << qsizetype(10) << qsizetype(15) << Reanchor::State::Anchored;
    QTest::newRow("text appended after") << fox << qsizetype(10) << qsizetype(15) << fox + u" Again."_s << qsizetype(10) << qsizetype(15)
                                         << Reanchor::State::Anchored;
    QTest::newRow("text inserted before") << fox << qsizetype(10) << qsizetype(15) << u"Preface. "_s + fox << qsizetype(19) << qsizetype(24)
                                          << Reanchor::State::Moved;
    QTest::newRow("text deleted before") << u"Really, the quick brown fox"_s << qsizetype(18) << qsizetype(23) << u"the quick brown fox"_s << qsizetype(10)
                                         << qsizetype(15) << Reanchor::State::Moved;
    QTest::newRow("found once, earlier") << u"Moved: the target stays"_s << qsizetype(11) << qsizetype(17) << u"target first, then: the end"_s << qsizetype(0)
                                         << qsizetype(6) << Reanchor::State::Moved;
    QTest::newRow("emoji quote moved") << u"I \U0001F600 you"_s << qsizetype(2) << qsizetype(4) << u"Yes, I \U0001F600 you"_s << qsizetype(7) << qsizetype(9)
                                       << Reanchor::State::Moved;
    QTest::newRow("line break inserted before") << u"alpha\nbeta gamma"_s << qsizetype(6) << qsizetype(10) << u"\nalpha\n\nbeta gamma"_s << qsizetype(8)
                                                << qsizetype(12) << Reanchor::State::Moved;

    // "red fox" occurs twice; the nearer occurrence (12) is the wrong one, the context picks 29.
    const QString foxes = u"A: red fox here. B: red fox there."_s;
    QTest::newRow("twice: context picks the right one")
        << foxes << qsizetype(20) << qsizetype(27) << u"Preface. "_s + foxes << qsizetype(29) << qsizetype(36) << Reanchor::State::Moved;
    QTest::newRow("twice: context picks the first one")
        << foxes << qsizetype(3) << qsizetype(10) << u"Preface. "_s + foxes << qsizetype(12) << qsizetype(19) << Reanchor::State::Moved;
    // Two weak matches tie, a third matches the context best: no review needed.
    QTest::newRow("three: a tie below the best does not count") << u"Dear NOTE reader"_s << qsizetype(5) << qsizetype(9) << u"xNOTEx yNOTEy Dear NOTE reader"_s
                                                                << qsizetype(19) << qsizetype(23) << Reanchor::State::Moved;
    // Identical contexts: NeedsReview, at the occurrence closest to the old position (30).
    QTest::newRow("three identical contexts: closest")
        << u"0123456789012345678901234 see NOTE here"_s << qsizetype(30) << qsizetype(34) << u"intro: see NOTE there; see NOTE there; see NOTE there"_s
        << qsizetype(27) << qsizetype(31) << Reanchor::State::NeedsReview;
    QTest::newRow("two occurrences, no context: closest")
        << u"xx NOTE yy"_s << qsizetype(3) << qsizetype(7) << u"abNOTEcd efNOTEgh"_s << qsizetype(2) << qsizetype(6) << Reanchor::State::NeedsReview;
    QTest::newRow("two occurrences, equally far: the earlier")
        << u"ABCDEFGHNOTEIJKL"_s << qsizetype(8) << qsizetype(12) << u"wxyzNOTEwxyzNOTEwxyz"_s << qsizetype(4) << qsizetype(8) << Reanchor::State::NeedsReview;
    // The old offsets still hold the quote, so the context is not consulted (see the report).
    QTest::newRow("repetition: old offsets still match")
        << u"la la la"_s << qsizetype(3) << qsizetype(5) << u"la la la la"_s << qsizetype(3) << qsizetype(5) << Reanchor::State::Anchored;

    // The quote is gone: the old offsets, clamped into the new text.
    QTest::newRow("deleted: old offsets kept") << u"Hello brave new world"_s << qsizetype(6) << qsizetype(11) << u"Hello new world"_s << qsizetype(6)
                                               << qsizetype(11) << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: clamped to a short text") << u"Hello brave new world"_s << qsizetype(6) << qsizetype(11) << u"Hi"_s << qsizetype(1) << qsizetype(2)
                                                      << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: end clamped") << u"Hello brave new world"_s << qsizetype(6) << qsizetype(11) << u"Hello wo"_s << qsizetype(6) << qsizetype(8)
                                          << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: emoji-only text, both inside pairs")
        << u"abcdefghijkl"_s << qsizetype(3) << qsizetype(5) << repeated(Grin, 5) << qsizetype(2) << qsizetype(4) << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: emoji-only text, past the end")
        << u"abcdefghijklm"_s << qsizetype(9) << qsizetype(11) << repeated(Grin, 5) << qsizetype(8) << qsizetype(10) << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: emoji-only text, span inside one emoji")
        << u"abcdefghijkl"_s << qsizetype(4) << qsizetype(5) << repeated(Grin, 5) << qsizetype(4) << qsizetype(6) << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: emoji-only text, whole old span")
        << u"abcdefghijkl"_s << qsizetype(0) << qsizetype(12) << repeated(Grin, 5) << qsizetype(0) << qsizetype(10) << Reanchor::State::NeedsReview;
    QTest::newRow("deleted: one-character text") << u"abcdefghijkl"_s << qsizetype(5) << qsizetype(9) << u"z"_s << qsizetype(0) << qsizetype(1)
                                                 << Reanchor::State::NeedsReview;
}

void ReanchorTest::locate()
{
    QFETCH(QString, oldText);
    QFETCH(qsizetype, oldStart);
    QFETCH(qsizetype, oldEnd);
    QFETCH(QString, newText);
    QFETCH(qsizetype, expectedStart);
    QFETCH(qsizetype, expectedEnd);
    QFETCH(Reanchor::State, expectedState);

    const TextAnchor anchor = TextAnchor::fromText(oldText, oldStart, oldEnd);
    const Reanchor::Result result = Reanchor::locate(newText, anchor);
    QCOMPARE(result.state, expectedState);
    QCOMPARE(result.start, expectedStart);
    QCOMPARE(result.end, expectedEnd);
    if (expectedState != Reanchor::State::NeedsReview) {
        QCOMPARE(newText.sliced(result.start, result.end - result.start), anchor.quote);
    }
}

void ReanchorTest::lostSpanStaysInsideText_data()
{
    QTest::addColumn<QString>("newText");
    QTest::addColumn<qsizetype>("oldStart");
    QTest::addColumn<qsizetype>("oldEnd");

    // Every old position over texts made of emoji only, or emoji around a single letter.
    const QString texts[] = {Grin, repeated(Grin, 3), u"a"_s + repeated(Grin, 3), repeated(Grin, 3) + u"a"_s, Grin + u"a"_s + Grin};
    int n = 0;
    for (const QString &text : texts) {
        for (qsizetype start = 0; start <= text.size() + 2; ++start) {
            for (qsizetype end = start + 1; end <= text.size() + 3; end += 2) {
                QTest::addRow("text%d [%lld,%lld)", n, qlonglong(start), qlonglong(end)) << text << start << end;
            }
        }
        ++n;
    }
}

void ReanchorTest::lostSpanStaysInsideText()
{
    QFETCH(QString, newText);
    QFETCH(qsizetype, oldStart);
    QFETCH(qsizetype, oldEnd);

    TextAnchor anchor;
    anchor.start = oldStart;
    anchor.end = oldEnd;
    anchor.quote = u"gone"_s;
    const Reanchor::Result result = Reanchor::locate(newText, anchor);
    QCOMPARE(result.state, Reanchor::State::NeedsReview);
    QVERIFY2(result.start >= 0 && result.start < newText.size(), qPrintable(QString::number(result.start)));
    QVERIFY2(result.end > result.start && result.end <= newText.size(), qPrintable(QString::number(result.end)));
    QCOMPARE(splitsPair(newText, result.start), false);
    QCOMPARE(splitsPair(newText, result.end), false);
}

void ReanchorTest::emptyNewText()
{
    const TextAnchor anchor = TextAnchor::fromText(u"Some text here"_s, 5, 9);
    const Reanchor::Result result = Reanchor::locate(QString(), anchor);
    QCOMPARE(result.state, Reanchor::State::NeedsReview);
    QCOMPARE(result.start, 0);
    QCOMPARE(result.end, 0);
}

QTEST_GUILESS_MAIN(ReanchorTest)

#include "reanchor_test.moc"
