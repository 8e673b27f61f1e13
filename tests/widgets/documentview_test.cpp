// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reading view keeps the shaped glyphs of what it shows: every block of a short article,
// the blocks painted last of a long one (DocumentView::GlyphWindowLength characters at most).
#include <widgets/documentview.h>

#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Widgets;

namespace
{

/*! Paragraph \a n: about \a length characters with emoji, CJK, Cyrillic and a combining mark. */
QString paragraph(int n, int length)
{
    QString text = u"§%1 "_s.arg(n);
    const QStringList words{u"Minister"_s, u"pledged"_s, u"€40 million"_s, u"to"_s, u"the"_s, u"fund 🌍"_s, u"東京"_s, u"Київ"_s, u"café"_s, u"e\u0301"_s};
    for (int i = 0; text.size() < length; ++i) {
        text += words.at((n + i) % words.size()) + u' ';
    }
    return text;
}

QString article(int paragraphs, int length)
{
    QStringList parts;
    for (int n = 0; n < paragraphs; ++n) {
        parts << paragraph(n, length);
    }
    return parts.join(u'\n');
}

QImage paint(DocumentView &view)
{
    QCoreApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    return image;
}

struct Kept {
    qsizetype length = 0; ///< characters of the blocks that keep their glyphs
    int first = -1; ///< the first such block, -1 for none
    int last = -1;
};

Kept kept(const DocumentView &view)
{
    Kept result;
    for (QTextBlock block = view.document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.layout()->cacheEnabled()) {
            result.length += block.length();
            result.last = block.blockNumber();
            if (result.first < 0) {
                result.first = block.blockNumber();
            }
        }
    }
    return result;
}

/*! The blocks at least partly inside the viewport. */
QList<QTextBlock> visibleBlocks(DocumentView &view)
{
    QList<QTextBlock> blocks;
    const QRect area = view.viewport()->rect();
    QTextBlock block = view.cursorForPosition(QPoint(0, 0)).block();
    for (; block.isValid(); block = block.next()) {
        const QRect rect = view.cursorRect(QTextCursor(block));
        if (rect.top() > area.bottom()) {
            break;
        }
        blocks << block;
    }
    return blocks;
}

} // namespace

class DocumentViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortArticleKeepsAllGlyphs()
    {
        DocumentView view;
        view.resize(800, 600);
        view.show();
        const QString text = article(40, 300);
        QVERIFY(text.size() <= DocumentView::GlyphWindowLength);
        view.showDocument(1, text);
        paint(view);
        const Kept all = kept(view);
        QCOMPARE(all.first, 0);
        QCOMPARE(all.last, view.document()->blockCount() - 1);
        QCOMPARE(all.length, text.size() + 1); // every block, with its paragraph separator
        view.clearDocument();
        QCOMPARE(kept(view).length, 0);
    }

    void longArticleKeepsAWindow()
    {
        DocumentView view;
        view.resize(800, 600);
        view.show();
        const QString text = article(600, 700); // about 420,000 characters
        QVERIFY(text.size() > 4 * DocumentView::GlyphWindowLength);
        view.showDocument(1, text);
        const QImage top = paint(view);

        // What is on screen keeps its glyphs; nothing beyond the window does.
        Kept window = kept(view);
        QCOMPARE(window.first, 0);
        for (const QTextBlock &block : visibleBlocks(view)) {
            QVERIFY2(block.layout()->cacheEnabled(), qPrintable(u"block %1"_s.arg(block.blockNumber())));
        }
        QVERIFY(window.length <= DocumentView::GlyphWindowLength);

        // Paging down: the window follows, and never grows past its limit plus what is shown.
        QScrollBar *bar = view.verticalScrollBar();
        int pages = 0;
        while (bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + bar->pageStep());
            paint(view);
            ++pages;
            qsizetype shown = 0;
            for (const QTextBlock &block : visibleBlocks(view)) {
                QVERIFY2(block.layout()->cacheEnabled(), qPrintable(u"page %1, block %2"_s.arg(pages).arg(block.blockNumber())));
                shown += block.length();
            }
            window = kept(view);
            QVERIFY2(window.length <= DocumentView::GlyphWindowLength + shown, qPrintable(u"page %1: %2 characters kept"_s.arg(pages).arg(window.length)));
        }
        QVERIFY(pages > 20);
        QVERIFY2(window.first > 0, "the first blocks let go of their glyphs");

        // Released and shaped again, the first page is drawn exactly as before.
        bar->setValue(0);
        QCOMPARE(paint(view), top);
        QCOMPARE(kept(view).first, 0);

        // Another document starts afresh.
        view.showDocument(2, article(300, 700));
        paint(view);
        QVERIFY(kept(view).length <= DocumentView::GlyphWindowLength);
        QCOMPARE(kept(view).first, 0);
    }

    void textReplacedBehindItsBack()
    {
        // QPlainTextEdit's own setPlainText() and clear() drop the blocks the view kept; the
        // view must not go on counting (or letting go of) them.
        DocumentView view;
        view.resize(800, 600);
        view.show();
        view.showDocument(1, article(400, 700));
        QScrollBar *bar = view.verticalScrollBar();
        const auto pageThrough = [&view, bar](const QString &what) {
            bar->setValue(0);
            paint(view);
            for (int page = 0; page < 12; ++page) {
                bar->setValue(bar->value() + bar->pageStep());
                paint(view);
                for (const QTextBlock &block : visibleBlocks(view)) {
                    QVERIFY2(block.layout()->cacheEnabled(), qPrintable(u"%1, page %2, block %3"_s.arg(what).arg(page).arg(block.blockNumber())));
                }
            }
        };
        pageThrough(u"shown"_s);
        view.setPlainText(article(400, 680));
        pageThrough(u"replaced"_s);
        QVERIFY(kept(view).length <= DocumentView::GlyphWindowLength + 2 * 700);
        view.clear();
        paint(view);
        QCOMPARE(kept(view).length, 1); // the one empty block on screen
    }

    void longBlockIsShapedForEachPaint()
    {
        DocumentView view;
        view.resize(800, 600);
        view.show();
        const QString line = paragraph(0, int(DocumentView::GlyphBlockLength) + 100);
        const QString text = line + u'\n' + article(200, 500);
        view.showDocument(1, text);
        const QImage first = paint(view);
        QVERIFY(!view.document()->firstBlock().layout()->cacheEnabled());
        QVERIFY(view.document()->firstBlock().next().layout()->cacheEnabled() || visibleBlocks(view).size() == 1);
        QCOMPARE(paint(view), first);
        QCOMPARE(view.toPlainText(), text); // no character lost or moved
    }

    void newDocumentLaysOutOnlyWhatIsShown()
    {
        // A switch lays out the blocks on screen and no others: not the last page too, which
        // QPlainTextEdit would lay out to size its scroll bar if the text could not scroll
        // past its end (T4).
        DocumentView view;
        view.resize(800, 600);
        view.show();
        for (int paragraphs : {30, 12, 60}) {
            view.showDocument(paragraphs, article(paragraphs, 600));
            paint(view);
            const QList<QTextBlock> shown = visibleBlocks(view);
            QVERIFY(!shown.isEmpty());
            int laidOut = 0;
            for (QTextBlock block = view.document()->firstBlock(); block.isValid(); block = block.next()) {
                laidOut += block.layout()->lineCount() > 0 ? 1 : 0;
            }
            QVERIFY2(laidOut <= shown.size() + 1, qPrintable(u"%1 blocks laid out, %2 shown"_s.arg(laidOut).arg(shown.size())));
            QVERIFY(view.document()->lastBlock().layout()->lineCount() == 0);
        }

        // The last line can be scrolled up to the top of the view.
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum());
        paint(view);
        const QTextBlock last = view.document()->lastBlock();
        const QRect lastLine = view.cursorRect(QTextCursor(last));
        QVERIFY2(lastLine.top() < view.viewport()->height() / 4, qPrintable(u"the last line is at y %1"_s.arg(lastLine.top())));
    }
};

QTEST_MAIN(DocumentViewTest)
#include "documentview_test.moc"
