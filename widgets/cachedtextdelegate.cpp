// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedtextdelegate.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

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
    // QFont::key() spells the whole font out (some 9,000 instructions); the font itself
    // compares and hashes for a fraction of that.
    const TextKey key{text, font, width, mode};
    if (const QStaticText *cached = m_cache.object(key)) {
        return *cached;
    }
    auto *laidOut = new QStaticText(elidedText(QFontMetrics(font), text, mode, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), font);
    m_cache.insert(key, laidOut);
    return *laidOut;
}

QString CachedTextDelegate::elidedText(const QFontMetrics &metrics, const QString &text, Qt::TextElideMode mode, int width)
{
    // Eliding shapes the whole text to measure it: a long quote costs in proportion to its
    // length, and one emoji anywhere in it costs a font fallback search (some 200 µs with
    // Qt 6.8). Eliding on the right keeps a prefix, and the prefix of a prefix that does not
    // fit is the same, up to the last few glyphs, which the ellipsis replaces anyway. So a
    // prefix four times as long as the column holds of average characters is elided instead.
    if (mode == Qt::ElideRight && width > 0) {
        const qsizetype enough = 4 * (qsizetype(width) / std::max(1, metrics.averageCharWidth()) + 2);
        if (text.size() > enough) {
            qsizetype cut = enough;
            while (cut < text.size() && (text.at(cut).isLowSurrogate() || text.at(cut).isMark())) {
                ++cut; // never split a character or a letter from its marks
            }
            const QString prefix = text.left(cut);
            const QString elided = metrics.elidedText(prefix, mode, width);
            if (elided != prefix) {
                return elided;
            }
            // Characters narrow enough for the prefix to fit: the whole text decides.
        }
    }
    return metrics.elidedText(text, mode, width);
}

QRect CachedTextDelegate::textRect(const QStyleOptionViewItem &opt, const QStyle *style) const
{
    const Place key{style,
        opt.rect.size(),
        opt.features,
        opt.decorationSize,
        opt.decorationPosition,
        opt.decorationAlignment,
        opt.displayAlignment,
        opt.direction,
        opt.font};
    auto it = m_places.constFind(key);
    if (it == m_places.cend()) {
        // The style measures the text it is given; the place of a single line does not
        // depend on it, nor on where the cell is.
        QStyleOptionViewItem probe = opt;
        probe.text = u"x"_s;
        if (m_places.size() >= PlaceCacheSize) {
            m_places.clear();
        }
        it = m_places.insert(key, style->subElementRect(QStyle::SE_ItemViewItemText, &probe, opt.widget).translated(-opt.rect.topLeft()));
    }
    return it->translated(opt.rect.topLeft());
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (opt.text.isEmpty()) {
        // Most cells of the annotation list are empty (no entity, no note). One with nothing
        // to show and no state to show it in leaves the row's background as it is.
        const bool bare = opt.icon.isNull() && !(opt.features & QStyleOptionViewItem::HasCheckIndicator) && opt.backgroundBrush.style() == Qt::NoBrush &&
            !(opt.state & (QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver));
        if (!bare) {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        }
        return;
    }
    const bool singleLine = !opt.text.contains(u'\n') && !opt.text.contains(QChar::LineSeparator) && !opt.text.contains(QChar::ParagraphSeparator);
    if (!singleLine || (opt.features & QStyleOptionViewItem::WrapText)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // as QStyledItemDelegate does
        return;
    }
    // Where the style would put the text, with the same inner margins QCommonStyle uses.
    const QRect textRect = this->textRect(opt, style);
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
