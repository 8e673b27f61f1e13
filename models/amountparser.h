// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Scholion::Models
{

/*!
 * The result of AmountParser::parse(): one aid figure as a number, a multiplier and a currency.
 *
 * When \c ok is false, only \c problem is meaningful and the numbers are 0 (multiplier 1).
 */
struct ParsedAmount {
    /*! Whether the text was read as exactly one amount. */
    bool ok = false;
    /*! The number as written, before the multiplier: 500 for "$500 million", 1.2 for "€1.2bn",
     *  0.5 for "half a billion", 200 for "two hundred million euros". */
    double value = 0;
    /*! The multiplier word's factor: 1 (none), 1e3, 1e6, 1e9 or 1e12. */
    double multiplier = 1;
    /*! value × multiplier, e.g. 5e8 for "$500 million". Computed from the digits as written, so
     *  "1.2bn" gives exactly 1 200 000 000, not 1.2 × 1e9 rounded in binary. */
    double amount = 0;
    /*! The ISO 4217 code (USD, EUR, GBP, UAH, …), or empty. Empty means that the text states no
     *  currency: either it is not money at all ("7,000 tonnes", "120 medical staff", "40 tanks")
     *  or the currency is not written ("half a billion"). It never means a guess was avoided:
     *  an ambiguous currency makes the whole parse fail. */
    QString currency;
    /*! One translated sentence saying why the text could not be read; empty when \c ok. */
    QString problem;
};

/*!
 * Reads the text of an aid figure ("$ 500 million", "1,2 Mrd. Euro", "2.4 billion hryvnias")
 * into a ParsedAmount. It never guesses: anything ambiguous, vague or unknown fails with a
 * problem the analyst can read. Hand-written tokenizer, linear in the length of the text.
 *
 * \b Numbers. Digits (any script's decimal digits) with separators:
 * - "500", "1.2", "1,250,000.50" (English), "1.234,56" (European: both separators, dots
 *   before the one comma), "7 000" (space, no-break space, thin or narrow no-break space, and
 *   "1'000'000" with apostrophes, group thousands; a final "," or "." after such groups is the
 *   decimal separator);
 * - several commas, or several dots, are thousands separators ("1,250,000", "1.234.567");
 * - one comma followed by exactly 3 digits groups thousands ("7,000" = 7000, "1,200 million"),
 *   except before a continental multiplier (Mio., Mrd., млн…), where "1,200 Mrd." is ambiguous;
 * - one comma followed by 1 or 2 digits is a decimal comma before a multiplier
 *   ("1,2 Mrd. Euro" = 1.2) and ambiguous without one ("1,5");
 * - one dot is a decimal point ("1.2", "1.250 billion"), except that a dot followed by exactly
 *   3 digits with no multiplier or a continental one ("7.000", "1.500 Mio.") is ambiguous (it
 *   is a thousands separator in German); "0.500" is always decimal;
 * - a leading decimal point is accepted (".5 billion" = 0.5); a leading comma is not;
 * - any other mixture ("1.234.567,8,9", "1,23456", "1234,567") is malformed;
 * - number words: zero…nineteen, twenty…ninety, hundred ("two hundred", "twenty-five",
 *   "fifteen hundred", "two hundred and fifty"), "a"/"an" before hundred or a spelled-out
 *   multiplier ("a billion" = 1 × 1e9), "half a billion", "a half billion", "(a) quarter (of a)
 *   billion", "three quarters of a billion", "one half billion", "one and a half billion",
 *   "2 and a half million".
 *
 * \b Multipliers (case-insensitive, singular or plural after a number, may be glued to it or
 * joined by a hyphen: "$500m", "$1.2-billion"): thousand/k, million/mn/mln/m, billion/bn/bln/b
 * (short scale, 1e9), trillion/tn/trn; continental: tausend/Tsd., Mio./Millionen, Mrd./Md/Mds/
 * milliard(s)/Milliarde(n)/miliardo/mld (1e9), Bio./Billionen (1e12), milione, millón, milhão,
 * bilhão (Brazilian, 1e9), тис./тыс., млн, млрд, трлн. Only one
 * multiplier per amount ("a thousand million" fails). After a number, "t", "mm" and "mil" fail
 * as ambiguous (trillion or tonnes, million or millimetres, million or thousand); lakh and crore
 * are not supported.
 *
 * \b Currencies. Symbols: $ (USD; glued prefixes US$, C$/CA$/Can$ CAD, A$/AU$ AUD, NZ$, HK$,
 * S$, NT$, R$ BRL, Mex$; suffixes $US, $A, $C, $NZ, $HK; or a preceding "Canadian $"), €, £,
 * ¥ (JPY; CN¥ and RMB¥ CNY), ₴, ₽, ₹, ₩, ₺, ₪, ₸, ₾, ₱, ₦, ฿, ₫, ₡, ₲, ₵, ₼; other symbols fail.
 * ISO 4217 codes before or after the number, in upper case (the common ones also in lower case),
 * and RMB (CNY), NIS (ILS), SDR (XDR). Abbreviations: грн UAH, руб RUB, zł PLN, Kč CZK, Ft HUF,
 * Fr./SFr. CHF, Rp IDR; "kr" and "Rs" fail as ambiguous. Words (case-insensitive, singular or
 * plural): dollar (USD), euro, pound sterling / sterling / British pound, hryvnia/hryvnya/гривня,
 * yen, yuan/renminbi, ruble/rouble/рубль, zloty, krona/kronor (SEK), koruna, won, lira (TRY),
 * reais, shekel, rand, naira, forint, lari, tenge, lev, dram, taka, baht, ringgit, rupiah, dong,
 * birr, cedi, afghani. A word before the currency word picks the country ("Canadian dollars",
 * "Swiss francs", "Norwegian kroner", "Egyptian pounds"); the words that name several currencies
 * fail without such a word (francs, pounds — also a weight —, krone, rupees, pesos, dinars,
 * riyals, dirhams, shillings, leu, manat, kwacha), and so does a capitalised word the parser does
 * not know before a currency word ("Rhodesian dollars"). Two different currencies fail.
 *
 * \b Rejected: empty text; no number ("undisclosed sum", "dollars"); a multiplier without a number
 * ("million dollars"); more than one number ("40 tanks and 20 trucks", "$500m over 3 years");
 * a range ("$1-2 billion", "1 to 2 million", "between 1 and 2 million", "from $1bn to $2bn"); a negative amount ("-5 million", "minus 5"); vague amounts
 * ("several", "a few", "many", "dozens", "tens of", "hundreds of", "millions of", "multibillion"); amounts in cents or pence; percentages; fractions other than
 * halves and quarters; characters such as "½".
 *
 * \b Tolerated and ignored: punctuation, quotes and parentheses around the figure, "of" ("$ 500
 * million of aid"), and any other word, which is taken as the unit or context ("7,000 tonnes" is
 * 7000 with no currency). Approximations such as about, around, some, nearly, almost, roughly,
 * approximately, more than, over, up to, under, at least are accepted and ignored: the value is
 * the number as written ("more than $500 million" is 5e8), never adjusted.
 */
class AmountParser final
{
    Q_DECLARE_TR_FUNCTIONS(AmountParser)

public:
    /*! Reads \a text; see the class description for what is accepted. */
    static ParsedAmount parse(const QString &text);
    /*!
     * Formats \a amount for display in \a locale: the whole amount with group separators (even
     * for the C locale), then a space and the ISO code when there is one. "$500 million" is
     * "500,000,000 USD" in English and "500.000.000 USD" in German; "7,000 tonnes" is "7,000";
     * "1,250,000.50" is "1,250,000.5". An amount that is not \c ok formats as an empty string.
     */
    static QString format(const ParsedAmount &amount, const QLocale &locale = QLocale());
};

} // namespace Scholion::Models
