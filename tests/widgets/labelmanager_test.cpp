// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/labeltreemodel.h>
#include <models/project.h>
#include <models/projectdatabase.h>
#include <widgets/labelmanager.h>

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
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

namespace
{
const QString kText = u"Talks in Serenne ended. “We stand with Marrel,” said Korvath. Donors pledged $ 500 million on 3 March.\n"_s;
} // namespace

class LabelManagerTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LabelManager> m_manager;
    qint64 m_doc = 0;
    QStringList m_questions;
    bool m_answer = true;

    AnnotationStore *store() const { return m_project->annotations(); }
    QUndoStack *undoStack() const { return m_project->undoStack(); }
    QTreeView *view() const { return m_manager->view(); }
    qint64 labelId(const QString &path) const { return store()->labelByPath(path).value_or(Label{}).id; }

    QStringList paths(AnnotationStore *labels) const
    {
        QStringList out;
        const QList<Label> all = labels->labels();
        for (const Label &label : all) {
            out << labels->labelPath(label.id);
        }
        return out;
    }

    qint64 annotate(const QString &quote, const QString &label)
    {
        Annotation a;
        a.documentId = m_doc;
        a.labelId = labelId(label);
        a.start = kText.indexOf(quote);
        a.end = a.start + quote.size();
        a.quote = quote;
        auto *command = new AddAnnotationCommand(store(), a);
        undoStack()->push(command);
        return command->annotationId();
    }

    // Clicks the name of label \a path, as the analyst would.
    void click(const QString &path, Qt::KeyboardModifiers modifiers = {})
    {
        const QModelIndex index = m_manager->model()->indexOfLabel(labelId(path));
        QVERIFY2(index.isValid(), qPrintable(path));
        view()->scrollTo(index);
        const QRect rect = view()->visualRect(index);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    QLineEdit *openEditor() const
    {
        const QList<QLineEdit *> editors = view()->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *editor : editors) {
            if (editor->isVisible()) {
                return editor;
            }
        }
        return nullptr;
    }

    QLabel *messageLabel() const { return m_manager->findChild<QLabel *>(u"labelMessage"_s); }
    QLabel *warningLabel() const { return m_manager->findChild<QLabel *>(u"contrastWarning"_s); }

    void undoAll()
    {
        while (undoStack()->canUndo()) {
            undoStack()->undo();
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeFile(m_dir->path(), u"a.txt"_s, kText.toUtf8()));
        ImportOptions options;
        options.corpusRoot = m_dir->path();
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 1);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        m_doc = m_project->documentIdForPath(u"a.txt"_s).value();
        m_manager = std::make_unique<LabelManager>();
        m_manager->setProject(m_project.get());
        m_questions.clear();
        m_answer = true;
        m_manager->setConfirmation([this](const QString &question) {
            m_questions << question;
            return m_answer;
        });
        // A light page, whatever the platform theme.
        QPalette palette = view()->palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        view()->setPalette(palette);
        m_manager->resize(640, 560);
        m_manager->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_manager.get()));
        m_manager->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_manager.get()));
    }

    void cleanup()
    {
        m_manager.reset();
        m_project.reset();
        m_dir.reset();
    }

    void showsTheSchema()
    {
        QCOMPARE(view()->model(), m_manager->model());
        QCOMPARE(view()->dragDropMode(), QAbstractItemView::InternalMove);
        QCOMPARE(view()->defaultDropAction(), Qt::MoveAction);
        QCOMPARE(m_manager->model()->rowCount(), 5);
        QVERIFY(view()->isExpanded(m_manager->model()->indexOfLabel(labelId(u"Actor"_s))));
        QCOMPARE(m_manager->currentLabel(), 0);
        auto *deleteAction = m_manager->findChild<QAction *>(u"deleteLabel"_s);
        QVERIFY(deleteAction);
        QVERIFY(!deleteAction->isEnabled());

        click(u"Aid figure › Humanitarian"_s);
        QCOMPARE(m_manager->currentLabel(), labelId(u"Aid figure › Humanitarian"_s));
        QCOMPARE(m_manager->selectedLabels(), QList<qint64>{labelId(u"Aid figure › Humanitarian"_s)});
        QVERIFY(deleteAction->isEnabled());

        m_project->close();
        QCOMPARE(m_manager->model()->rowCount(), 0);
        QCOMPARE(m_manager->currentLabel(), 0);
        QVERIFY(!m_manager->findChild<QAction *>(u"addLabel"_s)->isEnabled());
        QCOMPARE(m_manager->addChildLabel(), 0);
    }

    void renameWithF2()
    {
        const QList<Label> before = store()->labels();
        click(u"Quote"_s);
        QTest::keyClick(view(), Qt::Key_F2);
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"Quote"_s);
        QCOMPARE(editor->selectedText(), u"Quote"_s);
        QTest::keyClicks(editor, u"Citation"_s);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(store()->label(before.at(4).id)->name, u"Citation"_s);
        QCOMPARE(undoStack()->count(), 1);
        QTRY_VERIFY(!openEditor());
        QCOMPARE(m_manager->currentLabel(), before.at(4).id);

        // The shortcut column, the same way; a taken key is refused with a message.
        const QModelIndex key = m_manager->model()->indexOfLabel(before.at(4).id, LabelTreeModel::ShortcutColumn);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(key).center());
        QTest::keyClick(view(), Qt::Key_F2);
        editor = openEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor, u"P"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!openEditor());
        QCOMPARE(store()->label(before.at(4).id)->shortcut, u"Q"_s);
        QVERIFY2(m_manager->message().contains(u"Person"_s), qPrintable(m_manager->message()));

        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QCOMPARE(m_manager->model()->indexOfLabel(before.at(4).id).data().toString(), u"Quote"_s);
    }

    void addLabels()
    {
        const QList<Label> before = store()->labels();
        QSet<QString> colours;
        for (const Label &label : before) {
            colours.insert(label.color.name());
        }

        // A child of the selected label, named at once.
        click(u"Actor"_s);
        const qint64 child = m_manager->addChildLabel();
        QVERIFY(child != 0);
        std::optional<Label> added = store()->label(child);
        QCOMPARE(added->parentId, labelId(u"Actor"_s));
        QCOMPARE(added->name, u"New label"_s);
        QVERIFY(!colours.contains(added->color.name()));
        QVERIFY(LabelTreeModel::hasEnoughContrast(added->color, Qt::white, Qt::black));
        QCOMPARE(m_manager->currentLabel(), child);
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor, u"Ministry"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(store()->labelPath(child), u"Actor › Ministry"_s);
        QTRY_VERIFY(!openEditor());
        colours.insert(added->color.name());

        // Top-level labels: by the button whatever is selected, or by Add with nothing selected.
        const qint64 top = m_manager->addTopLevelLabel();
        QCOMPARE(store()->label(top)->parentId, 0);
        QCOMPARE(store()->label(top)->name, u"New label"_s);
        QVERIFY(!colours.contains(store()->label(top)->color.name()));
        colours.insert(store()->label(top)->color.name());
        const QRect last = view()->visualRect(m_manager->model()->indexOfLabel(top));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(last.center().x(), last.bottom() + 40)); // empty space
        QCOMPARE(m_manager->currentLabel(), 0);
        const qint64 second = m_manager->addChildLabel();
        QCOMPARE(store()->label(second)->parentId, 0);
        QCOMPARE(store()->label(second)->name, u"New label 2"_s);
        QVERIFY(!colours.contains(store()->label(second)->color.name()));
        QCOMPARE(m_manager->model()->rowCount(), 7);

        undoStack()->undo();
        undoStack()->undo();
        QCOMPARE(m_manager->model()->rowCount(), 5);
        undoStack()->undo(); // the rename
        QCOMPARE(store()->labelPath(child), u"Actor › New label"_s);
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
    }

    void keepsViewStateAcrossResets()
    {
        const QModelIndex actor = m_manager->model()->indexOfLabel(labelId(u"Actor"_s));
        view()->collapse(actor);
        click(u"Quote"_s);
        click(u"Date"_s, Qt::ControlModifier);
        // A label added elsewhere (another panel, undo) resets the model: selection and
        // collapsed labels stay.
        undoStack()->push(new AddLabelCommand(store(), Label{0, 0, u"Place"_s, QColor(u"#123456"_s), {}, {}, 0}));
        QCOMPARE(m_manager->model()->rowCount(), 6);
        QCOMPARE(m_manager->currentLabel(), labelId(u"Date"_s));
        QCOMPARE(m_manager->selectedLabels(), (QList<qint64>{labelId(u"Quote"_s), labelId(u"Date"_s)}));
        QVERIFY(!view()->isExpanded(m_manager->model()->indexOfLabel(labelId(u"Actor"_s))));
        QVERIFY(view()->isExpanded(m_manager->model()->indexOfLabel(labelId(u"Event"_s))));
        undoStack()->undo();
        QCOMPARE(m_manager->currentLabel(), labelId(u"Date"_s));
        QVERIFY(!view()->isExpanded(m_manager->model()->indexOfLabel(labelId(u"Actor"_s))));
    }

    void deleteAsksFirst()
    {
        annotate(u"Korvath"_s, u"Actor › Person"_s);
        annotate(u"Serenne"_s, u"Actor › State"_s);
        const QList<Label> before = store()->labels();
        const int annotations = m_project->counts().annotations;
        QCOMPARE(annotations, 2);
        const int commands = undoStack()->count();

        click(u"Actor"_s);
        m_answer = false;
        QVERIFY(!m_manager->deleteCurrent());
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.last().contains(u"“Actor”"_s), qPrintable(m_questions.last()));
        QVERIFY2(m_questions.last().contains(u"2 annotation"_s), qPrintable(m_questions.last()));
        QVERIFY2(m_questions.last().contains(u"3 sub-label"_s), qPrintable(m_questions.last()));
        QCOMPARE(store()->labels(), before);
        QCOMPARE(undoStack()->count(), commands);

        m_answer = true;
        QVERIFY(m_manager->deleteCurrent());
        QVERIFY(!store()->labelByPath(u"Actor"_s));
        QCOMPARE(m_project->counts().annotations, 0);
        QCOMPARE(m_manager->model()->rowCount(), 4);
        QCOMPARE(m_manager->currentLabel(), labelId(u"Quote"_s)); // the next label is selected
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QCOMPARE(m_project->counts().annotations, 2);
        QCOMPARE(m_manager->model()->indexOfLabel(labelId(u"Actor"_s), LabelTreeModel::AnnotationsColumn).data().toInt(), 2);

        // The Delete key, on a label without annotations.
        click(u"Event › Visit"_s);
        QVERIFY(view()->hasFocus());
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(m_questions.size(), 3);
        QVERIFY2(m_questions.last().contains(u"“Event › Visit” and 0 annotation"_s), qPrintable(m_questions.last()));
        QVERIFY(!store()->labelByPath(u"Event › Visit"_s));
        QCOMPARE(m_manager->currentLabel(), labelId(u"Event › Meeting"_s)); // no label below: the one above
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
    }

    void mergeTwoLabels()
    {
        annotate(u"Korvath"_s, u"Actor › Person"_s);
        annotate(u"Donors"_s, u"Actor › Organisation"_s);
        const QList<Label> before = store()->labels();
        const qint64 person = labelId(u"Actor › Person"_s);
        const qint64 organisation = labelId(u"Actor › Organisation"_s);

        // Select Person, then Ctrl+click Organisation: Organisation is current and kept.
        click(u"Actor › Person"_s);
        click(u"Actor › Organisation"_s, Qt::ControlModifier);
        QCOMPARE(m_manager->currentLabel(), organisation);
        QCOMPARE(m_manager->selectedLabels(), (QList<qint64>{person, organisation}));
        QVERIFY(m_manager->mergeSelected());
        QVERIFY(!store()->label(person));
        QCOMPARE(store()->annotationCountForLabel(organisation), 2);
        QCOMPARE(m_manager->model()->indexOfLabel(organisation, LabelTreeModel::AnnotationsColumn).data().toInt(), 2);
        QCOMPARE(m_manager->currentLabel(), organisation);
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QCOMPARE(store()->annotationCountForLabel(person), 1);

        // A label cannot go into a label below it.
        click(u"Actor"_s);
        click(u"Actor › State"_s, Qt::ControlModifier);
        QVERIFY(!m_manager->mergeSelected());
        QVERIFY2(m_manager->message().contains(u"below"_s), qPrintable(m_manager->message()));
        QVERIFY(messageLabel()->isVisible());
        QCOMPARE(store()->labels(), before);

        // Three at once: one undo step.
        click(u"Event › Call"_s);
        click(u"Event › Meeting"_s, Qt::ControlModifier);
        click(u"Event › Visit"_s, Qt::ControlModifier);
        QVERIFY(m_manager->mergeSelected());
        QCOMPARE(m_manager->model()->rowCount(m_manager->model()->indexOfLabel(labelId(u"Event"_s))), 1);
        QVERIFY(!messageLabel()->isVisible());
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
    }

    void recolourWarnsAboutContrast()
    {
        const QList<Label> before = store()->labels();
        click(u"Quote"_s);
        QVERIFY(m_manager->contrastWarning().isEmpty());
        QVERIFY(!warningLabel()->isVisible());

        QVERIFY(m_manager->recolour(QColor(u"#ffff00"_s)));
        QCOMPARE(store()->label(labelId(u"Quote"_s))->color, QColor(u"#ffff00"_s));
        QVERIFY(warningLabel()->isVisible());
        QVERIFY(m_manager->contrastWarning().contains(u"Quote"_s));
        QVERIFY(m_manager->contrastWarning().contains(u"darker"_s));
        // Undo takes the colour and the warning away.
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QVERIFY(!warningLabel()->isVisible());

        QVERIFY(m_manager->recolour(QColor(u"#6a3d9a"_s)));
        QVERIFY(!warningLabel()->isVisible());
        QCOMPARE(m_manager->model()->indexOfLabel(labelId(u"Quote"_s)).data(Qt::DecorationRole).value<QColor>(), QColor(u"#6a3d9a"_s));
        QVERIFY(!m_manager->recolour(QColor()));
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);

        // Nothing selected: nothing to recolour.
        view()->selectionModel()->clearSelection();
        QVERIFY(!m_manager->recolour(QColor(u"#123456"_s)));
        QCOMPARE(store()->labels(), before);
    }

    void exportThenImportIntoAFreshProject()
    {
        // A schema that is not the default one.
        click(u"Quote"_s);
        QTest::keyClick(view(), Qt::Key_F2);
        QVERIFY(openEditor());
        QTest::keyClicks(openEditor(), u"Citation"_s);
        QTest::keyClick(openEditor(), Qt::Key_Return);
        QTRY_VERIFY(store()->labelByPath(u"Citation"_s));
        click(u"Event"_s);
        QVERIFY(m_manager->addChildLabel());
        QVERIFY(openEditor());
        QTest::keyClicks(openEditor(), u"Press conference"_s);
        QTest::keyClick(openEditor(), Qt::Key_Return);
        QTRY_VERIFY(store()->labelByPath(u"Event › Press conference"_s));

        const QString file = m_dir->filePath(u"schema.json"_s);
        QVERIFY(m_manager->exportSchema(file));
        const QByteArray exported = readFile(file);
        QCOMPARE(exported, store()->exportSchema());
        QVERIFY(QJsonDocument::fromJson(exported).isObject());
        QVERIFY(m_manager->message().contains(u"15 labels"_s) || m_manager->message().contains(u"15 label"_s));
        QVERIFY(!m_manager->exportSchema(m_dir->filePath(u"no/such/folder/schema.json"_s)));
        QVERIFY(m_manager->message().startsWith(u"Cannot write"_s));
        const QStringList exportedPaths = paths(store());

        // Into the same project: every name is there already, so nothing is added (merged).
        const QList<Label> labelsA = store()->labels();
        QVERIFY(m_manager->importSchema(file));
        QVERIFY2(m_manager->message().contains(u"Imported 0 new label"_s), qPrintable(m_manager->message()));
        QCOMPARE(store()->labels(), labelsA);
        undoStack()->undo(); // the empty import
        QCOMPARE(store()->labels(), labelsA);

        // A fresh project with no schema yet (one scratch label keeps the default schema out).
        const QString fresh = m_dir->filePath(u"fresh.sqlite"_s);
        {
            ProjectDatabase db;
            QVERIFY(db.open(fresh));
            QVERIFY(db.exec(u"INSERT INTO labels (name, color, position) VALUES ('Scratch', '#888888', 0)"_s));
        }
        Project freshProject;
        QVERIFY(freshProject.open(fresh));
        QCOMPARE(freshProject.annotations()->labels().size(), 1);
        m_manager->setProject(&freshProject);
        QCOMPARE(m_manager->model()->rowCount(), 1);

        // Importing is one undoable step.
        QVERIFY(m_manager->importSchema(file));
        QVERIFY2(m_manager->message().contains(u"15 new label"_s), qPrintable(m_manager->message()));
        QCOMPARE(m_manager->model()->rowCount(), 6);
        QCOMPARE(freshProject.undoStack()->count(), 1);
        freshProject.undoStack()->undo();
        QCOMPARE(freshProject.annotations()->labels().size(), 1);
        QCOMPARE(freshProject.annotations()->relationTypes().size(), 0);
        freshProject.undoStack()->redo();
        QCOMPARE(freshProject.annotations()->labels().size(), 16);

        // Without the scratch label, the fresh project has exactly the exported schema.
        m_manager->selectLabel(freshProject.annotations()->labelByPath(u"Scratch"_s)->id);
        QVERIFY(m_manager->deleteCurrent());
        QCOMPARE(paths(freshProject.annotations()), exportedPaths);
        QCOMPARE(freshProject.annotations()->exportSchema(), exported);
        freshProject.undoStack()->undo();
        QCOMPARE(freshProject.annotations()->labels().size(), 16);
        QVERIFY(freshProject.annotations()->labelByPath(u"Scratch"_s));

        // A file that is not a schema, and one that is missing.
        QVERIFY(writeFile(m_dir->path(), u"broken.json"_s, "{ \"labels\": [ "));
        QVERIFY(!m_manager->importSchema(m_dir->filePath(u"broken.json"_s)));
        QVERIFY2(m_manager->message().contains(u"not a label schema"_s), qPrintable(m_manager->message()));
        QVERIFY(!m_manager->importSchema(m_dir->filePath(u"missing.json"_s)));
        QVERIFY(m_manager->message().startsWith(u"Cannot read"_s));
        QCOMPARE(freshProject.annotations()->labels().size(), 16);

        // Back to the first project: its history is intact.
        m_manager->setProject(m_project.get());
        QCOMPARE(m_manager->model()->rowCount(), 5);
        undoAll();
        QCOMPARE(paths(store()).at(4), u"Quote"_s);
        QCOMPARE(store()->labels().size(), 14);
    }
};

QTEST_MAIN(LabelManagerTest)
#include "labelmanager_test.moc"
