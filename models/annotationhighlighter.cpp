// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationhighlighter.h"

#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Scholion::Models
{

namespace
{
bool spanOrder(const AnnotationHighlighter::Span &a, const AnnotationHighlighter::Span &b)
{
    if (a.start != b.start) {
        return a.start < b.start;
    }
    if (a.end != b.end) {
        return a.end > b.end;
    }
    return a.id < b.id;
}
} // namespace

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    const QPalette palette = QGuiApplication::palette();
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    setTheme(highlightingRepository().themeForPalette(palette));
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
        rehighlight();
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
    std::sort(m_spans.begin(), m_spans.end(), spanOrder);
    recomputeMaxLength();
    if (rehighlightNow) {
        rehighlight();
    }
}

void AnnotationHighlighter::addSpan(const Span &span)
{
    m_spans.insert(std::upper_bound(m_spans.begin(), m_spans.end(), span, spanOrder), span);
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
    m_spans.insert(std::upper_bound(m_spans.begin(), m_spans.end(), span, spanOrder), span);
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
        rehighlightBlock(block);
    }
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
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

    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype from = cuts.at(i);
        const qsizetype to = cuts.at(i + 1);
        const qsizetype position = blockStart + from;
        const Span *inner = nullptr;
        const Span *outer = nullptr;
        for (const Span &span : std::as_const(spans)) {
            if (span.start > position || span.end <= position) {
                continue;
            }
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
