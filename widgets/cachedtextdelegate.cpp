// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedtextdelegate.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CachedTextDelegate::makeScrollBarsOpaque(QAbstractScrollArea *area)
{
    area->verticalScrollBar()->setAutoFillBackground(true);
    area->horizontalScrollBar()->setAutoFillBackground(true);
}

const QStaticText &CachedTextDelegate::layoutFor(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const
{
    const QString key = font.key() + u'\x1f' + QString::number(width) + u'\x1f' + QString::number(int(mode)) + u'\x1f' + text;
    if (const QStaticText *cached = m_cache.object(key)) {
        return *cached;
    }
    auto *laidOut = new QStaticText(QFontMetrics(font).elidedText(text, mode, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), font);
    m_cache.insert(key, laidOut);
    return *laidOut;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool singleLine = !opt.text.contains(u'\n') && !opt.text.contains(QChar::LineSeparator) && !opt.text.contains(QChar::ParagraphSeparator);
    if (opt.text.isEmpty() || !singleLine || (opt.features & QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // Where the style would put the text, with the same inner margins QCommonStyle uses. The
    // style measures the text it is given; the place of a single line does not depend on it.
    QStyleOptionViewItem probe = opt;
    probe.text = u"x"_s;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &probe, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect inner = textRect.adjusted(margin, 0, -margin, 0);
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (inner.width() <= 0) {
        return;
    }

    const QStaticText &laidOut = layoutFor(text, opt.font, inner.width(), opt.textElideMode);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const QSize size = laidOut.size().toSize();
    const QRect placed = QStyle::alignedRect(opt.direction, QStyle::visualAlignment(opt.direction, opt.displayAlignment), size, inner);
    painter->drawStaticText(placed.topLeft(), laidOut);
    painter->restore();
}

} // namespace Scholion::Widgets
