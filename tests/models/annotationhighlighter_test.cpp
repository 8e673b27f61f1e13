// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/annotationhighlighter.h>
#include <models/highlighting.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QObject>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;
using Scholion::Models::AnnotationHighlighter;
using Span = AnnotationHighlighter::Span;

namespace
{

// Four paragraphs; every position below is a UTF-16 offset into this text, which is also the
// QTextDocument position (a "\n" becomes a one-position paragraph separator).
const QString Text = u"The treaty of Korvath was signed at dawn.\n"
                     u"Valdoria and Qasimar agreed on the border.\n"
                     u"The border moved east by ten kilometres.\n"
                     u"Nobody in either capital was pleased."_s;

qsizetype at(const QString &needle, qsizetype from = 0)
{
    const qsizetype position = Text.indexOf(needle, from);
    Q_ASSERT(position >= 0);
    return position;
}

qsizetype after(const QString &needle, qsizetype from = 0)
{
    return at(needle, from) + needle.size();
}

const QColor Red(200, 30, 30);
const QColor Blue(30, 60, 200);
const QColor Green(20, 160, 60);

// One letter per label colour, so a block's formats read as a string.
QChar letterFor(const QColor &color)
{
    if (color == Red) {
        return u'r';
    }
    if (color == Blue) {
        return u'b';
    }
    if (color == Green) {
        return u'g';
    }
    return u'?';
}

// A format range the highlighter never produces: it survives exactly as long as
// highlightBlock() does not run on its block (QSyntaxHighlighter replaces all of a block's
// formats each time it highlights it).
constexpr int MarkerProperty = QTextFormat::UserProperty + 17;

/*!
    A document layout that lays nothing out and counts how often a block's geometry is asked
    for: QTextCursor asks it to lay a block out before it can move within the block.
*/
class CountingLayout final : public QAbstractTextDocumentLayout
{
public:
    using QAbstractTextDocumentLayout::QAbstractTextDocumentLayout;
    void draw(QPainter *, const PaintContext &) override { }
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override
    {
        ++asked;
        return {};
    }
    void documentChanged(int, int, int) override { }
    mutable int asked = 0;
};

class Fixture
{
public:
    explicit Fixture(const QString &text = Text, bool dark = false)
    {
        doc.setPlainText(text);
        highlighter = new AnnotationHighlighter(&doc); // owned by doc
        highlighter->setDarkBackground(dark);
        highlighter->rehighlight();
        doc.documentLayout();
        // The highlighter's own delayed first pass, so it cannot run later, mid-test.
        QCoreApplication::processEvents();
    }

    QTextCharFormat formatAt(qsizetype position) const
    {
        const QTextBlock block = doc.findBlock(int(position));
        const int inBlock = int(position) - block.position();
        QTextCharFormat result;
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (!range.format.hasProperty(MarkerProperty) && range.start <= inBlock && inBlock < range.start + range.length) {
                result = range.format;
            }
        }
        return result;
    }

    // The document as one letter per position: the label whose tint is the background ('.'
    // for none, '?' for anything else), '|' for a paragraph separator.
    QString backgrounds(bool darkTint = false) const
    {
        return paint([darkTint](const QTextCharFormat &f) -> QChar {
            if (!f.hasProperty(QTextFormat::BackgroundBrush) || f.background().style() == Qt::NoBrush) {
                return u'.';
            }
            if (f.background().style() != Qt::SolidPattern) {
                return u'?';
            }
            for (const QColor &color : {Red, Blue, Green}) {
                if (f.background().color() == AnnotationHighlighter::tint(color, darkTint)) {
                    return letterFor(color);
                }
            }
            return u'?';
        });
    }

    // The same for underlines: the letter of the underline's colour.
    QString underlines() const
    {
        return paint([](const QTextCharFormat &f) -> QChar {
            if (f.underlineStyle() == QTextCharFormat::NoUnderline) {
                return u'.';
            }
            if (f.underlineStyle() != QTextCharFormat::SingleUnderline) {
                return u'?';
            }
            return letterFor(f.underlineColor());
        });
    }

