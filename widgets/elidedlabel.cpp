// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

ElidedLabel::ElidedLabel(QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    setAccessibleName(text);
    updateToolTip();
    update(); // no updateGeometry(): the size hints do not depend on the text
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    if (mode != m_mode) {
        m_mode = mode;
        update();
    }
}

void ElidedLabel::setDetail(const QString &detail)
{
    if (detail != m_detail) {
        m_detail = detail;
        updateToolTip();
    }
}

void ElidedLabel::updateToolTip()
{
    QStringList parts;
    for (const QString &part : {m_text, m_detail}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    setToolTip(parts.join(u"\n\n"_s));
}

QString ElidedLabel::displayedText() const
{
    // One line: a line break in the text would make it two.
    QString line = m_text;
    line.replace(u'\n', u' ');
    return fontMetrics().elidedText(line, m_mode, std::max(0, contentsRect().width()));
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 40 + margins.left() + margins.right(), fontMetrics().height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(u"…"_s) + margins.left() + margins.right(), fontMetrics().height() + margins.top() + margins.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const QString shown = displayedText();
    if (shown.isEmpty()) {
        return;
    }
    QPainter painter(this);
    const QRect box = contentsRect();
    style()->drawItemText(&painter,
        box,
        int(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter)),
        palette(),
        isEnabled(),
        shown,
        foregroundRole());
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        update();
    }
}

} // namespace Scholion::Widgets
