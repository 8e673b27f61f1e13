// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/search/concordancemodel.h>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{
SearchHit hit(qint64 document, const QString &title, qint64 start, const QString &left, const QString &text, const QString &right)
{
    return SearchHit{document, title, start, start + text.size(), left, text, right, 0};
}

QList<qint64> starts(const ConcordanceModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row, 0).data(HitStartRole).toLongLong();
    }
    return out;
}
} // namespace

class ConcordanceModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles()
    {
        ConcordanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(ConcordanceModel::DocumentColumn, Qt::Horizontal).toString(), u"Document"_s);
        QCOMPARE(model.headerData(ConcordanceModel::LeftColumn, Qt::Horizontal).toString(), u"Left context"_s);
        QCOMPARE(model.headerData(ConcordanceModel::HitColumn, Qt::Horizontal).toString(), u"Hit"_s);
        QCOMPARE(model.headerData(ConcordanceModel::RightColumn, Qt::Horizontal).toString(), u"Right context"_s);

        model.appendHits({hit(7, u"Talks 🤝"_s, 12, u"said the "_s, u"envoy"_s, u" on Tuesday"_s)});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex left = model.index(0, ConcordanceModel::LeftColumn);
        QCOMPARE(left.data().toString(), u"said the "_s);
        QCOMPARE(left.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.index(0, ConcordanceModel::HitColumn).data(Qt::FontRole).value<QFont>().bold(), true);
        QCOMPARE(model.index(0, ConcordanceModel::RightColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignLeft | Qt::AlignVCenter);
        QCOMPARE(model.index(0, ConcordanceModel::DocumentColumn).data().toString(), u"Talks 🤝"_s);
        QCOMPARE(model.index(0, 2).data(HitDocumentIdRole).toLongLong(), 7);
        QCOMPARE(model.index(0, 2).data(HitEndRole).toLongLong(), 17);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(model.index(0, 1)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(model.roleNames().values().contains("documentId"));
    }

    void streamedHitsStayGrouped()
    {
        ConcordanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendHits({hit(1, u"B"_s, 5, {}, u"a"_s, {}), hit(1, u"B"_s, 40, {}, u"b"_s, {})});
        model.appendHits({hit(2, u"A"_s, 3, {}, u"c"_s, {})});
        QCOMPARE(inserted.size(), 2); // each batch one insertion at the end
        QCOMPARE(starts(model), (QList<qint64>{5, 40, 3}));
        model.appendHits({hit(1, u"B"_s, 20, {}, u"d"_s, {})}); // out of order: goes in place
        QCOMPARE(starts(model), (QList<qint64>{5, 20, 40, 3}));
        QCOMPARE(model.documentCount(), 2);
        QCOMPARE(model.hit(1).hit, u"d"_s);
        QCOMPARE(model.hit(99), SearchHit{});
    }

    void sorting()
    {
        ConcordanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendHits({
            hit(1, u"Zeta"_s, 10, u"the big "_s, u"aid"_s, u" plan"_s),
            hit(1, u"Zeta"_s, 50, u"more "_s, u"Aid"_s, u" again"_s),
            hit(2, u"Alpha"_s, 5, u"a small "_s, u"aid"_s, u" budget"_s),
        });
        const QPersistentModelIndex tracked = model.index(2, ConcordanceModel::HitColumn);
        model.sort(ConcordanceModel::DocumentColumn);
        QCOMPARE(starts(model), (QList<qint64>{5, 10, 50}));
        QCOMPARE(tracked.row(), 0);
        QCOMPARE(tracked.data(HitStartRole).toLongLong(), 5);
        model.sort(ConcordanceModel::DocumentColumn, Qt::DescendingOrder);
        QCOMPARE(starts(model), (QList<qint64>{50, 10, 5}));
        // Left context sorts by the word nearest the hit: "big", "more", "small".
        model.sort(ConcordanceModel::LeftColumn);
        QCOMPARE(starts(model), (QList<qint64>{10, 50, 5}));
        model.sort(ConcordanceModel::RightColumn);
        QCOMPARE(starts(model), (QList<qint64>{50, 5, 10}));
        model.sort(-1);
        QCOMPARE(starts(model), (QList<qint64>{10, 50, 5}));
        QCOMPARE(tracked.data(HitStartRole).toLongLong(), 5);
    }

    void checking()
    {
        ConcordanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendHits({hit(1, u"A"_s, 1, {}, u"x"_s, {}), hit(1, u"A"_s, 2, {}, u"y"_s, {}), hit(2, u"B"_s, 3, {}, u"z"_s, {})});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(2, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.checkedRows(), QList<int>{2});
        model.sort(ConcordanceModel::HitColumn, Qt::DescendingOrder); // z y x: the check moves with its hit
        QCOMPARE(model.checkedRows(), QList<int>{0});
        model.setAllChecked(true);
        QCOMPARE(model.checkedRows(), (QList<int>{0, 1, 2}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.checkedRows(), QList<int>{});
    }

    void copyAsCsvAndTsv()
    {
        ConcordanceModel model;
        model.appendHits({
            hit(1, u"=HYPERLINK(\"x\")"_s, 4, u"he said, \"no\" "_s, u"aid"_s, u"\tnow"_s),
            hit(2, u"Café 🇺🇦"_s, 9, u"-1 "_s, u"東京"_s, u" end"_s),
        });
        QCOMPARE(model.toCsv({0, 1, 5}),
            u"Document,Start (UTF-16),End (UTF-16),Left context,Hit,Right context\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",4,7,\"he said, \"\"no\"\" \",aid,'\tnow\r\n"
            "Café 🇺🇦,9,11,'-1 ,東京, end\r\n"_s);
        QCOMPARE(model.toTsv({1}),
            u"Document\tStart (UTF-16)\tEnd (UTF-16)\tLeft context\tHit\tRight context\n"
            "Café 🇺🇦\t9\t11\t-1 \t東京\t end\n"_s);
    }
};

QTEST_MAIN(ConcordanceModelTest)
#include "concordancemodel_test.moc"
