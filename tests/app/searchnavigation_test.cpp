// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <app/mainwindow.h>
#include <models/annotationstore.h>
#include <models/navigationhistory.h>
#include <models/project.h>
#include <models/search/concordancemodel.h>
#include <models/search/searchindex.h>
#include <widgets/documentview.h>
#include <widgets/findbar.h>
#include <widgets/quickopen.h>
#include <widgets/searchpanel.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Scholion;
using namespace Scholion::Tests;

namespace
{
// Annotations of the whole project as (document, label, start, end, quote), sorted.
using Row = std::tuple<qint64, qint64, qint64, qint64, QString>;

QList<Row> projectRows(Models::Project *project)
{
    QList<Row> out;
    const QList<Models::DocumentRow> documents = project->documentRows();
    for (const Models::DocumentRow &document : documents) {
        const QList<Models::Annotation> annotations = project->annotations()->annotations(document.id);
        for (const Models::Annotation &a : annotations) {
            out.append({a.documentId, a.labelId, a.start, a.end, a.quote});
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool hitIsOnScreen(const Widgets::DocumentView *view)
{
    return view->viewport()->rect().contains(view->cursorRect().center());
}
} // namespace

class SearchNavigationTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    // A fresh copy of the sample corpus, with one long document whose last paragraph names Korvath.
    bool openSample(App::MainWindow &window)
    {
        const QString root = m_dir.filePath(u"sample-%1"_s.arg(++m_copies));
        if (!copyTree(sampleCorpusSource(), root)) {
            return false;
        }
        QByteArray longText = "date 2026-04-09\nA long record of the talks\n\n";
        for (int i = 0; i < 300; ++i) {
            longText += "Paragraph " + QByteArray::number(i) + " of the record, about relief convoys and river gauges.\n\n";
        }
        longText += "At the very end, Korvath signed the record.\n";
        if (!writeFile(root, u"09-long-record.txt"_s, longText)) {
            return false;
        }
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return false;
        }
        QSignalSpy finished(&window, &App::MainWindow::importFinished);
        if (!window.openPath(root)) {
            return false;
        }
        return finished.wait(30000) || finished.count() == 1;
    }

    qint64 documentId(App::MainWindow &window, const QString &path) { return window.project()->documentIdForPath(path).value_or(0); }

    // Ctrl+Shift+F, the query typed, Enter; waits for the hits.
    static bool searchFor(App::MainWindow &window, const QString &query)
    {
        Widgets::SearchPanel *panel = window.searchPanel();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        if (!panel->isVisible() || !panel->queryEdit()->hasFocus()) {
            return false;
        }
        QSignalSpy finished(panel, &Widgets::SearchPanel::searchFinished);
        QTest::keyClicks(panel->queryEdit(), query);
        QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
        return finished.wait(20000) || finished.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ScholionTest"_s);
        QCoreApplication::setApplicationName(u"SearchNavigationTest"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void typingAQueryOpensTheDocumentScrolledAtTheHit()
    {
        App::MainWindow window;
        QVERIFY(openSample(window));
        const qint64 first = documentId(window, u"01-leaders-call.txt"_s);
        window.showDocument(first);
        QVERIFY(searchFor(window, u"\"Korvath signed\""_s));
        Widgets::SearchPanel *panel = window.searchPanel();
        QCOMPARE(panel->model()->rowCount(), 1); // the last paragraph of the long record
        const qint64 longId = documentId(window, u"09-long-record.txt"_s);

        // Into the results, then Enter on the first hit.
        QTableView *results = panel->resultsView();
        results->setFocus();
        results->setCurrentIndex(panel->model()->index(0, Models::ConcordanceModel::HitColumn));
        QTest::keyClick(results, Qt::Key_Return);
        Widgets::DocumentView *view = window.documentView();
        QCOMPARE(view->documentId(), longId);
        const Models::SearchHit hit = panel->model()->hit(0);
        QCOMPARE(view->selectedRange(), (std::pair<qsizetype, qsizetype>(hit.start, hit.end)));
        QCOMPARE(view->text().mid(hit.start, hit.end - hit.start), hit.hit);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QVERIFY(hitIsOnScreen(view));
        // The jump is in the history: Alt+Left goes back to the first document.
        QVERIFY(window.history()->canGoBack());
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view->documentId(), first);
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view->documentId(), longId);
        QCOMPARE(view->selectedRange().first, hit.start);
    }

    void rebuildingTheIndexShowsProgressAndKeepsSearchWorking()
    {
        App::MainWindow window;
        QVERIFY(openSample(window));
        Models::SearchIndex *index = window.project()->searchIndex();
        QVERIFY(index);
        QTRY_VERIFY(!index->isRunning());
        QAction *rebuild = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"Re&build Search Index"_s) {
                rebuild = action;
            }
        }
        QVERIFY(rebuild);
        QVERIFY(rebuild->isEnabled());
        auto *status = window.findChild<QLabel *>(u"searchIndexStatus"_s);
        QVERIFY(status);
        QSignalSpy finished(index, &Models::SearchIndex::finished);
        rebuild->trigger();
        QVERIFY(index->isRunning() || finished.count() == 1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(status->isHidden());
        QVERIFY(Models::SearchIndex::isComplete(window.project()->path()));
        QVERIFY(searchFor(window, u"Korvath"_s));
        QVERIFY(window.searchPanel()->model()->rowCount() > 0);
    }

