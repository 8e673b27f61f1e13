// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <widgets/exportdialog.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using namespace Scholion::Widgets;

class ExportDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QList<Label> m_labels;
    QList<qint64> m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString corpus = m_dir.filePath(u"corpus"_s);
        QVERIFY(writeFile(corpus, u"a.txt"_s, "Korvath met Ferrand \xf0\x9f\xa4\x9d in Serenne.\n"));
        QVERIFY(writeFile(corpus, u"b.txt"_s, "Ferrand left.\n"));
        m_project = m_dir.filePath(u"p.sqlite"_s);
        {
            CorpusImporter importer({corpus, m_project});
            QCOMPARE(importer.run().outcome, ImportReport::Outcome::Completed);
        }
        Project project;
        QVERIFY(project.open(m_project));
        const qint64 a = project.documentIdForPath(u"a.txt"_s).value();
        m_ids = {a, project.documentIdForPath(u"b.txt"_s).value()};
        const QString text = project.documentText(a);
        for (const auto &[quote, label] : {std::pair{u"Korvath"_s, u"Actor › Person"_s}, std::pair{u"Serenne"_s, u"Actor › State"_s}}) {
            Annotation span;
            span.documentId = a;
            span.labelId = project.annotations()->labelByPath(label)->id;
            span.start = text.indexOf(quote);
            span.end = span.start + quote.size();
            span.quote = quote;
            QVERIFY(project.annotations()->performAdd(span));
        }
        m_labels = project.annotations()->labels();
    }

    void exportsCheckedLabels()
    {
        ExportDialog dialog(m_project, m_labels, m_ids, {m_ids.first()});
        const QString out = m_dir.filePath(u"persons.jsonl"_s);
        dialog.setFormat(ExportFormat::Jsonl);
        dialog.setDestination(out);
        auto *labels = dialog.findChild<QTreeWidget *>(u"exportLabels"_s);
        QVERIFY(labels);
        const QList<QTreeWidgetItem *> state = labels->findItems(u"State"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(state.size(), 1);
        state.first()->setCheckState(0, Qt::Unchecked);
        ExportOptions options = dialog.options();
        QVERIFY(!options.labelIds.isEmpty());
        QVERIFY(!options.labelIds.contains(state.first()->data(0, Qt::UserRole + 1).toLongLong()));
        // Unchecking a parent unchecks the labels below it.
        const QList<QTreeWidgetItem *> event = labels->findItems(u"Event"_s, Qt::MatchExactly);
        event.first()->setCheckState(0, Qt::Unchecked);
        QCOMPARE(event.first()->child(0)->checkState(0), Qt::Unchecked);

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(dialog.isExporting() || finished.count() == 1);
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY2(dialog.message().contains(out), qPrintable(dialog.message()));
        const QList<QByteArray> lines = readFile(out).split('\n');
        QCOMPARE(lines.size(), 4);
        const QJsonObject a = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(a.value(u"spans"_s).toArray().size(), 1); // Serenne (State) left out
    }

    void showsFailure()
    {
        ExportDialog dialog(m_project, m_labels, m_ids, {});
        dialog.setFormat(ExportFormat::Brat);
        dialog.setDestination(m_dir.filePath(u"missing/folder/out"_s));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY2(dialog.message().contains(m_dir.filePath(u"missing/folder"_s)), qPrintable(dialog.message()));
        QCOMPARE(finished.at(0).at(0).value<ExportResult>().outcome, ExportResult::Outcome::Failed);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"