    // What backgrounds() or underlines() should be: '.' everywhere, then each (start, end,
    // letter) painted in turn.
    QString expected(const QList<std::tuple<qsizetype, qsizetype, QChar>> &layers) const
    {
        QString result = paint([](const QTextCharFormat &) {
            return u'.';
        });
        for (const auto &[start, end, letter] : layers) {
            for (qsizetype i = start; i < end; ++i) {
                if (result.at(i) != u'|') {
                    result[i] = letter;
                }
            }
        }
        return result;
    }

    void plantMarkers()
    {
        QTextCharFormat marker;
        marker.setProperty(MarkerProperty, true);
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
            ranges.append({0, std::max(1, block.length() - 1), marker});
            block.layout()->setFormats(ranges);
        }
    }

    // The numbers of the blocks highlightBlock() ran on since plantMarkers().
    QList<int> rehighlightedBlocks() const
    {
        QList<int> result;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
            const bool marked = std::any_of(ranges.cbegin(), ranges.cend(), [](const QTextLayout::FormatRange &range) {
                return range.format.hasProperty(MarkerProperty);
            });
            if (!marked) {
                result.append(block.blockNumber());
            }
        }
        return result;
    }

    QTextDocument doc;
    AnnotationHighlighter *highlighter = nullptr;

private:
    template<typename Letter>
    QString paint(Letter letter) const
    {
        QString result;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (int i = 0; i < block.length() - 1; ++i) {
                result.append(letter(formatAt(block.position() + i)));
            }
            if (block.next().isValid()) {
                result.append(u'|');
            }
        }
        return result;
    }
};

QList<qint64> ids(const QList<Span> &spans)
{
    QList<qint64> result;
    for (const Span &span : spans) {
        result.append(span.id);
    }
    return result;
}

qint64 idOf(const std::optional<Span> &span)
{
    return span ? span->id : -1;
}

} // namespace

class AnnotationHighlighterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tint();
    void singleSpan_data();
    void singleSpan();
    void keepsTheSyntaxFormats();
    void darkBackground();
    void nestedSpans();
    void overlappingSpans();
    void emojiBeforeTheSpan();
    void markersObserveRehighlighting();
    void changesOnlyAffectedBlocks();
    void setSpansWithoutRehighlighting();
    void spansAreOrdered();
    void spansAt();
    void neighbour();
    void progressiveHighlighting();
    void shortTextsStayFollowed();
    void highlightingOnPurposeLaysNothingOut();
};

void AnnotationHighlighterTest::tint()
{
    const QColor light = AnnotationHighlighter::tint(Red, false);
    const QColor dark = AnnotationHighlighter::tint(Red, true);
    QCOMPARE(light.rgb(), Red.rgb());
    QCOMPARE(dark.rgb(), Red.rgb());
    QCOMPARE(light.alpha(), 70);
    QCOMPARE(dark.alpha(), 110);
    QVERIFY(light != dark);
}

void AnnotationHighlighterTest::singleSpan_data()
{
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QList<int>>("blocks");

    const qsizetype second = after(u"dawn.\n"_s);
    const qsizetype third = after(u"border.\n"_s);
    QTest::newRow("one word") << at(u"Korvath"_s) << after(u"Korvath"_s) << QList<int>{0};
    QTest::newRow("a whole paragraph") << second << after(u"border."_s) << QList<int>{1};
    QTest::newRow("paragraph and its separator") << second << third << QList<int>{1};
    QTest::newRow("start of a paragraph") << second << after(u"Valdoria"_s) << QList<int>{1};
    QTest::newRow("across one boundary") << at(u"dawn"_s) << after(u"Valdoria"_s) << QList<int>{0, 1};
    QTest::newRow("across two boundaries") << at(u"signed"_s) << after(u"moved"_s) << QList<int>{0, 1, 2};
    QTest::newRow("from a separator") << after(u"dawn."_s) << after(u"Valdoria"_s) << QList<int>{0, 1};
    QTest::newRow("everything") << qsizetype(0) << Text.size() << QList<int>{0, 1, 2, 3};
    // Nothing to paint, though its block is highlighted again.
    QTest::newRow("empty") << at(u"Korvath"_s) << at(u"Korvath"_s) << QList<int>{0};
}

