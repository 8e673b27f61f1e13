// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextOption>
#include <QWheelEvent>

#include <algorithm>

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
{
    setObjectName(u"documentView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A long line without spaces (a URL, a table dump) still wraps instead of running off.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    setFont(readingFont());
    setCenterOnScroll(false);
    setPlaceholderText(tr("Choose a document in the corpus browser to read it."));
    document()->setDocumentMargin(24);
    setUndoRedoEnabled(false);
    applyPalette();
    updateMargins();
}

void DocumentView::showDocument(qint64 documentId, const QString &text)
{
    m_documentId = documentId;
    setPlainText(text);
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
}

void DocumentView::clearDocument()
{
    m_documentId = 0;
    clear();
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
