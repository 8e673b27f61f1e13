// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters_p.h"

#include <QIODevice>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    int sentence = 0;
    int span = -1; ///< index into the kept spans
};

// Word tokens of QTextBoundaryFinder, never holding white space (a CoNLL column separator),
// each with the number of the sentence it belongs to; a line break always ends a sentence.
QList<Token> tokenize(const QString &text)
{
    QList<qsizetype> sentenceEnds;
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, text);
    for (qsizetype end = sentences.toNextBoundary(); end > 0; end = sentences.toNextBoundary()) {
        sentenceEnds += end;
    }
    QList<Token> tokens;
    int sentence = 0;
    qsizetype nextSentenceEnd = sentenceEnds.value(0, text.size());
    int sentenceIndex = 0;
    bool lineBreak = false;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = words.toNextBoundary(); end > 0; end = words.toNextBoundary()) {
        qsizetype tokenStart = -1;
        for (qsizetype i = start; i <= end; ++i) {
            const bool space = i == end || text.at(i).isSpace();
            if (space && tokenStart >= 0) {
                while (sentenceIndex < sentenceEnds.size() && tokenStart >= nextSentenceEnd) {
                    nextSentenceEnd = sentenceEnds.value(++sentenceIndex, text.size());
                    lineBreak = true;
                }
                if (lineBreak && !tokens.isEmpty()) {
                    ++sentence;
                }
                lineBreak = false;
                tokens.append({tokenStart, i, sentence, -1});
                tokenStart = -1;
            } else if (!space && tokenStart < 0) {
                tokenStart = i;
            }
            if (i < end && text.at(i) == u'\n') {
                lineBreak = true;
            }
        }
        start = end;
    }
    return tokens;
}
} // namespace

bool ConllExporter::begin(const ExportContext &context, QIODevice *device, const QString &)
{
    m_device = device;
    m_types = wordTypeNames(context);
    return true;
}

bool ConllExporter::writeDocument(const ExportDocument &document)
{
    // Overlaps: spans come in text order (outermost first where two start together); a span
    // that overlaps one already kept is dropped, so the outermost, then the earliest, wins.
    QList<const ExportSpan *> kept;
    for (const ExportSpan &span : document.spans) {
        if (!kept.isEmpty() && span.start16 < kept.constLast()->end16) {
            ++m_dropped;
            continue;
        }
        kept.append(&span);
    }
    QList<Token> tokens = tokenize(document.text);
    QList<bool> used(kept.size(), false);
    qsizetype next = 0;
    for (Token &token : tokens) {
        while (next < kept.size() && kept.at(next)->end16 <= token.start) {
            ++next;
        }
        if (next < kept.size() && kept.at(next)->start16 < token.end) {
            token.span = int(next);
            used[next] = true;
        }
    }
    m_dropped += int(used.count(false));

    QString out = u"-DOCSTART- -X- -X- O\n\n"_s;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (i > 0 && tokens.at(i - 1).sentence != token.sentence) {
            out += u'\n';
        }
        QString tag = u"O"_s;
        if (token.span >= 0) {
            const bool continues = i > 0 && tokens.at(i - 1).span == token.span && tokens.at(i - 1).sentence == token.sentence;
            const bool goesOn = i + 1 < tokens.size() && tokens.at(i + 1).span == token.span && tokens.at(i + 1).sentence == token.sentence;
            const QString type = m_types.value(kept.at(token.span)->labelId);
            QChar prefix;
            if (m_scheme == Scheme::Iob2) {
                prefix = continues ? u'I' : u'B';
            } else if (continues) {
                prefix = goesOn ? u'I' : u'E';
            } else {
                prefix = goesOn ? u'B' : u'S';
            }
            tag = prefix + u'-' + type;
        }
        out += QStringView(document.text).mid(token.start, token.end - token.start) + u" _ _ "_s + tag + u'\n';
    }
    if (!tokens.isEmpty()) {
        out += u'\n';
    }
    return write(m_device, out.toUtf8(), tr("the CoNLL file"));
}

bool ConllExporter::finish(const ExportTotals &)
{
    return true;
}

} // namespace Scholion::Models