void AnnotationHighlighterTest::singleSpan()
{
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QList<int>, blocks);

    Fixture f;
    // The syntax highlighter's format (its foreground) before any span.
    const QTextCharFormat plain = f.formatAt(at(u"Korvath"_s));
    QVERIFY(plain.hasProperty(QTextFormat::ForegroundBrush));

    f.plantMarkers();
    f.highlighter->addSpan({1, start, end, Red});
    QCOMPARE(f.backgrounds(), f.expected({{start, end, u'r'}}));
    QCOMPARE(f.underlines(), f.expected({}));
    QCOMPARE(f.rehighlightedBlocks(), blocks);
    // The tint comes on top of the syntax highlighter's format.
    for (qsizetype i = start; i < end; ++i) {
        if (Text.at(i) != u'\n') {
            QCOMPARE(f.formatAt(i).foreground(), plain.foreground());
        }
    }

    f.highlighter->removeSpan(1);
    QCOMPARE(f.backgrounds(), f.expected({}));
}

// KSyntaxHighlighting's formats come first; a span only adds its tint on top, even where the
// syntax formats change inside the span.
void AnnotationHighlighterTest::keepsTheSyntaxFormats()
{
    const QString text = u"Some **bold** text here.\nSecond line."_s;
    Fixture f(text);
    const KSyntaxHighlighting::Definition markdown = Scholion::Models::highlightingRepository().definitionForName(u"Markdown"_s);
    if (!markdown.isValid()) {
        QSKIP("KSyntaxHighlighting has no Markdown definition here");
    }
    f.highlighter->setDefinition(markdown);
    f.highlighter->rehighlight();
    const qsizetype bold = text.indexOf(u"**bold**"_s);
    QCOMPARE(f.formatAt(bold + 2).fontWeight(), int(QFont::Bold));
    QCOMPARE(f.formatAt(0).fontWeight(), int(QFont::Normal));

    f.highlighter->addSpan({1, 2, text.indexOf(u"here"_s), Red});
    for (qsizetype i = 2; i < text.indexOf(u"here"_s); ++i) {
        QCOMPARE(f.formatAt(i).background().color(), AnnotationHighlighter::tint(Red, false));
    }
    QCOMPARE(f.formatAt(2).fontWeight(), int(QFont::Normal));
    QCOMPARE(f.formatAt(bold).fontWeight(), int(QFont::Bold));
    QCOMPARE(f.formatAt(bold + 2).fontWeight(), int(QFont::Bold));
    QCOMPARE(f.formatAt(bold + 8).fontWeight(), int(QFont::Normal));
}

void AnnotationHighlighterTest::darkBackground()
{
    Fixture f;
    const qsizetype start = at(u"Korvath"_s);
    const qsizetype end = after(u"Korvath"_s);
    f.highlighter->addSpan({1, start, end, Red});
    QCOMPARE(f.backgrounds(false), f.expected({{start, end, u'r'}}));

    f.highlighter->setDarkBackground(true);
    QCOMPARE(f.backgrounds(true), f.expected({{start, end, u'r'}}));
    QCOMPARE(f.formatAt(start).background().color().alpha(), 110);

    f.highlighter->setDarkBackground(false);
    QCOMPARE(f.formatAt(start).background().color().alpha(), 70);
}

void AnnotationHighlighterTest::nestedSpans()
{
    Fixture f;
    // "Valdoria and Qasimar agreed" ⊃ "Qasimar agreed" ⊃ "Qasimar", across a paragraph boundary
    // for the outer one.
    const qsizetype outerStart = at(u"dawn"_s);
    const qsizetype outerEnd = after(u"agreed"_s);
    const qsizetype middleStart = at(u"Qasimar"_s);
    const qsizetype innerEnd = after(u"Qasimar"_s);
    f.highlighter->addSpan({1, outerStart, outerEnd, Red});
    f.highlighter->addSpan({2, middleStart, outerEnd, Blue});
    QCOMPARE(f.backgrounds(), f.expected({{outerStart, outerEnd, u'r'}, {middleStart, outerEnd, u'b'}}));
    QCOMPARE(f.underlines(), f.expected({{middleStart, outerEnd, u'r'}}));

    // A third level: the innermost tint, underlined in the colour of the next span out (not the
    // outermost).
    f.highlighter->addSpan({3, middleStart, innerEnd, Green});
    QCOMPARE(f.backgrounds(), f.expected({{outerStart, outerEnd, u'r'}, {middleStart, outerEnd, u'b'}, {middleStart, innerEnd, u'g'}}));
    QCOMPARE(f.underlines(), f.expected({{middleStart, outerEnd, u'r'}, {middleStart, innerEnd, u'b'}}));

    // Removing the middle one: the inner span is underlined in the outer colour.
    f.highlighter->removeSpan(2);
    QCOMPARE(f.backgrounds(), f.expected({{outerStart, outerEnd, u'r'}, {middleStart, innerEnd, u'g'}}));
    QCOMPARE(f.underlines(), f.expected({{middleStart, innerEnd, u'r'}}));
}

