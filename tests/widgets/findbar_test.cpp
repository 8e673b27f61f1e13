// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <widgets/documentview.h>
#include <widgets/findbar.h>
#include <widgets/quickopen.h>

#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Widgets;

namespace
{
// Emoji with a ZWJ sequence, CJK, a combining mark, right-to-left text and a former CRLF: the
// offsets of the matches are those of this string.
const QString kText = u"Aid 👩‍👩‍👧 for Serenne: 援助 aid. Cafe\u0301 AID talks.\nشكرا aid — the aid 🇺🇦 pledge.\n"_s;

QList<DocumentView::Range> literalMatches(const QString &text, const QString &needle, Qt::CaseSensitivity cs)
{
    QList<DocumentView::Range> out;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0; at = text.indexOf(needle, at + needle.size(), cs)) {
        out.append({at, at + needle.size()});
    }
    return out;
}
} // namespace

class FindBarTest final : public QObject
{
    Q_OBJECT

private:
    struct Setup {
        QWidget window;
        DocumentView *view = nullptr;
        FindBar *bar = nullptr;
    };

    static void build(Setup &s, const QString &text)
    {
        auto *layout = new QVBoxLayout(&s.window);
        s.view = new DocumentView(&s.window);
        s.bar = new FindBar(s.view, &s.window);
        layout->addWidget(s.view, 1);
        layout->addWidget(s.bar);
        s.bar->hide();
        s.window.resize(700, 400);
        s.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.window));
        s.view->showDocument(1, text);
        s.view->setFocus();
    }

