// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/candidatemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{
Suggestion candidate(qint64 document, qsizetype start, qint64 label, const QString &text)
{
    Suggestion s;
    s.documentId = document;
    s.start = start;
    s.end = start + text.size();
    s.text = text;
    s.labelId = label;
    return s;
}
} // namespace

class CandidateModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsCountsAndChecks()
    {
        CandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDescribers(
            [](qint64 label) {
                return u"L%1"_s.arg(label);
            },
            [](qint64 document) {
                return u"doc %1"_s.arg(document);
            },
            [](const Suggestion &s) {
                return s.amount;
            });
        QSignalSpy changed(&model, &CandidateModel::checkedCountChanged);
        const Suggestion a = candidate(1, 0, 10, u"Korvath"_s);
        const Suggestion b = candidate(1, 20, 20, u"€1.2bn"_s);
        const Suggestion c = candidate(2, 5, 10, u"Ferrand 🇺🇦"_s);
        const Suggestion d = candidate(3, 1, 30, u"March 18"_s);
        model.append({a, b});
        model.append({c, d});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"L10"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"2 of 2 checked"_s);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.index(1, CandidateModel::DocumentColumn, model.index(0, 0)).data().toString(), u"doc 2"_s);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(model.checkedCount(), 4);
        QCOMPARE(model.checkedSuggestions(), (QList<Suggestion>{a, b, c, d})); // found order, not label order
        QCOMPARE(model.checkedDocumentCount(), 3);
        QCOMPARE(changed.count(), 2);

        // One child off: its label is partly checked.
        const QModelIndex korvath = model.index(0, 0, model.index(0, 0));
        QVERIFY(model.setData(korvath, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(model.index(0, 1).data().toString(), u"1 of 2 checked"_s);
        QCOMPARE(model.checkedSuggestions(), (QList<Suggestion>{b, c, d}));
        // A label row sets all its children.
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedSuggestions(), (QList<Suggestion>{b, d}));
        QCOMPARE(model.checkedDocumentCount(), 2);
        QCOMPARE(model.counts(), (QList<std::tuple<qint64, int, int>>{{10, 0, 2}, {20, 1, 1}, {30, 1, 1}}));
        QVERIFY(!model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole)); // only the first column checks
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 4);
        model.setAllChecked(false);
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(!model.suggestion(model.index(0, 0)));
        QCOMPARE(model.suggestion(model.index(0, 0, model.index(2, 0)))->text, u"March 18"_s);

        // More of an existing label goes under its row.
        const Suggestion e = candidate(4, 0, 20, u"$5 million"_s);
        model.append({e});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.checkedSuggestions(), QList<Suggestion>{e});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }
};

QTEST_GUILESS_MAIN(CandidateModelTest)
#include "candidatemodel_test.moc"