void AnnotationHighlighterTest::overlappingSpans()
{
    Fixture f;
    // "treaty of Korvath" (17) overlaps "Korvath was signed at dawn.\nValdoria" (37).
    const qsizetype a = at(u"treaty"_s);
    const qsizetype b = at(u"Korvath"_s);
    const qsizetype c = after(u"Korvath"_s);
    const qsizetype d = after(u"Valdoria"_s);
    f.highlighter->setSpans({{2, b, d, Blue}, {1, a, c, Red}});
    // The shorter span wins where both cover; the other one shows as the underline there.
    QCOMPARE(f.backgrounds(), f.expected({{a, c, u'r'}, {c, d, u'b'}}));
    QCOMPARE(f.underlines(), f.expected({{b, c, u'b'}}));

    // Made longer than the other, the red span loses the overlap.
    f.highlighter->updateSpan({1, a, after(u"border"_s), Red});
    QCOMPARE(f.backgrounds(), f.expected({{a, b, u'r'}, {b, d, u'b'}, {d, after(u"border"_s), u'r'}}));
    QCOMPARE(f.underlines(), f.expected({{b, d, u'r'}}));

    // Equal lengths: the span that starts first wins.
    const qsizetype e = at(u"signed"_s);
    f.highlighter->setSpans({{1, a, e, Red}, {2, b, b + (e - a), Blue}});
    QCOMPARE(f.backgrounds(), f.expected({{a, e, u'r'}, {e, b + (e - a), u'b'}}));
    QCOMPARE(f.underlines(), f.expected({{b, e, u'b'}}));

    // The same range twice: the lower id wins.
    f.highlighter->setSpans({{7, b, c, Blue}, {5, b, c, Green}});
    QCOMPARE(f.backgrounds(), f.expected({{b, c, u'g'}}));
    QCOMPARE(f.underlines(), f.expected({{b, c, u'b'}}));
}

void AnnotationHighlighterTest::emojiBeforeTheSpan()
{
    // Two emoji (a surrogate pair and a ZWJ sequence) before the span: offsets are UTF-16.
    const QString text = u"\U0001F600 Intro \U0001F469\u200D\u2695\uFE0F.\nThe \U0001F1FA\U0001F1E6 medic arrived \U0001F600 late."_s;
    Fixture f(text);
    const qsizetype medic = text.indexOf(u"medic"_s);
    QCOMPARE(medic, 25);
    const qsizetype grin = text.lastIndexOf(u"\U0001F600"_s);
    f.highlighter->addSpan({1, medic, medic + 5, Red});
    f.highlighter->addSpan({2, grin, grin + 2, Blue}); // the emoji itself
    QCOMPARE(f.backgrounds(), f.expected({{medic, medic + 5, u'r'}, {grin, grin + 2, u'b'}}));
    QCOMPARE(f.formatAt(medic - 1).background().style(), Qt::NoBrush);
    QCOMPARE(f.formatAt(medic + 5).background().style(), Qt::NoBrush);
    QCOMPARE(ids(f.highlighter->spansAt(medic + 4)), QList<qint64>{1});
    QCOMPARE(ids(f.highlighter->spansAt(grin + 1)), QList<qint64>{2});
}

// The observable the next test relies on: rehighlighting a block removes its marker, and only
// its marker.
void AnnotationHighlighterTest::markersObserveRehighlighting()
{
    Fixture f;
    f.plantMarkers();
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{});
    f.highlighter->rehighlightBlock(f.doc.findBlockByNumber(2));
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{2});
    f.highlighter->rehighlight();
    QCOMPARE(f.rehighlightedBlocks(), (QList<int>{0, 1, 2, 3}));
}

