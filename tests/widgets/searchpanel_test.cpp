// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/search/concordancemodel.h>
#include <models/search/searchquery.h>
#include <widgets/searchpanel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using Scholion::Widgets::SearchPanel;

namespace
{
// Emoji, a ZWJ sequence, CJK, combining marks, right-to-left text and CRLF line ends.
const QByteArray kA = u"Donors pledged aid to Serenne. More aid 👩‍👩‍👧 came from Marrel.\nLucía Ferrand thanked them.\n"_s.toUtf8();
const QByteArray kB = u"Aid\r\narrived in 援助 Marrel; aid e\u0301te\u0301 again.\r\nشكرا aid.\r\n"_s.toUtf8();
const QByteArray kC = "Nothing to find here.\n";

// One annotation as the database holds it, for comparing states.
using Row = std::tuple<qint64, qint64, qint64, qint64, QString>; // document, label, start, end, quote
} // namespace

class SearchPanelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<SearchPanel> m_panel;

    AnnotationStore *store() const { return m_project->annotations(); }
    qint64 labelId(const QString &path) const { return store()->labelByPath(path).value_or(Label{}).id; }

    QList<Row> rows() const
    {
        QList<Row> out;
        const QList<DocumentRow> documents = m_project->documentRows();
        for (const DocumentRow &document : documents) {
            const QList<Annotation> annotations = store()->annotations(document.id);
            for (const Annotation &a : annotations) {
                out.append({a.documentId, a.labelId, a.start, a.end, a.quote});
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // Types \a query into the panel, presses Enter and waits for the hits.
    bool typeAndSearch(const QString &query)
    {
        QSignalSpy finished(m_panel.get(), &SearchPanel::searchFinished);
        m_panel->queryEdit()->clear();
        // QTest types ASCII only; the rest is pasted.
        if (std::all_of(query.cbegin(), query.cend(), [](QChar c) {
                return c.unicode() < 128;
            })) {
            QTest::keyClicks(m_panel->queryEdit(), query);
        } else {
            m_panel->queryEdit()->setText(query);
        }
        QTest::keyClick(m_panel->queryEdit(), Qt::Key_Return);
        return finished.wait(20000) || finished.count() == 1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeFile(m_dir->path(), u"a.txt"_s, kA));
        QVERIFY(writeFile(m_dir->path(), u"b.txt"_s, kB));
        QVERIFY(writeFile(m_dir->path(), u"c.txt"_s, kC));
        ImportOptions options;
        options.corpusRoot = m_dir->path();
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 3);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        m_panel = std::make_unique<SearchPanel>();
        m_panel->setProject(m_project.get());
        m_panel->resize(900, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
        m_dir.reset();
    }

    void typingAQueryListsTheHitsAtTheirOffsets()
    {
        QVERIFY(typeAndSearch(u"aid"_s));
        ConcordanceModel *model = m_panel->model();
        QString error;
        SearchRequest request;
        request.query = u"aid"_s;
        const QList<SearchHit> expected = SearchEngine::searchNow(m_project->path(), request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(expected.size(), 5);
        QCOMPARE(model->rowCount(), 5);
        for (int row = 0; row < model->rowCount(); ++row) {
            const SearchHit hit = model->hit(row);
            QVERIFY(expected.contains(hit));
            // The offsets are those of the canonical text, past the emoji, CJK and former CRLFs.
            QCOMPARE(m_project->documentText(hit.documentId).mid(hit.start, hit.end - hit.start), hit.hit);
            QCOMPARE(hit.hit.toLower(), u"aid"_s);
        }
        QVERIFY2(m_panel->statusText().startsWith(u"5 hit"_s), qPrintable(m_panel->statusText()));
        QVERIFY(!m_panel->cancelButton()->isVisible());

        // A word only in the CJK document, and nothing at all.
        QVERIFY(typeAndSearch(u"arrived"_s));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->hit(0).documentId, m_project->documentIdForPath(u"b.txt"_s).value());
        QVERIFY(typeAndSearch(u"zebra"_s));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(m_panel->statusText(), u"No hits."_s);
    }

    void malformedQueriesAreExplainedNotRun()
    {
        QSignalSpy finished(m_panel.get(), &SearchPanel::searchFinished);
        QSignalSpy failed(m_panel.get(), &SearchPanel::searchFailed);
        QTest::keyClicks(m_panel->queryEdit(), u"\"unclosed phrase"_s);
        QTest::keyClick(m_panel->queryEdit(), Qt::Key_Return);
        const ParsedQuery parsed = parseSearchQuery(u"\"unclosed phrase"_s, true);
        QVERIFY(!parsed.isValid());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_panel->statusText(), parsed.error);
        QVERIFY(!m_panel->statusText().contains(u"fts5"_s, Qt::CaseInsensitive));
        QCOMPARE(m_panel->model()->rowCount(), 0);

        m_panel->modeBox()->setCurrentIndex(m_panel->modeBox()->findData(int(SearchRequest::Mode::Regex)));
        m_panel->queryEdit()->clear();
        QTest::keyClicks(m_panel->queryEdit(), u"(aid"_s);
        QTest::keyClick(m_panel->queryEdit(), Qt::Key_Return);
        QCOMPARE(failed.count(), 2);
        QVERIFY2(m_panel->statusText().startsWith(u"The regular expression is not valid at position"_s), qPrintable(m_panel->statusText()));
        QCOMPARE(finished.count(), 0);
    }

    void regexModeMatchesABruteForceScan()
    {
        m_panel->modeBox()->setCurrentIndex(m_panel->modeBox()->findData(int(SearchRequest::Mode::Regex)));
        const QString pattern = u"[Mm]arrel|援助|e\u0301te\u0301"_s;
        QVERIFY(typeAndSearch(pattern));
        QList<std::tuple<qint64, qint64, qint64>> expected;
        const QRegularExpression regex(pattern);
        const QList<DocumentRow> documents = m_project->documentRows();
        for (const DocumentRow &document : documents) {
            const QString text = m_project->documentText(document.id);
            for (auto it = regex.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                expected.append({document.id, match.capturedStart(), match.capturedEnd()});
            }
        }
        std::sort(expected.begin(), expected.end());
        QList<std::tuple<qint64, qint64, qint64>> found;
        for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
            const SearchHit hit = m_panel->model()->hit(row);
            found.append({hit.documentId, hit.start, hit.end});
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(expected.size(), 4);
        QCOMPARE(found, expected);
    }

    void annotatingAllHitsIsOneUndoStep()
    {
        const qint64 event = labelId(u"Event"_s);
        QVERIFY(event != 0);
        QVERIFY(typeAndSearch(u"aid"_s));
        ConcordanceModel *model = m_panel->model();
        QCOMPARE(model->rowCount(), 5);
        // One hit is already tagged with the label: it is skipped, not doubled.
        const SearchHit first = model->hit(0);
        Annotation existing;
        existing.documentId = first.documentId;
        existing.labelId = event;
        existing.start = first.start;
        existing.end = first.end;
        existing.quote = first.hit;
        QVERIFY(store()->performAdd(existing).has_value());
        const QList<Row> before = rows();
        QCOMPARE(before.size(), 1);

        QUndoStack *stack = m_project->undoStack();
        const int steps = stack->count();
        m_panel->annotateLabelBox()->setCurrentIndex(m_panel->annotateLabelBox()->findData(event));
        QTest::mouseClick(m_panel->annotateButton(), Qt::LeftButton);
        QVERIFY2(m_panel->statusText().contains(u"Skipped 1"_s), qPrintable(m_panel->statusText()));
        QCOMPARE(stack->count(), steps + 1);
        const QList<Row> after = rows();
        QCOMPARE(after.size(), 5);
        for (int row = 0; row < model->rowCount(); ++row) {
            const SearchHit hit = model->hit(row);
            QVERIFY(after.contains(Row{hit.documentId, event, hit.start, hit.end, hit.hit}));
        }

        stack->undo();
        QCOMPARE(rows(), before);
        stack->redo();
        QCOMPARE(rows(), after);
        stack->undo();
        QCOMPARE(rows(), before);

        // Again on the same hits: nothing left to add, so no empty undo step either.
        stack->redo();
        const SearchPanel::AnnotateResult again = m_panel->annotateHits(event, 0, false);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.skipped, 5);
        QCOMPARE(stack->count(), steps + 1);
    }

    void checkedHitsWithAnEntity()
    {
        const qint64 person = labelId(u"Actor › Person"_s);
        QVERIFY(person != 0);
        Entity entity;
        entity.name = u"Lucía Ferrand"_s;
        entity.type = u"Person"_s;
        const std::optional<qint64> entityId = store()->performAddEntity(entity);
        QVERIFY(entityId.has_value());
        QVERIFY(typeAndSearch(u"Lucia OR Marrel"_s)); // accents folded: "Lucia" finds "Lucía"
        ConcordanceModel *model = m_panel->model();
        QCOMPARE(model->rowCount(), 3);
        int lucia = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->hit(row).hit == u"Lucía"_s) {
                lucia = row;
            }
        }
        QVERIFY(lucia >= 0);
        QVERIFY(model->setData(model->index(lucia, ConcordanceModel::DocumentColumn), Qt::Checked, Qt::CheckStateRole));
        m_panel->annotateLabelBox()->setCurrentIndex(m_panel->annotateLabelBox()->findData(person));
        m_panel->annotateEntityBox()->setCurrentIndex(m_panel->annotateEntityBox()->findData(*entityId));
        QTest::mouseClick(m_panel->checkedOnlyBox(), Qt::LeftButton);
        QVERIFY(m_panel->checkedOnlyBox()->isChecked());
        QTest::mouseClick(m_panel->annotateButton(), Qt::LeftButton);
        const SearchHit hit = model->hit(lucia);
        const QList<Annotation> annotations = store()->annotations(hit.documentId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.constFirst().quote, u"Lucía"_s);
        QCOMPARE(annotations.constFirst().entityId, *entityId);
        m_project->undoStack()->undo();
        QVERIFY(store()->annotations(hit.documentId).isEmpty());
    }

    void annotationFiltersFindTaggedSpans()
    {
        const qint64 event = labelId(u"Event"_s);
        const qint64 call = labelId(u"Event › Call"_s);
        QVERIFY(call != 0);
        QVERIFY(typeAndSearch(u"Marrel"_s));
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(m_panel->annotateHits(call, 0, false).added, 2);

        m_panel->modeBox()->setCurrentIndex(m_panel->modeBox()->findData(int(SearchRequest::Mode::Annotations)));
        QVERIFY(m_panel->filterBox()->isChecked());
        // Checking the parent label finds the sub-label's spans.
        for (QTreeWidgetItemIterator it(m_panel->labelTree()); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toLongLong() == event) {
                (*it)->setCheckState(0, Qt::Checked);
            }
        }
        QCOMPARE(m_panel->request().filter.labelIds, QList<qint64>{event});
        QVERIFY(typeAndSearch(QString()));
        QCOMPARE(m_panel->model()->rowCount(), 2);
        for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
            QVERIFY(m_panel->model()->hit(row).annotationId != 0);
            QCOMPARE(m_panel->model()->hit(row).hit, u"Marrel"_s);
        }
    }

    void copyAndExport()
    {
        QVERIFY(typeAndSearch(u"aid"_s));
        QTableView *view = m_panel->resultsView();
        view->setFocus();
        view->selectionModel()->select(m_panel->model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(m_panel->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), m_panel->model()->toTsv({1, 3}));

        const QString path = m_dir->filePath(u"hits.csv"_s);
        QString error;
        QVERIFY(m_panel->exportCsv(path, &error));
        QCOMPARE(QString::fromUtf8(readFile(path)), m_panel->model()->toCsv({0, 1, 2, 3, 4}));
        const QString bad = m_dir->filePath(u"missing-folder/hits.csv"_s);
        QVERIFY(!m_panel->exportCsv(bad, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    }

    void regexSearchShowsProgressAndCancels()
    {
        // A corpus large enough that the regex cannot be done before Cancel is pressed.
        for (int i = 0; i < 150; ++i) {
            QVERIFY(writeFile(m_dir->path(), u"gen/%1.txt"_s.arg(i, 3, 10, QChar(u'0')), generatedArticle(i, 20000)));
        }
        ImportOptions options;
        options.corpusRoot = m_dir->path();
        options.projectPath = m_project->path();
        m_panel->setProject(nullptr);
        m_project->close();
        QCOMPARE(CorpusImporter(options).run().added, 150);
        QVERIFY(m_project->open(options.projectPath));
        m_panel->setProject(m_project.get());

        m_panel->modeBox()->setCurrentIndex(m_panel->modeBox()->findData(int(SearchRequest::Mode::Regex)));
        QSignalSpy finished(m_panel.get(), &SearchPanel::searchFinished);
        m_panel->queryEdit()->setText(u"\\w+"_s);
        QTest::keyClick(m_panel->queryEdit(), Qt::Key_Return);
        QVERIFY(m_panel->cancelButton()->isVisible());
        QVERIFY(m_panel->statusText().startsWith(u"Searching"_s));
        QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(!m_panel->cancelButton()->isVisible());
        QVERIFY2(m_panel->statusText().startsWith(u"Cancelled"_s), qPrintable(m_panel->statusText()));
        QVERIFY(!m_panel->isSearching());
    }

    void closingTheProjectClearsTheResults()
    {
        QVERIFY(typeAndSearch(u"aid"_s));
        QVERIFY(m_panel->hasHits());
        m_project->close();
        QVERIFY(!m_panel->hasHits());
        QVERIFY(!m_panel->isEnabled());
        QVERIFY(!m_panel->search());
    }
};

QTEST_MAIN(SearchPanelTest)
#include "searchpanel_test.moc"
