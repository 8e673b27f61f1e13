// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// "Find and accept across the corpus" and "Annotate all occurrences" in the corpus: the worker
// finds what the GUI-thread engine finds, the preview counts per label, keys and clicks check
// and uncheck, applying is one undo step (undo and redo against the database), Stop and
// rejected suggestions behave.

#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/candidatemodel.h>
#include <models/corpusimporter.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/suggestionengine.h>
#include <models/suggestionstore.h>
#include <widgets/bulkannotatedialog.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using namespace Scholion::Widgets;

class BulkAnnotateDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LensDefinitions> m_lenses;
    QList<qint64> m_docs;
    qint64 m_korvath = 0;

    AnnotationStore *store() const { return m_project->annotations(); }

    // Every annotation of the project as "document label «quote» entity [attributes]", in order.
    QStringList allAnnotations() const
    {
        QStringList out;
        for (const qint64 doc : m_docs) {
            for (const Annotation &a : store()->annotations(doc)) {
                QStringList values;
                for (const AttributeValue &value : store()->attributeValues(a.id)) {
                    values << value.value;
                }
                values.sort();
                out << u"%1 %2 «%3» %4 [%5] #%6"_s.arg(doc).arg(store()->labelPath(a.labelId), a.quote).arg(a.entityId).arg(values.join(u',')).arg(a.id);
            }
        }
        return out;
    }

    // What the GUI thread's engine suggests in the whole corpus, without rejected ones.
    QList<Suggestion> expectedSuggestions(const QStringList &lensIds = {}) const
    {
        SuggestionEngine engine(*m_lenses, *store());
        engine.setLensIds(lensIds);
        SuggestionStore rejections(m_project->path());
        QList<Suggestion> all;
        for (const qint64 doc : m_docs) {
            all += rejections.withoutRejected(engine.suggest(doc, m_project->documentText(doc), store()->annotations(doc)));
        }
        return all;
    }

    static bool waitForSearch(BulkAnnotateDialog &dialog)
    {
        if (!dialog.isSearching()) {
            return true;
        }
        QSignalSpy finished(&dialog, &BulkAnnotateDialog::searchFinished);
        return finished.wait(30000);
    }

    // The top-level row of \a label in the preview.
    static QModelIndex labelRow(CandidateModel *model, const QString &label)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == label) {
                return model->index(row, 0);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(LensDefinitions::userFolder()).removeRecursively();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString corpus = m_dir->filePath(u"corpus"_s);
        QVERIFY(writeFile(corpus,
            u"a.txt"_s,
            u"🇺🇦 Korvath said: “We will give €1.2bn, 👩‍⚕️ too,” on March 18.\nDonors pledged 800 million dollars.\n"_s.toUtf8()));
        QVERIFY(writeFile(corpus, u"b.txt"_s, u"Korvath pledged $5 million on May 2.\r\n«Aid will come», Korvath said. 日本 korvath.\r\n"_s.toUtf8()));
        QVERIFY(writeFile(corpus, u"c.txt"_s, u"Nothing to see here.\n"_s.toUtf8()));
        ImportOptions options;
        options.corpusRoot = corpus;
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 3);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        m_docs.clear();
        for (const QString &name : {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s}) {
            m_docs << m_project->documentIdForPath(name).value();
        }
        m_korvath = store()->performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}).value();
        m_lenses = std::make_unique<LensDefinitions>();
        m_lenses->followEntities(store());
    }

    void cleanup()
    {
        m_lenses.reset();
        m_project.reset();
        m_dir.reset();
    }

    void findCheckAndAcceptAcrossTheCorpus()
    {
        // A rejected suggestion does not come back in the corpus either.
        const QList<Suggestion> before = expectedSuggestions();
        const auto date = std::find_if(before.cbegin(), before.cend(), [](const Suggestion &s) {
            return s.text == u"May 2"_s;
        });
        QVERIFY(date != before.cend());
        QVERIFY(SuggestionStore(m_project->path()).reject(*date));
        const QList<Suggestion> expected = expectedSuggestions();
        QCOMPARE(expected.size(), before.size() - 1);

        BulkAnnotateDialog dialog(m_project.get(), m_lenses.get());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.findSuggestions({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForSearch(dialog));

        // The worker (own connection, own repository and actor list) finds what the GUI engine finds.
        QCOMPARE(dialog.model()->totalCount(), int(expected.size()));
        QCOMPARE(dialog.model()->checkedSuggestions(), expected);
        QMap<QString, int> perLabel;
        for (const Suggestion &s : expected) {
            ++perLabel[store()->labelPath(s.labelId)];
        }
        QMap<QString, int> shown;
        for (const auto &[label, checked, found] : dialog.model()->counts()) {
            QCOMPARE(checked, found);
            shown[store()->labelPath(label)] = found;
        }
        QCOMPARE(shown, perLabel);
        QVERIFY(perLabel.contains(u"Actor › Person"_s));
        QVERIFY(perLabel.contains(u"Date"_s));
        QVERIFY2(dialog.statusText().contains(u"%1 of %1 checked"_s.arg(expected.size())), qPrintable(dialog.statusText()));

        // Space on the Date row unchecks all dates; Space on one actor row unchecks that one.
        const QModelIndex dates = labelRow(dialog.model(), u"Date"_s);
        QVERIFY(dates.isValid());
        dialog.view()->setFocus();
        dialog.view()->setCurrentIndex(dates);
        QTest::keyClick(dialog.view(), Qt::Key_Space);
        QCOMPARE(dates.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        const QModelIndex actors = labelRow(dialog.model(), u"Actor › Person"_s);
        dialog.view()->expand(actors);
        const QModelIndex firstActor = dialog.model()->index(0, 0, actors);
        dialog.view()->setCurrentIndex(firstActor);
        QTest::keyClick(dialog.view(), Qt::Key_Space);
        QCOMPARE(actors.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        const int checked = int(expected.size()) - perLabel.value(u"Date"_s) - 1;
        QCOMPARE(dialog.model()->checkedCount(), checked);
        QCOMPARE(dialog.applyButton()->text().remove(u'&'), u"Accept %1 Checked"_s.arg(checked));

        // Enter on a candidate asks to show it.
        QSignalSpy activated(&dialog, &BulkAnnotateDialog::candidateActivated);
        QTest::keyClick(dialog.view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.constFirst().at(0).toLongLong(), dialog.model()->suggestion(firstActor)->documentId);

        // Accept: written on a worker, one undo step.
        const int steps = m_project->undoStack()->count();
        QSignalSpy applied(&dialog, &BulkAnnotateDialog::applied);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(30000));
        QCOMPARE(applied.constFirst().at(0).toInt(), checked);
        QCOMPARE(applied.constFirst().at(1).toInt(), 2); // c.txt has nothing
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        QVERIFY(m_project->undoStack()->undoText().startsWith(u"Accept %1 suggestion(s) in 2 document(s)"_s.arg(checked)));
        const QStringList accepted = allAnnotations();
        QCOMPARE(accepted.size(), checked);
        QVERIFY(std::none_of(accepted.cbegin(), accepted.cend(), [](const QString &row) {
            return row.contains(u" Date «"_s);
        }));
        QVERIFY(accepted.filter(u"Aid figure «800 million dollars» 0 [800000000,USD]"_s).size() == 1);
        QVERIFY(accepted.filter(u"Actor › Person «Korvath» %1 []"_s.arg(m_korvath)).size() >= 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        m_project->undoStack()->undo();
        QVERIFY(allAnnotations().isEmpty());
        m_project->undoStack()->redo();
        QCOMPARE(allAnnotations(), accepted); // the same rows, ids included

        // Found again: only what was left unchecked remains.
        BulkAnnotateDialog again(m_project.get(), m_lenses.get());
        again.findSuggestions({});
        QVERIFY(waitForSearch(again));
        QCOMPARE(again.model()->totalCount(), int(expected.size()) - checked);
    }

    void lensBoxesChooseWhatIsSearched()
    {
        BulkAnnotateDialog dialog(m_project.get(), m_lenses.get());
        dialog.findSuggestions({u"money"_s});
        QVERIFY(waitForSearch(dialog));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->index(0, 0).data().toString(), u"Aid figure"_s);
        const QList<Suggestion> money = expectedSuggestions({u"money"_s});
        QCOMPARE(money.size(), 3); // €1.2bn, 800 million dollars, $5 million
        QCOMPARE(dialog.model()->checkedSuggestions(), money);
        QCheckBox *dates = dialog.findChild<QCheckBox *>(u"lens-dates"_s);
        QVERIFY(dates && !dates->isChecked());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dates, Qt::LeftButton, {}, QPoint(4, dates->height() / 2));
        QVERIFY(dates->isChecked());
        QVERIFY(waitForSearch(dialog));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->checkedSuggestions(), expectedSuggestions({u"money"_s, u"dates"_s}));
        QVERIFY(dialog.model()->totalCount() > 3);
        // Check None empties the selection; nothing to accept.
        QPushButton *none = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == u"Check &None"_s) {
                none = button;
            }
        }
        QVERIFY(none);
        QTest::mouseClick(none, Qt::LeftButton);
        QCOMPARE(dialog.model()->checkedCount(), 0);
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

    void occurrencesInTheDocumentOrTheCorpus()
    {
        const qint64 person = store()->labelByPath(u"Actor › Person"_s)->id;
        Annotation first;
        first.documentId = m_docs.at(1);
        first.labelId = person;
        first.start = 0;
        first.end = 7;
        first.quote = u"Korvath"_s;
        first.entityId = m_korvath;
        first.id = store()->performAdd(first).value();

        BulkAnnotateDialog dialog(m_project.get(), m_lenses.get());
        dialog.findOccurrences(first, true, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForSearch(dialog));
        QCOMPARE(dialog.model()->totalCount(), 1); // "Korvath said" in b.txt; not "korvath"

        dialog.caseSensitiveBox()->click();
        QVERIFY(waitForSearch(dialog));
        QCOMPARE(dialog.model()->totalCount(), 2);

        dialog.scopeBox()->setFocus();
        QTest::keyClick(dialog.scopeBox(), Qt::Key_Down); // the whole corpus
        QCOMPARE(dialog.scopeBox()->currentIndex(), 1);
        QVERIFY(waitForSearch(dialog));
        QCOMPARE(dialog.model()->totalCount(), 3); // and "Korvath said" in a.txt
        QCOMPARE(dialog.model()->checkedDocumentCount(), 2);

        QSignalSpy applied(&dialog, &BulkAnnotateDialog::applied);
        dialog.applyChecked();
        QVERIFY(applied.wait(30000));
        QCOMPARE(applied.constFirst().at(0).toInt(), 3);
        QCOMPARE(m_project->undoStack()->undoText(), u"Tag 3 occurrence(s) of “Korvath”"_s);
        const QStringList rows = allAnnotations();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.filter(u"Actor › Person «Korvath» %1 []"_s.arg(m_korvath)).size(), 3);
        QCOMPARE(rows.filter(u"Actor › Person «korvath» %1 []"_s.arg(m_korvath)).size(), 1);
        m_project->undoStack()->undo();
        QCOMPARE(allAnnotations().size(), 1);
    }

    void stopEndsTheSearch()
    {
        // Enough documents that the search is still going when Stop is clicked, most times.
        const QString corpus = m_dir->filePath(u"corpus"_s);
        for (int i = 0; i < 300; ++i) {
            QVERIFY(writeFile(corpus, u"more/%1.txt"_s.arg(i), generatedArticle(i)));
        }
        ImportOptions options;
        options.corpusRoot = corpus;
        options.projectPath = m_project->path();
        m_project.reset();
        QCOMPARE(CorpusImporter(options).run().added, 300);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        m_lenses->followEntities(store());

        BulkAnnotateDialog dialog(m_project.get(), m_lenses.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findSuggestions({});
        QVERIFY(dialog.isSearching());
        QVERIFY(dialog.stopButton()->isVisible());
        QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
        QVERIFY(waitForSearch(dialog));
        QVERIFY(!dialog.isSearching());
        QVERIFY(!dialog.stopButton()->isVisible());
        QVERIFY2(dialog.statusText().startsWith(u"Stopped"_s), qPrintable(dialog.statusText()));
        // Closing while nothing runs just closes; nothing was written.
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_project->undoStack()->count(), 0);
    }
};

QTEST_MAIN(BulkAnnotateDialogTest)
#include "bulkannotatedialog_test.moc"