    void f3StepsThroughHitsAcrossDocuments()
    {
        App::MainWindow window;
        QVERIFY(openSample(window));
        QVERIFY(searchFor(window, u"Korvath"_s));
        Widgets::SearchPanel *panel = window.searchPanel();
        Models::ConcordanceModel *model = panel->model();
        QVERIFY(model->documentCount() >= 5);
        QString error;
        Models::SearchRequest request;
        request.query = u"Korvath"_s;
        QCOMPARE(model->rowCount(), Models::SearchEngine::searchNow(window.project()->path(), request, &error).size());
        QSet<qint64> documents;
        for (int row = 0; row < model->rowCount(); ++row) {
            QTest::keyClick(&window, Qt::Key_F3);
            const Models::SearchHit hit = model->hit(row);
            QCOMPARE(window.documentView()->documentId(), hit.documentId);
            QCOMPARE(window.documentView()->selectedRange().first, hit.start);
            QCOMPARE(window.documentView()->text().mid(hit.start, hit.end - hit.start).toLower(), u"korvath"_s);
            QVERIFY(hitIsOnScreen(window.documentView()));
            documents.insert(hit.documentId);
        }
        QCOMPARE(documents.size(), model->documentCount());
        QTest::keyClick(&window, Qt::Key_F3); // wraps to the first hit
        QCOMPARE(window.documentView()->selectedRange().first, model->hit(0).start);
        QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(window.documentView()->documentId(), model->hit(model->rowCount() - 1).documentId);
        QCOMPARE(window.documentView()->selectedRange().first, model->hit(model->rowCount() - 1).start);
    }

    void findBarCountsAndSteps()
    {
        App::MainWindow window;
        QVERIFY(openSample(window));
        window.showDocument(documentId(window, u"01-leaders-call.txt"_s));
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        Widgets::FindBar *bar = window.findBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->lineEdit()->hasFocus());
        QTest::keyClicks(bar->lineEdit(), u"korvath"_s);
        const qsizetype expected = view->text().count(u"korvath"_s, Qt::CaseInsensitive);
        QCOMPARE(expected, 5);
        QCOMPARE(bar->matchCount(), expected);
        QCOMPARE(bar->statusText(), u"1 of 5"_s);
        // F3 steps the find bar while it is open, even with corpus hits around.
        QTest::keyClick(bar->lineEdit(), Qt::Key_F3);
        QCOMPARE(bar->statusText(), u"2 of 5"_s);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QCOMPARE(bar->statusText(), u"3 of 5"_s);
        QTest::keyClick(bar->lineEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->statusText(), u"2 of 5"_s);
        QCOMPARE(view->text().mid(view->selectedRange().first, 7), u"Korvath"_s);
        // Another document is searched again; Escape closes the bar.
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(bar->matchCount(), view->text().count(u"korvath"_s, Qt::CaseInsensitive));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view->findMatches().isEmpty());
    }

    void ctrlPOpensADocumentByTitleAndHistoryGoesBack()
    {
        App::MainWindow window;
        QVERIFY(openSample(window));
        const qint64 leaders = documentId(window, u"01-leaders-call.txt"_s);
        const qint64 transcript = documentId(window, u"03-summit-transcript.txt"_s);
        window.showDocument(leaders);
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        view->selectRange(200, 200); // the analyst read on a little
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        Widgets::QuickOpen *open = window.quickOpen();
        QVERIFY(open->isVisible());
        QTRY_VERIFY(open->filterEdit()->hasFocus());
        QTest::keyClicks(open->filterEdit(), u"transcript PRESS"_s);
        QCOMPARE(open->list()->count(), 1);
        QTest::keyClick(open->filterEdit(), Qt::Key_Return);
        QVERIFY(!open->isVisible());
        QCOMPARE(view->documentId(), transcript);

        QAction *back = window.findChild<QAction *>(u"backAction"_s);
        QAction *forward = window.findChild<QAction *>(u"forwardAction"_s);
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        view->selectRange(50, 50);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view->documentId(), leaders);
        QCOMPARE(view->selectedRange().first, 200);
        QVERIFY(forward->isEnabled());
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view->documentId(), transcript);
        QCOMPARE(view->selectedRange().first, 50);
        QVERIFY(!forward->isEnabled());

        // Plain cursor moves are no jumps.
        const qsizetype entries = window.history()->entries().size();
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(window.history()->entries().size(), entries);
    }

    void annotateAllHitsFromTheWindowUndoesInOneStep()
    {
        App::MainWindow window;
        QVERIFY(openSample(window));
        Models::Project *project = window.project();
        QVERIFY(searchFor(window, u"Serenne"_s));
        Widgets::SearchPanel *panel = window.searchPanel();
        const int hits = panel->model()->rowCount();
        QVERIFY(hits >= 3);
        const qint64 event = project->annotations()->labelByPath(u"Event"_s).value().id;
        const QList<Row> before = projectRows(project);
        panel->annotateLabelBox()->setCurrentIndex(panel->annotateLabelBox()->findData(event));
        QTest::mouseClick(panel->annotateButton(), Qt::LeftButton);
        const QList<Row> after = projectRows(project);
        QCOMPARE(after.size(), before.size() + hits);
        for (int row = 0; row < hits; ++row) {
            const Models::SearchHit hit = panel->model()->hit(row);
            QVERIFY(after.contains(Row{hit.documentId, event, hit.start, hit.end, hit.hit}));
        }
        // The current document shows its new spans.
        const qint64 shown = window.documentView()->documentId();
        int spansShown = 0;
        for (const Row &row : after) {
            spansShown += std::get<0>(row) == shown && std::get<1>(row) == event ? 1 : 0;
        }
        QVERIFY(spansShown > 0);
        QVERIFY(window.documentView()->highlighter()->spans().size() >= qsizetype(spansShown));

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(projectRows(project), before);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(projectRows(project), after);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(projectRows(project), before);
    }
};

QTEST_MAIN(SearchNavigationTest)
#include "searchnavigation_test.moc"
