// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <app/mainwindow.h>
#include <app/samplecorpus.h>
#include <models/annotationhighlighter.h>
#include <models/annotationlistmodel.h>
#include <models/annotationstore.h>
#include <models/documentfilterproxymodel.h>
#include <models/documentlistmodel.h>
#include <models/entitylistmodel.h>
#include <models/project.h>
#include <widgets/annotationpanel.h>
#include <widgets/attributedialog.h>
#include <widgets/corpusbrowser.h>
#include <widgets/documentview.h>
#include <widgets/elidedlabel.h>
#include <widgets/entitypanel.h>
#include <widgets/entityproposalbar.h>
#include <widgets/importreportdialog.h>
#include <widgets/labelmanager.h>
#include <widgets/labelpalette.h>
#include <widgets/welcomepage.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Scholion;
using namespace Scholion::Tests;

namespace
{
QModelIndex rowForPath(const Widgets::CorpusBrowser *browser, const QString &path)
{
    const QAbstractItemModel *model = browser->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Models::SourcePathRole).toString() == path) {
            return index;
        }
    }
    return {};
}

QString canonical(const QString &file)
{
    QByteArray bytes = readFile(file);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.mid(3);
    }
    return QString::fromUtf8(bytes.replace("\r\n", "\n"));
}
} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshSample()
    {
        const QString root = m_dir.filePath(u"sample-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        if (!copyTree(sampleCorpusSource(), root)) {
            return {};
        }
        return root;
    }

    // A fresh copy of the sample corpus in a shown 1280×800 window, on the leaders' call article.
    bool openLeadersCall(App::MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !openAndWait(window, freshSample())) {
            return false;
        }
        window.showDocument(window.project()->documentIdForPath(u"01-leaders-call.txt"_s).value());
        return window.documentView()->documentId() != 0;
    }

    static bool openAndWait(App::MainWindow &window, const QString &path)
    {
        QSignalSpy finished(&window, &App::MainWindow::importFinished);
        if (!window.openPath(path)) {
            return false;
        }
        return finished.wait(30000) || finished.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ScholionTest"_s);
        QCoreApplication::setApplicationName(u"MainWindowTest"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void welcomePageWhenNothingIsOpen()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.documentView()->isVisible());
        QCOMPARE(window.windowTitle(), u"Scholion"_s);
    }

    void selectingADocumentShowsItsText()
    {
        const QString root = freshSample();
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, root));
        QTreeView *list = window.corpusBrowser()->view();
        QTRY_COMPARE(list->model()->rowCount(), 8);

        // Click the transcript (a CRLF file) in the list.
        const QModelIndex transcript = rowForPath(window.corpusBrowser(), u"03-summit-transcript.txt"_s);
        QVERIFY(transcript.isValid());
        list->scrollTo(transcript);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(transcript).center());
        QTRY_COMPARE(window.documentView()->toPlainText(), canonical(QDir(root).filePath(u"03-summit-transcript.txt"_s)));
        QVERIFY(window.documentView()->isVisible());
        QVERIFY(window.windowTitle().startsWith(list->currentIndex().data(Models::TitleRole).toString()));
        // The status bar names the file, its encoding and line endings; the checksum is in the tooltip.
        auto *status = window.findChild<Widgets::ElidedLabel *>(u"documentStatus"_s);
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(u"03-summit-transcript.txt · UTF-8 · CRLF · "_s), qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(u"SHA-256 of the source file: "_s));

        // Keyboard: the next row opens the next document.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        const QString next = list->currentIndex().data(Models::SourcePathRole).toString();
        QVERIFY(next != u"03-summit-transcript.txt"_s);
        const qint64 nextId = window.project()->documentIdForPath(next).value();
        QTRY_COMPARE(window.documentView()->documentId(), nextId);
        QCOMPARE(window.documentView()->toPlainText(), window.project()->documentText(nextId));

        // Emoji, CJK and combining marks are shown as stored.
        window.showDocument(window.project()->documentIdForPath(u"02-aid-package.txt"_s).value());
        QCOMPARE(window.documentView()->toPlainText(), canonical(QDir(root).filePath(u"02-aid-package.txt"_s)));
        QCOMPARE(list->currentIndex().data(Models::SourcePathRole).toString(), u"02-aid-package.txt"_s);
    }

    void keyboardNavigationAndFilter()
    {
        const QString root = freshSample();
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, root));
        QTreeView *list = window.corpusBrowser()->view();
        list->setCurrentIndex(list->model()->index(0, 0));
        const qint64 first = window.documentView()->documentId();
        QVERIFY(first != 0);

        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_VERIFY(window.documentView()->documentId() != first);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(window.documentView()->documentId(), first);

        // Ctrl+Shift+L focuses the filter; typing narrows the list.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QLineEdit *filter = window.corpusBrowser()->filterEdit();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"ukraine"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(Models::SourcePathRole).toString(), u"07-ukraine-reconstruction.txt"_s);
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Delete);
        QTRY_COMPARE(list->model()->rowCount(), 8);

        // Zoom with the keyboard.
        const qreal size = window.documentView()->fontPointSize();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QTRY_VERIFY(window.documentView()->fontPointSize() > size);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(window.documentView()->fontPointSize(), Widgets::DocumentView::DefaultPointSize);
    }

    void importReportListsSkippedFiles()
    {
        const QString root = m_dir.filePath(u"with-bad-files"_s);
        QVERIFY(writeFile(root, u"good.txt"_s, "A good article\n\nText.\n"));
        QVERIFY(writeFile(root, u"binary.txt"_s, QByteArray("\x00\x01\x02\x03", 4)));
        QVERIFY(writeFile(root, u"empty.md"_s, QByteArray()));
        App::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, root));
        QTRY_VERIFY(window.importReportDialog() && window.importReportDialog()->isVisible());
        QTreeWidget *issues = window.importReportDialog()->issueList();
        QCOMPARE(issues->topLevelItemCount(), 2);
        QStringList files;
        for (int i = 0; i < issues->topLevelItemCount(); ++i) {
            files << issues->topLevelItem(i)->text(1);
        }
        files.sort();
        QCOMPARE(files, (QStringList{u"binary.txt"_s, u"empty.md"_s}));
        window.importReportDialog()->close();

        // Re-opening the same folder skips them again without pushing the dialog at the analyst.
        QVERIFY(openAndWait(window, root));
        QTest::qWait(50);
        QVERIFY(!window.importReportDialog() || !window.importReportDialog()->isVisible());
        // … but File › Import Report shows it.
        QAction *report = window.findChild<QAction *>(u"importReportAction"_s);
        QVERIFY(report && report->isEnabled());
        report->trigger();
        QTRY_VERIFY(window.importReportDialog() && window.importReportDialog()->isVisible());
        QCOMPARE(window.importReportDialog()->report().skipped, 2);
    }

    void openingSomethingElseGivesAMessage()
    {
        const QString file = m_dir.filePath(u"notes.docx"_s);
        QVERIFY(writeFile(m_dir.path(), u"notes.docx"_s, "PK\x03\x04 not a project"));
        App::MainWindow window;
        window.show();
        QVERIFY(!window.openPath(file));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"errorMessage"_s)) && box->isVisible());
        QVERIFY(box->text().contains(u"notes.docx"_s));
        box->accept();
        QVERIFY(!window.openPath(m_dir.filePath(u"does-not-exist"_s)));
        QVERIFY(window.welcomePage()->isVisible());
    }

    void sampleCorpusFromTheWelcomePage()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &App::MainWindow::importFinished);
        auto *button = window.welcomePage()->findChild<QPushButton *>(u"welcomeOpenSample"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(window.project()->corpusRoot(), QFileInfo(App::SampleCorpus::defaultLocation()).canonicalFilePath());
        QTRY_VERIFY(window.documentView()->documentId() != 0); // a document is shown at once
        QVERIFY(!window.documentView()->toPlainText().isEmpty());
    }

    void dropAFolderOnTheWindow()
    {
        const QString root = freshSample();
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &App::MainWindow::importFinished);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(root)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(window.project()->corpusRoot(), QFileInfo(root).canonicalFilePath());
    }

    void sessionIsRestored()
    {
        const QString root = freshSample();
        qint64 shown = 0;
        {
            App::MainWindow window;
            window.show();
            QVERIFY(openAndWait(window, root));
            shown = window.project()->documentIdForPath(u"06-analysis.md"_s).value();
            window.showDocument(shown);
            window.close();
        }
        App::MainWindow again;
        QSignalSpy finished(&again, &App::MainWindow::importFinished);
        again.restoreLastSession();
        again.show();
        QCOMPARE(again.project()->corpusRoot(), QFileInfo(root).canonicalFilePath());
        QCOMPARE(again.documentView()->documentId(), shown); // back where the analyst was
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().value<Models::ImportReport>().unchanged, 8);
        QVERIFY(again.welcomePage()->recentList()->count() >= 1);
    }

    // A big project reopens at the document read last at once; its list follows from a worker.
    void bigProjectShowsTheLastDocumentWhileTheListLoads()
    {
        const QString root = m_dir.filePath(u"big-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        const int files = int(Models::DocumentListModel::BackgroundRows) + 50;
        for (int i = 0; i < files; ++i) {
            QVERIFY(writeFile(root, u"d%1/n-%2.txt"_s.arg(i / 500).arg(i, 5, 10, QLatin1Char('0')), "Note " + QByteArray::number(i) + "\n\nText.\n"));
        }
        qint64 shown = 0;
        {
            App::MainWindow window;
            window.show();
            auto *model = qobject_cast<Models::DocumentListModel *>(window.corpusBrowser()->proxy()->sourceModel());
            QVERIFY(model);
            QSignalSpy loaded(model, &Models::DocumentListModel::loaded);
            QVERIFY(openAndWait(window, root));
            // The first import grew the list past the threshold: its final reload ran on the worker.
            QTRY_COMPARE(loaded.count(), 1);
            QCOMPARE(model->rowCount(), files);
            shown = window.project()->documentIdForPath(u"d3/n-01717.txt"_s).value();
            window.showDocument(shown);
            window.close();
        }
        App::MainWindow again;
        again.show();
        QVERIFY(again.openPath(root));
        auto *list = again.findChild<QTreeView *>(u"documentList"_s);
        auto *loading = again.findChild<QLabel *>(u"documentListLoading"_s);
        QVERIFY(list && loading);
        QCOMPARE(again.documentView()->documentId(), shown); // before the list is in
        QVERIFY(again.documentView()->text().startsWith(u"Note 1717"_s));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(loading->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), files, 30000);
        QVERIFY(!loading->isVisible());
        QCOMPARE(list->currentIndex().data(Models::DocumentIdRole).toLongLong(), shown); // selected when it came
        QCOMPARE(again.documentView()->documentId(), shown);
        // The keyboard walks the list from there.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_VERIFY(again.documentView()->text().startsWith(u"Note 1718"_s));
    }

    // Tagging with the keyboard and the mouse, as an analyst does it.
    void annotateWithKeysAndMouse()
    {
        App::MainWindow window;
        QVERIFY(openLeadersCall(window));
        const qint64 doc = window.documentView()->documentId();
        Widgets::DocumentView *view = window.documentView();
        Models::AnnotationStore *store = window.project()->annotations();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());

        // Double-click a word, press P: an Actor › Person span.
        const qsizetype korvath = view->text().indexOf(u"Korvath"_s);
        QTextCursor cursor(view->document());
        cursor.setPosition(int(korvath) + 2);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        const QPoint inWord = view->cursorRect(cursor).center();
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, inWord);
        QCOMPARE(view->textCursor().selectedText(), u"Korvath"_s);
        QTest::keyClick(view, Qt::Key_P);
        QList<Models::Annotation> annotations = store->annotations(doc);
        QCOMPARE(annotations.size(), 1);
        const Models::Annotation person = annotations.first();
        QCOMPARE(person.quote, u"Korvath"_s);
        QCOMPARE(person.start, korvath);
        QCOMPARE(store->labelPath(person.labelId), u"Actor › Person"_s);
        QCOMPARE(view->highlighter()->spans().size(), 1);
        QCOMPARE(view->currentAnnotation(), person.id);
        QCOMPARE(window.annotationPanel()->view()->model()->rowCount(), 1);

        // A sloppy keyboard selection (" Ferrand of" from the space before) snaps to words.
        const qsizetype ferrand = view->text().indexOf(u"Ferrand of Terravel"_s);
        cursor.setPosition(int(ferrand) - 1);
        view->setTextCursor(cursor);
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        }
        QCOMPARE(view->textCursor().selectedText(), u" Fer"_s);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(store->annotation(view->currentAnnotation())->quote, u"Ferrand"_s);

        // Click the first span, press O: it becomes an organisation. (The first Escape
        // dismisses the entity proposal for the actor just tagged, the second the span.)
        QVERIFY(window.entityProposal()->isVisible());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!window.entityProposal()->isVisible());
        QVERIFY(view->currentAnnotation() != 0);
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(view->currentAnnotation(), 0);
        QTest::qWait(QApplication::doubleClickInterval() + 50); // not a triple click
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inWord);
        QCOMPARE(view->currentAnnotation(), person.id);
        QCOMPARE(window.annotationPanel()->view()->currentIndex().data(Models::AnnotationIdRole).toLongLong(), person.id);
        QTest::keyClick(view, Qt::Key_O);
        QCOMPARE(store->labelPath(store->annotation(person.id)->labelId), u"Actor › Organisation"_s);

        // Delete removes it; Ctrl+Z brings it back with the same id; Ctrl+Shift+Z removes it again.
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!store->annotation(person.id));
        QCOMPARE(view->highlighter()->spans().size(), 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store->annotation(person.id));
        QCOMPARE(view->highlighter()->spans().size(), 2);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!store->annotation(person.id));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store->annotation(person.id));

        // Alt+Down walks through the spans in text order and wraps around.
        view->setCurrentAnnotation(0);
        cursor.setPosition(0);
        view->setTextCursor(cursor);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentAnnotation(), person.id);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(store->annotation(view->currentAnnotation())->quote, u"Ferrand"_s);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentAnnotation(), person.id);

        // Selecting a row in the side panel shows that span.
        QTreeView *panel = window.annotationPanel()->view();
        const QModelIndex second = panel->model()->index(1, 0);
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, panel->visualRect(second).center());
        QCOMPARE(store->annotation(view->currentAnnotation())->quote, u"Ferrand"_s);

        // Ctrl+3 marks the document done; the list shows it.
        QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.project()->documentRow(doc)->status, Models::DocumentStatus::Done);
        const QModelIndex row = rowForPath(window.corpusBrowser(), u"01-leaders-call.txt"_s);
        QCOMPARE(row.siblingAtColumn(Models::DocumentListModel::StatusColumn).data().toString(), u"Done"_s);
        QCOMPARE(row.siblingAtColumn(Models::DocumentListModel::AnnotationsColumn).data().toInt(), 2);

        // Undo follows the change into the document where it happened.
        const qint64 other = window.project()->documentIdForPath(u"06-analysis.md"_s).value();
        window.showDocument(other);
        QCOMPARE(view->documentId(), other);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // the status change
        QCOMPARE(view->documentId(), doc);
        QCOMPARE(window.project()->documentRow(doc)->status, Models::DocumentStatus::New);

        // Single-letter label keys do nothing while typing in a filter box.
        window.corpusBrowser()->filterEdit()->setFocus();
        QTest::keyClicks(window.corpusBrowser()->filterEdit(), u"p"_s);
        QCOMPARE(window.corpusBrowser()->filterEdit()->text(), u"p"_s);
        QCOMPARE(store->annotations(doc).size(), 2);
    }

    // Tag actor mentions and link them to the registry with one key.
    void linkMentionsToEntities()
    {
        const QString root = freshSample();
        App::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, root));
        Models::AnnotationStore *store = window.project()->annotations();
        Widgets::DocumentView *view = window.documentView();
        Widgets::EntityProposalBar *proposal = window.entityProposal();

        const auto tagWord = [&](const QString &path, const QString &word, int occurrence = 0) {
            window.showDocument(window.project()->documentIdForPath(path).value());
            view->setFocus();
            qsizetype at = -1;
            for (int i = 0; i <= occurrence; ++i) {
                at = view->text().indexOf(word, at + 1);
            }
            QTextCursor cursor(view->document());
            cursor.setPosition(int(at));
            view->setTextCursor(cursor);
            for (qsizetype i = 0; i < word.size(); ++i) {
                QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
            }
            QTest::keyClick(view, Qt::Key_P);
            return view->currentAnnotation();
        };

        // A first mention: not in the registry yet; Enter creates the entity.
        const qint64 first = tagWord(u"01-leaders-call.txt"_s, u"Korvath"_s);
        QVERIFY(first != 0);
        QVERIFY(proposal->isVisible());
        QCOMPARE(proposal->entityId(), 0);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!proposal->isVisible());
        const qint64 entity = store->annotation(first)->entityId;
        QVERIFY(entity != 0);
        QCOMPARE(store->entity(entity)->name, u"Korvath"_s);
        QCOMPARE(store->entity(entity)->type, u"Person"_s);

        // Renamed to the canonical name, the mention still matches through its alias.
        Models::Entity renamed = store->entity(entity).value();
        renamed.name = u"Anselm Korvath"_s;
        QVERIFY(store->performUpdateEntity(renamed));

        // Another document, another mention: the registry's entity is proposed; Enter links.
        const qint64 second = tagWord(u"03-summit-transcript.txt"_s, u"Korvath"_s);
        QVERIFY(proposal->isVisible());
        QCOMPARE(proposal->entityId(), entity);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(store->annotation(second)->entityId, entity);

        // Escape lets a proposal pass without linking.
        const qint64 third = tagWord(u"06-analysis.md"_s, u"Korvath"_s);
        QVERIFY(proposal->isVisible());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!proposal->isVisible());
        QCOMPARE(store->annotation(third)->entityId, 0);
        QCOMPARE(view->currentAnnotation(), third); // Escape went to the bar, not the view

        // The entities dock counts mentions across documents and walks through them.
        QTreeView *entities = window.entityPanel()->view();
        QTRY_COMPARE(entities->model()->rowCount(), 1);
        QCOMPARE(entities->model()->index(0, Models::EntityListModel::MentionsColumn).data().toInt(), 2);
        QCOMPARE(entities->model()->index(0, Models::EntityListModel::DocumentsColumn).data().toInt(), 2);
        window.entityPanel()->selectEntity(entity);
        window.showMention(entity, 1);
        QCOMPARE(view->currentAnnotation(), first);
        window.showMention(entity, 1);
        QCOMPARE(view->currentAnnotation(), second);
        QCOMPARE(view->documentId(), window.project()->documentIdForPath(u"03-summit-transcript.txt"_s).value());
        window.showMention(entity, 1); // wraps around
        QCOMPARE(view->currentAnnotation(), first);

        // A second entity for the third mention, then merge it into the first: one undo step.
        window.createEntity(third, u"President Korvath"_s);
        const qint64 duplicate = store->annotation(third)->entityId;
        QVERIFY(duplicate != 0 && duplicate != entity);
        window.mergeEntities(entity, {duplicate});
        QCOMPARE(store->annotation(third)->entityId, entity);
        QVERIFY(store->entity(entity)->aliases.contains(u"President Korvath"_s));
        QTRY_COMPARE(entities->model()->rowCount(), 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->annotation(third)->entityId, duplicate);
        QTRY_COMPARE(entities->model()->rowCount(), 2);
    }

    // Link a quote to its speaker with the keyboard and the mouse.
    void linkAQuoteToItsSpeaker()
    {
        App::MainWindow window;
        QVERIFY(openLeadersCall(window));
        Models::AnnotationStore *store = window.project()->annotations();
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        const auto tag = [&](const QString &text, Qt::Key key) {
            const qsizetype at = view->text().indexOf(text);
            view->selectRange(at, at + text.size());
            QTest::keyClick(view, key);
            if (window.entityProposal()->isVisible()) {
                QTest::keyClick(view, Qt::Key_Escape);
            }
            return view->currentAnnotation();
        };
        const QString quoteText = u"“We discussed the humanitarian situation in Marrel in detail"_s;
        const qint64 quote = tag(quoteText, Qt::Key_Q);
        const qint64 speaker = tag(u"Korvath said"_s.left(7), Qt::Key_P);
        QVERIFY(quote && speaker && quote != speaker);

        // Ctrl+L from the quote, then click the speaker: said_by.
        view->setCurrentAnnotation(quote);
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLinking());
        const qsizetype speakerAt = store->annotation(speaker)->start;
        QTextCursor cursor(view->document());
        cursor.setPosition(int(speakerAt) + 2);
        const QPoint onSpeaker = view->cursorRect(cursor).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onSpeaker);
        QVERIFY(!window.isLinking());
        QList<Models::Relation> relations = store->relationsOf(quote);
        QCOMPARE(relations.size(), 1);
        QCOMPARE(store->relationType(relations.first().typeId)->name, u"said_by"_s);
        QCOMPARE(relations.first().sourceId, quote);
        QCOMPARE(relations.first().targetId, speaker);
        // Selecting the quote marks its speaker as related in the view.
        view->setCurrentAnnotation(quote);
        QCOMPARE(view->relatedSpans(), QList<qint64>{speaker});

        // From the speaker with the keyboard: the reverse direction is understood.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->relationsOf(quote).size(), 0);
        view->setCurrentAnnotation(speaker);
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        view->setCurrentAnnotation(quote);
        QTest::keyClick(view, Qt::Key_Return);
        relations = store->relationsOf(quote);
        QCOMPARE(relations.size(), 1);
        QCOMPARE(relations.first().sourceId, quote); // the quote said_by the speaker
        const QAbstractItemModel *panel = window.annotationPanel()->view()->model();
        QString quoteLinks;
        for (int r = 0; r < panel->rowCount(); ++r) {
            if (panel->index(r, 0).data(Models::AnnotationIdRole).toLongLong() == quote) {
                quoteLinks = panel->index(r, Models::AnnotationListModel::LinksColumn).data().toString();
            }
        }
        QCOMPARE(quoteLinks, u"said_by → Korvath"_s);

        // Escape cancels a link in progress.
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLinking());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!window.isLinking());
    }

    // Tagging an aid figure reads its amount; the attributes are edited in a dialog.
    void aidFiguresGetTheirAmount()
    {
        App::MainWindow window;
        QVERIFY(openLeadersCall(window));
        Models::AnnotationStore *store = window.project()->annotations();
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        const qsizetype at = view->text().indexOf(u"$ 500 million"_s);
        view->selectRange(at, at + 13);
        QTest::keyClick(view, Qt::Key_2); // Aid figure › Humanitarian
        const qint64 figure = view->currentAnnotation();
        QVERIFY(figure != 0);
        QCOMPARE(store->labelPath(store->annotation(figure)->labelId), u"Aid figure › Humanitarian"_s);
        QMap<QString, QString> values;
        const QList<Models::LabelAttribute> attributes = store->attributesFor(store->annotation(figure)->labelId);
        const auto read = [&] {
            values.clear();
            for (const Models::AttributeValue &v : store->attributeValues(figure)) {
                for (const Models::LabelAttribute &a : attributes) {
                    if (a.id == v.attributeId) {
                        values.insert(a.name, v.value);
                    }
                }
            }
        };
        read();
        QCOMPARE(values.value(u"amount"_s), u"500000000"_s);
        QCOMPARE(values.value(u"currency"_s), u"USD"_s);
        const QAbstractItemModel *panel = window.annotationPanel()->view()->model();
        QCOMPARE(panel->index(0, Models::AnnotationListModel::AttributesColumn).data().toString(), u"500,000,000 USD"_s);

        // One undo step takes the tag and the amount.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!store->annotation(figure));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        read();
        QCOMPARE(values.value(u"amount"_s), u"500000000"_s);

        // The dialog edits the kind and refuses a malformed number.
        QVERIFY(window.editAttributes(figure, [](Widgets::AttributeDialog *dialog) {
            dialog->setValue(u"amount"_s, u"five hundred"_s);
            QVERIFY(!dialog->isValid());
            QVERIFY(dialog->readAmountFromText());
            QVERIFY(dialog->isValid());
            dialog->setValue(u"kind"_s, u"humanitarian"_s);
        }));
        read();
        QCOMPARE(values.value(u"kind"_s), u"humanitarian"_s);
        QCOMPARE(values.value(u"amount"_s), u"500000000"_s);
        QCOMPARE(panel->index(0, Models::AnnotationListModel::AttributesColumn).data().toString(), u"500,000,000 USD · humanitarian"_s);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        read();
        QVERIFY(!values.contains(u"kind"_s));
    }

    // Ctrl+T finds a label by typing; Alt+Shift+arrows move a span's edges by words.
    void paletteAndBoundaryNudges()
    {
        App::MainWindow window;
        QVERIFY(openLeadersCall(window));
        Models::AnnotationStore *store = window.project()->annotations();
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        const qsizetype at = view->text().indexOf(u"flood-stricken Marrel province"_s);
        view->selectRange(at + 15, at + 21); // "Marrel"
        QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
        Widgets::LabelPalette *palette = window.labelPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->filterEdit(), u"stat"_s);
        QCOMPARE(palette->list()->count(), 1); // Actor › State
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        const qint64 id = view->currentAnnotation();
        QCOMPARE(store->labelPath(store->annotation(id)->labelId), u"Actor › State"_s);
        QCOMPARE(store->annotation(id)->quote, u"Marrel"_s);
        if (window.entityProposal()->isVisible()) {
            QTest::keyClick(view, Qt::Key_Escape);
        }

        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(store->annotation(id)->quote, u"Marrel province"_s);
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier | Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store->annotation(id)->quote, u"flood-stricken Marrel province"_s.mid(6)); // "stricken Marrel province"
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(store->annotation(id)->quote, u"stricken Marrel"_s);
        // Consecutive nudges of one span are one undo step.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->annotation(id)->quote, u"Marrel"_s);
    }

    // The Labels dock edits the schema; the text and the label keys follow at once.
    void labelsDockChangesTheSchema()
    {
        App::MainWindow window;
        QVERIFY(openLeadersCall(window));
        Models::AnnotationStore *store = window.project()->annotations();
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        const qsizetype at = view->text().indexOf(u"Korvath"_s);
        view->selectRange(at, at + 7);
        QTest::keyClick(view, Qt::Key_Q);
        const qint64 id = view->currentAnnotation();
        QVERIFY(id != 0);
        auto *manager = window.findChild<Widgets::LabelManager *>();
        QVERIFY(manager);
        manager->selectLabel(store->labelByPath(u"Quote"_s)->id);
        QVERIFY(manager->recolour(QColor(u"#6a3d9a"_s)));
        QCOMPARE(view->highlighter()->span(id)->color, QColor(u"#6a3d9a"_s));
        // A new label with a key of its own tags at once.
        Models::Label strike = store->labelByPath(u"Event"_s).value();
        strike.id = 0;
        strike.parentId = store->labelByPath(u"Event"_s)->id;
        strike.name = u"Strike"_s;
        strike.shortcut = u"K"_s;
        QVERIFY(store->performAddLabel(strike));
        const qsizetype call = view->text().indexOf(u"phone"_s);
        view->selectRange(call, call + 5);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(store->labelPath(store->annotation(view->currentAnnotation())->labelId), u"Event › Strike"_s);
    }

    // The side panel edits label, entity and note in place.
    void editInTheSidePanel()
    {
        App::MainWindow window;
        QVERIFY(openLeadersCall(window));
        Models::AnnotationStore *store = window.project()->annotations();
        Widgets::DocumentView *view = window.documentView();
        view->setFocus();
        const qsizetype at = view->text().indexOf(u"Korvath"_s);
        view->selectRange(at, at + 7);
        QTest::keyClick(view, Qt::Key_Q);
        const qint64 id = view->currentAnnotation();
        QTreeView *panel = window.annotationPanel()->view();
        QTRY_COMPARE(panel->model()->rowCount(), 1);

        // Label: F2 opens a list of labels; choose one with the keyboard.
        panel->setFocus();
        panel->setCurrentIndex(panel->model()->index(0, Models::AnnotationListModel::LabelColumn));
        QTest::keyClick(panel, Qt::Key_F2);
        QComboBox *labels = nullptr;
        QTRY_VERIFY((labels = panel->findChild<QComboBox *>(u"labelEditor"_s)));
        labels->setCurrentIndex(labels->findText(u"Actor › Person"_s));
        QTest::keyClick(labels, Qt::Key_Return);
        QTRY_COMPARE(store->labelPath(store->annotation(id)->labelId), u"Actor › Person"_s);

        // Entity: type a new name; the entity is created and linked.
        panel->setCurrentIndex(panel->model()->index(0, Models::AnnotationListModel::EntityColumn));
        QTest::keyClick(panel, Qt::Key_F2);
        QComboBox *entities = nullptr;
        QTRY_VERIFY((entities = panel->findChild<QComboBox *>(u"entityEditor"_s)));
        entities->lineEdit()->selectAll();
        QTest::keyClicks(entities->lineEdit(), u"Anselm Korvath"_s);
        QTest::keyClick(entities->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(store->annotation(id)->entityId != 0);
        QCOMPARE(store->entity(store->annotation(id)->entityId)->name, u"Anselm Korvath"_s);
        QCOMPARE(panel->model()->index(0, Models::AnnotationListModel::EntityColumn).data().toString(), u"Anselm Korvath"_s);

        // Note: typed in place.
        panel->setCurrentIndex(panel->model()->index(0, Models::AnnotationListModel::NoteColumn));
        QTest::keyClick(panel, Qt::Key_F2);
        QLineEdit *note = nullptr;
        QTRY_VERIFY((note = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
        QTest::keyClicks(note, u"President of Valdoria"_s);
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(store->annotation(id)->note, u"President of Valdoria"_s);

        // Each edit is its own undo step.
        window.project()->undoStack()->undo();
        QCOMPARE(store->annotation(id)->note, QString());
        window.project()->undoStack()->undo();
        QCOMPARE(store->annotation(id)->entityId, 0);
    }

    void longSingleLineParagraph()
    {
        // A 1 MB paragraph without a line break opens and can be scrolled to its end.
        const QString root = m_dir.filePath(u"long-line"_s);
        QByteArray line;
        while (line.size() < 1024 * 1024) {
            line += "Talks continued without a break and the delegations exchanged figures again; ";
        }
        QVERIFY(writeFile(root, u"long.txt"_s, line));
        App::MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, root));
        QTRY_COMPARE(window.documentView()->toPlainText().size(), line.size());
        window.documentView()->moveCursor(QTextCursor::End);
        window.documentView()->ensureCursorVisible();
        QVERIFY(!window.documentView()->grab().isNull());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
