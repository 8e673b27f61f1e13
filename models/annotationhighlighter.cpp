// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationhighlighter.h"

#include "annotation.h"
#include "highlighting.h"
#include "lensscanner.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Scholion::Models
{

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    const QPalette palette = QGuiApplication::palette();
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    setTheme(systemTheme(palette));
    m_timer = new QTimer(this);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AnnotationHighlighter::backgroundSlice);
}

AnnotationHighlighter::~AnnotationHighlighter() = default;

void AnnotationHighlighter::setLenses(const QList<LensStyle> &lenses)
{
    m_lensScanners.clear();
    m_lensColors.clear();
    for (const LensStyle &lens : lenses) {
        if (lens.definition.isValid()) {
            m_lensScanners.push_back(std::make_unique<LensScanner>(lens.definition));
            m_lensColors.append(lens.color);
        }
    }
    if (m_progressive) {
        restartProgressive();
    } else {
        rehighlight();
    }
}

void AnnotationHighlighter::beginDocument(int firstBlocks, qsizetype textLength)
{
    m_timer->stop();
    m_done.clear();
    m_nextPending = 0;
    m_priorityFirst = 0;
    m_priorityLast = firstBlocks - 1;
    const bool small = textLength >= 0 && textLength <= FollowedLength;
    if (m_progressive && document() && !m_detached && !small) {
        // QSyntaxHighlighter follows the document through this one private-slot connection.
        // If a future Qt connects differently, disconnect() fails and the text is highlighted
        // the slower way, through that connection: correct, just not as fast.
        m_detached = QObject::disconnect(document(), SIGNAL(contentsChange(int, int, int)), this, SLOT(_q_reformatBlocks(int, int, int)));
    }
}

void AnnotationHighlighter::endDocument()
{
    if (m_detached) {
        m_detached = false;
        QObject::connect(document(), SIGNAL(contentsChange(int, int, int)), this, SLOT(_q_reformatBlocks(int, int, int)));
        prioritize(m_priorityFirst, m_priorityLast);
    }
    if (m_progressive) {
        m_timer->start(); // runs once the first paint is done
    }
}

bool AnnotationHighlighter::isDone(int blockNumber) const
{
    return !m_progressive || (blockNumber >= 0 && size_t(blockNumber) < m_done.size() && m_done[size_t(blockNumber)]);
}

void AnnotationHighlighter::highlightNow(const QTextBlock &block)
{
    const bool force = m_forceAll;
    m_forceAll = true;
    // rehighlightBlock() moves a cursor to the block's end before it highlights, and that move
    // lays the block out (line breaking, shaping), only for the new formats to throw the layout
    // away: every block highlighted on purpose was laid out twice. QSyntaxHighlighter's own slot
    // for document changes highlights the block alone; the new formats still reach the layout
    // (QTextDocument::markContentsDirty()), which lays the block out once, when it is painted.
    // The slot does nothing while a full rehighlight is pending: then the public way is taken.
    const quint64 before = m_highlightedBlocks;
    QMetaObject::invokeMethod(this,
        "_q_reformatBlocks",
        Qt::DirectConnection,
        Q_ARG(int, block.position()),
        Q_ARG(int, 0),
        Q_ARG(int, std::max(0, block.length() - 1)));
    if (m_highlightedBlocks == before) {
        rehighlightBlock(block);
    }
    m_forceAll = force;
}

void AnnotationHighlighter::prioritize(int first, int last)
{
    m_priorityFirst = first;
    m_priorityLast = last;
    if (!m_progressive || !document()) {
        return;
    }
    for (QTextBlock block = document()->findBlockByNumber(first); block.isValid() && block.blockNumber() <= last; block = block.next()) {
        if (!isDone(block.blockNumber())) {
            highlightNow(block);
        }
    }
}

bool AnnotationHighlighter::isHighlightingPending() const
{
    return m_progressive && m_timer->isActive();
}

void AnnotationHighlighter::finishPending()
{
    while (isHighlightingPending()) {
        backgroundSlice();
    }
}

void AnnotationHighlighter::backgroundSlice()
{
    QTextDocument *doc = document();
    if (!doc) {
        m_timer->stop();
        return;
    }
    // A slice at a time, top-down: input that arrives meanwhile waits for the slice to end.
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = doc->findBlockByNumber(m_nextPending);
    while (block.isValid() && clock.nsecsElapsed() < SliceNanoseconds) {
        if (!isDone(block.blockNumber())) {
            highlightNow(block);
        }
        block = block.next();
    }
    if (block.isValid()) {
        m_nextPending = block.blockNumber();
    } else {
        m_timer->stop();
    }
}

