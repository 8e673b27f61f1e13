// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include "cachedtextdelegate.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextOption>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

namespace
{
QFont readingFont()
{
    // A text face made for reading where one is installed; the system's otherwise.
    const QStringList families = QFontDatabase::families();
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    for (const QString &family : {u"Noto Serif"_s, u"Source Serif 4"_s, u"DejaVu Serif"_s, u"Liberation Serif"_s}) {
        if (families.contains(family)) {
            font.setFamily(family);
            break;
        }
    }
    font.setPointSizeF(DocumentView::DefaultPointSize);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}
} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new Models::AnnotationHighlighter(document()))
{
    setObjectName(u"documentView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A long line without spaces (a URL, a table dump) still wraps instead of running off.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    setFont(readingFont());
    // The text can scroll up past its end, the last line to the top, as in Kate or VS Code.
    // Without that, QPlainTextEdit lays out the blocks of a new text from the bottom up until
    // they fill a page, only to size its scroll bar: a third of the layout work of a document
    // switch, for blocks that are not on screen (T4).
    setCenterOnScroll(true);
    setPlaceholderText(tr("Choose a document in the corpus browser to read it."));
    document()->setDocumentMargin(24);
    setUndoRedoEnabled(false);
    viewport()->setMouseTracking(true); // hovering a span shows its links
    CachedTextDelegate::makeScrollBarsOpaque(this); // a new document's range repaints the bar alone
    // Long articles are highlighted progressively: what is on screen first, the rest when idle.
    m_highlighter->setProgressive(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::prioritizeVisibleBlocks);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_findMatches.isEmpty()) {
            updateExtraSelections(); // only the matches near the visible part are drawn
        }
    });
    connect(document(), &QTextDocument::contentsChange, this, &DocumentView::followContents);
    applyPalette();
    updateMargins();
}

void DocumentView::showDocument(qint64 documentId, const QString &text, const QList<Span> &spans)
{
    m_documentId = documentId;
    m_current = 0;
    m_hovered = 0;
    m_related.clear();
    m_findMatches.clear();
    m_currentFindMatch = -1;
    m_text = text;
    // Only what fits on screen is highlighted before the first paint; every block takes at
    // least one line, so this many blocks cover the viewport. The rest follows when idle.
    m_highlighter->beginDocument(viewport()->height() / std::max(1, fontMetrics().lineSpacing()) + 2, text.size());
    m_highlighter->setSpans(spans, /*rehighlightNow=*/false); // setPlainText or endDocument() highlights
    forgetKeptGlyphs();
    // A short article keeps the glyphs of all its blocks, from their first layout on: the
    // blocks are made and laid out inside setPlainText(), and followContents() sees them
    // in between (contentsChange comes before the layout).
    m_allGlyphsKept = text.size() <= GlyphWindowLength;
    setPlainText(text);
    m_highlighter->endDocument();
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
    updateExtraSelections();
    Q_EMIT currentAnnotationChanged(0);
}

void DocumentView::clearDocument()
{
    m_documentId = 0;
    m_current = 0;
    m_hovered = 0;
    m_related.clear();
    m_findMatches.clear();
    m_currentFindMatch = -1;
    m_text.clear();
    m_highlighter->beginDocument(200, 0);
    m_highlighter->setSpans({}, false);
    forgetKeptGlyphs();
    m_allGlyphsKept = false;
    clear();
    m_highlighter->endDocument();
    updateExtraSelections();
}

std::pair<qsizetype, qsizetype> DocumentView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void DocumentView::selectRange(qsizetype start, qsizetype end)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void DocumentView::revealRange(qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, m_text.size());
    end = std::clamp<qsizetype>(end, start, m_text.size());
    QTextCursor cursor(document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

void DocumentView::setFindMatches(const QList<Range> &matches, qsizetype current)
{
    m_findMatches = matches;
    m_currentFindMatch = current >= 0 && current < matches.size() ? current : -1;
    updateExtraSelections();
}

QList<QTextEdit::ExtraSelection> DocumentView::findSelections() const
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_findMatches.isEmpty()) {
        return selections;
    }
    // Thousands of extra selections slow every paint: draw those within a page of the visible part.
    const int first = firstVisibleBlock().position();
    const int last = cursorForPosition(QPoint(viewport()->width() - 1, viewport()->height() - 1)).block().next().position();
    const qsizetype page = std::max(2000, last - first);
    const qsizetype from = first - page;
    const qsizetype to = (last > first ? last : int(m_text.size())) + page;
    auto it = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), from, [](const Range &range, qsizetype offset) {
        return range.second < offset;
    });
    const QColor match(255, 214, 0, 110);
    const QColor current(255, 140, 0, 170);
    for (; it != m_findMatches.cend() && it->first <= to; ++it) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(it->first));
        selection.cursor.setPosition(int(it->second), QTextCursor::KeepAnchor);
        selection.format.setBackground(it - m_findMatches.cbegin() == m_currentFindMatch ? current : match);
        selections << selection;
    }
    return selections;
}