private Q_SLOTS:
    void countsAndStepsThroughMatchesWithKeys()
    {
        Setup s;
        build(s, kText);
        s.bar->activate();
        QVERIFY(s.bar->isVisible());
        QTRY_VERIFY(s.bar->lineEdit()->hasFocus());
        QTest::keyClicks(s.bar->lineEdit(), u"aid"_s);

        const QList<DocumentView::Range> expected = literalMatches(kText, u"aid"_s, Qt::CaseInsensitive);
        QCOMPARE(expected.size(), 5);
        QCOMPARE(s.view->findMatches(), expected);
        QCOMPARE(s.bar->matchCount(), 5);
        QCOMPARE(s.bar->currentMatch(), 0);
        QCOMPARE(s.bar->statusText(), u"1 of 5"_s);
        QCOMPARE(s.view->selectedRange(), expected.at(0));

        QTest::keyClick(s.bar->lineEdit(), Qt::Key_Return);
        QCOMPARE(s.bar->currentMatch(), 1);
        QCOMPARE(s.bar->statusText(), u"2 of 5"_s);
        QCOMPARE(s.view->selectedRange(), expected.at(1));
        QCOMPARE(s.view->text().mid(expected.at(1).first, 3), u"aid"_s);

        // Enter walks past the emoji, the CJK text and the combining mark without losing offsets.
        for (int i = 2; i < 5; ++i) {
            QTest::keyClick(s.bar->lineEdit(), Qt::Key_Enter);
            QCOMPARE(s.view->selectedRange(), expected.at(i));
            QCOMPARE(s.view->text().mid(s.view->selectedRange().first, 3).toLower(), u"aid"_s);
        }
        QCOMPARE(s.bar->statusText(), u"5 of 5"_s);
        QTest::keyClick(s.bar->lineEdit(), Qt::Key_Return); // wraps around
        QCOMPARE(s.bar->currentMatch(), 0);
        QTest::keyClick(s.bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(s.bar->currentMatch(), 4);
        QCOMPARE(s.bar->statusText(), u"5 of 5"_s);
        QTest::keyClick(s.bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(s.bar->currentMatch(), 3);
        QCOMPARE(s.view->currentFindMatch(), 3);
    }

    void caseOptionNarrowsTheMatches()
    {
        Setup s;
        build(s, kText);
        s.bar->activate();
        QTest::keyClicks(s.bar->lineEdit(), u"AID"_s);
        QCOMPARE(s.bar->matchCount(), 5);
        QTest::mouseClick(s.bar->caseButton(), Qt::LeftButton);
        QVERIFY(s.bar->caseSensitive());
        QCOMPARE(s.view->findMatches(), literalMatches(kText, u"AID"_s, Qt::CaseSensitive));
        QCOMPARE(s.bar->matchCount(), 1);
        QCOMPARE(s.bar->statusText(), u"1 of 1"_s);
        QTest::keyClicks(s.bar->lineEdit(), u"x"_s);
        QCOMPARE(s.bar->matchCount(), 0);
        QCOMPARE(s.bar->currentMatch(), -1);
        QCOMPARE(s.bar->statusText(), u"No matches"_s);
    }

    void matchesOutsideTheBasicPlaneAndAfterCombiningMarks()
    {
        Setup s;
        build(s, kText);
        s.bar->activate();
        s.bar->setText(u"援助"_s);
        QCOMPARE(s.view->findMatches(), literalMatches(kText, u"援助"_s, Qt::CaseSensitive));
        s.bar->setText(u"Cafe\u0301"_s);
        QCOMPARE(s.bar->matchCount(), 1);
        QCOMPARE(s.view->selectedRange().second - s.view->selectedRange().first, 5);
        s.bar->setText(u"🇺🇦"_s);
        QCOMPARE(s.bar->matchCount(), 1);
        QCOMPARE(s.view->text().mid(s.view->selectedRange().first, 4), u"🇺🇦"_s);
        s.bar->setText(u"شكرا"_s);
        QCOMPARE(s.bar->matchCount(), 1);
        QCOMPARE(s.view->selectedRange().first, kText.indexOf(u"شكرا"_s));
    }

    void escapeClosesAndClearsTheView()
    {
        Setup s;
        build(s, kText);
        // A short selection becomes the text to find.
        const qsizetype at = kText.indexOf(u"Serenne"_s);
        s.view->selectRange(at, at + 7);
        QSignalSpy closed(s.bar, &FindBar::closed);
        s.bar->activate();
        QCOMPARE(s.bar->text(), u"Serenne"_s);
        QCOMPARE(s.bar->matchCount(), 1);
        QTest::keyClick(s.bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!s.bar->isVisible());
        QCOMPARE(closed.count(), 1);
        QVERIFY(s.view->findMatches().isEmpty());
        QTRY_VERIFY(s.view->hasFocus());
    }

    void anotherDocumentIsSearchedAgain()
    {
        Setup s;
        build(s, kText);
        s.bar->activate();
        QTest::keyClicks(s.bar->lineEdit(), u"aid"_s);
        s.view->showDocument(2, u"No match here, but one aid.\n"_s);
        QVERIFY(s.view->findMatches().isEmpty());
        s.bar->refresh();
        QCOMPARE(s.bar->matchCount(), 1);
        QCOMPARE(s.bar->currentMatch(), -1);
        QVERIFY(s.bar->statusText().startsWith(u"1 match"_s)); // "1 match" once the English plural forms are loaded
        s.bar->findNext();
        QCOMPARE(s.view->selectedRange(), (DocumentView::Range{23, 26}));
    }

    void matchesFarDownAreScrolledTo()
    {
        Setup s;
        QString text;
        for (int i = 0; i < 400; ++i) {
            text += u"Paragraph %1 of the long transcript.\n"_s.arg(i);
        }
        text += u"The needle sits at the very end.\n"_s;
        build(s, text);
        QCOMPARE(s.view->verticalScrollBar()->value(), 0);
        s.bar->activate();
        QTest::keyClicks(s.bar->lineEdit(), u"needle"_s);
        QCOMPARE(s.bar->matchCount(), 1);
        QVERIFY(s.view->verticalScrollBar()->value() > 0);
        QVERIFY(s.view->viewport()->rect().intersects(s.view->cursorRect()));
        // Only the matches near the visible part become extra selections, but every one counts.
        s.bar->setText(u"Paragraph"_s);
        QCOMPARE(s.bar->matchCount(), 400);
        QVERIFY(s.view->extraSelections().size() < 400);
        QVERIFY(!s.view->extraSelections().isEmpty());
    }

    void quickOpenFiltersByFoldedTitle()
    {
        QWidget window;
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QuickOpen open(&window);
        open.setEntries({
            {1, u"Talks in Serenne"_s, u"01-talks.txt"_s},
            {2, u"Ayuda para Bogotá: Lucía habla"_s, u"regional/02-ayuda.txt"_s},
            {3, u"Serenne summit transcript"_s, u"03-summit.txt"_s},
            {4, u"援助会议"_s, u"04-cjk.txt"_s},
        });
        QSignalSpy chosen(&open, &QuickOpen::documentChosen);
        open.popup(&window);
        QTRY_VERIFY(open.filterEdit()->hasFocus());
        QCOMPARE(open.list()->count(), 4);
        QTest::keyClicks(open.filterEdit(), u"serenne"_s);
        QCOMPARE(open.list()->count(), 2);
        // The title that starts with the words comes first.
        QCOMPARE(open.list()->item(0)->data(Qt::UserRole).toLongLong(), 3);
        QTest::keyClick(open.filterEdit(), Qt::Key_Down);
        QTest::keyClick(open.filterEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), 1);
        QVERIFY(!open.isVisible());

        open.popup(&window);
        QTest::keyClicks(open.filterEdit(), u"LUCIA bogota"_s);
        QCOMPARE(open.list()->count(), 1);
        QTest::keyClick(open.filterEdit(), Qt::Key_Enter);
        QCOMPARE(chosen.last().at(0).toLongLong(), 2);

        open.popup(&window);
        QTest::keyClicks(open.filterEdit(), u"regional"_s); // only the path has it
        QCOMPARE(open.list()->count(), 1);
        open.filterEdit()->setText(u"援助"_s);
        QCOMPARE(open.list()->count(), 1);
        QCOMPARE(open.list()->item(0)->data(Qt::UserRole).toLongLong(), 4);
        open.filterEdit()->setText(u"nowhere"_s);
        QCOMPARE(open.list()->count(), 0);
        QTest::keyClick(open.filterEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 2);
        QTest::keyClick(open.filterEdit(), Qt::Key_Escape);
        QVERIFY(!open.isVisible());
    }
};

QTEST_MAIN(FindBarTest)
#include "findbar_test.moc"
