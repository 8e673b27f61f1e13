// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <widgets/cachedtextdelegate.h>

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Scholion::Widgets;

namespace
{

struct Cell {
    explicit Cell(QString text = {},
        int width = 240,
        bool selected = false,
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
        QColor decoration = {},
        QColor background = {},
        bool bold = false)
        : text(std::move(text))
        , width(width)
        , selected(selected)
        , alignment(alignment)
        , decoration(decoration)
        , background(background)
        , bold(bold)
    {
    }
    QString text;
    int width;
    bool selected;
    Qt::Alignment alignment;
    QColor decoration; ///< a label's colour swatch, as the annotation list shows it
    QColor background; ///< the cell's own background (Qt::BackgroundRole)
    bool bold; ///< a bold font of its own (Qt::FontRole)
};

/*! Counts the item cells it is asked to draw. */
class CountingStyle final : public QProxyStyle
{
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            ++items;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
    mutable int items = 0;
};

/*! The first row of a one-column tree view painting \a cell through \a delegate. */
QImage render(QAbstractItemDelegate *delegate, const Cell &cell, QStyle *style = nullptr)
{
    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem(cell.text);
    item->setTextAlignment(cell.alignment);
    item->setSizeHint(QSize(cell.width, 24)); // one height with any font, so that images compare
    if (cell.decoration.isValid()) {
        item->setData(cell.decoration, Qt::DecorationRole);
    }
    if (cell.background.isValid()) {
        item->setData(cell.background, Qt::BackgroundRole);
    }
    if (cell.bold) {
        QFont bold;
        bold.setBold(true);
        item->setFont(bold);
    }
    model.setItem(0, 0, item);
    QTreeView view;
    view.setFocusPolicy(Qt::NoFocus); // no focus frame on the one row
    if (style) {
        view.setStyle(style);
    }
    view.setRootIsDecorated(false);
    view.setHeaderHidden(true);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.header()->setStretchLastSection(false);
    view.header()->resizeSection(0, cell.width);
    view.resize(cell.width + 2 * view.frameWidth(), 60);
    if (cell.selected) {
        view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select);
    }
    view.show();
    QCoreApplication::processEvents();
    return view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage().convertToFormat(QImage::Format_RGB32);
}

/*! The bounding box of the text's ink: the pixels where \a image differs from the empty cell. */
QRect ink(const QImage &image, const Cell &cell)
{
    QStyledItemDelegate plain;
    const QImage background = render(&plain, Cell{QString(), cell.width, cell.selected, cell.alignment, cell.decoration});
    if (background.size() != image.size()) {
        return {};
    }
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background.pixel(x, y)) {
                box |= QRect(x, y, 1, 1);
            }
        }
    }
    return box;
}

} // namespace

Q_DECLARE_METATYPE(Cell)

class CachedTextDelegateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The cached text lands where the style puts it: same margins, elision, alignment, colour
    // and direction as QStyledItemDelegate, within a pixel or two of antialiasing.
    void paintsWhereTheStyleDoes_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::newRow("label path") << Cell{u"Aid figure › Humanitarian"_s};
        QTest::newRow("elided in a narrow column") << Cell{u"“We stand with Marrel,” the foreign minister told reporters"_s, 120};
        QTest::newRow("selected") << Cell{u"Korvath"_s, 240, true};
        QTest::newRow("right-aligned count") << Cell{u"1,250"_s, 120, false, Qt::AlignRight | Qt::AlignVCenter};
        QTest::newRow("right to left") << Cell{u"שלום עולם מכאן"_s};
        QTest::newRow("emoji and CJK") << Cell{u"援助 🙂 pledge"_s};
        QTest::newRow("after a colour swatch") << Cell{u"Actor › Person"_s, 240, false, Qt::AlignLeft | Qt::AlignVCenter, QColor(0x2a, 0x6f, 0xb0)};
        QTest::newRow("after a swatch, selected") << Cell{u"Quote"_s, 240, true, Qt::AlignLeft | Qt::AlignVCenter, QColor(0xb0, 0x2a, 0x6f)};
    }

    void paintsWhereTheStyleDoes()
    {
        QFETCH(Cell, cell);
        QStyledItemDelegate plain;
        const QRect expected = ink(render(&plain, cell), cell);
        // One delegate for all rows: the place it keeps for one kind of cell must not be
        // taken for another (another width, alignment, direction or decoration).
        const QRect actual = ink(render(&m_shared, cell), cell);
        QVERIFY2(!expected.isEmpty(), "the style painted no text");
        const auto near = [](int a, int b, int tolerance) {
            return std::abs(a - b) <= tolerance;
        };
        QVERIFY2(near(actual.left(), expected.left(), 1) && near(actual.right(), expected.right(), 2) && near(actual.top(), expected.top(), 1) &&
                near(actual.bottom(), expected.bottom(), 1),
            qPrintable(u"text at %1,%2 %3×%4, the style puts it at %5,%6 %7×%8"_s.arg(actual.x())
                    .arg(actual.y())
                    .arg(actual.width())
                    .arg(actual.height())
                    .arg(expected.x())
                    .arg(expected.y())
                    .arg(expected.width())
                    .arg(expected.height())));
    }

    // A cell's layout is kept per text and width: a new text or a wider column is laid out anew.
    void theCacheFollowsTextAndWidth()
    {
        CachedTextDelegate cached;
        const QImage alpha = render(&cached, Cell{u"Alpha"_s});
        QVERIFY(render(&cached, Cell{u"Omega"_s}) != alpha);
        QCOMPARE(render(&cached, Cell{u"Alpha"_s}), alpha);

        const QString sentence = u"Ministers pledged 500 million for the reconstruction of the port"_s;
        const QRect narrow = ink(render(&cached, Cell{sentence, 120}), Cell{sentence, 120});
        const QRect wide = ink(render(&cached, Cell{sentence, 400}), Cell{sentence, 400});
        QVERIFY2(narrow.width() < 120 && wide.width() > 200, qPrintable(u"%1 and %2 px wide"_s.arg(narrow.width()).arg(wide.width())));

        // A cell with a font of its own is drawn in that font, where the style draws it.
        QStyledItemDelegate plain;
        const Cell bold{u"Alpha"_s, 240, false, Qt::AlignLeft | Qt::AlignVCenter, {}, {}, true};
        const QRect boldInk = ink(render(&cached, bold), bold);
        QVERIFY(render(&cached, bold) != alpha);
        QCOMPARE(boldInk, ink(render(&plain, bold), bold));
    }

    // Eliding a long text from its prefix gives what eliding the whole text gives.
    void elidesLikeTheFontMetrics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("mode");
        const QString sentence = u"“We stand with Marrel,” the foreign minister told reporters after the summit, "
                                 "where donors pledged 500 million for the reconstruction of the port. "_s;
        const QString long_ = sentence.repeated(4);
        QTest::newRow("long quote, narrow") << long_ << 94 << int(Qt::ElideRight);
        QTest::newRow("long quote, wide") << long_ << 600 << int(Qt::ElideRight);
        QTest::newRow("fits") << sentence.left(20) << 400 << int(Qt::ElideRight);
        QTest::newRow("emoji past the cut") << (long_ + u"🤝 🇺🇦"_s) << 94 << int(Qt::ElideRight);
        QTest::newRow("emoji pairs at every place") << u"🤝"_s.repeated(300) << 94 << int(Qt::ElideRight);
        QTest::newRow("flags") << u"🇺🇦🇵🇱"_s.repeated(150) << 120 << int(Qt::ElideRight);
        QTest::newRow("combining marks") << u"ẹ́"_s.repeated(400) << 94 << int(Qt::ElideRight);
        QTest::newRow("narrow letters") << u"il.|"_s.repeated(200) << 300 << int(Qt::ElideRight);
        QTest::newRow("zero width, then a word") << (QString(900, QChar(0x200B)) + u"pledged"_s) << 94 << int(Qt::ElideRight);
        QTest::newRow("zero width only") << QString(900, QChar(0x200B)) << 94 << int(Qt::ElideRight);
        QTest::newRow("right to left") << u"שלום עולם מכאן ועד הים "_s.repeated(30) << 94 << int(Qt::ElideRight);
        QTest::newRow("CJK") << u"援助承诺重建港口"_s.repeated(60) << 94 << int(Qt::ElideRight);
        QTest::newRow("elided in the middle") << long_ << 94 << int(Qt::ElideMiddle);
        QTest::newRow("elided on the left") << long_ << 94 << int(Qt::ElideLeft);
        QTest::newRow("no width") << long_ << 0 << int(Qt::ElideRight);
    }

    void elidesLikeTheFontMetrics()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(int, mode);
        for (const bool bold : {false, true}) {
            QFont font = QApplication::font();
            font.setBold(bold);
            const QFontMetrics metrics(font);
            const QString expected = metrics.elidedText(text, Qt::TextElideMode(mode), width);
            QCOMPARE(CachedTextDelegate::elidedText(metrics, text, Qt::TextElideMode(mode), width), expected);
        }
    }

    // Text the cache would put on one line (a note of several lines) is the style's to paint.
    void multiLineTextIsLeftToTheStyle()
    {
        CachedTextDelegate cached;
        QStyledItemDelegate plain;
        const Cell note{u"First line of the note\nsecond line"_s};
        QCOMPARE(render(&cached, note), render(&plain, note));
    }

    // An empty cell looks exactly as the style draws it; one with nothing to show and no state
    // is not handed to the style at all.
    void emptyCells_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("bare") << Cell{} << false;
        QTest::newRow("selected") << Cell{QString(), 240, true} << true;
        QTest::newRow("a swatch alone") << Cell{QString(), 240, false, Qt::AlignLeft | Qt::AlignVCenter, QColor(0x2a, 0x6f, 0xb0)} << true;
        QTest::newRow("its own background") << Cell{QString(), 240, false, Qt::AlignLeft | Qt::AlignVCenter, {}, QColor(250, 220, 120)} << true;
    }

    void emptyCells()
    {
        QFETCH(Cell, cell);
        QFETCH(bool, drawn);
        QStyledItemDelegate plain;
        CountingStyle style;
        const QImage cached = render(&m_shared, cell, &style);
        QCOMPARE(style.items > 0, drawn);
        QCOMPARE(cached, render(&plain, cell));
    }

    void scrollBarsGetTheirOwnBackground()
    {
        QTreeView view;
        QVERIFY(!view.verticalScrollBar()->autoFillBackground());
        CachedTextDelegate::makeScrollBarsOpaque(&view);
        QVERIFY(view.verticalScrollBar()->autoFillBackground());
        QVERIFY(view.horizontalScrollBar()->autoFillBackground());
    }

private:
    CachedTextDelegate m_shared;
};

QTEST_MAIN(CachedTextDelegateTest)
#include "cachedtextdelegate_test.moc"
