// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Suggestion scan throughput (issue 4): the lenses over a generated corpus, in MB/s of UTF-8
// text, next to a plain QRegularExpression scan of the same patterns in the same run.
//
//   suggestbench [--quick] [--megabytes N]
//
// The corpus: deterministic news-like articles (tests/models/testcorpus.h: quotes, amounts,
// dates, handles, Cyrillic, emoji), about 4 KB each, N MB in all (default 100; --quick: 2).
// Measured, each over the whole corpus, paragraph by paragraph:
//   - lenses: every built-in lens definition through LensScanner (what the view draws);
//   - engine: SuggestionEngine::suggest(), i.e. the lenses plus labels, entities and amounts;
//   - regex: the RegExpr patterns of the same definitions (read from the resource files, so
//     they are exactly the same), a regular expression for the quotation marks and one for the
//     known actors, each run with QRegularExpression::globalMatch() over every paragraph.
// Prints a Markdown table. Exit codes: 0 measured, 1 bad arguments, 2 wrong results.

#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/lensdefinitions.h>
#include <models/lensscanner.h>
#include <models/projectdatabase.h>
#include <models/suggestionengine.h>

#include <KSyntaxHighlighting/Definition>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

QList<QRegularExpression> definitionPatterns()
{
    QList<QRegularExpression> patterns;
    QDirIterator it(u":/scholion/highlighting/syntax"_s, {u"*.xml"_s});
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "RegExpr"_L1) {
                const bool insensitive = xml.attributes().value("insensitive"_L1) == "true"_L1;
                patterns << QRegularExpression(xml.attributes().value("String"_L1).toString(),
                    QRegularExpression::UseUnicodePropertiesOption |
                        (insensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption));
            }
        }
    }
    patterns << QRegularExpression(u"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"|‘.*?’(?!\\p{L})"_s);
    return patterns;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    double megabytes = arguments.contains(u"--quick"_s) ? 2 : 100;
    const qsizetype at = arguments.indexOf(u"--megabytes"_s);
    if (at > 0) {
        bool ok = false;
        megabytes = arguments.value(at + 1).toDouble(&ok);
        if (!ok || megabytes <= 0) {
            std::fprintf(stderr, "suggestbench: --megabytes needs a positive number\n");
            return 1;
        }
    }

    QElapsedTimer clock;
    clock.start();
    QList<QString> articles;
    qint64 bytes = 0;
    for (int seed = 0; bytes < qint64(megabytes * 1024 * 1024); ++seed) {
        const QByteArray article = Scholion::Tests::generatedArticle(seed);
        bytes += article.size();
        articles << QString::fromUtf8(article);
    }
    const double mb = double(bytes) / (1024 * 1024);
    std::printf("Corpus: %lld articles, %.1f MB of UTF-8, generated in %lld ms.\n\n", qlonglong(articles.size()), mb, clock.elapsed());

    ProjectDatabase db;
    if (!db.open(QString())) {
        std::fprintf(stderr, "suggestbench: %s\n", qPrintable(db.errorString()));
        return 2;
    }
    AnnotationStore store(&db);
    store.ensureDefaultSchema();
    LensDefinitions lenses;
    const QStringList actors{u"Korvath"_s, u"Ferrand"_s, u"Serenne"_s, u"Valdoria"_s};
    lenses.setKnownActors(actors);

    // Lenses alone, as the view runs them.
    qint64 lensHits = 0;
    clock.restart();
    for (const Lens &lens : lenses.lenses()) {
        LensScanner scanner(lenses.definition(lens.id));
        for (const QString &article : std::as_const(articles)) {
            for (const QStringView paragraph : QStringView(article).tokenize(u'\n')) {
                lensHits += scanner.scan(paragraph).size();
            }
        }
    }
    const double lensSeconds = double(clock.nsecsElapsed()) / 1e9;

    // The engine: lenses plus labels, entities and parsed amounts (the text is one document).
    qint64 suggestions = 0;
    SuggestionEngine engine(lenses, store);
    clock.restart();
    for (const QString &article : std::as_const(articles)) {
        suggestions += engine.suggest(1, article).size();
    }
    const double engineSeconds = double(clock.nsecsElapsed()) / 1e9;

    // Plain QRegularExpression over the same patterns and paragraphs.
    QList<QRegularExpression> patterns = definitionPatterns();
    patterns << QRegularExpression(u"(?<![\\w])(?:"_s + actors.join(u'|') + u")(?![\\w])"_s);
    for (const QRegularExpression &pattern : std::as_const(patterns)) {
        if (!pattern.isValid()) {
            std::fprintf(stderr, "suggestbench: invalid pattern %s\n", qPrintable(pattern.pattern()));
            return 2;
        }
        pattern.optimize();
    }
    qint64 regexHits = 0;
    clock.restart();
    for (const QRegularExpression &pattern : std::as_const(patterns)) {
        for (const QString &article : std::as_const(articles)) {
            for (const QStringView paragraph : QStringView(article).tokenize(u'\n')) {
                QRegularExpressionMatchIterator matches = pattern.globalMatchView(paragraph);
                while (matches.hasNext()) {
                    matches.next();
                    ++regexHits;
                }
            }
        }
    }
    const double regexSeconds = double(clock.nsecsElapsed()) / 1e9;

    if (lensHits == 0 || suggestions == 0 || regexHits == 0) {
        std::fprintf(stderr, "suggestbench: no hits (lenses %lld, suggestions %lld, regex %lld)\n", lensHits, suggestions, regexHits);
        return 2;
    }
    std::printf("| scan | hits | seconds | MB/s |\n|---|---:|---:|---:|\n");
    std::printf("| lenses (LensScanner, %lld definitions) | %lld | %.2f | %.1f |\n",
        qlonglong(lenses.lenses().size()),
        lensHits,
        lensSeconds,
        mb / lensSeconds);
    std::printf("| suggestions (SuggestionEngine) | %lld | %.2f | %.1f |\n", suggestions, engineSeconds, mb / engineSeconds);
    std::printf("| plain QRegularExpression, %lld patterns | %lld | %.2f | %.1f |\n", qlonglong(patterns.size()), regexHits, regexSeconds, mb / regexSeconds);
    return 0;
}