void DocumentView::prioritizeVisibleBlocks()
{
    const int first = firstVisibleBlock().blockNumber();
    const int last = cursorForPosition(QPoint(0, viewport()->height() - 1)).blockNumber();
    m_highlighter->prioritize(std::max(0, first - 2), last + 2);
}

void DocumentView::setCurrentAnnotation(qint64 id, bool reveal)
{
    const std::optional<Span> span = id ? m_highlighter->span(id) : std::nullopt;
    const qint64 current = span ? id : 0;
    if (span && reveal) {
        // Scroll so the span is visible, with the caret at its start and no selection.
        QTextCursor cursor(document());
        cursor.setPosition(int(span->end));
        setTextCursor(cursor);
        ensureCursorVisible();
        cursor.setPosition(int(span->start));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    const bool changed = current != m_current;
    m_current = current;
    updateExtraSelections(reveal && span);
    if (changed) {
        Q_EMIT currentAnnotationChanged(m_current);
    }
}

void DocumentView::stepAnnotation(bool forward)
{
    if (const std::optional<Span> next = m_highlighter->neighbour(textCursor().position(), forward, m_current)) {
        setCurrentAnnotation(next->id, true);
    }
}

void DocumentView::refreshCurrent()
{
    if (m_current && !m_highlighter->span(m_current)) {
        m_current = 0;
        Q_EMIT currentAnnotationChanged(0);
    }
    updateExtraSelections();
}

void DocumentView::updateExtraSelections(bool flash)
{
    QList<QTextEdit::ExtraSelection> selections = findSelections();
    for (const qint64 id : std::as_const(m_related)) {
        if (const std::optional<Span> span = m_highlighter->span(id)) {
            QTextEdit::ExtraSelection related;
            related.cursor = QTextCursor(document());
            related.cursor.setPosition(int(span->start));
            related.cursor.setPosition(int(span->end), QTextCursor::KeepAnchor);
            related.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            related.format.setUnderlineColor(span->color.darker(130));
            QColor tint = span->color;
            tint.setAlpha(120);
            related.format.setBackground(tint);
            selections << related;
        }
    }
    if (const std::optional<Span> span = m_current ? m_highlighter->span(m_current) : std::nullopt) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(span->start));
        selection.cursor.setPosition(int(span->end), QTextCursor::KeepAnchor);
        // Stronger than the tint and underlined, unlike the (system-coloured) text selection.
        QColor strong = span->color;
        strong.setAlpha(flash ? 190 : 125);
        selection.format.setBackground(strong);
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(span->color.darker(160));
        selections << selection;
    }
    setExtraSelections(selections);
    if (flash) {
        // Settle to the normal outline after a moment, so the eye finds the span.
        QTimer::singleShot(350, this, [this] {
            updateExtraSelections(false);
        });
    }
}

void DocumentView::setMeasure(int characters)
{
    m_measure = std::max(0, characters);
    updateMargins();
}

qreal DocumentView::fontPointSize() const
{
    return font().pointSizeF();
}

void DocumentView::setFontPointSize(qreal points)
{
    points = std::clamp(points, 6.0, 48.0);
    if (qFuzzyCompare(points, fontPointSize())) {
        return;
    }
    QFont f = font();
    f.setPointSizeF(points);
    setFont(f);
    updateMargins();
    Q_EMIT zoomChanged(points);
}

void DocumentView::zoomIn(int steps)
{
    setFontPointSize(fontPointSize() + steps);
}

void DocumentView::zoomOut(int steps)
{
    setFontPointSize(fontPointSize() - steps);
}

void DocumentView::resetZoom()
{
    setFontPointSize(DefaultPointSize);
}

void DocumentView::updateMargins()
{
    if (m_measure <= 0) {
        setViewportMargins(0, 0, 0, 0);
        return;
    }
    const QFontMetricsF metrics(font());
    const int column = int(metrics.averageCharWidth() * m_measure + 2 * document()->documentMargin());
    const int available = width() - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0);
    const int side = std::max(0, (available - column) / 2);
    setViewportMargins(side, 0, side, 0);
}

