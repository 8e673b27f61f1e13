// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

class QAbstractScrollArea;

namespace Scholion::Widgets
{

/*!
 * A QStyledItemDelegate that keeps the laid-out text of the cells it painted.
 *
 * QStyle lays out, elides and shapes a cell's text again on every paint. A list repainted on
 * every document switch shows mostly the same strings (label paths, authors, statuses), so
 * this delegate paints single-line text from a cache of elided QStaticText, keyed by text,
 * font, width and elide mode. Background, selection, decoration and focus are still drawn by
 * the style, and cells it cannot paint the same way (wrapped or multi-line text) go to the base
 * class.
 */
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedTextDelegate)

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /*! How many laid-out texts are kept. */
    static constexpr int CacheSize = 4000;

    /*!
     * Gives \a area's scroll bars their own background, so that a new range repaints only the
     * bar and not every widget behind it (a dock's title bar costs more than the list).
     */
    static void makeScrollBarsOpaque(QAbstractScrollArea *area);

private:
    const QStaticText &layoutFor(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const;

    mutable QCache<QString, QStaticText> m_cache{CacheSize};
};

} // namespace Scholion::Widgets
