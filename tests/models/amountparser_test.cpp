// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/amountparser.h>

#include <QLocale>
#include <QObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

void accept(const QString &text, double value, double multiplier, const QString &currency = QString())
{
    QTest::addRow("%s", text.toUtf8().constData()) << text << true << value << multiplier << value * multiplier << currency;
}

void reject(const QString &text)
{
    QTest::addRow("rejects %s", text.toUtf8().constData()) << text << false << 0.0 << 1.0 << 0.0 << QString();
}

} // namespace

class AmountParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void format_data();
    void format();
};

void AmountParserTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");

    // Symbols, codes and words; multipliers spelled out and abbreviated.
    accept(u"$ 500 million"_s, 500, 1e6, u"USD"_s);
    accept(u"800 million dollars"_s, 800, 1e6, u"USD"_s);
    accept(u"1 billion dollar"_s, 1, 1e9, u"USD"_s);
    accept(u"€1.2bn"_s, 1.2, 1e9, u"EUR"_s);
    accept(u"£3.5 billion"_s, 3.5, 1e9, u"GBP"_s);
    accept(u"2.4 billion hryvnias"_s, 2.4, 1e9, u"UAH"_s);
    accept(u"UAH 310 million"_s, 310, 1e6, u"UAH"_s);
    accept(u"₴96 million"_s, 96, 1e6, u"UAH"_s);
    accept(u"US$1.5 billion"_s, 1.5, 1e9, u"USD"_s);
    accept(u"$500m"_s, 500, 1e6, u"USD"_s);
    accept(u"EUR 40m"_s, 40, 1e6, u"EUR"_s);
    accept(u"$1.2tn"_s, 1.2, 1e12, u"USD"_s);
    accept(u"$5K"_s, 5, 1e3, u"USD"_s);
    accept(u"$20 bln"_s, 20, 1e9, u"USD"_s);
    accept(u"£1 mn"_s, 1, 1e6, u"GBP"_s);
    accept(u"500USD"_s, 500, 1, u"USD"_s);
    accept(u"USD 1,000,000"_s, 1000000, 1, u"USD"_s);
    accept(u"C$200 million"_s, 200, 1e6, u"CAD"_s);
    accept(u"A$1.5bn"_s, 1.5, 1e9, u"AUD"_s);
    accept(u"$US500 million"_s, 500, 1e6, u"USD"_s);
    accept(u"U.S. $2 billion"_s, 2, 1e9, u"USD"_s);
    accept(u"¥5 billion"_s, 5, 1e9, u"JPY"_s);
    accept(u"5 billion yen"_s, 5, 1e9, u"JPY"_s);
    accept(u"10 billion roubles"_s, 10, 1e9, u"RUB"_s);
    accept(u"2 billion zloty"_s, 2, 1e9, u"PLN"_s);
    accept(u"1 billion Yuan"_s, 1, 1e9, u"CNY"_s);
    accept(u"300 million Swiss francs"_s, 300, 1e6, u"CHF"_s);
    accept(u"500 million pounds sterling"_s, 500, 1e6, u"GBP"_s);
    accept(u"3 billion Norwegian kroner"_s, 3, 1e9, u"NOK"_s);
    accept(u"five billion US dollars"_s, 5, 1e9, u"USD"_s);
    accept(u"400 million Canadian dollars"_s, 400, 1e6, u"CAD"_s);
    accept(u"SDR 1.5 billion"_s, 1.5, 1e9, u"XDR"_s);
    accept(u"CHF 1'000'000"_s, 1000000, 1, u"CHF"_s);
    accept(u"Fr. 300 million"_s, 300, 1e6, u"CHF"_s);
    accept(u"500 million British pounds"_s, 500, 1e6, u"GBP"_s);
    accept(u"CN¥3 billion"_s, 3, 1e9, u"CNY"_s);

    // Continental notation.
    accept(u"1,2 Mrd. Euro"_s, 1.2, 1e9, u"EUR"_s);
    accept(u"5 Mio. Euro"_s, 5, 1e6, u"EUR"_s);
    accept(u"1 Milliarde Euro"_s, 1, 1e9, u"EUR"_s);
    accept(u"2,4 млрд грн"_s, 2.4, 1e9, u"UAH"_s);
    accept(u"1.234,56"_s, 1234.56, 1);
    accept(u"1.234.567"_s, 1234567, 1);
    accept(u"R$ 1 bilhão"_s, 1, 1e9, u"BRL"_s);
    accept(u"1 250 000,50 €"_s, 1250000.5, 1, u"EUR"_s);

    // Number words and fractions.
    accept(u"half a billion"_s, 0.5, 1e9);
    accept(u"a quarter of a billion"_s, 0.25, 1e9);
    accept(u"quarter billion dollars"_s, 0.25, 1e9, u"USD"_s);
    accept(u"three quarters of a billion euros"_s, 0.75, 1e9, u"EUR"_s);
    accept(u"a billion"_s, 1, 1e9);
    accept(u"a million euros"_s, 1, 1e6, u"EUR"_s);
    accept(u"two hundred million euros"_s, 200, 1e6, u"EUR"_s);
    accept(u"two hundred and fifty million"_s, 250, 1e6);
    accept(u"twenty-five million dollars"_s, 25, 1e6, u"USD"_s);
    accept(u"one and a half billion euros"_s, 1.5, 1e9, u"EUR"_s);
    accept(u"one half billion"_s, 0.5, 1e9);
    accept(u"half-a-billion"_s, 0.5, 1e9);
    accept(u"$1.2-billion"_s, 1.2, 1e9, u"USD"_s);

    // Separators.
    accept(u"7,000"_s, 7000, 1);
    accept(u"7 000"_s, 7000, 1);
    accept(u"7\u00A0000"_s, 7000, 1); // no-break space
    accept(u"7\u2009000"_s, 7000, 1); // thin space
    accept(u"7\u202F000 tonnes"_s, 7000, 1); // narrow no-break space
    accept(u"1,250,000.50"_s, 1250000.5, 1);
    accept(u".5 billion"_s, 0.5, 1e9);
    accept(u"0.5 million"_s, 0.5, 1e6);
    accept(u"1.250 billion dollars"_s, 1.25, 1e9, u"USD"_s);
    accept(u"1,200 million dollars"_s, 1200, 1e6, u"USD"_s);

    // Not money; surrounding words and punctuation.
    accept(u"7,000 tonnes"_s, 7000, 1);
    accept(u"120 medical staff"_s, 120, 1);
    accept(u"40 tanks"_s, 40, 1);
    accept(u"$ 500 million of aid"_s, 500, 1e6, u"USD"_s);
    accept(u"(“$500 million”)."_s, 500, 1e6, u"USD"_s);
    accept(u"about $500 million"_s, 500, 1e6, u"USD"_s);
    accept(u"up to €1bn"_s, 1, 1e9, u"EUR"_s);
    accept(u"more than 2 billion"_s, 2, 1e9);
    accept(u"COVID-19"_s, 19, 1);

    // Rejections.
    reject(QString());
    reject(u"   "_s);
    reject(u"dollars"_s);
    reject(u"undisclosed sum"_s);
    reject(u"-5 million"_s);
    reject(u"-$5 million"_s);
    reject(u"minus 5 million"_s);
    reject(u"1.234.567,8,9"_s);
    reject(u"1,5"_s);
    reject(u"7.000"_s);
    reject(u"1,200 Mrd. Euro"_s);
    reject(u"1,23456 million"_s);
    reject(u"1234,567"_s);
    reject(u"1,000 000"_s);
    reject(u"several million dollars"_s);
    reject(u"a few million euros"_s);
    reject(u"tens of millions of dollars"_s);
    reject(u"hundreds of millions"_s);
    reject(u"billions of dollars"_s);
    reject(u"dozens of tanks"_s);
    reject(u"multibillion-dollar"_s);
    reject(u"francs"_s);
    reject(u"500 million francs"_s);
    reject(u"500 pounds"_s);
    reject(u"500 million pesos"_s);
    reject(u"kr 500"_s);
    reject(u"500 million Rhodesian dollars"_s);
    reject(u"Z$500"_s);
    reject(u"$1-2 billion"_s);
    reject(u"$1–2 billion"_s);
    reject(u"between 1 and 2 million"_s);
    reject(u"1 to 2 million"_s);
    reject(u"$500m over 3 years"_s);
    reject(u"from $1 billion to $2 billion"_s);
    reject(u"$500 million and €200 million"_s);
    reject(u"40 tanks and 20 trucks"_s);
    reject(u"million dollars"_s);
    reject(u"a thousand million dollars"_s);
    reject(u"half the aid"_s);
    reject(u"5%"_s);
    reject(u"50 cents"_s);
    reject(u"5 crore rupees"_s);
    reject(u"½ billion"_s);
    reject(u"$5T"_s);
    reject(u"500 t"_s);
}

