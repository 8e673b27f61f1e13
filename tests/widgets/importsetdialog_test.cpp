// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <models/corpusimporter.h>
#include <widgets/importsetdialog.h>

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Widgets;
using namespace Scholion::Tests;

class ImportSetDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void guessesTheFormat()
    {
        QTemporaryDir dir;
        QCOMPARE(ImportSetDialog::guessFormat(dir.path()), std::optional<SetFormat>(SetFormat::Brat));
        QCOMPARE(ImportSetDialog::guessFormat(u"a/set.QDPX"_s), std::optional<SetFormat>(SetFormat::Qdpx));
        QCOMPARE(ImportSetDialog::guessFormat(u"ner.iob2"_s), std::optional<SetFormat>(SetFormat::Conll));
        QCOMPARE(ImportSetDialog::guessFormat(u"set.jsonl"_s), std::nullopt);
    }

    void importsIntoTheOpenProjectOffTheGuiThread()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"corpus/a.txt"_s, "Kyiv and Lviv.\n"));
        ImportOptions options;
        options.corpusRoot = dir.filePath(u"corpus"_s);
        options.projectPath = dir.filePath(u"corpus/.scholion/project.sqlite"_s);
        CorpusImporter corpus(options);
        QCOMPARE(corpus.run().added, 1);
        QVERIFY(writeFile(dir.path(), u"set.jsonl"_s, "{\"text\":\"Kyiv and Lviv.\\n\",\"label\":[[0,4,\"City\"],[9,13,\"City\"]]}\n"));

        ImportSetDialog dialog(options.projectPath);
        QSignalSpy imported(&dialog, &ImportSetDialog::imported);
        dialog.setSetPath(dir.filePath(u"set.jsonl"_s));
        dialog.setFormat(SetFormat::Doccano);
        dialog.setIntoOpenProject(true);
        dialog.startImport();
        QVERIFY(dialog.isRunning());
        QTRY_COMPARE(imported.count(), 1);
        QVERIFY(!dialog.isRunning());
        const SetImportReport report = dialog.lastReport();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.documentsMatched, 1);
        QCOMPARE(report.spans, 2);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"importResult"_s)->toPlainText().contains(u"Spans:          2"_s));
    }

    void showsTheErrorWithFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), u"set.jsonl"_s, "{\"text\":\"ok\",\"label\":[]}\n{\"label\":[]}\n"));
        ImportSetDialog dialog{QString()};
        QSignalSpy finished(&dialog, &ImportSetDialog::finished);
        dialog.setSetPath(dir.filePath(u"set.jsonl"_s));
        dialog.setFormat(SetFormat::Doccano);
        dialog.startImport();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!dialog.lastReport().ok);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"importResult"_s)->toPlainText().contains(dir.filePath(u"set.jsonl:2:"_s)));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"set"_s)));
    }
};

QTEST_MAIN(ImportSetDialogTest)
#include "importsetdialog_test.moc"