void AnnotationHighlighterTest::changesOnlyAffectedBlocks()
{
    Fixture f;
    const qsizetype korvath = at(u"Korvath"_s);
    const qsizetype korvathEnd = after(u"Korvath"_s);
    const qsizetype border = at(u"border"_s);
    const qsizetype crossEnd = after(u"moved"_s);
    const qsizetype nobody = at(u"Nobody"_s);
    const qsizetype nobodyEnd = after(u"Nobody"_s);

    f.plantMarkers();
    f.highlighter->addSpan({1, korvath, korvathEnd, Red});
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{0});
    QCOMPARE(f.backgrounds(), f.expected({{korvath, korvathEnd, u'r'}}));

    f.plantMarkers();
    f.highlighter->addSpan({2, border, crossEnd, Blue});
    QCOMPARE(f.rehighlightedBlocks(), (QList<int>{1, 2}));
    QCOMPARE(f.backgrounds(), f.expected({{korvath, korvathEnd, u'r'}, {border, crossEnd, u'b'}}));

    // A new colour: the same blocks.
    f.plantMarkers();
    f.highlighter->updateSpan({2, border, crossEnd, Green});
    QCOMPARE(f.rehighlightedBlocks(), (QList<int>{1, 2}));
    QCOMPARE(f.backgrounds(), f.expected({{korvath, korvathEnd, u'r'}, {border, crossEnd, u'g'}}));

    // Moved from the first paragraph to the last: those two, not the ones in between.
    f.plantMarkers();
    f.highlighter->updateSpan({1, nobody, nobodyEnd, Red});
    QCOMPARE(f.rehighlightedBlocks(), (QList<int>{0, 3}));
    QCOMPARE(f.backgrounds(), f.expected({{border, crossEnd, u'g'}, {nobody, nobodyEnd, u'r'}}));

    // Moved but overlapping its old range: the union.
    const qsizetype qasimar = at(u"Qasimar"_s);
    const qsizetype borderEnd = after(u"border"_s);
    f.plantMarkers();
    f.highlighter->updateSpan({2, qasimar, borderEnd, Green});
    QCOMPARE(f.rehighlightedBlocks(), (QList<int>{1, 2}));
    QCOMPARE(f.backgrounds(), f.expected({{qasimar, borderEnd, u'g'}, {nobody, nobodyEnd, u'r'}}));

    // Unknown to updateSpan: added.
    f.plantMarkers();
    f.highlighter->updateSpan({3, korvath, korvathEnd, Blue});
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{0});
    QCOMPARE(f.backgrounds(), f.expected({{korvath, korvathEnd, u'b'}, {qasimar, borderEnd, u'g'}, {nobody, nobodyEnd, u'r'}}));

    f.plantMarkers();
    f.highlighter->removeSpan(1);
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{3});
    QCOMPARE(f.backgrounds(), f.expected({{korvath, korvathEnd, u'b'}, {qasimar, borderEnd, u'g'}}));

    // Unknown to removeSpan: nothing happens.
    f.plantMarkers();
    f.highlighter->removeSpan(42);
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{});
    QCOMPARE(f.highlighter->spans().size(), 2);

    // A span ending exactly at a paragraph's start does not touch that paragraph.
    f.plantMarkers();
    const qsizetype third = f.doc.findBlockByNumber(2).position();
    f.highlighter->addSpan({4, third - 5, third, Red});
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{1});
}

// DocumentView sets the spans first and the text second: only the text's highlighting pass paints.
void AnnotationHighlighterTest::setSpansWithoutRehighlighting()
{
    Fixture f;
    f.plantMarkers();
    const qsizetype korvath = at(u"Korvath"_s);
    f.highlighter->setSpans({{1, korvath, korvath + 7, Red}}, false);
    QCOMPARE(f.rehighlightedBlocks(), QList<int>{});
    QCOMPARE(f.backgrounds(), f.expected({}));

    f.doc.setPlainText(Text);
    QCOMPARE(f.backgrounds(), f.expected({{korvath, korvath + 7, u'r'}}));
}

