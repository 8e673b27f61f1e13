// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/annotationhighlighter.h>

#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>
#include <utility>

namespace Scholion::Widgets
{

/*!
 * The reading view: a read-only QPlainTextEdit (it lays out only what it shows, so a 5 MB
 * article opens at once) with a comfortable measure. The text column is at most about 80
 * characters wide and centred; the rest of the width stays calm background.
 * The text can be selected with mouse and keyboard; it is never edited. It scrolls past its
 * end (the last line up to the top), and a caret moved out of view comes back in the middle.
 *
 * Annotations are drawn by the document's AnnotationHighlighter. Clicking a span makes it
 * the current annotation (outlined); Tab and Shift+Tab move through the spans, Delete asks to
 * remove the current one, Escape lets go of it. Hovering shows a span's description.
 */
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);

    using Span = Models::AnnotationHighlighter::Span;

    /*! Shows \a text as document \a documentId with its annotations, scrolled to the top. */
    void showDocument(qint64 documentId, const QString &text, const QList<Span> &spans = {});
    void clearDocument();
    qint64 documentId() const { return m_documentId; }
    /*! The canonical text shown (toPlainText() would turn no-break spaces into spaces). */
    const QString &text() const { return m_text; }
    Models::AnnotationHighlighter *highlighter() const { return m_highlighter; }

    /*! The selected range in UTF-16 offsets of text(); start == end without a selection. */
    std::pair<qsizetype, qsizetype> selectedRange() const;
    /*! Selects [start, end) and scrolls it into view. */
    void selectRange(qsizetype start, qsizetype end);
    /*! Selects [start, end) and scrolls it to the middle of the view (a search hit). */
    void revealRange(qsizetype start, qsizetype end);

    /*! A range of text(): [first, second). */
    using Range = std::pair<qsizetype, qsizetype>;
    /*!
     * Draws \a matches (sorted, of the find bar) as extra selections, \a current (an index, or
     * -1) stronger. Only the ones near the visible part are drawn. Showing another document
     * clears them.
     */
    void setFindMatches(const QList<Range> &matches, qsizetype current = -1);
    const QList<Range> &findMatches() const { return m_findMatches; }
    qsizetype currentFindMatch() const { return m_currentFindMatch; }

    /*! The current (outlined) annotation, or 0. */
    qint64 currentAnnotation() const { return m_current; }
    /*! Makes \a id current and, with \a reveal, scrolls to it and flashes it. */
    void setCurrentAnnotation(qint64 id, bool reveal = false);
    /*! Makes the next (or previous) span current. */
    void stepAnnotation(bool forward);

    /*! Tells the view how to describe an annotation in its tooltip (label, entity, note). */
    void setDescriber(std::function<QString(qint64)> describer) { m_describer = std::move(describer); }

    /*! Call after the highlighter's spans changed, to keep the outline in place. */
    void refreshCurrent();

    /*! Spans drawn as related to the current or hovered one (the other ends of its links). */
    void setRelatedSpans(const QList<qint64> &ids);
    QList<qint64> relatedSpans() const { return m_related; }
    /*! The span under the mouse pointer, or 0. */
    qint64 hoveredAnnotation() const { return m_hovered; }

    /*! Characters per line at most; 0 uses the full width. */
    int measure() const { return m_measure; }
    void setMeasure(int characters);

    /*! Text size in points (zoom). */
    qreal fontPointSize() const;
    void setFontPointSize(qreal points);
    void zoomIn(int steps = 1);
    void zoomOut(int steps = 1);
    void resetZoom();

    static constexpr qreal DefaultPointSize = 12.0;
    /*!
     * Qt shapes a block's text when it lays it out and, unless the block's layout keeps the
     * glyphs (about 30 bytes a character), again for every paint. A long article keeps them
     * for the blocks it painted last, up to this many characters; a short one for all blocks.
     */
    static constexpr qsizetype GlyphWindowLength = 64 * 1024;
    /*! A longer block is shaped again for each paint: keeping it would cost megabytes. */
    static constexpr qsizetype GlyphBlockLength = 16 * 1024;

Q_SIGNALS:
    void zoomChanged(qreal points);
    void currentAnnotationChanged(qint64 id);
    /*! A plain click landed on span \a id (0: on no span). */
    void annotationClicked(qint64 id);
    void hoveredAnnotationChanged(qint64 id);
    void removeRequested(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void keepVisibleGlyphs();
    void followContents(int from, int removed, int added);
    void forgetKeptGlyphs();
    void prioritizeVisibleBlocks();
    void updateMargins();
    void applyPalette();
    void updateExtraSelections(bool flash = false);
    QList<QTextEdit::ExtraSelection> findSelections() const;

    Models::AnnotationHighlighter *m_highlighter;
    std::function<QString(qint64)> m_describer;
    QString m_text;
    qint64 m_documentId = 0;
    qint64 m_current = 0;
    qint64 m_hovered = 0;
    QList<qint64> m_related;
    int m_measure = 80;
    QList<Range> m_findMatches;
    qsizetype m_currentFindMatch = -1;
    // The blocks of a long article that keep their glyphs, most recently painted last.
    QList<QTextBlock> m_keptGlyphs;
    qsizetype m_keptGlyphsLength = 0;
    bool m_allGlyphsKept = false;
};

} // namespace Scholion::Widgets
