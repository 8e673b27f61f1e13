// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/documentfilterproxymodel.h>
#include <models/documentlistmodel.h>
#include <models/project.h>
#include <models/projectdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, column).data(role).toString();
    }
    return values;
}

void import(const QString &root, const QString &project)
{
    ImportOptions options;
    options.corpusRoot = root;
    options.projectPath = project;
    QCOMPARE(CorpusImporter(options).run().outcome, ImportReport::Outcome::Completed);
}

// a.txt … d.txt ("Title a.txt" …) imported into DIR/p.sqlite; the project's path, empty on failure.
QString importFourFiles(const QTemporaryDir &dir)
{
    for (const char *name : {"a.txt", "b.txt", "c.txt", "d.txt"}) {
        if (!writeFile(dir.path(), QString::fromLatin1(name), QByteArray("Title ") + name + "\n")) {
            return {};
        }
    }
    const QString path = dir.filePath(u"p.sqlite"_s);
    ImportOptions options;
    options.corpusRoot = dir.path();
    options.projectPath = path;
    return CorpusImporter(options).run().outcome == ImportReport::Outcome::Completed ? path : QString();
}
} // namespace

class DocumentListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheDocumentsOfAProject()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"b.txt"_s, "date 2026-03-02\nBeta talks\n\nText.\n"));
        QVERIFY(writeFile(dir.path(), u"a.txt"_s, "Alpha pledge\n\nMore text here.\n"));
        const QString path = dir.filePath(u"p.sqlite"_s);
        import(dir.path(), path);

        Project project;
        QVERIFY(project.open(path));
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setProject(&project);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
        // Import order is path order: a.txt first.
        QCOMPARE(column(model, DocumentListModel::TitleColumn), (QStringList{u"Alpha pledge"_s, u"Beta talks"_s}));
        QCOMPARE(column(model, DocumentListModel::DateColumn), (QStringList{QString(), u"2026-03-02"_s}));
        QCOMPARE(column(model, DocumentListModel::PathColumn), (QStringList{u"a.txt"_s, u"b.txt"_s}));
        QCOMPARE(column(model, DocumentListModel::StatusColumn), (QStringList{u"New"_s, u"New"_s}));
        QCOMPARE(column(model, DocumentListModel::AnnotationsColumn), (QStringList{u"0"_s, u"0"_s}));
        QCOMPARE(model.index(0, 0).data(SizeRole).toLongLong(), 30);
        QCOMPARE(model.headerData(DocumentListModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_s);
        QCOMPARE(model.roleNames().value(DocumentIdRole), QByteArray("documentId"));
        const qint64 id = model.index(1, 0).data(DocumentIdRole).toLongLong();
        QCOMPARE(model.rowOfDocument(id), 1);
        QCOMPARE(model.rowOfDocument(999), -1);

        project.close();
        QCOMPARE(model.rowCount(), 0);
    }

    void reloadAppliesPreciseChanges()
    {
        QTemporaryDir dir;
        const QString path = importFourFiles(dir);
        QVERIFY(!path.isEmpty());
        Project project;
        QVERIFY(project.open(path));
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project);
        QCOMPARE(model.rowCount(), 4);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(u"DELETE FROM documents WHERE source_path IN ('b.txt', 'c.txt')"_s));
            QVERIFY(db.exec(u"UPDATE documents SET status = 2 WHERE source_path = 'd.txt'"_s));
        }
        QVERIFY(writeFile(dir.path(), u"e.txt"_s, "Title e\n"));
        QVERIFY(writeFile(dir.path(), u"f.txt"_s, "Title f\n"));
        import(dir.path(), path); // b and c come back as new rows, e and f are new

        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1); // b and c, one run
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 1); // four new ids after d, one run
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 5);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(column(model, DocumentListModel::PathColumn), (QStringList{u"a.txt"_s, u"d.txt"_s, u"b.txt"_s, u"c.txt"_s, u"e.txt"_s, u"f.txt"_s}));
        QCOMPARE(model.index(1, DocumentListModel::StatusColumn).data().toString(), u"Done"_s);
        QCOMPARE(model.rowOfDocument(model.index(4, 0).data(DocumentIdRole).toLongLong()), 4);

        // Nothing changed: no signals at all.
        changed.clear();
        inserted.clear();
        removed.clear();
        model.reload();
        QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);
    }

    void filterAndSort_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("everything") << QString() << -1 << QStringList{u"Aid for Marrel"_s, u"Call with Ferrand"_s, u"Visit to Ålesund"_s};
        QTest::newRow("one word") << u"marrel"_s << -1 << QStringList{u"Aid for Marrel"_s};
        QTest::newRow("diacritics ignored") << u"alesund"_s << -1 << QStringList{u"Visit to Ålesund"_s};
        QTest::newRow("all words must match") << u"call ferrand"_s << -1 << QStringList{u"Call with Ferrand"_s};
        QTest::newRow("words in the path") << u"regional"_s << -1 << QStringList{u"Visit to Ålesund"_s};
        QTest::newRow("no match") << u"nothing"_s << -1 << QStringList{};
        QTest::newRow("status done") << QString() << int(DocumentStatus::Done) << QStringList{u"Call with Ferrand"_s};
        QTest::newRow("status and text") << u"aid"_s << int(DocumentStatus::Done) << QStringList{};
    }

    void filterAndSort()
    {
        QFETCH(QString, filter);
        QFETCH(int, status);
        QFETCH(QStringList, titles);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"call.txt"_s, "Call with Ferrand\n\nA long text about a call, longer than the others.\n"));
        QVERIFY(writeFile(dir.path(), u"aid.txt"_s, "Aid for Marrel\n"));
        QVERIFY(writeFile(dir.path(), u"regional/visit.txt"_s, "Visit to \xc3\x85lesund\n\nText.\n"));
        const QString path = dir.filePath(u"p.sqlite"_s);
        import(dir.path(), path);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(u"UPDATE documents SET status = 2 WHERE source_path = 'call.txt'"_s));
        }
        Project project;
        QVERIFY(project.open(path));
        DocumentListModel model;
        model.setProject(&project);
        DocumentFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(DocumentListModel::TitleColumn);
        proxy.setFilterText(filter);
        proxy.setStatusFilter(status < 0 ? std::nullopt : std::optional<DocumentStatus>(DocumentStatus(status)));
        QCOMPARE(column(proxy, DocumentListModel::TitleColumn), titles);
    }

    void sortsByNaturalValues()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"a.txt"_s, QByteArray(900, 'a')));
        QVERIFY(writeFile(dir.path(), u"b.txt"_s, QByteArray(10000, 'b')));
        QVERIFY(writeFile(dir.path(), u"c.txt"_s, QByteArray(80, 'c')));
        const QString path = dir.filePath(u"p.sqlite"_s);
        import(dir.path(), path);
        Project project;
        QVERIFY(project.open(path));
        DocumentListModel model;
        model.setProject(&project);
        DocumentFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DocumentListModel::SizeColumn, Qt::DescendingOrder);
        // As numbers: 10000 > 900 > 80 (as text "900" would sort first).
        QCOMPARE(column(proxy, DocumentListModel::PathColumn), (QStringList{u"b.txt"_s, u"a.txt"_s, u"c.txt"_s}));
    }

    void readsABigProjectInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = importFourFiles(dir);
        QVERIFY(!path.isEmpty());
        Project project;
        QVERIFY(project.open(path));
        QCOMPARE(project.lastDocumentId(), 4);

        // A small project is read at once, even with Auto.
        {
            DocumentListModel model;
            model.setProject(&project, DocumentListModel::Loading::Auto);
            QVERIFY(!model.isLoading());
            QCOMPARE(model.rowCount(), 4);
        }

        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &DocumentListModel::loadingChanged);
        QSignalSpy loaded(&model, &DocumentListModel::loaded);
        model.setProject(&project, DocumentListModel::Loading::InBackground);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loading.count(), 1);

        // Changes that come while the worker reads, before or after its snapshot: a status
        // change (documentChanged) and a new file from the folder (documentsAdded).
        const qint64 b = 2;
        QVERIFY(project.annotations()->performSetDocumentStatus(b, DocumentStatus::Done));
        QVERIFY(writeFile(dir.path(), u"e.txt"_s, "Title e\n"));
        import(dir.path(), path);
        Q_EMIT project.documentsAdded();
        QCOMPARE(model.rowCount(), 0); // nothing read on this thread meanwhile

        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(column(model, DocumentListModel::PathColumn), (QStringList{u"a.txt"_s, u"b.txt"_s, u"c.txt"_s, u"d.txt"_s, u"e.txt"_s}));
        QCOMPARE(model.index(model.rowOfDocument(b), DocumentListModel::StatusColumn).data().toString(), u"Done"_s);

        // reload() of a background model: its difference, applied when the worker is done.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        {
            ProjectDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(u"DELETE FROM documents WHERE source_path = 'c.txt'"_s));
        }
        model.reload();
        QCOMPARE(model.rowCount(), 5); // not yet
        QVERIFY(!model.isLoading()); // the list stays usable
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(column(model, DocumentListModel::PathColumn), (QStringList{u"a.txt"_s, u"b.txt"_s, u"d.txt"_s, u"e.txt"_s}));

        // Two reloads in a row: one result, the newer one.
        model.reload();
        model.reload();
        QTRY_COMPARE(loaded.count(), 3);
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 3);

        // Closing or deleting while the worker reads loses nothing and crashes nothing.
        model.setProject(&project, DocumentListModel::Loading::InBackground);
        project.close();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(project.open(path));
        auto *doomed = new DocumentListModel;
        doomed->setProject(&project, DocumentListModel::Loading::InBackground);
        delete doomed;
        QTest::qWait(50);
    }

    void followsABackgroundImport()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 1200; ++i) {
            QVERIFY(writeFile(dir.filePath(u"corpus"_s), u"doc-%1.txt"_s.arg(i, 4, 10, QLatin1Char('0')), generatedArticle(i, 600)));
        }
        Project project;
        QVERIFY(project.openCorpus(dir.filePath(u"corpus"_s)));
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&project, &Project::importFinished);
        QSignalSpy progress(&project, &Project::importProgress);
        QVERIFY(project.startImport());
        QVERIFY(project.isImporting());
        QVERIFY(!project.startImport()); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!project.isImporting());
        QCOMPARE(finished.first().first().value<ImportReport>().added, 1200);
        QCOMPARE(model.rowCount(), 1200);
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 2); // rows arrived batch by batch
        QVERIFY(progress.count() >= 1);
    }

    void cancelAndCloseDuringImport()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(writeFile(dir.filePath(u"corpus"_s), u"doc-%1.txt"_s.arg(i, 4, 10, QLatin1Char('0')), generatedArticle(i, 600)));
        }
        Project project;
        QVERIFY(project.openCorpus(dir.filePath(u"corpus"_s)));
        QSignalSpy finished(&project, &Project::importFinished);
        QVERIFY(project.startImport());
        project.cancelImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
        QVERIFY(report.added < 2000);

        // Closing while an import runs waits for it and loses nothing committed.
        QVERIFY(project.startImport());
        project.close();
        QVERIFY(!project.isImporting());
        QVERIFY(!project.isOpen());
    }
};

QTEST_GUILESS_MAIN(DocumentListModelTest)
#include "documentlistmodel_test.moc"