void AnnotationHighlighterTest::spansAreOrdered()
{
    Fixture f;
    f.highlighter->setSpans({{3, 10, 12, Red}, {1, 5, 8, Blue}, {2, 5, 20, Green}, {4, 5, 8, Red}});
    // By start, then longest first, then by id.
    QCOMPARE(ids(f.highlighter->spans()), (QList<qint64>{2, 1, 4, 3}));
    f.highlighter->addSpan({5, 0, 1, Red});
    f.highlighter->addSpan({6, 5, 30, Red});
    QCOMPARE(ids(f.highlighter->spans()), (QList<qint64>{5, 6, 2, 1, 4, 3}));
    f.highlighter->updateSpan({5, 11, 12, Blue});
    QCOMPARE(ids(f.highlighter->spans()), (QList<qint64>{6, 2, 1, 4, 3, 5}));

    QVERIFY(f.highlighter->span(2).has_value());
    QCOMPARE(*f.highlighter->span(2), (Span{2, 5, 20, Green}));
    QCOMPARE(*f.highlighter->span(5), (Span{5, 11, 12, Blue}));
    QVERIFY(!f.highlighter->span(99).has_value());
}

void AnnotationHighlighterTest::spansAt()
{
    Fixture f;
    QCOMPARE(ids(f.highlighter->spansAt(0)), QList<qint64>{});

    // 1: [0, 100), 2: [10, 40), 3: [20, 30), 4: [25, 35) (same length as 3), 5: [90, 95).
    f.highlighter->setSpans({{4, 25, 35, Blue}, {1, 0, 100, Red}, {3, 20, 30, Green}, {2, 10, 40, Blue}, {5, 90, 95, Red}});
    QCOMPARE(ids(f.highlighter->spansAt(0)), QList<qint64>{1});
    QCOMPARE(ids(f.highlighter->spansAt(10)), (QList<qint64>{2, 1}));
    QCOMPARE(ids(f.highlighter->spansAt(20)), (QList<qint64>{3, 2, 1}));
    // Equal lengths: the earlier start first.
    QCOMPARE(ids(f.highlighter->spansAt(27)), (QList<qint64>{3, 4, 2, 1}));
    // The end is exclusive.
    QCOMPARE(ids(f.highlighter->spansAt(30)), (QList<qint64>{4, 2, 1}));
    QCOMPARE(ids(f.highlighter->spansAt(40)), QList<qint64>{1});
    QCOMPARE(ids(f.highlighter->spansAt(94)), (QList<qint64>{5, 1}));
    QCOMPARE(ids(f.highlighter->spansAt(99)), QList<qint64>{1});
    QCOMPARE(ids(f.highlighter->spansAt(100)), QList<qint64>{});
    QCOMPARE(ids(f.highlighter->spansAt(-1)), QList<qint64>{});

    // Without the longest span, the search window shrinks; the others are still found.
    f.highlighter->removeSpan(1);
    QCOMPARE(ids(f.highlighter->spansAt(39)), QList<qint64>{2});
    QCOMPARE(ids(f.highlighter->spansAt(94)), QList<qint64>{5});
    QCOMPARE(ids(f.highlighter->spansAt(5)), QList<qint64>{});
    // Made longer by updateSpan, a span is found far from its start.
    f.highlighter->updateSpan({3, 20, 150, Green});
    QCOMPARE(ids(f.highlighter->spansAt(149)), QList<qint64>{3});
    QCOMPARE(ids(f.highlighter->spansAt(92)), (QList<qint64>{5, 3}));
    // And by addSpan.
    f.highlighter->addSpan({6, 1, 300, Red});
    QCOMPARE(ids(f.highlighter->spansAt(299)), QList<qint64>{6});
    // Empty spans cover nothing.
    f.highlighter->addSpan({7, 200, 200, Red});
    QCOMPARE(ids(f.highlighter->spansAt(200)), QList<qint64>{6});
}