void AmountParserTest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QFETCH(double, multiplier);
    QFETCH(double, amount);
    QFETCH(QString, currency);

    const ParsedAmount parsed = AmountParser::parse(text);
    QCOMPARE(parsed.ok, ok);
    if (!ok) {
        QVERIFY2(!parsed.problem.isEmpty(), "a rejection must say why");
        QCOMPARE(parsed.currency, QString());
        return;
    }
    QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value, value); // QCOMPARE compares doubles with qFuzzyCompare()
    QCOMPARE(parsed.multiplier, multiplier);
    QCOMPARE(parsed.amount, amount);
    if (std::trunc(amount) == amount) {
        // Integral amounts are exact: "€1.2bn" is 1200000000, not 1199999999.9999998.
        QCOMPARE(qint64(parsed.amount), qint64(amount));
        QCOMPARE(parsed.amount, std::trunc(parsed.amount));
    }
    QCOMPARE(parsed.currency, currency);
}

void AmountParserTest::format_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("English") << u"$500 million"_s << english << u"500,000,000 USD"_s;
    QTest::newRow("German") << u"$500 million"_s << german << u"500.000.000 USD"_s;
    QTest::newRow("C locale keeps group separators") << u"$500 million"_s << QLocale::c() << u"500,000,000 USD"_s;
    QTest::newRow("decimal multiplier") << u"€1.2bn"_s << english << u"1,200,000,000 EUR"_s;
    QTest::newRow("fraction") << u"1,250,000.50"_s << english << u"1,250,000.5"_s;
    QTest::newRow("no currency") << u"7,000 tonnes"_s << english << u"7,000"_s;
    QTest::newRow("rejected") << u"several million dollars"_s << english << QString();
}

void AmountParserTest::format()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);

    QCOMPARE(AmountParser::format(AmountParser::parse(text), locale), expected);
}

QTEST_GUILESS_MAIN(AmountParserTest)

#include "amountparser_test.moc"
