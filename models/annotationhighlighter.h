// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QList>
#include <QString>
#include <QTextBlock>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Scholion::Models
{

class LensScanner;

/*!
 * The document view's one highlighter (PRODUCT.md §4): KSyntaxHighlighting's rules first,
 * then the manual annotations on top.
 *
 * Overlapping and nested spans stay distinguishable: every character gets the tint of the
 * innermost span covering it, and an underline in the colour of the next span out when it is
 * nested. A change re-highlights only the blocks the changed span touches.
 *
 * Lenses (setLenses()) are drawn first and subtly: a dotted underline in the lens colour under
 * what a lens definition matched. Annotations are drawn over them, so a lens never hides one.
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

    /*! A lens to draw: its definition and the colour of its underline. */
    struct LensStyle {
        KSyntaxHighlighting::Definition definition;
        QColor color;
    };

    explicit AnnotationHighlighter(QTextDocument *document);
    ~AnnotationHighlighter() override;

    /*! Draws these lenses (none: no lens work at all) and re-highlights. */
    void setLenses(const QList<LensStyle> &lenses);
    int lensCount() const { return int(m_lensScanners.size()); }

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

    /*!
     * Progressive mode (PRODUCT.md §4): after beginDocument(), only the blocks of the priority
     * range are highlighted synchronously; the rest follow top-down in slices of
     * SliceNanoseconds when the event loop is idle, and prioritize() highlights blocks that
     * scroll into view at once. Off by default (everything synchronous, as QSyntaxHighlighter).
     */
    void setProgressive(bool progressive) { m_progressive = progressive; }
    bool isProgressive() const { return m_progressive; }
    /*!
     * Call before the document gets a whole new text, and endDocument() after it: blocks
     * [0, \a firstBlocks) are highlighted at endDocument(), the rest progressively. In
     * progressive mode the highlighter stops following the document in between, so that
     * QSyntaxHighlighter does not walk every block of a 5 MB text once before the first paint
     * only to find it has nothing to do there yet (T5).
     *
     * A text of at most FollowedLength characters (\a textLength) stays followed: walking its
     * few blocks costs less than highlighting the first ones afterwards, which makes Qt lay
     * each of them out once before the formats change and again for the paint (T4).
     */
    void beginDocument(int firstBlocks = 200, qsizetype textLength = -1);
    static constexpr qsizetype FollowedLength = 64 * 1024;
    void endDocument();
    /*! True between beginDocument() and endDocument() when the document is not followed. */
    bool isDetached() const { return m_detached; }
    /*! Highlights the blocks in [\a first, \a last] that are still waiting, now. */
    void prioritize(int first, int last);
    /*! True while blocks are still waiting for their highlighting. */
    bool isHighlightingPending() const;
    /*! Highlights every waiting block now (tests, exports of the view). */
    void finishPending();
    /*!
     * The length of one background slice. A scroll or a key press that arrives during a slice
     * waits for its end, so the slice adds to their latency (T6, T7).
     */
    static constexpr qint64 SliceNanoseconds = 2'000'000;

    /*! The tint of a label colour as a background, for light or dark pages. */
    static QColor tint(const QColor &color, bool darkBackground);
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void rehighlightRange(qsizetype start, qsizetype end);
    void recomputeMaxLength();
    void backgroundSlice();
    bool isDone(int blockNumber) const;
    void highlightNow(const QTextBlock &block);
    void restartProgressive();

    QList<Span> m_spans; ///< by start, then longest first
    std::vector<std::unique_ptr<LensScanner>> m_lensScanners;
    QList<QColor> m_lensColors;
    qsizetype m_maxLength = 0;
    bool m_dark = false;

    bool m_progressive = false;
    bool m_detached = false;
    bool m_forceAll = false; ///< set while highlighting on purpose (background slices, edits)
    int m_priorityFirst = 0;
    int m_priorityLast = -1; ///< none
    std::vector<char> m_done; ///< by block number, in progressive mode
    int m_nextPending = 0; ///< where the background sweep goes on
    quint64 m_highlightedBlocks = 0; ///< calls of highlightBlock(): did highlightNow() get through?
    QTimer *m_timer = nullptr;
};

} // namespace Scholion::Models