void AnnotationHighlighterTest::neighbour()
{
    Fixture f;
    QVERIFY(!f.highlighter->neighbour(0, true).has_value());
    QVERIFY(!f.highlighter->neighbour(0, false).has_value());

    f.highlighter->setSpans({{3, 50, 60, Red}, {1, 10, 20, Red}, {2, 30, 40, Blue}});
    QCOMPARE(idOf(f.highlighter->neighbour(0, true)), 1);
    QCOMPARE(idOf(f.highlighter->neighbour(10, true)), 2); // strictly after
    QCOMPARE(idOf(f.highlighter->neighbour(15, true)), 2);
    QCOMPARE(idOf(f.highlighter->neighbour(30, true)), 3);
    QCOMPARE(idOf(f.highlighter->neighbour(50, true)), 1); // wraps around
    QCOMPARE(idOf(f.highlighter->neighbour(1000, true)), 1);

    QCOMPARE(idOf(f.highlighter->neighbour(1000, false)), 3);
    QCOMPARE(idOf(f.highlighter->neighbour(50, false)), 2); // strictly before
    QCOMPARE(idOf(f.highlighter->neighbour(31, false)), 2);
    QCOMPARE(idOf(f.highlighter->neighbour(30, false)), 1);
    QCOMPARE(idOf(f.highlighter->neighbour(10, false)), 3); // wraps around
    QCOMPARE(idOf(f.highlighter->neighbour(0, false)), 3);

    // A single span is its own neighbour both ways.
    f.highlighter->setSpans({{9, 5, 6, Red}});
    QCOMPARE(idOf(f.highlighter->neighbour(5, true)), 9);
    QCOMPARE(idOf(f.highlighter->neighbour(5, false)), 9);

    // Spans sharing a start: forward lands on the longest, backward on the shortest, and
    // stepping on from either skips the other (neighbour() compares starts only).
    f.highlighter->setSpans({{1, 10, 40, Red}, {2, 10, 15, Blue}, {3, 30, 35, Green}});
    QCOMPARE(idOf(f.highlighter->neighbour(0, true)), 1);
    QCOMPARE(idOf(f.highlighter->neighbour(10, true)), 3);
    QCOMPARE(idOf(f.highlighter->neighbour(30, false)), 2);
    QCOMPARE(idOf(f.highlighter->neighbour(10, false)), 3);
}

// Long documents: the first blocks at once, the rest when idle, visible blocks on demand.
void AnnotationHighlighterTest::progressiveHighlighting()
{
    QStringList paragraphs;
    for (int i = 0; i < 1000; ++i) {
        paragraphs << u"Paragraph %1 mentions Korvath.%2"_s.arg(i, 4, 10, QLatin1Char('0')).arg(QString());
    }
    const QString text = paragraphs.join(u'\n');
    QList<AnnotationHighlighter::Span> spans;
    for (int i = 0; i < 1000; ++i) {
        const qsizetype at = text.indexOf(u"Korvath"_s, text.indexOf(u"Paragraph %1"_s.arg(i, 4, 10, QLatin1Char('0'))));
        spans.append({i + 1, at, at + 7, QColor(u"#2b8cbe"_s)});
    }
    QTextDocument document;
    document.documentLayout();
    AnnotationHighlighter highlighter(&document);
    QCoreApplication::processEvents(); // the highlighter's own delayed first pass, on the empty document
    highlighter.setProgressive(true);
    highlighter.beginDocument(10);
    highlighter.setSpans(spans, false);
    QVERIFY2(highlighter.isDetached(), "QSyntaxHighlighter's connection to the document was not found: new texts are walked block by block");
    document.setPlainText(text);
    highlighter.endDocument();
    QVERIFY(!highlighter.isDetached());
    const auto tinted = [&document](int blockNumber) {
        const QList<QTextLayout::FormatRange> ranges = document.findBlockByNumber(blockNumber).layout()->formats();
        return std::any_of(ranges.cbegin(), ranges.cend(), [](const QTextLayout::FormatRange &r) {
            return r.format.background().color().alpha() > 0 && r.format.background().style() != Qt::NoBrush;
        });
    };
    QVERIFY(tinted(0));
    QVERIFY(tinted(9));
    QVERIFY(!tinted(10));
    QVERIFY(!tinted(700));
    QVERIFY(highlighter.isHighlightingPending());

    // What scrolls into view is highlighted at once.
    highlighter.prioritize(600, 610);
    QVERIFY(tinted(600));
    QVERIFY(tinted(610));
    QVERIFY(!tinted(611));

    // An edit far down shows at once too.
    highlighter.removeSpan(801);
    highlighter.addSpan({801, spans.at(800).start, spans.at(800).end, QColor(u"#b5478b"_s)});
    QVERIFY(tinted(800));

    // The idle sweep finishes the rest.
    QTRY_VERIFY(!highlighter.isHighlightingPending());
    for (int block : {10, 300, 611, 999}) {
        QVERIFY2(tinted(block), qPrintable(QString::number(block)));
    }
}