void AnnotationHighlighter::restartProgressive()
{
    // Everything again, the priority range first.
    m_done.clear();
    m_nextPending = 0;
    prioritize(m_priorityFirst, m_priorityLast);
    m_timer->start();
}

QColor AnnotationHighlighter::tint(const QColor &color, bool darkBackground)
{
    QColor tinted = color;
    tinted.setAlpha(darkBackground ? 110 : 70);
    return tinted;
}

void AnnotationHighlighter::setDarkBackground(bool dark)
{
    if (dark != m_dark) {
        m_dark = dark;
        if (m_progressive) {
            restartProgressive();
        } else {
            rehighlight();
        }
    }
}

void AnnotationHighlighter::recomputeMaxLength()
{
    m_maxLength = 0;
    for (const Span &span : std::as_const(m_spans)) {
        m_maxLength = std::max(m_maxLength, span.end - span.start);
    }
}

void AnnotationHighlighter::setSpans(const QList<Span> &spans, bool rehighlightNow)
{
    m_spans = spans;
    std::sort(m_spans.begin(), m_spans.end(), inTextOrder<Span>);
    recomputeMaxLength();
    if (rehighlightNow) {
        if (m_progressive) {
            restartProgressive();
        } else {
            rehighlight();
        }
    }
}

void AnnotationHighlighter::addSpan(const Span &span)
{
    m_spans.insert(std::upper_bound(m_spans.begin(), m_spans.end(), span, inTextOrder<Span>), span);
    m_maxLength = std::max(m_maxLength, span.end - span.start);
    rehighlightRange(span.start, span.end);
}

void AnnotationHighlighter::removeSpan(qint64 id)
{
    const auto it = std::find_if(m_spans.begin(), m_spans.end(), [id](const Span &s) {
        return s.id == id;
    });
    if (it == m_spans.end()) {
        return;
    }
    const Span removed = *it;
    m_spans.erase(it);
    if (removed.end - removed.start == m_maxLength) {
        recomputeMaxLength();
    }
    rehighlightRange(removed.start, removed.end);
}

void AnnotationHighlighter::updateSpan(const Span &span)
{
    const auto it = std::find_if(m_spans.begin(), m_spans.end(), [&span](const Span &s) {
        return s.id == span.id;
    });
    if (it == m_spans.end()) {
        addSpan(span);
        return;
    }
    const Span old = *it;
    m_spans.erase(it);
    m_spans.insert(std::upper_bound(m_spans.begin(), m_spans.end(), span, inTextOrder<Span>), span);
    recomputeMaxLength();
    if (old.end < span.start || span.end < old.start) {
        // Moved away: the blocks in between never had either range.
        rehighlightRange(old.start, old.end);
        rehighlightRange(span.start, span.end);
    } else {
        rehighlightRange(std::min(old.start, span.start), std::max(old.end, span.end));
    }
}

std::optional<AnnotationHighlighter::Span> AnnotationHighlighter::span(qint64 id) const
{
    for (const Span &s : m_spans) {
        if (s.id == id) {
            return s;
        }
    }
    return std::nullopt;
}

QList<AnnotationHighlighter::Span> AnnotationHighlighter::spansAt(qsizetype position) const
{
    QList<Span> covering;
    // Only spans starting within the longest span's length before position can cover it.
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), position - m_maxLength, [](const Span &s, qsizetype value) {
        return s.start < value;
    });
    for (; it != m_spans.cend() && it->start <= position; ++it) {
        if (it->end > position) {
            covering.append(*it);
        }
    }
    std::stable_sort(covering.begin(), covering.end(), [](const Span &a, const Span &b) {
        return (a.end - a.start) < (b.end - b.start);
    });
    return covering;
}

