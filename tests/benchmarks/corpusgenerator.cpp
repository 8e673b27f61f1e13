// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Scholion::Bench
{

namespace
{

const char *const kWords[] = {"the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "with",
    "delegation",
    "would",
    "resume",
    "next",
    "week",
    "after",
    "a",
    "phone",
    "call",
    "between",
    "leaders",
    "of",
    "both",
    "countries",
    "officials",
    "confirmed",
    "package",
    "worth",
    "for",
    "reconstruction",
    "and",
    "humanitarian",
    "aid",
    "in",
    "region",
    "according",
    "to",
    "statement",
    "published",
    "by",
    "ministry",
    "foreign",
    "affairs",
    "envoy",
    "visited",
    "capital",
    "where",
    "he",
    "she",
    "met",
    "agreed",
    "framework",
    "support",
    "energy",
    "grid",
    "winter",
    "donors",
    "pledged",
    "conference",
    "summit",
    "border",
    "security",
    "council",
    "budget",
    "vote",
    "parliament",
    "opposition",
    "coalition",
    "reform",
    "court",
    "ruling",
    "spokesperson"};
const char *const kFirstNames[] = {"Anna", "Marek", "Olena", "Pierre", "Sofia", "Tomas", "Ingrid", "Yusuf", "Lena", "David", "Maria", "Oskar"};
const char *const kLastNames[] = {"Korvath", "Ferrand", "Lindqvist", "Marrel", "Ostrava", "Valdor", "Brennan", "Okafor", "Novak", "Haddad", "Keller", "Sato"};
const char *const kPlaces[] = {"Serenne", "Valdoria", "Marrel", "Ostrava", "Kellin", "Brask", "Tarvos", "Emmering"};
const char *const kRoles[] = {"President", "Prime Minister", "Foreign Minister", "Deputy Mayor", "Senator", "Ambassador", "Governor"};
const char *const kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
const char *const kHandles[] = {"@MECD_Valdoria", "@SerenneGov", "@korvath_official", "@UN_Envoy", "@grid_watch", "@FerrandPM", "@daily_marrel"};
const char *const kTags[] = {"#MarrelFund", "#GridSupport", "#Serenne2026", "#Budget", "#Talks"};
// Non-ASCII words: Cyrillic, accented names and emoji (UTF-8).
const char *const kNonAscii[] = {"Київ",
    "міністр",
    "допомога",
    "уряд",
    "переговори",
    "заява",
    "делегація",
    "відбудова",
    "José",
    "Müller",
    "Zoë",
    "naïve",
    "café",
    "São Paulo",
    "Łódź",
    "🇺🇦",
    "🙂",
    "📈",
    "🤝",
    "🌍"};
// What a Windows-1252 file may hold besides ASCII.
const char *const kLatin[] = {"José", "Müller", "Zoë", "naïve", "café", "€"};

template<typename T, size_t N>
const char *pick(Random &random, T (&items)[N])
{
    return items[random.below(qsizetype(N))];
}

void appendMoney(Random &random, QByteArray &out, bool latin)
{
    switch (random.below(4)) {
    case 0:
        out += '$';
        out += QByteArray::number(1 + random.below(999));
        out += '.';
        out += QByteArray::number(random.below(10));
        out += " million";
        break;
    case 1:
        out += latin ? "€" : (random.below(2) ? "€" : "EUR ");
        out += QByteArray::number(10 + random.below(990));
        out += ",000";
        break;
    case 2:
        out += QByteArray::number(2 + random.below(800));
        out += " million dollars";
        break;
    default:
        out += "USD ";
        out += QByteArray::number(1 + random.below(40));
        out += " billion";
        break;
    }
}

void appendDate(Random &random, QByteArray &out)
{
    const qsizetype day = 1 + random.below(28);
    if (random.below(2)) {
        out += pick(random, kMonths);
        out += ' ';
        out += QByteArray::number(day);
        out += ", 2026";
    } else {
        out += "2026-";
        out += QByteArray::number(1 + random.below(12)).rightJustified(2, '0');
        out += '-';
        out += QByteArray::number(day).rightJustified(2, '0');
    }
}

void appendName(Random &random, QByteArray &out)
{
    if (random.below(3) == 0) {
        out += pick(random, kRoles);
        out += ' ';
    }
    out += pick(random, kFirstNames);
    out += ' ';
    out += pick(random, kLastNames);
}

void appendSentence(Random &random, QByteArray &out, bool latin)
{
    const qsizetype words = 7 + random.below(14);
    const bool quoted = random.below(6) == 0;
    if (quoted) {
        out += "“";
    }
    for (qsizetype i = 0; i < words; ++i) {
        if (i > 0) {
            out += ' ';
        }
        const qsizetype r = random.below(1000);
        if (r < 30) {
            out += latin ? pick(random, kLatin) : pick(random, kNonAscii);
        } else if (r < 80) {
            appendName(random, out);
        } else if (r < 95) {
            appendMoney(random, out, latin);
        } else if (r < 110) {
            appendDate(random, out);
        } else if (r < 122) {
            out += pick(random, kHandles);
        } else if (r < 128) {
            out += pick(random, kTags);
        } else if (r < 150) {
            out += pick(random, kPlaces);
        } else {
            QByteArray word = pick(random, kWords);
            if (i == 0) {
                word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
            }
            out += word;
        }
    }
    if (quoted) {
        out += ",” ";
        appendName(random, out);
        out += random.below(2) ? " said." : " told reporters.";
    } else {
        out += random.below(12) == 0 ? "?" : ".";
    }
}

QByteArray toWindows1252(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (const QChar c : QString::fromUtf8(utf8)) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out += char(u);
        } else if (u == 0x20AC) {
            out += char(0x80);
        } else if (u == 0x201C) {
            out += char(0x93);
        } else if (u == 0x201D) {
            out += char(0x94);
        } else if (u == 0x2014) {
            out += char(0x97);
        } else {
            out += '?'; // never happens with kLatin: everything there has a Windows-1252 byte
        }
    }
    return out;
}