// A short text (a news article) stays followed: its first blocks are highlighted as Qt walks the
// new text; a long one is detached and highlighted afterwards. Either way the first blocks are
// tinted at endDocument() and the rest when idle. (The layout that the short path saves is
// counted by the documentSwitch instruction gate.)
void AnnotationHighlighterTest::shortTextsStayFollowed()
{
    for (const int paragraphCount : {40, 2500}) {
        QStringList paragraphs;
        for (int i = 0; i < paragraphCount; ++i) {
            paragraphs << u"Paragraph %1 mentions Korvath."_s.arg(i, 4, 10, QLatin1Char('0'));
        }
        const QString text = paragraphs.join(u'\n');
        const bool small = text.size() <= AnnotationHighlighter::FollowedLength;
        QCOMPARE(small, paragraphCount == 40);
        QList<AnnotationHighlighter::Span> spans;
        for (int i = 0; i < paragraphCount; ++i) {
            const qsizetype at = text.indexOf(u"Korvath"_s, text.indexOf(u"Paragraph %1"_s.arg(i, 4, 10, QLatin1Char('0'))));
            spans.append({i + 1, at, at + 7, QColor(u"#2b8cbe"_s)});
        }
        QTextDocument document;
        document.documentLayout();
        AnnotationHighlighter highlighter(&document);
        QCoreApplication::processEvents();
        highlighter.setProgressive(true);
        highlighter.beginDocument(10, text.size());
        QCOMPARE(highlighter.isDetached(), !small);
        highlighter.setSpans(spans, false);
        document.setPlainText(text);
        highlighter.endDocument();
        const auto tinted = [&document](int blockNumber) {
            const QList<QTextLayout::FormatRange> ranges = document.findBlockByNumber(blockNumber).layout()->formats();
            return std::any_of(ranges.cbegin(), ranges.cend(), [](const QTextLayout::FormatRange &r) {
                return r.format.background().style() != Qt::NoBrush;
            });
        };
        QVERIFY(tinted(0));
        QVERIFY(tinted(9));
        QVERIFY(!tinted(10));
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter.isHighlightingPending(), 60000);
        QVERIFY(tinted(paragraphCount - 1));
    }
}

// A block highlighted on purpose (an edit, a block scrolled into view, the idle sweep) gets its
// formats without being laid out first: QSyntaxHighlighter::rehighlightBlock() laid it out,
// only for the new formats to discard that layout, so every such block was laid out twice.
void AnnotationHighlighterTest::highlightingOnPurposeLaysNothingOut()
{
    QTextDocument document;
    auto *layout = new CountingLayout(&document);
    document.setDocumentLayout(layout);
    document.setPlainText(Text);
    AnnotationHighlighter highlighter(&document);
    QCoreApplication::processEvents();
    highlighter.rehighlight();
    const auto red = [&document](qsizetype position) {
        const QTextBlock block = document.findBlock(int(position));
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        const int inBlock = int(position - block.position());
        return std::any_of(ranges.cbegin(), ranges.cend(), [inBlock](const QTextLayout::FormatRange &r) {
            return r.start <= inBlock && inBlock < r.start + r.length && r.format.background().color() == AnnotationHighlighter::tint(Red, false);
        });
    };
    layout->asked = 0;
    highlighter.addSpan({1, at(u"Qasimar"_s), after(u"Qasimar"_s), Red});
    QVERIFY(red(at(u"Qasimar"_s)));
    highlighter.updateSpan({1, at(u"border moved"_s), after(u"border moved"_s), Red});
    QVERIFY(!red(at(u"Qasimar"_s)));
    QVERIFY(red(at(u"moved"_s)));
    highlighter.removeSpan(1);
    QVERIFY(!red(at(u"moved"_s)));
    QCOMPARE(layout->asked, 0);

    // The same for the progressive highlighter's priority range and its idle sweep.
    highlighter.setProgressive(true);
    highlighter.setSpans({{2, at(u"Nobody"_s), after(u"Nobody"_s), Red}, {3, at(u"treaty"_s), after(u"treaty"_s), Red}}, false);
    highlighter.beginDocument(2, Text.size());
    document.setPlainText(Text);
    highlighter.endDocument();
    layout->asked = 0;
    highlighter.prioritize(3, 3);
    QVERIFY(red(at(u"Nobody"_s)));
    highlighter.finishPending();
    QVERIFY(red(at(u"treaty"_s)));
    QCOMPARE(layout->asked, 0);
}

QTEST_MAIN(AnnotationHighlighterTest)

#include "annotationhighlighter_test.moc"
