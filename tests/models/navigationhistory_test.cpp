// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/navigationhistory.h>

#include <QSignalSpy>
#include <QTest>

using namespace Scholion::Models;

namespace
{
NavigationPosition at(qint64 documentId, qsizetype offset)
{
    return {documentId, offset};
}
} // namespace

class NavigationHistoryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistoryGoesNowhere()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(at(1, 0)), std::nullopt);
        QCOMPARE(history.forward(at(1, 0)), std::nullopt);
        QCOMPARE(history.currentIndex(), -1);
    }

    void backReturnsToWhereTheJumpLeftFrom()
    {
        NavigationHistory history;
        QSignalSpy changed(&history, &NavigationHistory::changed);
        history.visit({}, at(1, 0));
        QVERIFY(!history.canGoBack());
        // The analyst read on to offset 120 of document 1, then opened a search hit in document 2.
        history.visit(at(1, 120), at(2, 40));
        history.visit(at(2, 44), at(3, 7));
        QCOMPARE(history.entries(), (QList<NavigationPosition>{at(1, 120), at(2, 44), at(3, 7)}));
        QVERIFY(changed.count() >= 3);

        QCOMPARE(history.back(at(3, 9)), at(2, 44));
        QCOMPARE(history.back(at(2, 50)), at(1, 120));
        QVERIFY(!history.canGoBack());
        QVERIFY(history.canGoForward());
        // Forward returns to the offsets the analyst had moved on to before going back.
        QCOMPARE(history.forward(at(1, 121)), at(2, 50));
        QCOMPARE(history.forward(at(2, 50)), at(3, 9));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(at(3, 9)), at(2, 50));
        QCOMPARE(history.entries().constFirst(), at(1, 121));
    }

    void visitingAfterGoingBackDropsForwardEntries()
    {
        NavigationHistory history;
        history.visit(at(1, 0), at(2, 0));
        history.visit(at(2, 5), at(3, 0));
        QCOMPARE(history.back(at(3, 0)), at(2, 5));
        history.visit(at(2, 6), at(4, 10));
        QCOMPARE(history.entries(), (QList<NavigationPosition>{at(1, 0), at(2, 6), at(4, 10)}));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(at(4, 10)), at(2, 6));
    }

    void jumpingToTheCurrentPlaceRecordsNothing()
    {
        NavigationHistory history;
        history.visit(at(1, 0), at(2, 3));
        QSignalSpy changed(&history, &NavigationHistory::changed);
        history.visit(at(2, 3), at(2, 3));
        QCOMPARE(history.entries().size(), 2);
        QCOMPARE(changed.count(), 0);
        history.visit(at(2, 3), NavigationPosition{});
        QCOMPARE(history.entries().size(), 2);
    }

    void oldestEntriesGoBeyondCapacity()
    {
        NavigationHistory history;
        history.setCapacity(5);
        for (int i = 1; i <= 9; ++i) {
            history.visit(at(i, 0), at(i + 1, 0));
        }
        QCOMPARE(history.entries().size(), 5);
        QCOMPARE(history.entries().constFirst(), at(6, 0));
        QCOMPARE(history.entries().constLast(), at(10, 0));
        QCOMPARE(history.currentIndex(), 4);
        int steps = 0;
        while (history.back(at(0, 0)).has_value()) {
            ++steps;
        }
        QCOMPARE(steps, 4);
    }

    void removedDocumentsLeaveTheHistory()
    {
        NavigationHistory history;
        history.visit(at(1, 0), at(2, 0));
        history.visit(at(2, 0), at(1, 0));
        history.visit(at(1, 0), at(3, 0));
        QCOMPARE(history.back(at(3, 0)), at(1, 0));
        history.removeDocument(2);
        // 1, 2, 1, 3 without 2 would be 1, 1, 3: the same place twice in a row is kept once.
        QCOMPARE(history.entries(), (QList<NavigationPosition>{at(1, 0), at(3, 0)}));
        QCOMPARE(history.currentIndex(), 0);
        QCOMPARE(history.forward(at(1, 0)), at(3, 0));
        history.removeDocument(3);
        QCOMPARE(history.entries(), (QList<NavigationPosition>{at(1, 0)}));
        QCOMPARE(history.currentIndex(), 0);
        history.clear();
        QCOMPARE(history.currentIndex(), -1);
        QVERIFY(!history.canGoBack());
    }
};

QTEST_GUILESS_MAIN(NavigationHistoryTest)
#include "navigationhistory_test.moc"
