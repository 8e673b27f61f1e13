// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QList>

#include <optional>

namespace Scholion::Models
{

/*!
 * The document view's one highlighter (PRODUCT.md §4): KSyntaxHighlighting's rules first,
 * then the manual annotations on top.
 *
 * Overlapping and nested spans stay distinguishable: every character gets the tint of the
 * innermost span covering it, and an underline in the colour of the next span out when it is
 * nested. A change re-highlights only the blocks the changed span touches.
 */
class AnnotationHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationHighlighter)

public:
    struct Span {
        qint64 id = 0;
        qsizetype start = 0;
        qsizetype end = 0;
        QColor color;
        friend bool operator==(const Span &, const Span &) = default;
    };

    explicit AnnotationHighlighter(QTextDocument *document);

    /*! Replaces all spans. With \a rehighlightNow false the caller re-highlights (e.g. by setting new text). */
    void setSpans(const QList<Span> &spans, bool rehighlightNow = true);
    void addSpan(const Span &span);
    void removeSpan(qint64 id);
    /*! Changes a span's range or colour. */
    void updateSpan(const Span &span);

    QList<Span> spans() const { return m_spans; }
    std::optional<Span> span(qint64 id) const;
    /*! The spans covering \a position, innermost (shortest) first. */
    QList<Span> spansAt(qsizetype position) const;
    /*!
     * The span after (\a forward) or before the one with id \a fromId in text order, or, when
     * \a fromId is 0 or unknown, the first span starting after (before) \a position. Wraps around.
     */
    std::optional<Span> neighbour(qsizetype position, bool forward, qint64 fromId = 0) const;

    /*! The tint of a label colour as a background, for light or dark pages. */
    static QColor tint(const QColor &color, bool darkBackground);
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void rehighlightRange(qsizetype start, qsizetype end);
    void recomputeMaxLength();

    QList<Span> m_spans; ///< by start, then longest first
    qsizetype m_maxLength = 0;
    bool m_dark = false;
};

} // namespace Scholion::Models