void DocumentView::applyPalette()
{
    // The margins beside the text column show the window role: paint them like the page.
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    setPalette(p);
    setAutoFillBackground(true);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
    prioritizeVisibleBlocks();
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        const QColor base = palette().color(QPalette::Base);
        if (palette().color(QPalette::Window) != base) {
            applyPalette();
        }
    } else if (event->type() == QEvent::FontChange) {
        updateMargins();
    }
}

void DocumentView::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && modifiers == Qt::NoModifier && m_current) {
        Q_EMIT removeRequested(m_current);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_current) {
        setCurrentAnnotation(0);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) && modifiers == Qt::AltModifier) {
        stepAnnotation(event->key() == Qt::Key_Down);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool DocumentView::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab walk through the annotations instead of leaving the text.
    if (!m_highlighter->spans().isEmpty()) {
        stepAnnotation(next);
        return true;
    }
    return QPlainTextEdit::focusNextPrevChild(next);
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()) {
        return;
    }
    // A plain click picks the innermost span under the pointer (or none).
    const int position = cursorForPosition(event->position().toPoint()).position();
    const QList<Span> spans = m_highlighter->spansAt(position);
    const qint64 clicked = spans.isEmpty() ? 0 : spans.constFirst().id;
    setCurrentAnnotation(clicked);
    Q_EMIT annotationClicked(clicked);
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const QList<Span> spans = m_highlighter->spansAt(cursorForPosition(event->position().toPoint()).position());
    const qint64 hovered = spans.isEmpty() ? 0 : spans.constFirst().id;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        Q_EMIT hoveredAnnotationChanged(hovered);
    }
}

void DocumentView::setRelatedSpans(const QList<qint64> &ids)
{
    if (ids != m_related) {
        m_related = ids;
        updateExtraSelections();
    }
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_describer) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<Span> spans = m_highlighter->spansAt(cursorForPosition(help->pos()).position());
        if (spans.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList parts;
        for (const Span &span : spans) {
            parts << m_describer(span.id);
        }
        QToolTip::showText(help->globalPos(), parts.join(u"<hr>"_s), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    keepVisibleGlyphs();
    QPlainTextEdit::paintEvent(event);
}

void DocumentView::keepVisibleGlyphs()
{
    if (m_allGlyphsKept) {
        return;
    }
    // Laying out a block shapes its text; with caching on before that, the paint that follows
    // draws those glyphs instead of shaping the text again.
    const qreal bottom = viewport()->height();
    const QPointF offset = contentOffset();
    qsizetype visible = 0;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        if (block.length() <= GlyphBlockLength) {
            if (layout->cacheEnabled()) {
                m_keptGlyphs.removeOne(block);
            } else {
                layout->setCacheEnabled(true);
                m_keptGlyphsLength += block.length();
            }
            m_keptGlyphs.append(block); // most recent last
            ++visible;
        }
        if (blockBoundingGeometry(block).translated(offset).bottom() >= bottom) {
            break;
        }
    }
    // Blocks painted longest ago let go of their glyphs. QTextLayout frees them at the end of a
    // draw() when caching is off; a draw clipped to nothing does only that.
    std::optional<QImage> scratch;
    std::optional<QPainter> painter;
    while (m_keptGlyphsLength > GlyphWindowLength && m_keptGlyphs.size() > visible) {
        const QTextBlock block = m_keptGlyphs.takeFirst();
        m_keptGlyphsLength -= block.length();
        QTextLayout *layout = block.layout();
        layout->setCacheEnabled(false);
        if (!painter) {
            scratch.emplace(1, 1, QImage::Format_ARGB32_Premultiplied);
            painter.emplace(&*scratch);
        }
        layout->draw(&*painter, QPointF(), {}, QRectF(0, layout->position().y() - 1e6, 1, 1));
    }
}

void DocumentView::followContents(int from, int removed, int added)
{
    if (removed > 0) {
        forgetKeptGlyphs(); // the blocks may be gone (clear(), setPlainText() from anywhere)
    }
    if (!m_allGlyphsKept) {
        return;
    }
    const QTextBlock last = document()->findBlock(from + added);
    for (QTextBlock block = document()->findBlock(from); block.isValid(); block = block.next()) {
        block.layout()->setCacheEnabled(true);
        if (block == last) {
            break;
        }
    }
}

void DocumentView::forgetKeptGlyphs()
{
    // The blocks go with the text; their layouts with them.
    m_keptGlyphs.clear();
    m_keptGlyphsLength = 0;
}

void DocumentView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0) {
            zoomIn();
        } else if (delta < 0) {
            zoomOut();
        }
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

} // namespace Scholion::Widgets