QByteArray articleText(quint64 seed, int index, qsizetype approxBytes, bool latin)
{
    Random random(seed * 0x100000001B3ull + quint64(index));
    QByteArray text;
    text.reserve(approxBytes + 512);
    // Title, dateline, then paragraphs: what news sites' text exports look like.
    text += pick(random, kLastNames);
    text += " and ";
    text += pick(random, kLastNames);
    text += random.below(2) ? " agree on " : " clash over ";
    text += pick(random, kWords);
    text += ' ';
    text += pick(random, kWords);
    text += " (article ";
    text += QByteArray::number(index);
    text += ")\n";
    text += pick(random, kPlaces);
    text += ", ";
    appendDate(random, text);
    text += " — by ";
    appendName(random, text);
    text += "\n\n";
    while (text.size() < approxBytes) {
        const qsizetype sentences = 2 + random.below(5);
        for (qsizetype s = 0; s < sentences; ++s) {
            if (s > 0) {
                text += ' ';
            }
            appendSentence(random, text, latin);
        }
        text += "\n\n";
    }
    text.chop(1);
    return text;
}

} // namespace

QByteArray CorpusGenerator::article(quint64 seed, int index, qsizetype approxBytes)
{
    return articleText(seed, index, approxBytes, false);
}

QString CorpusGenerator::relativePath(const CorpusSpec &spec, int index)
{
    return u"d%1/article-%2.txt"_s.arg(index / std::max(spec.filesPerFolder, 1), 4, 10, QLatin1Char('0')).arg(index, 6, 10, QLatin1Char('0'));
}

std::optional<CorpusStats> CorpusGenerator::write(const QString &root, const CorpusSpec &spec, QString *error)
{
    CorpusStats stats;
    const double mu = std::log(spec.medianBytes);
    Random variants(spec.seed ^ 0xC0FFEEull);
    QString folder;
    for (int i = 0; i < spec.files; ++i) {
        const QString relative = relativePath(spec, i);
        const QString path = QDir(root).filePath(relative);
        const QString parent = path.left(path.lastIndexOf(u'/'));
        if (parent != folder) {
            if (!QDir().mkpath(parent)) {
                *error = u"cannot create the folder %1"_s.arg(parent);
                return std::nullopt;
            }
            folder = parent;
            ++stats.folders;
        }
        const qsizetype size = std::clamp<qsizetype>(qsizetype(variants.lognormal(mu, spec.sigma)), 300, 400'000);
        const qsizetype kind = variants.below(1000);
        QByteArray bytes;
        int threshold = spec.emptyPerMille;
        if (kind < threshold) {
            ++stats.empty; // zero bytes
        } else if (kind < (threshold += spec.binaryPerMille)) {
            ++stats.binary;
            Random noise(spec.seed + quint64(i) * 7919u);
            bytes.resize(512 + noise.below(4096));
            for (char &byte : bytes) {
                byte = char(noise.below(4) == 0 ? 0 : noise.below(256));
            }
        } else if (kind < (threshold += spec.windows1252PerMille)) {
            ++stats.windows1252;
            bytes = toWindows1252(articleText(spec.seed, i, size, true));
        } else {
            bytes = articleText(spec.seed, i, size, false);
            if (kind < (threshold += spec.crlfPerMille)) {
                ++stats.crlf;
                bytes.replace("\n", "\r\n");
            } else if (kind < (threshold += spec.bomPerMille)) {
                ++stats.bom;
                bytes.prepend("\xEF\xBB\xBF");
            }
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
            return std::nullopt;
        }
        ++stats.files;
        stats.bytes += bytes.size();
    }
    return stats;
}

} // namespace Scholion::Bench
