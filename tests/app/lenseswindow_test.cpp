// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The real window, offscreen: View › Lenses toggles lenses in the reading view, the known-actor
// lens follows entity edits, a bad user definition is named in a message and breaks nothing,
// View › Theme recolours the page, and the Suggestions dock accepts with one key.

#include "../models/testcorpus.h"

#include <app/mainwindow.h>
#include <models/annotation.h>
#include <models/annotationhighlighter.h>
#include <models/annotationstore.h>
#include <models/candidatemodel.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <widgets/bulkannotatedialog.h>
#include <widgets/documentview.h>
#include <widgets/suggestionpanel.h>

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Scholion;
using namespace Scholion::Tests;

namespace
{
const QByteArray kArticle = "Korvath said: \xe2\x80\x9cWe will pay $5 million\xe2\x80\x9d on March 18.\n";

QTextCharFormat formatAt(Widgets::DocumentView *view, qsizetype position)
{
    const QTextBlock block = view->document()->findBlock(int(position));
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position - block.position() >= range.start && position - block.position() < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

QAction *menuAction(App::MainWindow &window, const char *menu, const QString &data)
{
    for (QAction *action : window.findChild<QMenu *>(QString::fromLatin1(menu))->actions()) {
        if (action->data().toString() == data) {
            return action;
        }
    }
    return nullptr;
}
} // namespace

class LensesWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool openCorpus(App::MainWindow &window)
    {
        const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        if (!writeFile(root, u"a.txt"_s, kArticle)) {
            return false;
        }
        window.resize(1000, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return false;
        }
        QSignalSpy finished(&window, &App::MainWindow::importFinished);
        if (!window.openPath(root)) {
            return false;
        }
        if (!(finished.wait(30000) || finished.count() == 1)) {
            return false;
        }
        window.showDocument(window.project()->documentIdForPath(u"a.txt"_s).value_or(0));
        window.documentView()->highlighter()->finishPending();
        return window.documentView()->documentId() != 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ScholionTest"_s);
        QCoreApplication::setApplicationName(u"LensesWindowTest"_s);
        QSettings().clear();
        QDir(Models::LensDefinitions::userFolder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QDir(Models::LensDefinitions::userFolder()).removeRecursively(); }

    void togglingLenses()
    {
        App::MainWindow window;
        QVERIFY(openCorpus(window));
        Widgets::DocumentView *view = window.documentView();
        const QString text = view->document()->toPlainText();
        const qsizetype quote = text.indexOf(u'“');
        const qsizetype korvath = text.indexOf(u"Korvath"_s);
        QCOMPARE(view->highlighter()->lensCount(), 0); // off in a new installation
        QCOMPARE(formatAt(view, quote).underlineStyle(), QTextCharFormat::NoUnderline);

        QAction *quotes = menuAction(window, "lensMenu", u"quotes"_s);
        QVERIFY(quotes && quotes->isCheckable() && !quotes->isChecked());
        // The menu was rebuilt when the lenses changed: the action is a new one.
        menuAction(window, "lensMenu", u"quotes"_s)->trigger();
        view->highlighter()->finishPending();
        QCOMPARE(view->highlighter()->lensCount(), 1);
        QCOMPARE(formatAt(view, quote).underlineStyle(), QTextCharFormat::DotLine);
        QCOMPARE(formatAt(view, korvath).underlineStyle(), QTextCharFormat::NoUnderline);
        QCOMPARE(QSettings().value(u"view/lenses"_s).toStringList(), QStringList{u"quotes"_s});

        // Known actors: the lens follows the entities of the project.
        menuAction(window, "lensMenu", u"actors"_s)->trigger();
        view->highlighter()->finishPending();
        QCOMPARE(formatAt(view, korvath).underlineStyle(), QTextCharFormat::NoUnderline);
        QVERIFY(window.project()->annotations()->performAddEntity(Models::Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}));
        QCOMPARE(window.lenses()->knownActors(), (QStringList{u"Anselm Korvath"_s, u"Korvath"_s}));
        view->highlighter()->finishPending();
        QCOMPARE(view->highlighter()->lensCount(), 2);
        QCOMPARE(formatAt(view, korvath).underlineStyle(), QTextCharFormat::DotLine);

        // The menu was rebuilt when the lenses changed: the action is a new one.
        menuAction(window, "lensMenu", u"quotes"_s)->trigger();
        view->highlighter()->finishPending();
        QCOMPARE(view->highlighter()->lensCount(), 1);
        QCOMPARE(formatAt(view, quote).underlineStyle(), QTextCharFormat::NoUnderline);
        QCOMPARE(QSettings().value(u"view/lenses"_s).toStringList(), QStringList{u"actors"_s});
    }

