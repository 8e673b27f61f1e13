// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QStaticText>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>

class QAbstractScrollArea;
class QFontMetrics;

namespace Scholion::Widgets
{

/*!
 * A QStyledItemDelegate that keeps the laid-out text of the cells it painted.
 *
 * QStyle lays out, elides and shapes a cell's text again on every paint. A list repainted on
 * every document switch shows mostly the same strings (label paths, authors, statuses), so
 * this delegate paints single-line text from a cache of elided QStaticText, keyed by text,
 * font, width and elide mode. Background, selection, decoration and focus are still drawn by
 * the style; where the style puts the text is asked once per kind of cell (width, decoration,
 * alignment, font). Cells it cannot paint the same way (wrapped or multi-line text) are drawn
 * by the style as QStyledItemDelegate draws them, and an empty cell with no decoration, no
 * background of its own and no selection, focus or hover is not drawn at all.
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

    /*! How many text places (one per column width, decoration and font) are kept. */
    static constexpr qsizetype PlaceCacheSize = 256;

    /*!
     * \a text elided to \a width as QFontMetrics::elidedText() elides it, without measuring
     * more of a long text than can matter: with Qt::ElideRight, a quote of a few hundred
     * characters in a column that holds twenty is elided from a prefix several times wider
     * than the column. Only where that prefix fits after all is the whole text measured.
     */
    static QString elidedText(const QFontMetrics &metrics, const QString &text, Qt::TextElideMode mode, int width);

private:
    const QStaticText &layoutFor(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const;
    /*! Where the style puts a single line of text in a cell like \a opt (asking it once per kind of cell). */
    QRect textRect(const QStyleOptionViewItem &opt, const QStyle *style) const;

    /*! What the place of a cell's text depends on. */
    struct Place {
        const QStyle *style;
        QSize size;
        QStyleOptionViewItem::ViewItemFeatures features;
        QSize decorationSize;
        QStyleOptionViewItem::Position decorationPosition;
        Qt::Alignment decorationAlignment;
        Qt::Alignment displayAlignment;
        Qt::LayoutDirection direction;
        QFont font;
        friend bool operator==(const Place &, const Place &) = default;
        friend size_t qHash(const Place &place, size_t seed = 0)
        {
            return qHashMulti(seed,
                place.style,
                place.size.width(),
                place.size.height(),
                int(place.features),
                int(place.displayAlignment),
                int(place.direction));
        }
    };

    /*! What a cell's laid-out text depends on. */
    struct TextKey {
        QString text;
        QFont font;
        int width;
        Qt::TextElideMode mode;
        friend bool operator==(const TextKey &, const TextKey &) = default;
        friend size_t qHash(const TextKey &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.font, key.width, int(key.mode)); }
    };

    mutable QCache<TextKey, QStaticText> m_cache{CacheSize};
    mutable QHash<Place, QRect> m_places;
};

} // namespace Scholion::Widgets