std::optional<AnnotationHighlighter::Span> AnnotationHighlighter::neighbour(qsizetype position, bool forward, qint64 fromId) const
{
    if (m_spans.isEmpty()) {
        return std::nullopt;
    }
    if (fromId != 0) {
        // Step by index, so spans sharing a start are all visited.
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            if (m_spans.at(i).id == fromId) {
                return m_spans.at((i + (forward ? 1 : m_spans.size() - 1)) % m_spans.size());
            }
        }
    }
    if (forward) {
        const auto it = std::find_if(m_spans.cbegin(), m_spans.cend(), [position](const Span &s) {
            return s.start > position;
        });
        return it != m_spans.cend() ? *it : m_spans.constFirst();
    }
    for (auto it = m_spans.crbegin(); it != m_spans.crend(); ++it) {
        if (it->start < position) {
            return *it;
        }
    }
    return m_spans.constLast();
}

void AnnotationHighlighter::rehighlightRange(qsizetype start, qsizetype end)
{
    QTextDocument *doc = document();
    if (!doc) {
        return;
    }
    for (QTextBlock block = doc->findBlock(int(start)); block.isValid() && block.position() < end; block = block.next()) {
        highlightNow(block); // an edit shows at once, wherever it is
    }
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    ++m_highlightedBlocks;
    if (m_progressive) {
        const int number = currentBlock().blockNumber();
        if (!m_forceAll && (number < m_priorityFirst || number > m_priorityLast)) {
            return; // the background sweep or a scroll comes back to it
        }
        if (m_done.size() <= size_t(number)) {
            m_done.resize(size_t(document()->blockCount()) > size_t(number) ? size_t(document()->blockCount()) : size_t(number) + 1, 0);
        }
        m_done[size_t(number)] = 1;
    }
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    for (size_t lens = 0; lens < m_lensScanners.size(); ++lens) {
        const QColor &color = m_lensColors.at(qsizetype(lens));
        for (const LensScanner::Hit &hit : m_lensScanners[lens]->scan(text)) {
            const int end = hit.offset + hit.length;
            for (int run = hit.offset; run < end;) {
                QTextCharFormat f = format(run);
                int runEnd = run + 1;
                while (runEnd < end && format(runEnd) == f) {
                    ++runEnd;
                }
                f.setUnderlineStyle(QTextCharFormat::DotLine);
                f.setUnderlineColor(color);
                setFormat(run, runEnd - run, f);
                run = runEnd;
            }
        }
    }
    if (m_spans.isEmpty()) {
        return;
    }
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();

    QList<Span> spans;
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart - m_maxLength, [](const Span &s, qsizetype value) {
        return s.start < value;
    });
    for (; it != m_spans.cend() && it->start < blockEnd; ++it) {
        if (it->end > blockStart) {
            spans.append(*it);
        }
    }
    if (spans.isEmpty()) {
        return;
    }

    // Cut the block where any span begins or ends; within a piece the covering spans are fixed.
    QList<qsizetype> cuts{0, text.size()};
    for (const Span &span : std::as_const(spans)) {
        cuts << std::clamp<qsizetype>(span.start - blockStart, 0, text.size()) << std::clamp<qsizetype>(span.end - blockStart, 0, text.size());
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Sweep the pieces left to right, keeping the spans that cover the current one (in the order
    // of spans), so a block with many spans costs pieces × nesting depth, not pieces × spans.
    QList<const Span *> covering;
    qsizetype next = 0;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype from = cuts.at(i);
        const qsizetype to = cuts.at(i + 1);
        const qsizetype position = blockStart + from;
        for (; next < spans.size() && spans.at(next).start <= position; ++next) {
            covering.append(&spans.at(next));
        }
        covering.removeIf([position](const Span *span) {
            return span->end <= position;
        });
        const Span *inner = nullptr;
        const Span *outer = nullptr;
        for (const Span *pointer : std::as_const(covering)) {
            const Span &span = *pointer;
            if (!inner || span.end - span.start < inner->end - inner->start) {
                outer = inner;
                inner = &span;
            } else if (!outer || span.end - span.start < outer->end - outer->start) {
                outer = &span;
            }
        }
        if (!inner) {
            continue;
        }
        // On top of each run of the syntax highlighter's formats, not the piece's first one.
        for (qsizetype run = from; run < to;) {
            QTextCharFormat f = format(int(run));
            qsizetype runEnd = run + 1;
            while (runEnd < to && format(int(runEnd)) == f) {
                ++runEnd;
            }
            f.setBackground(tint(inner->color, m_dark));
            if (outer) {
                f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                f.setUnderlineColor(outer->color);
            }
            setFormat(int(run), int(runEnd - run), f);
            run = runEnd;
        }
    }
}

} // namespace Scholion::Models
