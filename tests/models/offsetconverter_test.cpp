// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/export/offsetconverter.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

class OffsetConverterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void loneSurrogates();
    void backwardsAndRandomOrder();
    void clampsOutOfRange();
};

void OffsetConverterTest::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints");
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ascii") << u"Talks resumed."_s << qsizetype(14);
    QTest::newRow("emoji") << u"Aid 🇺🇦 now 😀!"_s << qsizetype(13);
    QTest::newRow("zwj family") << u"a👨‍👩‍👧b"_s << qsizetype(7);
    QTest::newRow("combining marks") << u"e\u0301te\u0301 Å"_s << qsizetype(7);
    QTest::newRow("cjk") << u"北京会谈𠀋"_s << qsizetype(5);
    QTest::newRow("rtl") << u"قال الوزير \u200fשלום"_s << qsizetype(16);
    QTest::newRow("math letters") << u"𝔘𝔫𝔦"_s << qsizetype(3);
}

void OffsetConverterTest::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);
    OffsetConverter converter(text);
    QCOMPARE(converter.codePointLength(), codePoints);
    // Every boundary maps to the code point count of the text before it, and back.
    const QList<uint> ucs4 = text.toUcs4();
    qsizetype utf16 = 0;
    for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
        QVERIFY(converter.isBoundary(utf16));
        QCOMPARE(converter.toCodePoints(utf16), cp);
        QCOMPARE(converter.toUtf16(cp), utf16);
        if (cp < ucs4.size()) {
            utf16 += QChar::requiresSurrogates(ucs4.at(cp)) ? 2 : 1;
        }
    }
    QCOMPARE(utf16, text.size());
}

void OffsetConverterTest::loneSurrogates()
{
    // A lone surrogate is written as one U+FFFD in UTF-8, so it counts as one code point.
    QString text = u"a"_s;
    text += QChar(0xD83D);
    text += u"b"_s;
    text += QChar(0xDE00);
    text += u"c😀"_s;
    OffsetConverter converter(text);
    QCOMPARE(converter.codePointLength(), qsizetype(6));
    QCOMPARE(converter.toCodePoints(2), qsizetype(2));
    QCOMPARE(converter.toCodePoints(4), qsizetype(4));
    QVERIFY(converter.isBoundary(2));
    QVERIFY(converter.isBoundary(4));
    QCOMPARE(converter.toUtf16(6), text.size());
    QCOMPARE(QString::fromUtf8(text.toUtf8()).toUcs4().size(), converter.codePointLength());
    // Inside the real pair at the end: not a boundary, rounded down.
    QVERIFY(!converter.isBoundary(6));
    QCOMPARE(converter.toCodePoints(6), qsizetype(5));
}

void OffsetConverterTest::backwardsAndRandomOrder()
{
    QString text;
    for (int i = 0; i < 200; ++i) {
        text += (i % 3 == 0) ? u"😀"_s : (i % 3 == 1 ? u"é"_s : u"北"_s);
    }
    OffsetConverter reference(text);
    QList<qsizetype> expected;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        expected.append(reference.isBoundary(i) ? reference.toCodePoints(i) : -1);
    }
    OffsetConverter converter(text);
    unsigned state = 7;
    for (int n = 0; n < 2000; ++n) {
        state = state * 1103515245u + 12345u;
        const qsizetype offset = qsizetype((state >> 8) % unsigned(text.size() + 1));
        if (expected.at(offset) >= 0) {
            QCOMPARE(converter.toCodePoints(offset), expected.at(offset));
            QCOMPARE(converter.toUtf16(expected.at(offset)), offset);
        }
    }
}

void OffsetConverterTest::clampsOutOfRange()
{
    const QString text = u"x😀y"_s;
    OffsetConverter converter(text);
    QCOMPARE(converter.toCodePoints(-5), qsizetype(0));
    QCOMPARE(converter.toCodePoints(99), qsizetype(3));
    QCOMPARE(converter.toUtf16(99), text.size());
    QCOMPARE(converter.toUtf16(-1), qsizetype(0));
}

QTEST_GUILESS_MAIN(OffsetConverterTest)
#include "offsetconverter_test.moc"
