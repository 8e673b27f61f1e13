// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountparser.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

// ---------------------------------------------------------------------------------------------
// Tokens

enum class Kind {
    Number, // digits with their separators
    Word, // letters
    Symbol, // a currency symbol (Unicode category Sc)
    Dash, // hyphen, en and em dash, minus sign
    Percent,
};

struct Token {
    Kind kind = Kind::Word;
    QString text; // as written; a Number holds ASCII digits and the separators , . ' and space
    QString key; // a Word in lower case without dots ("U.S." → "us"); otherwise the text
    bool glued = false; // nothing (no space, no punctuation) between this token and the previous one
    bool dotted = false; // a Word directly followed by "."
};

bool isDash(QChar c)
{
    return c.category() == QChar::Punctuation_Dash || c == u'\u2212' /* minus sign */;
}

bool isPercent(QChar c)
{
    return c == u'%' || c == u'\u2030' || c == u'\u066A' || c == u'\uFF05';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

struct Scale {
    int exponent = 0;
    bool spelled = false; // a whole word ("million"), not an abbreviation ("mn", "m")
    bool plural = false; // "millions": vague without a number ("millions of dollars")
    bool continental = false; // written where the comma is the decimal separator (Mio., Mrd.)
};

const QHash<QString, Scale> &scales()
{
    static const QHash<QString, Scale> table = {
        {u"thousand"_s, {3, true, false, false}},
        {u"thousands"_s, {3, true, true, false}},
        {u"k"_s, {3, false, false, false}},
        {u"million"_s, {6, true, false, false}},
        {u"millions"_s, {6, true, true, false}},
        {u"mn"_s, {6, false, false, false}},
        {u"mln"_s, {6, false, false, false}},
        {u"m"_s, {6, false, false, false}},
        {u"billion"_s, {9, true, false, false}},
        {u"billions"_s, {9, true, true, false}},
        {u"bn"_s, {9, false, false, false}},
        {u"bln"_s, {9, false, false, false}},
        {u"b"_s, {9, false, false, false}},
        {u"trillion"_s, {12, true, false, false}},
        {u"trillions"_s, {12, true, true, false}},
        {u"tn"_s, {12, false, false, false}},
        {u"trn"_s, {12, false, false, false}},
        // German, French, Italian, Polish, Spanish, Brazilian Portuguese, Ukrainian and Russian
        {u"tausend"_s, {3, true, false, true}},
        {u"tsd"_s, {3, false, false, true}},
        {u"mio"_s, {6, false, false, true}},
        {u"millionen"_s, {6, true, true, true}},
        {u"mrd"_s, {9, false, false, true}},
        {u"md"_s, {9, false, false, true}},
        {u"mds"_s, {9, false, false, true}},
        {u"milliard"_s, {9, true, false, true}},
        {u"milliards"_s, {9, true, true, true}},
        {u"milliarde"_s, {9, true, false, true}},
        {u"milliarden"_s, {9, true, true, true}},
        {u"bio"_s, {12, false, false, true}},
        {u"milione"_s, {6, true, false, true}},
        {u"milioni"_s, {6, true, true, true}},
        {u"miliardo"_s, {9, true, false, true}},
        {u"miliardi"_s, {9, true, true, true}},
        {u"mld"_s, {9, false, false, true}},
        {u"millón"_s, {6, true, false, true}},
        {u"millones"_s, {6, true, true, true}},
        {u"milhão"_s, {6, true, false, true}},
        {u"milhões"_s, {6, true, true, true}},
        {u"bilhão"_s, {9, true, false, true}},
        {u"bilhões"_s, {9, true, true, true}},
        {u"billionen"_s, {12, true, true, true}},
        {u"тис"_s, {3, false, false, true}},
        {u"тыс"_s, {3, false, false, true}},
        {u"млн"_s, {6, false, false, true}},
        {u"млрд"_s, {9, false, false, true}},
        {u"трлн"_s, {12, false, false, true}},
    };
    return table;
}

enum class WordClass { Unit, Teen, Tens };

struct NumberWord {
    int value = 0;
    WordClass kind = WordClass::Unit;
};

const QHash<QString, NumberWord> &numberWords()
{
    static const QHash<QString, NumberWord> table = {
        {u"zero"_s, {0, WordClass::Unit}},
        {u"one"_s, {1, WordClass::Unit}},
        {u"two"_s, {2, WordClass::Unit}},
        {u"three"_s, {3, WordClass::Unit}},
        {u"four"_s, {4, WordClass::Unit}},
        {u"five"_s, {5, WordClass::Unit}},
        {u"six"_s, {6, WordClass::Unit}},
        {u"seven"_s, {7, WordClass::Unit}},
        {u"eight"_s, {8, WordClass::Unit}},
        {u"nine"_s, {9, WordClass::Unit}},
        {u"ten"_s, {10, WordClass::Teen}},
        {u"eleven"_s, {11, WordClass::Teen}},
        {u"twelve"_s, {12, WordClass::Teen}},
        {u"thirteen"_s, {13, WordClass::Teen}},
        {u"fourteen"_s, {14, WordClass::Teen}},
        {u"fifteen"_s, {15, WordClass::Teen}},
        {u"sixteen"_s, {16, WordClass::Teen}},
        {u"seventeen"_s, {17, WordClass::Teen}},
        {u"eighteen"_s, {18, WordClass::Teen}},
        {u"nineteen"_s, {19, WordClass::Teen}},
        {u"twenty"_s, {20, WordClass::Tens}},
        {u"thirty"_s, {30, WordClass::Tens}},
        {u"forty"_s, {40, WordClass::Tens}},
        {u"fifty"_s, {50, WordClass::Tens}},
        {u"sixty"_s, {60, WordClass::Tens}},
        {u"seventy"_s, {70, WordClass::Tens}},
        {u"eighty"_s, {80, WordClass::Tens}},
        {u"ninety"_s, {90, WordClass::Tens}},
    };
    return table;
}

// Words that say the amount is not exact.
const QSet<QString> &vagueWords()
{
    static const QSet<QString> set = {
        u"several"_s,
        u"few"_s,
        u"many"_s,
        u"numerous"_s,
        u"multiple"_s,
        u"countless"_s,
        u"dozen"_s,
        u"dozens"_s,
        u"scores"_s,
        u"tens"_s,
        u"hundreds"_s,
        u"multi"_s,
        u"multimillion"_s,
        u"multibillion"_s,
        u"multitrillion"_s,
        u"undisclosed"_s,
        u"unspecified"_s,
        u"unknown"_s,
        u"unreported"_s,
        u"unnamed"_s,
    };
    return set;
}

// Subunits: the amount would be in cents, not in the currency.
const QSet<QString> &subunitWords()
{
    static const QSet<QString> set = {
        u"cent"_s,
        u"cents"_s,
        u"eurocent"_s,
        u"eurocents"_s,
        u"penny"_s,
        u"pence"_s,
        u"pennies"_s,
        u"kopeck"_s,
        u"kopecks"_s,
        u"kopek"_s,
        u"kopeks"_s,
        u"kopiyka"_s,
        u"kopiykas"_s,
        u"копійок"_s,
        u"копійки"_s,
        u"копеек"_s,
        u"коп"_s,
        u"rappen"_s,
        u"groszy"_s,
    };
    return set;
}

// Words this parser recognises but cannot turn into an exact amount.
const QSet<QString> &unsupportedWords()
{
    static const QSet<QString> set = {
        u"lakh"_s,
        u"lakhs"_s,
        u"lac"_s,
        u"lacs"_s,
        u"crore"_s,
        u"crores"_s,
        u"third"_s,
        u"thirds"_s,
        u"fifth"_s,
        u"fifths"_s,
        u"tenth"_s,
        u"tenths"_s,
    };
    return set;
}

// Abbreviations that are ambiguous right after a number.
const QSet<QString> &ambiguousAbbreviations()
{
    static const QSet<QString> set = {u"t"_s, u"mm"_s, u"mil"_s};
    return set;
}

// Words allowed around an amount that change nothing (documented in the header).
const QSet<QString> &neutralWords()
{
    static const QSet<QString> set = {
        u"of"_s,
        u"in"_s,
        u"and"_s,
        u"a"_s,
        u"an"_s,
        u"the"_s,
        u"some"_s,
        u"about"_s,
        u"around"_s,
        u"nearly"_s,
        u"almost"_s,
        u"roughly"_s,
        u"approximately"_s,
        u"approx"_s,
        u"circa"_s,
        u"ca"_s,
        u"more"_s,
        u"than"_s,
        u"over"_s,
        u"up"_s,
        u"to"_s,
        u"under"_s,
        u"less"_s,
        u"at"_s,
        u"least"_s,
        u"most"_s,
        u"close"_s,
        u"just"_s,
        u"estimated"_s,
        u"worth"_s,
        u"total"_s,
        u"totalling"_s,
        u"totaling"_s,
        u"another"_s,
        u"additional"_s,
        u"extra"_s,
        u"new"_s,
        u"hundred"_s,
        u"half"_s,
        u"quarter"_s,
        u"quarters"_s,
    };
    return set;
}

// Words that join the two ends of a range ("and" only after "between").
const QSet<QString> &rangeJoiners()
{
    static const QSet<QString> set = {u"to"_s, u"or"_s, u"through"_s, u"thru"_s, u"till"_s, u"until"_s, u"bis"_s, u"до"_s};
    return set;
}

// Words that announce a range before its first number.
const QSet<QString> &rangeOpeners()
{
    static const QSet<QString> set = {u"between"_s, u"from"_s, u"zwischen"_s, u"von"_s, u"від"_s, u"от"_s};
    return set;
}

// ISO 4217 codes in use (plus XDR, the IMF's special drawing right).
const QSet<QString> &isoCodes()
{
    static const QSet<QString> set = [] {
        const QString all = u"AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD "
                            "CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF "
                            "GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP "
                            "LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB "
                            "PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP "
                            "SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR "
                            "ZMW ZWG ZWL"_s;
        const QStringList codes = all.split(u' ');
        return QSet<QString>(codes.cbegin(), codes.cend());
    }();
    return set;
}

// Codes also accepted in lower or mixed case; the others ("try", "all", "top", "cad") are words.
const QSet<QString> &lowerCaseCodes()
{
    static const QSet<QString> set = {
        u"usd"_s,
        u"eur"_s,
        u"gbp"_s,
        u"uah"_s,
        u"jpy"_s,
        u"chf"_s,
        u"cny"_s,
        u"aud"_s,
        u"pln"_s,
        u"sek"_s,
        u"nok"_s,
        u"dkk"_s,
        u"inr"_s,
        u"krw"_s,
        u"brl"_s,
        u"czk"_s,
        u"huf"_s,
        u"nzd"_s,
        u"hkd"_s,
        u"sgd"_s,
        u"zar"_s,
        u"ils"_s,
        u"mxn"_s,
        u"xdr"_s,
    };
    return set;
}

// Codes that are not ISO 4217 but name one currency.
const QHash<QString, QString> &codeAliases()
{
    static const QHash<QString, QString> table = {
        {u"RMB"_s, u"CNY"_s},
        {u"NIS"_s, u"ILS"_s},
        {u"SDR"_s, u"XDR"_s},
        {u"SDRS"_s, u"XDR"_s},
    };
    return table;
}

// A currency word. An empty code means the word names several currencies.
struct CurrencyWord {
    QString code;
    QHash<QString, QString> qualifiers; // "canadian" → CAD; an empty code: still ambiguous ("cfa")
    bool needsQualifier = false; // only a currency with a qualifier ("Brazilian real")
};

const QList<CurrencyWord> &currencyWordList()
{
    static const QList<CurrencyWord> list = {
        {u"USD"_s,
            {{u"us"_s, u"USD"_s},
                {u"american"_s, u"USD"_s},
                {u"united states"_s, u"USD"_s},
                {u"canadian"_s, u"CAD"_s},
                {u"australian"_s, u"AUD"_s},
                {u"new zealand"_s, u"NZD"_s},
                {u"hong kong"_s, u"HKD"_s},
                {u"singapore"_s, u"SGD"_s},
                {u"singaporean"_s, u"SGD"_s},
                {u"taiwan"_s, u"TWD"_s},
                {u"taiwanese"_s, u"TWD"_s},
                {u"new taiwan"_s, u"TWD"_s},
                {u"jamaican"_s, u"JMD"_s},
                {u"bahamian"_s, u"BSD"_s},
                {u"barbadian"_s, u"BBD"_s},
                {u"belize"_s, u"BZD"_s},
                {u"brunei"_s, u"BND"_s},
                {u"east caribbean"_s, u"XCD"_s},
                {u"fijian"_s, u"FJD"_s},
                {u"guyanese"_s, u"GYD"_s},
                {u"liberian"_s, u"LRD"_s},
                {u"namibian"_s, u"NAD"_s}},
            false}, // 0: dollar
        {u"EUR"_s, {}, false}, // 1: euro
        {QString(),
            {{u"british"_s, u"GBP"_s},
                {u"uk"_s, u"GBP"_s},
                {u"egyptian"_s, u"EGP"_s},
                {u"lebanese"_s, u"LBP"_s},
                {u"syrian"_s, u"SYP"_s},
                {u"sudanese"_s, u"SDG"_s},
                {u"south sudanese"_s, u"SSP"_s}},
            false}, // 2: pound (also a weight)
        {u"GBP"_s, {{u"british"_s, u"GBP"_s}, {u"pound"_s, u"GBP"_s}, {u"pounds"_s, u"GBP"_s}}, false}, // 3: sterling
        {QString(),
            {{u"swiss"_s, u"CHF"_s},
                {u"cfa"_s, QString()},
                {u"congolese"_s, u"CDF"_s},
                {u"rwandan"_s, u"RWF"_s},
                {u"burundian"_s, u"BIF"_s},
                {u"guinean"_s, u"GNF"_s},
                {u"djiboutian"_s, u"DJF"_s},
                {u"comorian"_s, u"KMF"_s}},
            false}, // 4: franc
        {u"UAH"_s, {{u"ukrainian"_s, u"UAH"_s}}, false}, // 5: hryvnia
        {u"JPY"_s, {{u"japanese"_s, u"JPY"_s}}, false}, // 6: yen
        {u"CNY"_s, {{u"chinese"_s, u"CNY"_s}}, false}, // 7: yuan, renminbi
        {u"RUB"_s, {{u"russian"_s, u"RUB"_s}, {u"belarusian"_s, u"BYN"_s}, {u"belarussian"_s, u"BYN"_s}}, false}, // 8: ruble
        {u"PLN"_s, {{u"polish"_s, u"PLN"_s}}, false}, // 9: zloty
        {u"SEK"_s, {{u"swedish"_s, u"SEK"_s}, {u"icelandic"_s, u"ISK"_s}}, false}, // 10: krona, kronor
        {QString(), {{u"norwegian"_s, u"NOK"_s}, {u"danish"_s, u"DKK"_s}}, false}, // 11: krone, kroner
        {QString(), {{u"swedish"_s, u"SEK"_s}, {u"norwegian"_s, u"NOK"_s}, {u"danish"_s, u"DKK"_s}, {u"icelandic"_s, u"ISK"_s}}, false}, // 12: kr
        {u"CZK"_s, {{u"czech"_s, u"CZK"_s}}, false}, // 13: koruna
        {QString(),
            {{u"indian"_s, u"INR"_s},
                {u"pakistani"_s, u"PKR"_s},
                {u"sri lankan"_s, u"LKR"_s},
                {u"nepalese"_s, u"NPR"_s},
                {u"nepali"_s, u"NPR"_s},
                {u"mauritian"_s, u"MUR"_s},
                {u"seychellois"_s, u"SCR"_s}},
            false}, // 14: rupee
        {u"KRW"_s, {{u"korean"_s, u"KRW"_s}, {u"south korean"_s, u"KRW"_s}, {u"north korean"_s, u"KPW"_s}}, false}, // 15: won
        {u"TRY"_s, {{u"turkish"_s, u"TRY"_s}, {u"lebanese"_s, u"LBP"_s}, {u"syrian"_s, u"SYP"_s}}, false}, // 16: lira
        {u"BRL"_s, {{u"brazilian"_s, u"BRL"_s}}, false}, // 17: reais
        {u"BRL"_s, {{u"brazilian"_s, u"BRL"_s}}, true}, // 18: real (also an adjective)
        {u"ILS"_s, {{u"israeli"_s, u"ILS"_s}, {u"new israeli"_s, u"ILS"_s}}, false}, // 19: shekel
        {u"ZAR"_s, {{u"south african"_s, u"ZAR"_s}}, false}, // 20: rand
        {u"NGN"_s, {{u"nigerian"_s, u"NGN"_s}}, false}, // 21: naira
        {QString(),
            {{u"mexican"_s, u"MXN"_s},
                {u"argentine"_s, u"ARS"_s},
                {u"argentinian"_s, u"ARS"_s},
                {u"philippine"_s, u"PHP"_s},
                {u"colombian"_s, u"COP"_s},
                {u"chilean"_s, u"CLP"_s},
                {u"cuban"_s, u"CUP"_s},
                {u"uruguayan"_s, u"UYU"_s},
                {u"dominican"_s, u"DOP"_s}},
            false}, // 22: peso
        {QString(),
            {{u"iraqi"_s, u"IQD"_s},
                {u"jordanian"_s, u"JOD"_s},
                {u"kuwaiti"_s, u"KWD"_s},
                {u"libyan"_s, u"LYD"_s},
                {u"serbian"_s, u"RSD"_s},
                {u"tunisian"_s, u"TND"_s},
                {u"algerian"_s, u"DZD"_s},
                {u"bahraini"_s, u"BHD"_s}},
            false}, // 23: dinar
        {QString(),
            {{u"saudi"_s, u"SAR"_s}, {u"qatari"_s, u"QAR"_s}, {u"iranian"_s, u"IRR"_s}, {u"omani"_s, u"OMR"_s}, {u"yemeni"_s, u"YER"_s}},
            false}, // 24: riyal, rial
        {QString(), {{u"emirati"_s, u"AED"_s}, {u"uae"_s, u"AED"_s}, {u"moroccan"_s, u"MAD"_s}}, false}, // 25: dirham
        {QString(), {{u"kenyan"_s, u"KES"_s}, {u"ugandan"_s, u"UGX"_s}, {u"tanzanian"_s, u"TZS"_s}, {u"somali"_s, u"SOS"_s}}, false}, // 26: shilling
        {u"GEL"_s, {{u"georgian"_s, u"GEL"_s}}, false}, // 27: lari
        {u"KZT"_s, {{u"kazakh"_s, u"KZT"_s}, {u"kazakhstani"_s, u"KZT"_s}}, false}, // 28: tenge
        {u"HUF"_s, {{u"hungarian"_s, u"HUF"_s}}, false}, // 29: forint
        {QString(), {{u"romanian"_s, u"RON"_s}, {u"moldovan"_s, u"MDL"_s}}, false}, // 30: leu, lei
        {u"BGN"_s, {{u"bulgarian"_s, u"BGN"_s}}, false}, // 31: lev
        {u"AMD"_s, {{u"armenian"_s, u"AMD"_s}}, false}, // 32: dram
        {QString(), {{u"azerbaijani"_s, u"AZN"_s}, {u"turkmen"_s, u"TMT"_s}}, false}, // 33: manat
        {u"BDT"_s, {{u"bangladeshi"_s, u"BDT"_s}}, false}, // 34: taka
        {u"THB"_s, {{u"thai"_s, u"THB"_s}}, false}, // 35: baht
        {u"MYR"_s, {{u"malaysian"_s, u"MYR"_s}}, false}, // 36: ringgit
        {u"IDR"_s, {{u"indonesian"_s, u"IDR"_s}}, false}, // 37: rupiah
        {u"VND"_s, {{u"vietnamese"_s, u"VND"_s}}, false}, // 38: dong
        {u"ETB"_s, {{u"ethiopian"_s, u"ETB"_s}}, false}, // 39: birr
        {u"GHS"_s, {{u"ghanaian"_s, u"GHS"_s}}, false}, // 40: cedi
        {QString(), {{u"zambian"_s, u"ZMW"_s}, {u"malawian"_s, u"MWK"_s}}, false}, // 41: kwacha
        {u"AFN"_s, {{u"afghan"_s, u"AFN"_s}}, false}, // 42: afghani
        {u"ISK"_s, {{u"icelandic"_s, u"ISK"_s}}, false}, // 43: króna
    };
    return list;
}

constexpr int PoundWord = 2; // in currencyWordList()

// Currency words (lower case) → index into currencyWordList().
const QHash<QString, int> &currencyWords()
{
    static const QHash<QString, int> table = {
        {u"dollar"_s, 0},
        {u"dollars"_s, 0},
        {u"euro"_s, 1},
        {u"euros"_s, 1},
        {u"pound"_s, 2},
        {u"pounds"_s, 2},
        {u"sterling"_s, 3},
        {u"franc"_s, 4},
        {u"francs"_s, 4},
        {u"hryvnia"_s, 5},
        {u"hryvnias"_s, 5},
        {u"hryvnya"_s, 5},
        {u"hryvnyas"_s, 5},
        {u"hryvna"_s, 5},
        {u"hryvnas"_s, 5},
        {u"hryvni"_s, 5},
        {u"hryven"_s, 5},
        {u"гривня"_s, 5},
        {u"гривні"_s, 5},
        {u"гривень"_s, 5},
        {u"гривна"_s, 5},
        {u"гривны"_s, 5},
        {u"гривен"_s, 5},
        {u"грн"_s, 5},
        {u"yen"_s, 6},
        {u"yuan"_s, 7},
        {u"renminbi"_s, 7},
        {u"ruble"_s, 8},
        {u"rubles"_s, 8},
        {u"rouble"_s, 8},
        {u"roubles"_s, 8},
        {u"рубль"_s, 8},
        {u"рубля"_s, 8},
        {u"рублей"_s, 8},
        {u"руб"_s, 8},
        {u"zloty"_s, 9},
        {u"zlotys"_s, 9},
        {u"zlotych"_s, 9},
        {u"złoty"_s, 9},
        {u"złotych"_s, 9},
        {u"złote"_s, 9},
        {u"zł"_s, 9},
        {u"krona"_s, 10},
        {u"kronor"_s, 10},
        {u"krone"_s, 11},
        {u"kroner"_s, 11},
        {u"kr"_s, 12},
        {u"koruna"_s, 13},
        {u"korun"_s, 13},
        {u"koruny"_s, 13},
        {u"kč"_s, 13},
        {u"rupee"_s, 14},
        {u"rupees"_s, 14},
        {u"rs"_s, 14},
        {u"won"_s, 15},
        {u"lira"_s, 16},
        {u"liras"_s, 16},
        {u"lire"_s, 16},
        {u"reais"_s, 17},
        {u"real"_s, 18},
        {u"shekel"_s, 19},
        {u"shekels"_s, 19},
        {u"sheqel"_s, 19},
        {u"shekalim"_s, 19},
        {u"rand"_s, 20},
        {u"rands"_s, 20},
        {u"naira"_s, 21},
        {u"peso"_s, 22},
        {u"pesos"_s, 22},
        {u"dinar"_s, 23},
        {u"dinars"_s, 23},
        {u"riyal"_s, 24},
        {u"riyals"_s, 24},
        {u"rial"_s, 24},
        {u"rials"_s, 24},
        {u"dirham"_s, 25},
        {u"dirhams"_s, 25},
        {u"shilling"_s, 26},
        {u"shillings"_s, 26},
        {u"lari"_s, 27},
        {u"tenge"_s, 28},
        {u"forint"_s, 29},
        {u"forints"_s, 29},
        {u"leu"_s, 30},
        {u"lei"_s, 30},
        {u"lev"_s, 31},
        {u"leva"_s, 31},
        {u"dram"_s, 32},
        {u"drams"_s, 32},
        {u"manat"_s, 33},
        {u"taka"_s, 34},
        {u"baht"_s, 35},
        {u"ringgit"_s, 36},
        {u"rupiah"_s, 37},
        {u"dong"_s, 38},
        {u"birr"_s, 39},
        {u"cedi"_s, 40},
        {u"cedis"_s, 40},
        {u"kwacha"_s, 41},
        {u"afghani"_s, 42},
        {u"afghanis"_s, 42},
        {u"króna"_s, 43},
        {u"krónur"_s, 43},
    };
    return table;
}

// Every word that picks a currency, for any currency word: "Swiss dollars" must not pass.
const QSet<QString> &allQualifiers()
{
    static const QSet<QString> set = [] {
        QSet<QString> result;
        for (const CurrencyWord &word : currencyWordList()) {
            for (auto it = word.qualifiers.cbegin(); it != word.qualifiers.cend(); ++it) {
                // The last word of a two-word qualifier ("new zealand" → "zealand").
                result.insert(it.key().section(u' ', -1));
            }
        }
        return result;
    }();
    return set;
}

// Letters written just before "$" (no space), as written: "US$", "C$", "NZ$".
const QHash<QString, QString> &dollarPrefixes()
{
    static const QHash<QString, QString> table = {
        {u"US"_s, u"USD"_s},
        {u"U.S"_s, u"USD"_s},
        {u"C"_s, u"CAD"_s},
        {u"CA"_s, u"CAD"_s},
        {u"Can"_s, u"CAD"_s},
        {u"CAN"_s, u"CAD"_s},
        {u"A"_s, u"AUD"_s},
        {u"AU"_s, u"AUD"_s},
        {u"NZ"_s, u"NZD"_s},
        {u"HK"_s, u"HKD"_s},
        {u"S"_s, u"SGD"_s},
        {u"SG"_s, u"SGD"_s},
        {u"NT"_s, u"TWD"_s},
        {u"R"_s, u"BRL"_s},
        {u"Mex"_s, u"MXN"_s},
        {u"MX"_s, u"MXN"_s},
    };
    return table;
}

// Letters written just after "$" (no space), as in Australian usage: "$US500 million", "$A2bn".
const QHash<QString, QString> &dollarSuffixes()
{
    static const QHash<QString, QString> table = {
        {u"US"_s, u"USD"_s},
        {u"A"_s, u"AUD"_s},
        {u"AU"_s, u"AUD"_s},
        {u"C"_s, u"CAD"_s},
        {u"CA"_s, u"CAD"_s},
        {u"CAN"_s, u"CAD"_s},
        {u"NZ"_s, u"NZD"_s},
        {u"HK"_s, u"HKD"_s},
        {u"NT"_s, u"TWD"_s},
    };
    return table;
}

struct SymbolInfo {
    QString code;
    QHash<QString, QString> prefixes; // letters glued before the symbol
};

const QHash<char16_t, SymbolInfo> &symbols()
{
    static const QHash<char16_t, SymbolInfo> table = {
        {u'$', {u"USD"_s, dollarPrefixes()}},
        {u'\uFF04', {u"USD"_s, dollarPrefixes()}}, // fullwidth dollar
        {u'\u20AC', {u"EUR"_s, {}}}, // €
        {u'\u00A3', {u"GBP"_s, {{u"E"_s, u"EGP"_s}, {u"L"_s, u"LBP"_s}}}}, // £
        {u'\u00A5', {u"JPY"_s, {{u"JP"_s, u"JPY"_s}, {u"CN"_s, u"CNY"_s}, {u"RMB"_s, u"CNY"_s}}}}, // ¥
        {u'\uFFE5', {u"JPY"_s, {{u"JP"_s, u"JPY"_s}, {u"CN"_s, u"CNY"_s}, {u"RMB"_s, u"CNY"_s}}}}, // fullwidth ¥
        {u'\u20B4', {u"UAH"_s, {}}}, // ₴
        {u'\u20BD', {u"RUB"_s, {}}}, // ₽
        {u'\u20B9', {u"INR"_s, {}}}, // ₹
        {u'\u20A9', {u"KRW"_s, {}}}, // ₩
        {u'\u20BA', {u"TRY"_s, {}}}, // ₺
        {u'\u20AA', {u"ILS"_s, {}}}, // ₪
        {u'\u20B8', {u"KZT"_s, {}}}, // ₸
        {u'\u20BE', {u"GEL"_s, {}}}, // ₾
        {u'\u20B1', {u"PHP"_s, {}}}, // ₱
        {u'\u20A6', {u"NGN"_s, {}}}, // ₦
        {u'\u0E3F', {u"THB"_s, {}}}, // ฿
        {u'\u20AB', {u"VND"_s, {}}}, // ₫
        {u'\u20A1', {u"CRC"_s, {}}}, // ₡
        {u'\u20B2', {u"PYG"_s, {}}}, // ₲
        {u'\u20B5', {u"GHS"_s, {}}}, // ₵
        {u'\u20BC', {u"AZN"_s, {}}}, // ₼
    };
    return table;
}

// ---------------------------------------------------------------------------------------------
// Problems

QString quoted(const QString &text)
{
    return AmountParser::tr("“%1”").arg(text);
}

// ---------------------------------------------------------------------------------------------
// Numbers

enum class ScaleKind { None, English, Continental };

/*
 * Interprets the separators of a written number (ASCII digits and , . ' space). Returns the
 * number in plain decimal notation ("1234.56"), or nothing and sets problem.
 */
std::optional<QString> normaliseNumber(const QString &raw, ScaleKind scale, QString &problem)
{
    QStringList groups;
    QList<QChar> separators;
    QString current;
    for (const QChar c : raw) {
        if (c.isDigit()) {
            current += c;
        } else {
            groups.append(current);
            current.clear();
            separators.append(c);
        }
    }
    groups.append(current);

    const auto malformed = [&] {
        problem = AmountParser::tr("%1 is not a well-formed number.").arg(quoted(raw));
        return std::nullopt;
    };
    const auto ambiguous = [&] {
        problem = AmountParser::tr("%1 is ambiguous: its separator could be a decimal point or a thousands separator.").arg(quoted(raw));
        return std::nullopt;
    };

    if (separators.isEmpty()) {
        return groups.constFirst();
    }
    if (groups.constFirst().isEmpty()) { // ".5"
        if (separators.size() == 1 && separators.constFirst() == u'.') {
            return QString(u"0."_s + groups.constLast());
        }
        return malformed();
    }

    const qsizetype commas = separators.count(QChar(u','));
    const qsizetype dots = separators.count(QChar(u'.'));
    const qsizetype groupers = separators.size() - commas - dots; // spaces and apostrophes
    qsizetype decimalAt = -1; // index into separators of the decimal separator

    if (commas > 0 && dots > 0) {
        // "1,250,000.50" or "1.234,56": the last separator is the decimal one, written once.
        const QChar last = separators.constLast();
        if (groupers > 0 || (last != u',' && last != u'.') || separators.count(last) != 1) {
            return malformed();
        }
        decimalAt = separators.size() - 1;
    } else if (groupers > 0) {
        // "7 000", "1'000'000", "1 250 000,50": spaces or apostrophes group; one final , or . is decimal.
        const QChar grouper = separators.contains(QChar(u' ')) ? QChar(u' ') : QChar(u'\'');
        if (commas + dots > 1 || separators.count(grouper) != groupers) {
            return malformed(); // mixed spaces and apostrophes, or several decimal separators
        }
        if (commas + dots == 1) {
            if (separators.constLast() != u',' && separators.constLast() != u'.') {
                return malformed();
            }
            decimalAt = separators.size() - 1;
        }
    } else if (separators.size() == 1) {
        const QChar separator = separators.constFirst();
        const qsizetype after = groups.constLast().size();
        const bool zero = groups.constFirst() == u"0"_s; // "0,500" and "0.500" cannot be grouped
        if (after == 3 && !zero) {
            if (scale == ScaleKind::Continental) {
                return ambiguous(); // "1,200 Mrd.", "1.500 Mio."
            }
            if (separator == u'.' && scale == ScaleKind::None) {
                return ambiguous(); // "7.000": 7 or, in German, 7000
            }
            if (separator == u'.') {
                decimalAt = 0; // "1.250 billion"
            }
            // "7,000" and "1,200 million": a thousands separator
        } else if (separator == u',') {
            if (scale == ScaleKind::None) {
                return ambiguous(); // "1,5"
            }
            if (after > 3) {
                return malformed(); // "1,23456 million"
            }
            decimalAt = 0; // "1,2 Mrd."
        } else {
            decimalAt = 0; // "1.2", "1.25", "1.2345"
        }
    }
    // Otherwise several commas or several dots, all thousands separators: "1,250,000", "1.234.567".

    // Thousands groups: 1-3 digits first, then exactly 3.
    const qsizetype groupEnd = decimalAt < 0 ? groups.size() : decimalAt + 1;
    if (groupEnd > 1) {
        if (groups.constFirst().size() > 3) {
            return malformed();
        }
        for (qsizetype i = 1; i < groupEnd; ++i) {
            if (groups.at(i).size() != 3) {
                return malformed();
            }
        }
    }
    QString result;
    for (qsizetype i = 0; i < groupEnd; ++i) {
        result += groups.at(i);
    }
    if (decimalAt >= 0) {
        result += u'.' + groups.constLast();
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// The parser

struct Quantity {
    QString value; // plain decimal notation, exactly as written: "1.2", "200", "0.5"
    int exponent = 0; // of the multiplier
    qsizetype first = 0; // first token
    qsizetype end = 0; // one past the last token
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    ParsedAmount run();

private:
    bool tokenize();
    bool fail(const QString &problem)
    {
        m_problem = problem;
        return false;
    }

    const Token *token(qsizetype i) const { return i >= 0 && i < m_tokens.size() ? &m_tokens.at(i) : nullptr; }
    bool isWord(qsizetype i, QStringView key) const
    {
        const Token *t = token(i);
        return t && t->kind == Kind::Word && t->key == key;
    }
    std::optional<Scale> scaleAt(qsizetype i) const
    {
        const Token *t = token(i);
        if (!t || t->kind != Kind::Word) {
            return std::nullopt;
        }
        const auto it = scales().constFind(t->key);
        return it == scales().cend() ? std::nullopt : std::optional<Scale>(*it);
    }
    bool isSpelledScale(qsizetype i) const
    {
        const auto scale = scaleAt(i);
        return scale && scale->spelled && !scale->plural;
    }
    // Past a hyphen joining two words ("half-a-billion"), or i.
    qsizetype skipHyphen(qsizetype i) const
    {
        const Token *t = token(i);
        const Token *next = token(i + 1);
        return t && t->kind == Kind::Dash && t->glued && next && next->glued && next->kind == Kind::Word ? i + 1 : i;
    }
    bool isNumberWord(qsizetype i) const
    {
        const Token *t = token(i);
        return t && t->kind == Kind::Word && numberWords().contains(t->key);
    }
    bool isCode(qsizetype i) const;
    bool isKnownWord(qsizetype i) const;

    bool startsQuantity(qsizetype i) const;
    bool parseQuantity(qsizetype i, Quantity &quantity);
    bool parseNumberWords(qsizetype &j, QString &value, bool &needsScale);
    bool isNegative(qsizetype first) const;
    bool isRange(qsizetype from, qsizetype to) const;

    bool addCurrency(const QString &code);
    bool takeSymbol(qsizetype &i);
    bool takeWord(qsizetype &i);
    bool takeCurrencyWord(qsizetype &i, int index);

    const QString &m_text;
    QList<Token> m_tokens;
    QString m_problem;
    QString m_currency;
    bool m_rangeOpened = false; // "between" or "from" came before the first number
    bool m_haveQuantity = false;
};

bool Parser::tokenize()
{
    const qsizetype n = m_text.size();
    const auto digitAt = [&](qsizetype p) {
        return p < n && m_text.at(p).isDigit();
    };
    bool glued = false;
    qsizetype p = 0;
    while (p < n) {
        const QChar c = m_text.at(p);
        if (c.isSpace()) {
            glued = false;
            ++p;
            continue;
        }
        if (c.category() == QChar::Other_Format) { // soft hyphen, zero-width space, BOM
            ++p;
            continue;
        }
        Token t;
        t.glued = glued;
        if (c.isDigit() || ((c == u'.' || c == u',') && digitAt(p + 1))) {
            t.kind = Kind::Number;
            if (!c.isDigit()) {
                t.text += c;
                ++p;
            }
            qsizetype group = 0; // digits since the last separator
            while (p < n) {
                const QChar d = m_text.at(p);
                if (d.isDigit()) {
                    t.text += QChar(char16_t(u'0' + d.digitValue()));
                    ++group;
                    ++p;
                } else if ((d == u',' || d == u'.' || d == u'\'' || d == u'\u2019') && digitAt(p + 1)) {
                    t.text += d == u'\u2019' ? QChar(u'\'') : d;
                    group = 0;
                    ++p;
                } else if (d.isSpace() && group >= 1 && group <= 3 && digitAt(p + 1) && digitAt(p + 2) && digitAt(p + 3) && !digitAt(p + 4)) {
                    t.text += u' '; // "7 000", also with a no-break, thin or narrow no-break space
                    group = 0;
                    ++p;
                } else {
                    break;
                }
            }
            t.key = t.text;
        } else if (isWordChar(c)) {
            t.kind = Kind::Word;
            while (p < n && isWordChar(m_text.at(p))) {
                t.text += m_text.at(p++);
            }
            // Initialisms: "U.S.", "U.K." (single letters joined by dots).
            while (t.text.size() >= 1 && (t.text.size() == 1 || t.text.at(t.text.size() - 2) == u'.') && p + 1 < n && m_text.at(p) == u'.' &&
                m_text.at(p + 1).isLetter() && (p + 2 >= n || !isWordChar(m_text.at(p + 2)))) {
                t.text += u'.';
                t.text += m_text.at(p + 1);
                p += 2;
            }
            t.dotted = p < n && m_text.at(p) == u'.';
            t.key = t.text.toLower().remove(u'.');
        } else if (c.category() == QChar::Symbol_Currency) {
            t.kind = Kind::Symbol;
            t.text = c;
            t.key = t.text;
            ++p;
        } else if (isDash(c)) {
            t.kind = Kind::Dash;
            t.text = c;
            t.key = t.text;
            ++p;
        } else if (isPercent(c)) {
            t.kind = Kind::Percent;
            t.text = c;
            t.key = t.text;
            ++p;
        } else if (c.isNumber()) { // "½", "²", Roman numerals
            return fail(AmountParser::tr("The character %1 is not supported in an amount; write the number with digits.").arg(quoted(QString(c))));
        } else { // punctuation, quotes, parentheses, other symbols: ignored, but they separate
            glued = false;
            ++p;
            continue;
        }
        m_tokens.append(t);
        glued = true;
    }
    return true;
}

bool Parser::isCode(qsizetype i) const
{
    const Token *t = token(i);
    if (!t || t->kind != Kind::Word) {
        return false;
    }
    const QString upper = t->text.toUpper();
    if (codeAliases().contains(upper)) {
        return t->text == upper || lowerCaseCodes().contains(codeAliases().value(upper).toLower());
    }
    if (t->text.size() != 3 || !isoCodes().contains(upper)) {
        return false;
    }
    return t->text == upper || lowerCaseCodes().contains(t->key);
}

bool Parser::isKnownWord(qsizetype i) const
{
    const Token *t = token(i);
    return t && t->kind == Kind::Word &&
        (scales().contains(t->key) || numberWords().contains(t->key) || neutralWords().contains(t->key) || currencyWords().contains(t->key) || isCode(i));
}

bool Parser::startsQuantity(qsizetype i) const
{
    const Token *t = token(i);
    if (!t) {
        return false;
    }
    if (t->kind == Kind::Number) {
        return true;
    }
    if (t->kind != Kind::Word) {
        return false;
    }
    if (numberWords().contains(t->key) || t->key == u"hundred" || t->key == u"half" || t->key == u"quarter") {
        return true;
    }
    if (t->key == u"a" || t->key == u"an") { // "a billion", "a hundred million", "a half billion", "a quarter of a billion"
        return isWord(i + 1, u"hundred") || isWord(i + 1, u"half") || isWord(i + 1, u"quarter") || isSpelledScale(i + 1);
    }
    return false;
}

// Reads number words from j: "two hundred and fifty", "twenty-five", "a", "three quarters".
bool Parser::parseNumberWords(qsizetype &j, QString &value, bool &needsScale)
{
    enum class Last { None, Unit, Teen, Tens, Hundred } last = Last::None;
    int chunk = 0;
    const qsizetype start = j;
    if (isWord(j, u"a") || isWord(j, u"an")) { // checked by startsQuantity(): hundred or a multiplier follows
        chunk = 1;
        last = Last::Unit;
        ++j;
    }
    while (const Token *t = token(j)) {
        if (t->kind == Kind::Dash && last == Last::Tens && t->glued) { // "twenty-five"
            const Token *next = token(j + 1);
            if (next && next->glued && isNumberWord(j + 1) && numberWords().value(next->key).kind == WordClass::Unit) {
                ++j;
                continue;
            }
            break;
        }
        if (t->kind != Kind::Word) {
            break;
        }
        const auto it = numberWords().constFind(t->key);
        if (it != numberWords().cend()) {
            const bool fits = it->kind == WordClass::Unit ? (last == Last::None || last == Last::Tens || last == Last::Hundred)
                                                          : (last == Last::None || last == Last::Hundred);
            if (!fits) {
                break; // "one two": another number
            }
            chunk += it->value;
            last = it->kind == WordClass::Unit ? Last::Unit : it->kind == WordClass::Teen ? Last::Teen : Last::Tens;
            ++j;
            continue;
        }
        if (t->key == u"hundred" && last != Last::Hundred) { // "hundred", "two hundred", "fifteen hundred"
            chunk = (last == Last::None ? 1 : chunk) * 100;
            last = Last::Hundred;
            ++j;
            continue;
        }
        if (t->key == u"and" && last == Last::Hundred && isNumberWord(j + 1)) { // "two hundred and fifty"
            ++j;
            continue;
        }
        break;
    }
    if (j == start) {
        return fail(AmountParser::tr("The text contains no number."));
    }
    value = QString::number(chunk);
    // "three quarters of a billion", "one half billion"
    if (last == Last::Unit && chunk >= 1 && chunk <= 3 && (isWord(j, u"quarter") || isWord(j, u"quarters"))) {
        value = QString::number(chunk * 0.25, 'f', 2);
        needsScale = true;
        ++j;
    } else if (last == Last::Unit && chunk == 1 && isWord(j, u"half")) {
        value = u"0.5"_s;
        needsScale = true;
        ++j;
    }
    return true;
}

bool Parser::parseQuantity(qsizetype i, Quantity &quantity)
{
    quantity.first = i;
    qsizetype j = i;
    QString raw; // a number written with digits, interpreted once the multiplier is known
    QString value; // or its value from words
    QString hundred; // "5 hundred": "00"
    QString fraction; // "and a half": "5"
    bool needsScale = false; // "half", "quarter"

    const Token *first = token(j);
    if (first->kind == Kind::Number) {
        raw = first->text;
        ++j;
        if (isWord(j, u"hundred")) {
            hundred = u"00"_s;
            ++j;
        }
    } else if (isWord(j, u"half") || isWord(j, u"quarter") ||
        ((isWord(j, u"a") || isWord(j, u"an")) && (isWord(j + 1, u"half") || isWord(j + 1, u"quarter")))) {
        // "half a billion", "a half billion", "a quarter of a billion", "quarter billion"
        if (isWord(j, u"a") || isWord(j, u"an")) {
            ++j;
        }
        value = isWord(j, u"half") ? u"0.5"_s : u"0.25"_s;
        ++j;
        needsScale = true;
    } else if (!parseNumberWords(j, value, needsScale)) {
        return false;
    }
    const QString fractionWord = needsScale ? token(j - 1)->text : QString();
    if (needsScale) { // "… of a billion", "half-a-billion"
        j = skipHyphen(j);
        if (isWord(j, u"of")) {
            j = skipHyphen(j + 1);
        }
        if ((isWord(j, u"a") || isWord(j, u"an")) && scaleAt(skipHyphen(j + 1))) {
            ++j; // a hyphen before the multiplier is taken below
        }
    }

    // "one and a half billion", "2 and a half million"
    if (!needsScale && isWord(j, u"and") && (isWord(j + 1, u"a") || isWord(j + 1, u"one")) && (isWord(j + 2, u"half") || isWord(j + 2, u"quarter"))) {
        fraction = isWord(j + 2, u"half") ? u"5"_s : u"25"_s;
        j += 3;
    }

    // The multiplier, maybe hyphenated: "$1.2-billion", "two-million".
    qsizetype k = j;
    if (const Token *dash = token(k); dash && dash->kind == Kind::Dash && dash->glued && token(k + 1) && token(k + 1)->glued && scaleAt(k + 1)) {
        ++k;
    }
    std::optional<Scale> scale = scaleAt(k);
    if (scale) {
        j = k + 1;
        if (scaleAt(j)) { // "a thousand million"
            return fail(AmountParser::tr("The amount has more than one multiplier (%1 %2).").arg(token(k)->text, token(j)->text));
        }
    } else if (needsScale) {
        return fail(AmountParser::tr("%1 must be followed by a multiplier, as in “half a billion”.").arg(quoted(fractionWord)));
    }
    if (const Token *after = token(j); after && after->kind == Kind::Word && ambiguousAbbreviations().contains(after->key)) {
        return fail(AmountParser::tr("%1 after a number is ambiguous (a multiplier or a unit); write the word in full.").arg(quoted(after->text)));
    }

    if (!raw.isEmpty()) {
        const ScaleKind kind = !scale ? ScaleKind::None : scale->continental ? ScaleKind::Continental : ScaleKind::English;
        const auto number = normaliseNumber(raw, kind, m_problem);
        if (!number) {
            return false;
        }
        value = *number;
        if ((!hundred.isEmpty() || !fraction.isEmpty()) && value.contains(u'.')) {
            return fail(AmountParser::tr("%1 is not a well-formed number.").arg(quoted(raw)));
        }
        value += hundred;
    }
    if (!fraction.isEmpty()) {
        value += u'.' + fraction;
    }
    quantity.value = value;
    quantity.exponent = scale ? scale->exponent : 0;
    quantity.end = j;
    return true;
}

// Whether the number at first is preceded by a minus: "-5 million", "-$5m", "$-5m", "minus 5".
bool Parser::isNegative(qsizetype first) const
{
    qsizetype k = first - 1;
    if (const Token *t = token(k); t && t->kind == Kind::Symbol && token(first)->glued) {
        --k;
    }
    const Token *t = token(k);
    if (!t) {
        return false;
    }
    if (t->kind == Kind::Word) {
        return t->key == u"minus" || t->key == u"negative";
    }
    if (t->kind != Kind::Dash || !token(k + 1)->glued) {
        return false;
    }
    // A hyphen inside a compound ("COVID-19") is not a minus.
    const Token *before = token(k - 1);
    return !t->glued || !before || (before->kind != Kind::Word && before->kind != Kind::Number);
}

bool Parser::isRange(qsizetype from, qsizetype to) const
{
    if (m_rangeOpened) { // "between 1 and 2 million", "from $1bn to $2bn"
        return true;
    }
    // "$1-2 billion", "1 to 2 million", "$1 billion or $2 billion"; not "40 tanks to 20 trucks".
    bool joined = false;
    for (qsizetype k = from; k < to; ++k) {
        const Token &t = m_tokens.at(k);
        if (t.kind == Kind::Dash || (t.kind == Kind::Word && rangeJoiners().contains(t.key))) {
            joined = true;
        } else if (t.kind == Kind::Word && !isCode(k) && !currencyWords().contains(t.key) && !neutralWords().contains(t.key)) {
            return false;
        }
    }
    return joined;
}

bool Parser::addCurrency(const QString &code)
{
    if (code.isEmpty()) {
        return true;
    }
    if (!m_currency.isEmpty() && m_currency != code) {
        return fail(AmountParser::tr("The text names more than one currency (%1 and %2).").arg(m_currency, code));
    }
    m_currency = code;
    return true;
}

bool Parser::takeSymbol(qsizetype &i)
{
    const Token &t = m_tokens.at(i);
    const QChar c = t.text.at(0);
    if (c == u'\u00A2') { // ¢
        return fail(AmountParser::tr("Amounts in cents are not supported; write the amount in the currency itself."));
    }
    const auto it = symbols().constFind(c.unicode());
    if (it == symbols().cend()) {
        return fail(AmountParser::tr("The currency symbol %1 is not known; write the ISO code instead.").arg(quoted(t.text)));
    }
    QString code = it->code;
    const Token *before = token(i - 1);
    const Token *after = token(i + 1);
    if (before && before->kind == Kind::Word && t.glued && !scales().contains(before->key)) {
        // "US$", "C$", "CN¥"; unknown letters glued to a symbol ("Z$") are not guessed away.
        const auto prefix = it->prefixes.constFind(before->text);
        if (prefix == it->prefixes.cend()) {
            return fail(AmountParser::tr("The currency %1 is not known; write the ISO code instead.").arg(quoted(before->text + t.text)));
        }
        code = *prefix;
    } else if (c == u'$' && after && after->kind == Kind::Word && after->glued && dollarSuffixes().contains(after->text)) {
        code = dollarSuffixes().value(after->text); // "$US500 million"
        ++i;
    } else if (c == u'$' && before && before->kind == Kind::Word) {
        // "Canadian $500 million", "U.S. $500 million"
        code = currencyWordList().at(0).qualifiers.value(before->key, code);
    }
    ++i;
    return addCurrency(code);
}

bool Parser::takeCurrencyWord(qsizetype &i, int index)
{
    const CurrencyWord &word = currencyWordList().at(index);
    const Token &t = m_tokens.at(i);
    QString code = word.code;
    bool qualified = false;
    const Token *previous = token(i - 1);
    const Token *beforePrevious = token(i - 2);
    if (previous && previous->kind == Kind::Word) {
        if (beforePrevious && beforePrevious->kind == Kind::Word) {
            const auto two = word.qualifiers.constFind(beforePrevious->key + u' ' + previous->key);
            if (two != word.qualifiers.cend()) {
                code = *two;
                qualified = true;
            }
        }
        if (!qualified) {
            const auto one = word.qualifiers.constFind(previous->key);
            if (one != word.qualifiers.cend()) {
                code = *one;
                qualified = true;
            } else if (allQualifiers().contains(previous->key) || (previous->text.at(0).isUpper() && !isKnownWord(i - 1))) {
                // "Swiss dollars", "Rhodesian dollars": a currency this parser does not know.
                return fail(AmountParser::tr("The currency %1 is not known; write the ISO code instead.").arg(quoted(previous->text + u' ' + t.text)));
            }
        }
    }
    ++i;
    if (!qualified && index == PoundWord && isWord(i, u"sterling")) { // "pounds sterling"
        code = u"GBP"_s;
        qualified = true;
        ++i;
    }
    if (!qualified && word.needsQualifier) {
        return true; // "real" without "Brazilian" is an ordinary word
    }
    if (code.isEmpty() && index == PoundWord) {
        return fail(AmountParser::tr("%1 can be a weight or one of several currencies; write GBP, £ or “pounds sterling”.").arg(quoted(t.text)));
    }
    if (code.isEmpty()) {
        return fail(AmountParser::tr("%1 can mean several currencies; write the ISO code, or add the country as in “Swiss francs”.").arg(quoted(t.text)));
    }
    return addCurrency(code);
}

bool Parser::takeWord(qsizetype &i)
{
    const Token &t = m_tokens.at(i);
    const QString &key = t.key;
    if (const auto scale = scaleAt(i)) {
        if (scale->spelled && scale->plural) {
            return fail(AmountParser::tr("%1 is vague, not an exact amount.").arg(quoted(t.text)));
        }
        if (scale->spelled) {
            return fail(AmountParser::tr("The multiplier %1 has no number before it.").arg(quoted(t.text)));
        }
        ++i; // a stray abbreviation ("Plan B")
        return true;
    }
    if (vagueWords().contains(key)) {
        return fail(AmountParser::tr("%1 is vague, not an exact amount.").arg(quoted(t.text)));
    }
    if (subunitWords().contains(key)) {
        return fail(AmountParser::tr("Amounts in cents are not supported; write the amount in the currency itself."));
    }
    if (unsupportedWords().contains(key)) {
        return fail(AmountParser::tr("%1 is not supported in an amount; write the number with digits and a multiplier.").arg(quoted(t.text)));
    }
    if (rangeOpeners().contains(key) && !m_haveQuantity) {
        m_rangeOpened = true;
    }
    if (isCode(i)) {
        const QString upper = t.text.toUpper();
        ++i;
        return addCurrency(codeAliases().value(upper, upper));
    }
    // Abbreviations that depend on case or on a following dot.
    if (t.text == u"Ft") {
        ++i;
        return addCurrency(u"HUF"_s);
    }
    if (key == u"sfr" || (key == u"fr" && t.dotted)) {
        ++i;
        return addCurrency(u"CHF"_s);
    }
    if (t.text == u"Rp") {
        ++i;
        return addCurrency(u"IDR"_s);
    }
    const auto word = currencyWords().constFind(key);
    if (word != currencyWords().cend()) {
        return takeCurrencyWord(i, *word);
    }
    ++i; // a unit, a name or an approximation: ignored
    return true;
}

ParsedAmount Parser::run()
{
    ParsedAmount result;
    const auto failed = [&] {
        result.problem = m_problem;
        return result;
    };
    if (m_text.trimmed().isEmpty()) {
        fail(AmountParser::tr("The text is empty."));
        return failed();
    }
    if (!tokenize()) {
        return failed();
    }

    std::optional<Quantity> quantity;
    qsizetype i = 0;
    while (i < m_tokens.size()) {
        const Token &t = m_tokens.at(i);
        if (startsQuantity(i)) {
            Quantity next;
            if (!parseQuantity(i, next)) {
                return failed();
            }
            if (quantity) {
                if (isRange(quantity->end, next.first)) {
                    fail(AmountParser::tr("The text gives a range, not a single amount."));
                } else {
                    fail(AmountParser::tr("The text contains more than one number."));
                }
                return failed();
            }
            if (isNegative(i)) {
                fail(AmountParser::tr("The amount is negative."));
                return failed();
            }
            quantity = next;
            m_haveQuantity = true;
            i = next.end;
            continue;
        }
        bool ok = true;
        switch (t.kind) {
        case Kind::Number: // handled by startsQuantity()
        case Kind::Dash: // a minus or a range: judged with the numbers
            ++i;
            break;
        case Kind::Percent:
            ok = fail(AmountParser::tr("A percentage is not an amount."));
            break;
        case Kind::Symbol:
            ok = takeSymbol(i);
            break;
        case Kind::Word:
            ok = takeWord(i);
            break;
        }
        if (!ok) {
            return failed();
        }
    }

    if (!quantity) {
        if (!m_currency.isEmpty()) {
            fail(AmountParser::tr("The text names a currency but contains no number."));
        } else {
            fail(AmountParser::tr("The text contains no number."));
        }
        return failed();
    }

    result.ok = true;
    result.value = quantity->value.toDouble();
    result.multiplier = QString(u"1e"_s + QString::number(quantity->exponent)).toDouble();
    // From the decimal digits, so that "1.2bn" is exactly 1200000000.
    result.amount = QString(quantity->value + u'e' + QString::number(quantity->exponent)).toDouble();
    result.currency = m_currency;
    return result;
}

} // namespace

ParsedAmount AmountParser::parse(const QString &text)
{
    return Parser(text).run();
}

QString AmountParser::format(const ParsedAmount &amount, const QLocale &locale)
{
    if (!amount.ok) {
        return {};
    }
    QLocale withGroups = locale;
    QLocale::NumberOptions options = withGroups.numberOptions();
    options.setFlag(QLocale::OmitGroupSeparator, false);
    withGroups.setNumberOptions(options);
    const QString number = withGroups.toString(amount.amount, 'f', QLocale::FloatingPointShortest);
    if (amount.currency.isEmpty()) {
        return number;
    }
    return QString(number + u' ' + amount.currency);
}

} // namespace Scholion::Models
