// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/colorcontrast.h>
#include <models/corpusimporter.h>
#include <models/labeltreemodel.h>
#include <models/project.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
const QString kText = u"Talks in Serenne ended. “We stand with Marrel,” said Korvath. Donors pledged $ 500 million on 3 March.\n"_s;
} // namespace

class LabelTreeModelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LabelTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_doc = 0;

    AnnotationStore *store() const { return m_project->annotations(); }
    QUndoStack *undoStack() const { return m_project->undoStack(); }
    qint64 labelId(const QString &path) const { return store()->labelByPath(path).value_or(Label{}).id; }
    QModelIndex indexOf(const QString &path, int column = LabelTreeModel::NameColumn) const { return m_model->indexOfLabel(labelId(path), column); }

    QStringList childNames(const QModelIndex &parent = {}) const
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            names << m_model->index(row, LabelTreeModel::NameColumn, parent).data().toString();
        }
        return names;
    }

    QStringList paths() const
    {
        QStringList out;
        const QList<Label> labels = store()->labels();
        for (const Label &label : labels) {
            out << store()->labelPath(label.id);
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

    int count(const QString &path) const { return indexOf(path, LabelTreeModel::AnnotationsColumn).data().toInt(); }

    // Drags label \a path and drops it under \a parentPath (empty: top level) before \a row.
    bool drop(const QString &path, const QString &parentPath, int row)
    {
        const QModelIndex dragged = indexOf(path);
        std::unique_ptr<QMimeData> data(m_model->mimeData({dragged, dragged.siblingAtColumn(LabelTreeModel::DescriptionColumn)}));
        if (!data) {
            return false;
        }
        const QModelIndex parent = parentPath.isEmpty() ? QModelIndex() : indexOf(parentPath);
        const bool can = m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
        const bool dropped = m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
        if (can != dropped && dropped) {
            qWarning("dropMimeData() accepted what canDropMimeData() refused");
            return false;
        }
        return dropped;
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
        m_model = std::make_unique<LabelTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setProject(m_project.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_project.reset();
        m_dir.reset();
    }

    void defaultSchemaShape()
    {
        QCOMPARE(m_model->columnCount(), int(LabelTreeModel::ColumnCount));
        QCOMPARE(childNames(), (QStringList{u"Actor"_s, u"Quote"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}));
        QCOMPARE(childNames(indexOf(u"Actor"_s)), (QStringList{u"Person"_s, u"Organisation"_s, u"State"_s}));
        QCOMPARE(childNames(indexOf(u"Aid figure"_s)), (QStringList{u"Military"_s, u"Humanitarian"_s, u"Financial"_s}));
        QCOMPARE(childNames(indexOf(u"Event"_s)), (QStringList{u"Call"_s, u"Meeting"_s, u"Visit"_s}));
        QCOMPARE(m_model->rowCount(indexOf(u"Quote"_s)), 0);
        QCOMPARE(m_model->rowCount(indexOf(u"Actor"_s, LabelTreeModel::ShortcutColumn)), 0); // children hang on column 0 only

        const QModelIndex person = indexOf(u"Actor › Person"_s);
        QCOMPARE(person.parent(), indexOf(u"Actor"_s));
        QCOMPARE(person.row(), 0);
        QCOMPARE(m_model->index(0, 0, indexOf(u"Actor"_s)), person);
        QCOMPARE(indexOf(u"Actor"_s).parent(), QModelIndex());
        QCOMPARE(person.data(LabelTreeModel::LabelIdRole).toLongLong(), labelId(u"Actor › Person"_s));
        QCOMPARE(person.data(Qt::DecorationRole).value<QColor>(), QColor(u"#2b8cbe"_s));
        QCOMPARE(person.data(LabelTreeModel::LabelColorRole).value<QColor>(), QColor(u"#2b8cbe"_s));
        QVERIFY(!person.siblingAtColumn(LabelTreeModel::ShortcutColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(person.siblingAtColumn(LabelTreeModel::ShortcutColumn).data().toString(), u"P"_s);
        QCOMPARE(person.siblingAtColumn(LabelTreeModel::DescriptionColumn).data().toString(), u"A named person"_s);
        QCOMPARE(person.siblingAtColumn(LabelTreeModel::AnnotationsColumn).data().toInt(), 0);
        QVERIFY(person.data(Qt::ToolTipRole).toString().contains(u"Actor › Person"_s));

        QVERIFY(person.flags() & Qt::ItemIsEditable);
        QVERIFY(person.flags() & Qt::ItemIsDragEnabled);
        QVERIFY(!(person.siblingAtColumn(LabelTreeModel::AnnotationsColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
        QCOMPARE(m_model->supportedDropActions(), Qt::MoveAction);
        QCOMPARE(m_model->mimeTypes(), QStringList{u"application/x-scholion-label"_s});
        QCOMPARE(m_model->headerData(LabelTreeModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(m_model->headerData(LabelTreeModel::AnnotationsColumn, Qt::Horizontal).toString(), u"Annotations"_s);
    }

    void followsTheProject()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        const QString path = m_project->path();
        m_project->close();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_project->open(path));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(resets.count(), 2);
        // Labels of the reopened project are followed too.
        undoStack()->push(new AddLabelCommand(store(), Label{0, 0, u"Place"_s, QColor(u"#123456"_s), {}, {}, 0}));
        QCOMPARE(childNames().last(), u"Place"_s);

        LabelTreeModel detached;
        QAbstractItemModelTester tester(&detached, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(detached.rowCount(), 0);
        Project closed;
        detached.setProject(&closed);
        QCOMPARE(detached.rowCount(), 0);
        detached.setProject(m_project.get());
        QCOMPARE(detached.rowCount(), 6);
        detached.setProject(nullptr);
        QCOMPARE(detached.rowCount(), 0);

        // Another project numbers its default labels the same way: nothing of the first stays.
        annotate(u"Korvath"_s, u"Actor › Person"_s);
        QCOMPARE(count(u"Actor"_s), 1);
        Project other;
        QVERIFY(other.open(m_dir->filePath(u"other.sqlite"_s)));
        QCOMPARE(other.annotations()->labelByPath(u"Actor"_s)->id, labelId(u"Actor"_s));
        m_model->setProject(&other);
        QCOMPARE(m_model->indexOfLabel(labelId(u"Actor"_s), LabelTreeModel::AnnotationsColumn).data().toInt(), 0);
        QVERIFY(m_model->indexOfLabel(labelId(u"Place"_s)) == QModelIndex());
        m_model->setProject(m_project.get());
        QCOMPARE(count(u"Actor"_s), 1);
    }

    void countsIncludeSubLabels()
    {
        annotate(u"Korvath"_s, u"Actor › Person"_s);
        annotate(u"Serenne"_s, u"Actor › State"_s);
        annotate(u"“We stand with Marrel,”"_s, u"Quote"_s);
        QCOMPARE(count(u"Actor"_s), 2);
        QCOMPARE(count(u"Actor › Person"_s), 1);
        QCOMPARE(count(u"Actor › Organisation"_s), 0);
        QCOMPARE(count(u"Quote"_s), 1);
        QCOMPARE(count(u"Event"_s), 0);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        annotate(u"Donors"_s, u"Actor › Organisation"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(count(u"Actor"_s), 3);
        QCOMPARE(count(u"Actor › Organisation"_s), 1);
        undoStack()->undo();
        QCOMPARE(count(u"Actor"_s), 2);
        QCOMPARE(count(u"Actor › Organisation"_s), 0);

        // Deleting a label takes its annotations; undo brings both back.
        undoStack()->push(new RemoveLabelCommand(store(), labelId(u"Actor"_s)));
        QCOMPARE(childNames(), (QStringList{u"Quote"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}));
        undoStack()->undo();
        QCOMPARE(childNames().first(), u"Actor"_s);
        QCOMPARE(count(u"Actor"_s), 2);

        // Merging moves the annotations over.
        undoStack()->push(new MergeLabelsCommand(store(), labelId(u"Actor › State"_s), labelId(u"Actor › Person"_s)));
        QCOMPARE(childNames(indexOf(u"Actor"_s)), (QStringList{u"Organisation"_s, u"State"_s}));
        QCOMPARE(count(u"Actor › State"_s), 2);
        undoStack()->undo();
        QCOMPARE(count(u"Actor › State"_s), 1);
        QCOMPARE(count(u"Actor › Person"_s), 1);
    }

    void renameIsUndoable()
    {
        const QList<Label> before = store()->labels();
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy rejected(m_model.get(), &LabelTreeModel::editRejected);
        const QPersistentModelIndex person(indexOf(u"Actor › Person"_s));
        const QPersistentModelIndex quote(indexOf(u"Quote"_s));

        QVERIFY(m_model->setData(quote, u"  Citation "_s));
        QCOMPARE(store()->label(labelId(u"Citation"_s))->name, u"Citation"_s);
        QCOMPARE(undoStack()->count(), 1);
        // A rename keeps the shape: no reset, persistent indexes stay valid.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), QModelIndex(quote));
        QVERIFY(quote.isValid() && person.isValid());
        QCOMPARE(quote.data().toString(), u"Citation"_s);
        QCOMPARE(person.data().toString(), u"Person"_s);

        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QCOMPARE(quote.data().toString(), u"Quote"_s);
        undoStack()->redo();
        QCOMPARE(quote.data().toString(), u"Citation"_s);
        undoStack()->undo();

        // Refused before reaching the store, with a reason.
        QVERIFY(!m_model->setData(quote, u"  "_s));
        QVERIFY(!m_model->setData(person, u"State"_s)); // a sibling has that name
        QCOMPARE(rejected.count(), 2);
        QVERIFY(rejected.last().at(0).toString().contains(u"State"_s));
        QVERIFY(!m_model->setData(person.sibling(person.row(), LabelTreeModel::AnnotationsColumn), 3));
        QVERIFY(!m_model->setData(person, u"X"_s, Qt::DisplayRole));
        // The same name under another parent is fine.
        QVERIFY(m_model->setData(indexOf(u"Aid figure › Military"_s), u"State"_s));
        QCOMPARE(paths().at(6), u"Aid figure › State"_s);
        // Setting the name it has changes nothing.
        QVERIFY(m_model->setData(person, u"Person"_s));
        QCOMPARE(undoStack()->count(), 1);
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
    }

    void shortcutEditing()
    {
        const QList<Label> before = store()->labels();
        QSignalSpy rejected(m_model.get(), &LabelTreeModel::editRejected);
        const QModelIndex quote = indexOf(u"Quote"_s, LabelTreeModel::ShortcutColumn);
        const QModelIndex date = indexOf(u"Date"_s, LabelTreeModel::ShortcutColumn);

        QVERIFY(m_model->setData(quote, u"ctrl+shift+k"_s));
        QCOMPARE(store()->label(labelId(u"Quote"_s))->shortcut, u"Ctrl+Shift+K"_s);
        QCOMPARE(quote.data(Qt::EditRole).toString(), u"Ctrl+Shift+K"_s);
        QCOMPARE(quote.data().toString(), QKeySequence(u"Ctrl+Shift+K"_s).toString(QKeySequence::NativeText));
        QVERIFY(m_model->setData(date, u"z"_s)); // a single key
        QCOMPARE(store()->label(labelId(u"Date"_s))->shortcut, u"Z"_s);
        QVERIFY(m_model->setData(date, u"Ctrl+Shift+K"_s) == false); // Quote's key now
        QVERIFY(rejected.last().at(0).toString().contains(u"Quote"_s));
        QVERIFY(!m_model->setData(date, u"Ctrl+Blorp"_s));
        QVERIFY(!m_model->setData(date, u"Ctrl+"_s));
        QVERIFY(!m_model->setData(date, u"Ctrl"_s));
        QCOMPARE(rejected.count(), 4);
        QVERIFY(m_model->setData(date, u""_s)); // no key
        QCOMPARE(store()->label(labelId(u"Date"_s))->shortcut, QString());
        QCOMPARE(undoStack()->count(), 3);

        QCOMPARE(LabelTreeModel::normalizedShortcut(u"F5"_s), std::optional<QString>(u"F5"_s));
        QCOMPARE(LabelTreeModel::normalizedShortcut(u"alt+1"_s), std::optional<QString>(u"Alt+1"_s));
        QCOMPARE(LabelTreeModel::normalizedShortcut(u"q"_s), std::optional<QString>(u"Q"_s));
        QCOMPARE(LabelTreeModel::normalizedShortcut(u" "_s), std::optional<QString>(QString()));
        QVERIFY(!LabelTreeModel::normalizedShortcut(u"Shift+Wibble"_s));

        while (undoStack()->canUndo()) {
            undoStack()->undo();
        }
        QCOMPARE(store()->labels(), before);
    }

    void colourAndDescriptionEditing()
    {
        const QList<Label> before = store()->labels();
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        const QModelIndex event = indexOf(u"Event"_s);

        QVERIFY(m_model->setData(event, QColor(u"#ff0000"_s), LabelTreeModel::LabelColorRole));
        QCOMPARE(store()->label(labelId(u"Event"_s))->color, QColor(u"#ff0000"_s));
        QCOMPARE(event.data(Qt::DecorationRole).value<QColor>(), QColor(u"#ff0000"_s));
        QVERIFY(m_model->setData(event, u"#00aa00"_s, LabelTreeModel::LabelColorRole)); // a colour name works too
        QCOMPARE(event.data(LabelTreeModel::LabelColorRole).value<QColor>(), QColor(u"#00aa00"_s));
        QVERIFY(m_model->setData(event, QColor(0, 0, 255, 40), LabelTreeModel::LabelColorRole)); // stored opaque
        QCOMPARE(store()->label(labelId(u"Event"_s))->color, QColor(u"#0000ff"_s));
        QVERIFY(!m_model->setData(event, QColor(), LabelTreeModel::LabelColorRole));
        QVERIFY(!m_model->setData(event, u"not a colour"_s, LabelTreeModel::LabelColorRole));

        const QModelIndex description = event.siblingAtColumn(LabelTreeModel::DescriptionColumn);
        QVERIFY(m_model->setData(description, u"Things that happen"_s));
        QCOMPARE(store()->label(labelId(u"Event"_s))->description, u"Things that happen"_s);
        QCOMPARE(description.data().toString(), u"Things that happen"_s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(undoStack()->count(), 4);

        undoStack()->undo();
        QCOMPARE(description.data().toString(), u"Something that happened or is planned"_s);
        while (undoStack()->canUndo()) {
            undoStack()->undo();
        }
        QCOMPARE(store()->labels(), before);
        QCOMPARE(event.data(Qt::DecorationRole).value<QColor>(), QColor(u"#c2571a"_s));
    }

    void dragAndDropReparents()
    {
        const QList<Label> before = store()->labels();
        std::unique_ptr<QMimeData> data(m_model->mimeData({indexOf(u"Quote"_s)}));
        QVERIFY(data);
        QCOMPARE(data->formats(), QStringList{LabelTreeModel::mimeType()});
        QCOMPARE(data->data(LabelTreeModel::mimeType()).toLongLong(), labelId(u"Quote"_s));
        QVERIFY(!m_model->mimeData({indexOf(u"Quote"_s), indexOf(u"Date"_s)})); // one label at a time
        QVERIFY(!m_model->mimeData({}));

        // Quote becomes Actor's first child.
        QVERIFY(drop(u"Quote"_s, u"Actor"_s, 0));
        QCOMPARE(childNames(), (QStringList{u"Actor"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}));
        QCOMPARE(childNames(indexOf(u"Actor"_s)), (QStringList{u"Quote"_s, u"Person"_s, u"Organisation"_s, u"State"_s}));
        QCOMPARE(store()->labelPath(before.at(4).id), u"Actor › Quote"_s);
        QCOMPARE(undoStack()->count(), 1);
        // Dropped onto a label (row -1): the last child. A sub-label becomes top-level.
        QVERIFY(drop(u"Event › Visit"_s, u"Actor"_s, -1));
        QCOMPARE(childNames(indexOf(u"Actor"_s)), (QStringList{u"Quote"_s, u"Person"_s, u"Organisation"_s, u"State"_s, u"Visit"_s}));
        QVERIFY(drop(u"Aid figure › Financial"_s, QString(), 1));
        QCOMPARE(childNames(), (QStringList{u"Actor"_s, u"Financial"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}));
        QCOMPARE(childNames(indexOf(u"Aid figure"_s)), (QStringList{u"Military"_s, u"Humanitarian"_s}));

        undoStack()->undo();
        undoStack()->undo();
        QCOMPARE(childNames(indexOf(u"Event"_s)), (QStringList{u"Call"_s, u"Meeting"_s, u"Visit"_s}));
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QCOMPARE(childNames(), (QStringList{u"Actor"_s, u"Quote"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}));
        undoStack()->redo();
        QCOMPARE(store()->labelPath(before.at(4).id), u"Actor › Quote"_s);
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
    }

    void dragAndDropReorders()
    {
        const QList<Label> before = store()->labels();
        // Up: Date before Actor.
        QVERIFY(drop(u"Date"_s, QString(), 0));
        QCOMPARE(childNames(), (QStringList{u"Date"_s, u"Actor"_s, u"Quote"_s, u"Aid figure"_s, u"Event"_s}));
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        // Down: Actor after Event (row 5 is after the last row).
        QVERIFY(drop(u"Actor"_s, QString(), 5));
        QCOMPARE(childNames(), (QStringList{u"Quote"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s, u"Actor"_s}));
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        // Down by one: Actor between Quote and Aid figure.
        QVERIFY(drop(u"Actor"_s, QString(), 2));
        QCOMPARE(childNames(), (QStringList{u"Quote"_s, u"Actor"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}));
        undoStack()->undo();
        // Among siblings.
        QVERIFY(drop(u"Event › Visit"_s, u"Event"_s, 0));
        QCOMPARE(childNames(indexOf(u"Event"_s)), (QStringList{u"Visit"_s, u"Call"_s, u"Meeting"_s}));
        undoStack()->undo();
        QCOMPARE(store()->labels(), before);
        QCOMPARE(undoStack()->index(), 0);

        // Dropping a label where it is changes nothing and pushes nothing.
        const int commands = undoStack()->count();
        QVERIFY(!drop(u"Actor"_s, QString(), 0));
        QVERIFY(!drop(u"Actor"_s, QString(), 1));
        QVERIFY(!drop(u"Event"_s, QString(), -1));
        QVERIFY(!drop(u"Event › Visit"_s, u"Event"_s, -1));
        QCOMPARE(undoStack()->count(), commands);
        QCOMPARE(undoStack()->index(), 0);
    }

    void refusesDropsBelowItself()
    {
        const QList<Label> before = store()->labels();
        QVERIFY(!drop(u"Actor"_s, u"Actor"_s, 0));
        QVERIFY(!drop(u"Actor"_s, u"Actor › Person"_s, -1));
        QVERIFY(!drop(u"Actor"_s, u"Actor › State"_s, 0));
        std::unique_ptr<QMimeData> data(m_model->mimeData({indexOf(u"Quote"_s)}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, indexOf(u"Actor"_s)));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, 0, 0, indexOf(u"Actor"_s)));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::IgnoreAction, 0, 0, indexOf(u"Actor"_s))); // nothing to do
        QMimeData foreign;
        foreign.setText(u"Quote"_s);
        QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
        QMimeData stale;
        stale.setData(LabelTreeModel::mimeType(), "999999");
        QVERIFY(!m_model->dropMimeData(&stale, Qt::MoveAction, 0, 0, {}));
        // Not beside a label of the same name.
        undoStack()->push(new AddLabelCommand(store(), Label{0, 0, u"Person"_s, QColor(u"#123456"_s), {}, {}, 0}));
        QVERIFY(!drop(u"Actor › Person"_s, QString(), 0));
        undoStack()->undo();
        QCOMPARE(undoStack()->index(), 0);
        QCOMPARE(store()->labels(), before);
    }

    void undoKeepsOrderWhenPositionsHaveGaps()
    {
        // Deleting Military leaves Humanitarian at stored position 1 but row 0.
        undoStack()->push(new RemoveLabelCommand(store(), labelId(u"Aid figure › Military"_s)));
        QCOMPARE(childNames(indexOf(u"Aid figure"_s)), (QStringList{u"Humanitarian"_s, u"Financial"_s}));
        const QStringList order = paths();
        QVERIFY(drop(u"Aid figure › Humanitarian"_s, QString(), -1));
        QCOMPARE(childNames(indexOf(u"Aid figure"_s)), QStringList{u"Financial"_s});
        undoStack()->undo();
        QCOMPARE(childNames(indexOf(u"Aid figure"_s)), (QStringList{u"Humanitarian"_s, u"Financial"_s}));
        QCOMPARE(paths(), order);
        undoStack()->undo();
        QCOMPARE(childNames(indexOf(u"Aid figure"_s)), (QStringList{u"Military"_s, u"Humanitarian"_s, u"Financial"_s}));
    }

    void contrastRatio_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
        QTest::newRow("same colour") << QColor(u"#1f6fb4"_s) << QColor(u"#1f6fb4"_s) << 1.0;
        QTest::newRow("#777777 on white") << QColor(u"#777777"_s) << QColor(Qt::white) << 4.478;
        QTest::newRow("pure red on white") << QColor(Qt::red) << QColor(Qt::white) << 3.998;
        QTest::newRow("alpha is ignored") << QColor(0, 0, 0, 10) << QColor(Qt::white) << 21.0;
    }

    void contrastRatio()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(std::abs(Scholion::Models::contrastRatio(a, b) - ratio) < 0.005, qPrintable(QString::number(Scholion::Models::contrastRatio(a, b))));
    }

    void hasEnoughContrast()
    {
        const QColor white(Qt::white);
        const QColor black(Qt::black);
        const QColor darkPage(u"#1e1e1e"_s);
        const QColor lightText(u"#f0f0f0"_s);
        // Every colour of the default schema reads well on light and dark pages.
        const QList<Label> labels = store()->labels();
        for (const Label &label : labels) {
            QVERIFY2(LabelTreeModel::hasEnoughContrast(label.color, white, black), qPrintable(label.name));
            QVERIFY2(LabelTreeModel::hasEnoughContrast(label.color, darkPage, lightText), qPrintable(label.name));
        }
        // Yellow on white: the underline disappears.
        QVERIFY(!LabelTreeModel::hasEnoughContrast(QColor(u"#ffff00"_s), white, black));
        QVERIFY(!LabelTreeModel::hasEnoughContrast(QColor(u"#f4f4f4"_s), white, black));
        // Near-black on a dark page: the same.
        QVERIFY(!LabelTreeModel::hasEnoughContrast(QColor(u"#101018"_s), darkPage, lightText));
        // Grey text has too little contrast on any tint of a light page.
        QVERIFY(!LabelTreeModel::hasEnoughContrast(QColor(u"#1f6fb4"_s), white, QColor(u"#777777"_s)));
        // Dark text on a dark page fails whatever the label.
        QVERIFY(!LabelTreeModel::hasEnoughContrast(QColor(u"#ff7f0e"_s), darkPage, QColor(u"#333333"_s)));
    }
};

QTEST_MAIN(LabelTreeModelTest)
#include "labeltreemodel_test.moc"