    void badUserLensIsNamed()
    {
        QVERIFY(
            writeFile(Models::LensDefinitions::userFolder(), u"broken.xml"_s, "<?xml version=\"1.0\"?>\n<language name=\"Broken\">\n<oops>\n</language>\n"));
        App::MainWindow window;
        QVERIFY(openCorpus(window));
        window.reloadLenses();
        auto *box = window.findChild<QMessageBox *>(u"errorMessage"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(Models::LensDefinitions::userFolder() + u"/broken.xml:4"_s)), qPrintable(box->text()));
        box->close();
        // The built-in lenses still work.
        window.setLensEnabled(u"dates"_s, true);
        window.documentView()->highlighter()->finishPending();
        const qsizetype date = window.documentView()->document()->toPlainText().indexOf(u"March 18"_s);
        QCOMPARE(formatAt(window.documentView(), date).underlineStyle(), QTextCharFormat::DotLine);
        window.setLensEnabled(u"dates"_s, false);
    }

    void themes()
    {
        App::MainWindow window;
        QVERIFY(openCorpus(window));
        QAction *dark = menuAction(window, "themeMenu", u"Breeze Dark"_s);
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(window.documentView()->palette().color(QPalette::Base).lightness() < 128);
        QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"Breeze Dark"_s);
        QAction *light = menuAction(window, "themeMenu", u"Breeze Light"_s);
        QVERIFY(light);
        light->trigger();
        QVERIFY(window.documentView()->palette().color(QPalette::Base).lightness() > 128);
        menuAction(window, "themeMenu", QString())->trigger();
        QCOMPARE(QSettings().value(u"view/theme"_s).toString(), QString());
        // Following the system on a light palette: the light Breeze theme.
        QCOMPARE(window.documentView()->highlighter()->theme().name(), u"Breeze Light"_s);
    }

    void annotateAllOccurrences()
    {
        App::MainWindow window;
        const QString root = m_dir.filePath(u"occurrences"_s);
        QVERIFY(writeFile(root,
            u"a.txt"_s,
            u"Korvath met korvath and Korvathian envoys. 👩‍⚕️Korvath stayed; (Korvath) left.\nKorvath_2 and Korvath."_s.toUtf8()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &App::MainWindow::importFinished);
        QVERIFY(window.openPath(root));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        const qint64 doc = window.project()->documentIdForPath(u"a.txt"_s).value();
        window.showDocument(doc);
        Models::AnnotationStore *store = window.project()->annotations();
        const qint64 entity = store->performAddEntity(Models::Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}).value();
        const qint64 person = store->labelByPath(u"Actor › Person"_s)->id;
        Models::Annotation first;
        first.documentId = doc;
        first.labelId = person;
        first.start = 0;
        first.end = 7;
        first.quote = u"Korvath"_s;
        first.entityId = entity;
        const qint64 id = store->performAdd(first).value();
        const QString text = window.project()->documentText(doc);
        // Where the annotations start; -1 for one without the label, the entity or its text.
        const auto starts = [&] {
            QList<qsizetype> out;
            for (const Models::Annotation &a : store->annotations(doc)) {
                out << (a.entityId == entity && a.labelId == person && a.quote == text.mid(a.start, a.end - a.start) ? a.start : -1);
            }
            return out;
        };

        // Annotate › Annotate All Occurrences (Ctrl+Alt+O) on the selected span opens the preview.
        QSettings().setValue(u"annotate/occurrencesInCorpus"_s, false); // the scope last used
        QCOMPARE(window.annotateAllOccurrences(0), nullptr); // nothing selected: a status message only
        window.documentView()->setCurrentAnnotation(id);
        window.documentView()->setFocus();
        QTest::keyClick(window.documentView(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        auto *dialog = window.findChild<Widgets::BulkAnnotateDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        if (dialog->isSearching()) {
            QSignalSpy searched(dialog, &Widgets::BulkAnnotateDialog::searchFinished);
            QVERIFY(searched.wait(30000));
        }
        QCOMPARE(dialog->scopeBox()->currentIndex(), 0); // this document, by default
        // Whole words, case-sensitive: not "korvath", "Korvathian" or "Korvath_2"; an emoji before is no letter.
        QCOMPARE(dialog->model()->totalCount(), 3);
        QVERIFY2(dialog->findChild<QLabel *>(u"description"_s)->text().contains(u"to tag as Actor › Person, linked to Anselm Korvath"_s),
            qPrintable(dialog->findChild<QLabel *>(u"description"_s)->text()));
        QSignalSpy applied(dialog, &Widgets::BulkAnnotateDialog::applied);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(30000));
        const QList<qsizetype> expected{0, text.indexOf(u"Korvath stayed"_s), text.indexOf(u"(Korvath)"_s) + 1, text.lastIndexOf(u"Korvath."_s)};
        QCOMPARE(starts(), expected);
        QCOMPARE(window.documentView()->highlighter()->spans().size(), 4); // the view shows them at once
        window.project()->undoStack()->undo(); // one step
        QCOMPARE(starts(), QList<qsizetype>{0});
        QCOMPARE(window.documentView()->highlighter()->spans().size(), 1);
        window.project()->undoStack()->redo();
        QCOMPARE(starts(), expected);
        // Ignoring case adds "korvath"; what is tagged already is skipped.
        QPointer<Widgets::BulkAnnotateDialog> second = window.annotateAllOccurrences(id);
        QVERIFY(second);
        second->caseSensitiveBox()->setChecked(false);
        if (second->isSearching()) {
            QSignalSpy searched(second.data(), &Widgets::BulkAnnotateDialog::searchFinished);
            QVERIFY(searched.wait(30000));
        }
        QCOMPARE(second->model()->totalCount(), 1);
        QSignalSpy appliedAgain(second.data(), &Widgets::BulkAnnotateDialog::applied);
        second->applyChecked();
        QVERIFY(appliedAgain.wait(30000));
        QCOMPARE(starts().size(), 5);
        QTRY_VERIFY(!second); // closed and deleted
    }

    void suggestionDockAcceptsWithOneKey()
    {
        App::MainWindow window;
        QVERIFY(openCorpus(window));
        auto *dock = window.findChild<QDockWidget *>(u"suggestionDock"_s);
        QVERIFY(dock && !dock->isVisible());
        Widgets::SuggestionPanel *panel = window.suggestionPanel();
        QVERIFY(panel->suggestions().isEmpty()); // not computed while hidden
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(panel->suggestions().size(), 3);
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QCOMPARE(window.project()->annotations()->annotations(window.documentView()->documentId()).size(), 1);
        QCOMPARE(panel->suggestions().size(), 2);
        window.project()->undoStack()->undo();
        QCOMPARE(panel->suggestions().size(), 3);
    }
};

QTEST_MAIN(LensesWindowTest)
#include "lenseswindow_test.moc"
