// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationcommands.h>
#include <models/annotationlistmodel.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/entitylistmodel.h>
#include <models/project.h>
#include <models/projectdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
// Text with everything that breaks naive offsets: emoji (surrogate pairs), a ZWJ sequence,
// a flag, combining marks, CJK and right-to-left script.
const QString kText = u"Talks in Serenne 🤝 ended.\n\n“We stand with Marrel,” said Korvath; the nurse 👩‍⚕️ agreed.\n"
                      "Rene\u0301e Duval pledged $ 500 million 🇺🇦.\n特使は「支援を続ける」と述べた。\nقال المندوب: نحن هنا من أجل السلام\n"_s;

// Everything stored about annotations and document status, as comparable text.
QString snapshot(const QString &projectPath)
{
    ProjectDatabase db;
    if (!db.open(projectPath, ProjectDatabase::Access::ReadOnly)) {
        return u"cannot open: "_s + db.errorString();
    }
    QString out;
    QSqlQuery query(u"SELECT id, document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, coalesce(entity_id, 0), coalesce(note, '<null>'), "
                    "author, created_at, anchor_state FROM annotations ORDER BY id"_s,
        db.database());
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 13; ++i) {
            fields << query.value(i).toString();
        }
        out += fields.join(u'|') + u'\n';
    }
    QSqlQuery entities(
        u"SELECT e.id, e.name, coalesce(e.type, ''), coalesce(e.note, ''), "
        "(SELECT group_concat(alias || '=' || alias_key, ';') FROM (SELECT alias, alias_key FROM entity_aliases WHERE entity_id = e.id ORDER BY alias)) "
        "FROM entities e ORDER BY e.id"_s,
        db.database());
    while (entities.next()) {
        out += u"entity %1 %2 %3 %4 [%5]\n"_s.arg(entities.value(0).toString(),
            entities.value(1).toString(),
            entities.value(2).toString(),
            entities.value(3).toString(),
            entities.value(4).toString());
    }
    QSqlQuery labels(u"SELECT id, coalesce(parent_id, 0), name, color, shortcut, description, position FROM labels ORDER BY id"_s, db.database());
    while (labels.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i) {
            fields << labels.value(i).toString();
        }
        out += u"label "_s + fields.join(u'|') + u'\n';
    }
    QSqlQuery declared(u"SELECT id, label_id, name, type, coalesce(choices, ''), position FROM label_attributes ORDER BY id"_s, db.database());
    while (declared.next()) {
        out += u"attribute %1 %2 %3 %4 %5 %6\n"_s.arg(declared.value(0).toString(),
            declared.value(1).toString(),
            declared.value(2).toString(),
            declared.value(3).toString(),
            declared.value(4).toString(),
            declared.value(5).toString());
    }
    QSqlQuery types(u"SELECT id, name, coalesce(source_label_id, 0), coalesce(target_label_id, 0) FROM relation_types ORDER BY id"_s, db.database());
    while (types.next()) {
        out += u"type %1 %2 %3>%4\n"_s.arg(types.value(0).toString(), types.value(1).toString(), types.value(2).toString(), types.value(3).toString());
    }
    QSqlQuery relations(u"SELECT id, type_id, source_id, target_id, author, created_at FROM relations ORDER BY id"_s, db.database());
    while (relations.next()) {
        out += u"relation %1 %2 %3>%4 %5 %6\n"_s.arg(relations.value(0).toString(),
            relations.value(1).toString(),
            relations.value(2).toString(),
            relations.value(3).toString(),
            relations.value(4).toString(),
            relations.value(5).toString());
    }
    QSqlQuery values(u"SELECT annotation_id, attribute_id, value FROM annotation_attributes ORDER BY annotation_id, attribute_id"_s, db.database());
    while (values.next()) {
        out += u"value %1 %2 %3\n"_s.arg(values.value(0).toString(), values.value(1).toString(), values.value(2).toString());
    }
    QSqlQuery documents(u"SELECT id, status, annotation_count, coalesce(note, '<null>') FROM documents ORDER BY id"_s, db.database());
    while (documents.next()) {
        out += u"doc %1 status %2 count %3 note %4\n"_s.arg(documents.value(0).toString(),
            documents.value(1).toString(),
            documents.value(2).toString(),
            documents.value(3).toString());
    }
    return out;
}
} // namespace

class AnnotationStoreTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_doc = 0;
    qint64 m_other = 0;

    AnnotationStore *store() const { return m_project->annotations(); }
    qint64 labelId(const QString &path) const { return store()->labelByPath(path).value_or(Label{}).id; }
    QString path() const { return m_project->path(); }

    Annotation span(const QString &quote, const QString &label, qint64 document = 0) const
    {
        Annotation a;
        a.documentId = document ? document : m_doc;
        a.labelId = labelId(label);
        a.start = kText.indexOf(quote);
        a.end = a.start + quote.size();
        a.quote = quote;
        return a;
    }

    qint64 add(const QString &quote, const QString &label)
    {
        auto *command = new AddAnnotationCommand(store(), span(quote, label));
        m_project->undoStack()->push(command);
        return command->annotationId();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeFile(m_dir->path(), u"a.txt"_s, kText.toUtf8()));
        QVERIFY(writeFile(m_dir->path(), u"b.txt"_s, "Another article about Korvath.\n"));
        ImportOptions options;
        options.corpusRoot = m_dir->path();
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 2);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        m_doc = m_project->documentIdForPath(u"a.txt"_s).value();
        m_other = m_project->documentIdForPath(u"b.txt"_s).value();
        QCOMPARE(m_project->documentText(m_doc), kText);
        store()->setAuthor(u"tester"_s);
    }

    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void spansOfIsWhatDrawingNeedsInTheOrderOfAnnotations()
    {
        const qint64 said = add(u"said Korvath"_s, u"Quote"_s);
        const qint64 korvath = add(u"Korvath"_s, u"Actor › Person"_s);
        const qint64 nurse = add(u"nurse 👩‍⚕️"_s, u"Actor › Person"_s);
        const qint64 pledge = add(u"$ 500 million 🇺🇦"_s, u"Aid figure › Financial"_s);
        const qint64 again = add(u"Korvath"_s, u"Actor"_s); // the same span under another label
        QList<AnnotationSpan> expected;
        for (const Annotation &a : store()->annotations(m_doc)) {
            expected.append({a.id, a.labelId, a.start, a.end});
        }
        QCOMPARE(expected.size(), 5);
        QCOMPARE(store()->spansOf(m_doc), expected);
        // By start, longest first, then by id.
        QCOMPARE(expected.at(0).id, said);
        QCOMPARE(expected.at(1).id, korvath);
        QCOMPARE(expected.at(2).id, again);
        QCOMPARE(expected.at(3).id, nurse);
        QCOMPARE(expected.at(4).id, pledge);
        QCOMPARE(expected.at(4).labelId, labelId(u"Aid figure › Financial"_s));
        QCOMPARE(kText.sliced(expected.at(3).start, expected.at(3).end - expected.at(3).start), u"nurse 👩‍⚕️"_s);
        QVERIFY(store()->spansOf(m_other).isEmpty());
        QVERIFY(store()->spansOf(9999).isEmpty());
        // The count kept by triggers only sizes the list: a wrong one loses nothing.
        ProjectDatabase db;
        QVERIFY(db.open(path()));
        QVERIFY(db.exec(u"UPDATE documents SET annotation_count = 1 WHERE id = %1"_s.arg(m_doc)));
        QCOMPARE(store()->spansOf(m_doc), expected);
    }

    void anchorsStartingWithZeroWidthNoBreakSpaceAreStoredWhole()
    {
        // Two articles joined with their byte order marks: U+FEFF in the middle of the text.
        // SQLite drops a leading U+FEFF of text bound as UTF-16; a quote or context that
        // starts with one must still come back whole. A noncharacter U+FFFE reads back as
        // U+FFFD from text and quotes alike.
        const QString joined = u"First article.\uFEFFSecond \uFFFE article.\n"_s;
        QVERIFY(writeFile(m_dir->path(), u"joined.txt"_s, joined.toUtf8()));
        ImportOptions options;
        options.corpusRoot = m_dir->path();
        options.projectPath = path();
        QCOMPARE(CorpusImporter(options).run().added, 1);
        const qint64 doc = m_project->documentIdForPath(u"joined.txt"_s).value();
        const QString text = m_project->documentText(doc);
        QCOMPARE(text, QString(joined).replace(QChar(0xFFFE), QChar(0xFFFD)));
        const qsizetype second = text.indexOf(QChar(0xFEFF));
        Annotation a;
        a.documentId = doc;
        a.labelId = labelId(u"Quote"_s);
        a.start = second; // the quote starts with U+FEFF
        a.end = text.size() - 1;
        a.quote = text.sliced(a.start, a.end - a.start);
        auto *starting = new AddAnnotationCommand(store(), a);
        m_project->undoStack()->push(starting);
        a.start = 0; // this one's suffix starts with it
        a.end = second;
        a.quote = text.sliced(0, a.end);
        auto *before = new AddAnnotationCommand(store(), a);
        m_project->undoStack()->push(before);
        QVERIFY(starting->annotationId() && before->annotationId());
        const Annotation stored = store()->annotation(starting->annotationId()).value();
        QCOMPARE(stored.quote, u"\uFEFFSecond \uFFFD article."_s);
        QVERIFY(store()->annotation(before->annotationId())->suffix.startsWith(u"\uFEFFSecond"_s));
        QVERIFY(store()->inconsistentAnnotations().isEmpty());
        // Removed and brought back by undo: the row as it was, U+FEFF included.
        m_project->undoStack()->push(new RemoveAnnotationCommand(store(), stored));
        QVERIFY(!store()->annotation(starting->annotationId()));
        m_project->undoStack()->undo();
        QCOMPARE(store()->annotation(starting->annotationId()).value(), stored);
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        m_project->undoStack()->redo();
        QCOMPARE(store()->annotation(starting->annotationId()).value(), stored);
        QVERIFY(store()->inconsistentAnnotations().isEmpty());
    }

    void defaultSchema()
    {
        const QList<Label> labels = store()->labels();
        QCOMPARE(labels.size(), 14);
        QStringList paths;
        for (const Label &label : labels) {
            paths << store()->labelPath(label.id);
        }
        QCOMPARE(paths,
            (QStringList{u"Actor"_s,
                u"Actor › Person"_s,
                u"Actor › Organisation"_s,
                u"Actor › State"_s,
                u"Quote"_s,
                u"Aid figure"_s,
                u"Aid figure › Military"_s,
                u"Aid figure › Humanitarian"_s,
                u"Aid figure › Financial"_s,
                u"Date"_s,
                u"Event"_s,
                u"Event › Call"_s,
                u"Event › Meeting"_s,
                u"Event › Visit"_s}));
        QCOMPARE(store()->labelByPath(u"Quote"_s)->shortcut, u"Q"_s);
        QCOMPARE(store()->labelByPath(u"Actor › Person"_s)->color, QColor(u"#2b8cbe"_s));
        QCOMPARE(store()->labelWithDescendants(labelId(u"Event"_s)).size(), 4);
        ProjectDatabase db;
        QVERIFY(db.open(path(), ProjectDatabase::Access::ReadOnly));
        QSqlQuery relations(u"SELECT r.name, s.name, t.name FROM relation_types r JOIN labels s ON s.id = r.source_label_id "
                            "JOIN labels t ON t.id = r.target_label_id ORDER BY r.id"_s,
            db.database());
        QStringList found;
        while (relations.next()) {
            found << u"%1:%2>%3"_s.arg(relations.value(0).toString(), relations.value(1).toString(), relations.value(2).toString());
        }
        QCOMPARE(found,
            (QStringList{u"said_by:Quote>Actor"_s,
                u"spoke_with:Actor>Actor"_s,
                u"pledged_by:Aid figure>Actor"_s,
                u"pledged_to:Aid figure>Actor"_s,
                u"on_date:Event>Date"_s}));
        QSqlQuery attributes(u"SELECT name, type FROM label_attributes ORDER BY position"_s, db.database());
        QStringList names;
        while (attributes.next()) {
            names << attributes.value(0).toString() + u':' + attributes.value(1).toString();
        }
        QCOMPARE(names, (QStringList{u"amount:number"_s, u"currency:choice"_s, u"kind:choice"_s}));
    }

    void offsetsSurviveEveryScript_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::newRow("after an emoji") << u"ended"_s;
        QTest::newRow("curly quote") << u"“We stand with Marrel,”"_s;
        QTest::newRow("ZWJ sequence") << u"👩‍⚕️"_s;
        QTest::newRow("combining mark") << u"Rene\u0301e Duval"_s;
        QTest::newRow("flag") << u"🇺🇦"_s;
        QTest::newRow("CJK") << u"「支援を続ける」"_s;
        QTest::newRow("RTL") << u"نحن هنا من أجل السلام"_s;
    }

    void offsetsSurviveEveryScript()
    {
        QFETCH(QString, quote);
        const qint64 id = add(quote, u"Quote"_s);
        QVERIFY(id != 0);
        const Annotation stored = store()->annotation(id).value();
        QCOMPARE(stored.quote, quote);
        QCOMPARE(stored.start, kText.indexOf(quote)); // UTF-16 code units
        QCOMPARE(kText.mid(stored.start, stored.end - stored.start), quote);
        QCOMPARE(stored.prefix, kText.mid(std::max<qsizetype>(0, stored.start - 32), std::min<qsizetype>(32, stored.start)).right(stored.prefix.size()));
        QVERIFY(stored.prefix.size() <= 32 && stored.suffix.size() <= 32);
        QVERIFY(kText.mid(stored.end).startsWith(stored.suffix));
        QCOMPARE(stored.author, u"tester"_s);
        QVERIFY(store()->inconsistentAnnotations().isEmpty());
    }

    void invalidSpansAreRefused_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        const qsizetype emoji = kText.indexOf(u"🤝"_s);
        QTest::newRow("empty") << qsizetype(3) << qsizetype(3);
        QTest::newRow("reversed") << qsizetype(5) << qsizetype(3);
        QTest::newRow("negative") << qsizetype(-1) << qsizetype(3);
        QTest::newRow("past the end") << kText.size() - 2 << kText.size() + 1;
        QTest::newRow("starts inside a surrogate pair") << emoji + 1 << emoji + 4;
        QTest::newRow("ends inside a surrogate pair") << emoji - 2 << emoji + 1;
    }

    void invalidSpansAreRefused()
    {
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QSignalSpy errors(store(), &AnnotationStore::errorOccurred);
        QSignalSpy added(store(), &AnnotationStore::annotationAdded);
        Annotation a;
        a.documentId = m_doc;
        a.labelId = labelId(u"Quote"_s);
        a.start = start;
        a.end = end;
        const QString before = snapshot(path());
        auto *command = new AddAnnotationCommand(store(), a);
        m_project->undoStack()->push(command);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(m_project->undoStack()->count(), 0); // the refused command was dropped
        QCOMPARE(snapshot(path()), before);
        QVERIFY(!store()->errorString().isEmpty());
    }

    void doUndoRedo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("add") << u"add"_s;
        QTest::newRow("remove") << u"remove"_s;
        QTest::newRow("retag") << u"retag"_s;
        QTest::newRow("note") << u"note"_s;
        QTest::newRow("range") << u"range"_s;
        QTest::newRow("status") << u"status"_s;
        QTest::newRow("document note") << u"document note"_s;
        QTest::newRow("attribute") << u"attribute"_s;
    }

    // do → undo → redo, each compared with what the database holds.
    void doUndoRedo()
    {
        QFETCH(QString, kind);
        const qint64 existing = add(u"Korvath"_s, u"Actor › Person"_s);
        QVERIFY(existing != 0);
        const Annotation annotation = store()->annotation(existing).value();
        QUndoStack *stack = m_project->undoStack();
        const qint64 figure = kind == u"attribute"_s ? add(u"$ 500 million"_s, u"Aid figure › Humanitarian"_s) : 0;
        const QString before = snapshot(path());
        QSignalSpy errors(store(), &AnnotationStore::errorOccurred);

        QUndoCommand *command = nullptr;
        if (kind == u"add"_s) {
            command = new AddAnnotationCommand(store(), span(u"Marrel"_s, u"Actor › State"_s));
        } else if (kind == u"remove"_s) {
            command = new RemoveAnnotationCommand(store(), annotation);
        } else if (kind == u"retag"_s) {
            command = new SetAnnotationLabelCommand(store(), annotation, labelId(u"Actor › Organisation"_s));
        } else if (kind == u"note"_s) {
            command = new SetAnnotationNoteCommand(store(), annotation, u"Check the spelling — Kórvath?"_s);
        } else if (kind == u"range"_s) {
            const qsizetype start = kText.indexOf(u"said Korvath"_s);
            command = new SetAnnotationRangeCommand(store(), annotation, start, start + 12);
        } else if (kind == u"attribute"_s) {
            const QList<LabelAttribute> attributes = store()->attributesFor(labelId(u"Aid figure › Humanitarian"_s));
            QCOMPARE(attributes.size(), 3); // declared on Aid figure, inherited
            command = new SetAttributeCommand(store(), figure, attributes.first(), QString(), u"500000000"_s);
        } else if (kind == u"status"_s) {
            command = new SetDocumentStatusCommand(store(), m_doc, DocumentStatus::New, DocumentStatus::Done);
        } else {
            command = new SetDocumentNoteCommand(store(), m_doc, QString(), u"Check the figures against the ministry's release."_s);
        }
        stack->push(command);
        const QString after = snapshot(path());
        QVERIFY(after != before);
        QVERIFY(!stack->undoText().isEmpty());

        stack->undo();
        QCOMPARE(snapshot(path()), before);
        stack->redo();
        QCOMPARE(snapshot(path()), after);
        stack->undo();
        stack->undo(); // and the annotation before it too
        QCOMPARE(store()->annotations(m_doc).size(), figure ? 1 : 0);
        stack->redo();
        stack->redo();
        QCOMPARE(snapshot(path()), after);
        QCOMPARE(errors.count(), 0);
        QVERIFY(store()->inconsistentAnnotations().isEmpty());
    }

    void boundaryNudgesMergeIntoOneStep()
    {
        const qint64 id = add(u"Korvath"_s, u"Actor › Person"_s);
        QUndoStack *stack = m_project->undoStack();
        const Annotation original = store()->annotation(id).value();
        for (int grow = 1; grow <= 3; ++grow) {
            stack->push(new SetAnnotationRangeCommand(store(), store()->annotation(id).value(), original.start, original.end + grow));
        }
        QCOMPARE(stack->count(), 2); // the add, and one merged adjustment
        QCOMPARE(store()->annotation(id)->quote, kText.mid(original.start, original.length() + 3));
        stack->undo();
        QCOMPARE(store()->annotation(id)->quote, u"Korvath"_s);
    }

    void undoAcrossDocuments()
    {
        const qint64 first = add(u"Korvath"_s, u"Actor › Person"_s);
        Annotation other;
        other.documentId = m_other;
        other.labelId = labelId(u"Actor › Person"_s);
        other.start = 22;
        other.end = 29;
        other.quote = u"Korvath"_s;
        QSignalSpy removed(store(), &AnnotationStore::annotationRemoved);
        m_project->undoStack()->push(new AddAnnotationCommand(store(), other));
        m_project->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), m_other); // the signal names the document
        m_project->undoStack()->undo();
        QCOMPARE(removed.last().at(1).toLongLong(), first);
        QCOMPARE(m_project->counts().annotations, 0);
    }

    void bulkAddIsOneStepAllOrNothing()
    {
        const qint64 person = labelId(u"Actor › Person"_s);
        const qint64 aid = labelId(u"Aid figure"_s);
        qint64 amount = 0;
        for (const LabelAttribute &attribute : store()->attributesFor(aid)) {
            if (attribute.name == u"amount"_s) {
                amount = attribute.id;
            }
        }
        QVERIFY(amount);
        const auto item = [&](qint64 document, const QString &quote, qint64 label, const QList<AttributeValue> &attributes = {}) {
            const QString text = m_project->documentText(document);
            AnnotationWithAttributes a;
            a.annotation.documentId = document;
            a.annotation.labelId = label;
            a.annotation.start = text.indexOf(quote);
            a.annotation.end = a.annotation.start + quote.size();
            a.annotation.quote = quote;
            a.attributes = attributes;
            return a;
        };
        const QList<AnnotationWithAttributes> items{item(m_doc, u"Korvath"_s, person), item(m_doc, u"Marrel"_s, person), item(m_other, u"Korvath"_s, person)};
        const QString before = snapshot(path());

        // One bad span refuses the whole batch.
        QList<AnnotationWithAttributes> broken = items;
        broken[2].annotation.end = 10000;
        QVERIFY(!store()->performAddMany(broken));
        QCOMPARE(snapshot(path()), before);
        // So does an attribute the label does not declare.
        broken = items;
        broken[1].attributes = {AttributeValue{0, amount, u"5"_s}};
        QVERIFY(!store()->performAddMany(broken));
        QCOMPARE(snapshot(path()), before);
        // And a cancel from the progress callback (a batch larger than one report interval).
        QList<AnnotationWithAttributes> many;
        for (int i = 0; i < 600; ++i) {
            many << items.at(i % 3);
        }
        int reports = 0;
        QVERIFY(!store()->performAddMany(many, nullptr, [&reports](qsizetype, qsizetype) {
            return ++reports < 2;
        }));
        QCOMPARE(reports, 2);
        QCOMPARE(snapshot(path()), before);

        // Through the undo stack: one step, one signal per change of the set, exact restore.
        QSignalSpy reset(store(), &AnnotationStore::annotationsReset);
        QSignalSpy added(store(), &AnnotationStore::annotationAdded);
        m_project->undoStack()->push(new AddAnnotationsCommand(store(), items, u"Tag three"_s));
        QCOMPARE(m_project->undoStack()->undoText(), u"Tag three"_s);
        QCOMPARE(m_project->counts().annotations, 3);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(reset.first().first().value<QList<qint64>>(), (QList<qint64>{std::min(m_doc, m_other), std::max(m_doc, m_other)}));
        QCOMPARE(added.count(), 0);
        QCOMPARE(store()->annotations(m_doc).constFirst().author, u"tester"_s);
        const QString after = snapshot(path());
        m_project->undoStack()->undo();
        QCOMPARE(snapshot(path()), before);
        m_project->undoStack()->redo();
        QCOMPARE(snapshot(path()), after);
        m_project->undoStack()->undo();

        // Rows a worker wrote (here another store on its own connection): recorded, then undone and redone.
        QList<AnnotationWithAttributes> stored;
        {
            ProjectDatabase db;
            QVERIFY(db.open(path()));
            AnnotationStore worker(&db);
            worker.setAuthor(u"tester"_s);
            QList<AnnotationWithAttributes> withAmount{item(m_doc, u"Korvath"_s, person)};
            const QString text = m_project->documentText(m_doc);
            const qsizetype at = text.indexOf(u"500"_s);
            if (at >= 0) {
                AnnotationWithAttributes money;
                money.annotation.documentId = m_doc;
                money.annotation.labelId = aid;
                money.annotation.start = at;
                money.annotation.end = at + 3;
                money.annotation.quote = u"500"_s;
                money.attributes = {AttributeValue{0, amount, u"500000000"_s}};
                withAmount << money;
            }
            QVERIFY(worker.performAddMany(withAmount, &stored));
            QCOMPARE(stored.size(), withAmount.size());
            QVERIFY(stored.constFirst().annotation.id > 0);
        }
        const QString written = snapshot(path());
        reset.clear();
        store()->announceAdded(stored);
        QCOMPARE(reset.count(), 1);
        m_project->undoStack()->push(new AddAnnotationsCommand(store(), stored, u"Accept"_s, true));
        QCOMPARE(snapshot(path()), written); // the push wrote nothing a second time
        m_project->undoStack()->undo();
        QCOMPARE(snapshot(path()), before);
        m_project->undoStack()->redo();
        QCOMPARE(snapshot(path()), written);
    }

    void countsAndDocumentSignals()
    {
        QSignalSpy changed(m_project.get(), &Project::documentChanged);
        add(u"Korvath"_s, u"Actor › Person"_s);
        add(u"Marrel"_s, u"Actor › State"_s);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.first().first().toLongLong(), m_doc);
        QCOMPARE(m_project->documentRow(m_doc)->annotationCount, 2);
        m_project->undoStack()->push(new SetDocumentStatusCommand(store(), m_doc, DocumentStatus::New, DocumentStatus::NeedsReview));
        QCOMPARE(m_project->documentRow(m_doc)->status, DocumentStatus::NeedsReview);
        QCOMPARE(store()->documentStatus(m_doc), DocumentStatus::NeedsReview);
    }

    void listModelFollowsTheStore()
    {
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());
        model.setDocument(m_doc);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const qint64 marrel = add(u"Marrel"_s, u"Actor › State"_s);
        const qint64 talks = add(u"Talks"_s, u"Event › Meeting"_s);
        const qint64 korvath = add(u"Korvath"_s, u"Actor › Person"_s);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        // Rows follow the text order, whatever the order of tagging.
        QCOMPARE(model.index(0, AnnotationListModel::TextColumn).data().toString(), u"Talks"_s);
        QCOMPARE(model.index(1, AnnotationListModel::TextColumn).data().toString(), u"Marrel"_s);
        QCOMPARE(model.index(2, AnnotationListModel::TextColumn).data().toString(), u"Korvath"_s);
        QCOMPARE(model.index(2, AnnotationListModel::LabelColumn).data().toString(), u"Actor › Person"_s);
        QCOMPARE(model.index(0, 0).data(AnnotationIdRole).toLongLong(), talks);
        QCOMPARE(model.rowOfAnnotation(korvath), 2);

        // Another document's changes do not show here.
        Annotation other;
        other.documentId = m_other;
        other.labelId = labelId(u"Quote"_s);
        other.start = 0;
        other.end = 7;
        m_project->undoStack()->push(new AddAnnotationCommand(store(), other));
        QCOMPARE(model.rowCount(), 3);

        // Editing the note in the table is an undoable command.
        QVERIFY(model.flags(model.index(1, AnnotationListModel::NoteColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, AnnotationListModel::TextColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1, AnnotationListModel::NoteColumn), u"flooded province"_s));
        QCOMPARE(store()->annotation(marrel)->note, u"flooded province"_s);
        QCOMPARE(model.index(1, AnnotationListModel::NoteColumn).data().toString(), u"flooded province"_s);
        QVERIFY(model.setData(model.index(1, 0), labelId(u"Actor › Organisation"_s), AnnotationLabelIdRole));
        QCOMPARE(model.index(1, AnnotationListModel::LabelColumn).data().toString(), u"Actor › Organisation"_s);
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        QCOMPARE(model.index(1, AnnotationListModel::NoteColumn).data().toString(), QString());
        QCOMPARE(model.index(1, AnnotationListModel::LabelColumn).data().toString(), u"Actor › State"_s);

        // Moving a span before the others moves its row.
        const qsizetype start = kText.indexOf(u"in Serenne"_s);
        m_project->undoStack()->push(new SetAnnotationRangeCommand(store(), store()->annotation(korvath).value(), start, start + 10));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.index(1, AnnotationListModel::TextColumn).data().toString(), u"in Serenne"_s);

        m_project->undoStack()->push(new RemoveAnnotationCommand(store(), store()->annotation(talks).value()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void listModelLoadsLongDocumentsInTheBackground()
    {
        // More annotations than AnnotationListModel::SynchronousLimit, written straight into the project.
        const int count = AnnotationListModel::SynchronousLimit + 1;
        const qint64 quote = labelId(u"Quote"_s);
        m_project.reset();
        {
            const QString connection = u"bulk"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(m_dir->filePath(u"p.sqlite"_s));
                QVERIFY(db.open());
                QVERIFY(db.transaction());
                QSqlQuery insert(db);
                QVERIFY(insert.prepare(u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, author, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, 'bulk', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s));
                for (int i = 0; i < count; ++i) {
                    const int start = i % 40;
                    insert.addBindValue(m_doc);
                    insert.addBindValue(quote);
                    insert.addBindValue(start);
                    insert.addBindValue(start + 3);
                    insert.addBindValue(kText.mid(start, 3));
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
                QVERIFY(db.commit());
            }
            QSqlDatabase::removeDatabase(connection);
        }
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(m_dir->filePath(u"p.sqlite"_s)));

        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &AnnotationListModel::loadingChanged);
        model.setProject(m_project.get());
        model.setDocument(m_doc);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model.rowCount(), count);
        for (int row = 1; row < count; ++row) {
            QVERIFY(!inTextOrder(model.annotationAt(row), model.annotationAt(row - 1)));
        }

        // A change while the rows are read is not lost: they are read again.
        model.setDocument(0);
        model.setDocument(m_doc);
        QVERIFY(model.isLoading());
        const qint64 added = add(u"Korvath"_s, u"Actor › Person"_s);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), count + 1);
        QVERIFY(model.rowOfAnnotation(added) >= 0);

        // Switching to a short document while a long one loads: the late rows are dropped.
        model.setDocument(m_doc);
        model.setDocument(m_other);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(model.documentId(), m_other);
        QCOMPARE(model.rowCount(), 0);
    }

    void entityCommandsUndoRedo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("create and link") << u"create"_s;
        QTest::newRow("link") << u"link"_s;
        QTest::newRow("unlink") << u"unlink"_s;
        QTest::newRow("rename and aliases") << u"update"_s;
        QTest::newRow("merge") << u"merge"_s;
    }

    // do → undo → redo for every entity command, compared with the database.
    void entityCommandsUndoRedo()
    {
        QFETCH(QString, kind);
        QUndoStack *stack = m_project->undoStack();
        const qint64 korvath = add(u"Korvath"_s, u"Actor › Person"_s);
        const qint64 korvathAgain = add(u"said Korvath"_s, u"Actor › Person"_s);
        auto *first = new CreateEntityCommand(store(), Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}, korvath);
        stack->push(first);
        const qint64 entity = first->entityId();
        QVERIFY(entity != 0);
        auto *second = new CreateEntityCommand(store(), Entity{0, u"President Korvath"_s, u"Person"_s, {}, u"duplicate"_s}, korvathAgain);
        stack->push(second);
        const QString before = snapshot(path());

        QUndoCommand *command = nullptr;
        if (kind == u"create"_s) {
            const qint64 marrel = add(u"Marrel"_s, u"Actor › State"_s);
            command = new CreateEntityCommand(store(), Entity{0, u"Marrel"_s, u"State"_s, {u"Marrel province"_s}, {}}, marrel);
        } else if (kind == u"link"_s) {
            command = new LinkEntityCommand(store(), store()->annotation(korvathAgain).value(), entity);
        } else if (kind == u"unlink"_s) {
            command = new LinkEntityCommand(store(), store()->annotation(korvath).value(), 0);
        } else if (kind == u"update"_s) {
            const Entity old = store()->entity(entity).value();
            Entity renamed = old;
            renamed.name = u"Anselm Kórvath"_s;
            renamed.aliases << u"the President"_s;
            command = new UpdateEntityCommand(store(), old, renamed);
        } else {
            command = new MergeEntitiesCommand(store(), entity, second->entityId());
        }
        const QString beforeCommand = snapshot(path());
        stack->push(command);
        const QString after = snapshot(path());
        QVERIFY(after != beforeCommand);
        stack->undo();
        QCOMPARE(snapshot(path()), beforeCommand);
        stack->redo();
        QCOMPARE(snapshot(path()), after);
        Q_UNUSED(before)
        if (kind == u"merge"_s) {
            // Mentions followed, and the merged name became an alias.
            QCOMPARE(store()->annotation(korvathAgain)->entityId, entity);
            QVERIFY(store()->entity(entity)->aliases.contains(u"President Korvath"_s));
            QVERIFY(!store()->entity(second->entityId()));
            QCOMPARE(store()->mentions(entity).size(), 2);
        }
    }

    void entitiesMatchIgnoringCaseAndAccents()
    {
        auto *command = new CreateEntityCommand(store(), Entity{0, u"Lucía Ferrand"_s, u"Person"_s, {u"Ferrand"_s, u"PM Ferrand"_s}, {}});
        m_project->undoStack()->push(command);
        const qint64 id = command->entityId();
        for (const QString &mention : {u"Lucia Ferrand"_s, u"LUCÍA FERRAND"_s, u"ferrand"_s, u"pm  ferrand"_s}) {
            const QList<Entity> matches = store()->matchingEntities(mention);
            QCOMPARE(matches.size(), 1);
            QCOMPARE(matches.first().id, id);
        }
        QVERIFY(store()->matchingEntities(u"Ferran"_s).isEmpty());
        QVERIFY(store()->matchingEntities(QString()).isEmpty());
    }

    void entityListModelCountsMentions()
    {
        EntityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());
        QCOMPARE(model.rowCount(), 0);
        const qint64 korvath = add(u"Korvath"_s, u"Actor › Person"_s);
        auto *create = new CreateEntityCommand(store(), Entity{0, u"Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}, korvath);
        m_project->undoStack()->push(create);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EntityListModel::MentionsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, EntityListModel::DocumentsColumn).data().toInt(), 1);
        Annotation other;
        other.documentId = m_other;
        other.labelId = labelId(u"Actor › Person"_s);
        other.start = 22;
        other.end = 29;
        auto *tag = new AddAnnotationCommand(store(), other);
        m_project->undoStack()->push(tag);
        m_project->undoStack()->push(new LinkEntityCommand(store(), store()->annotation(tag->annotationId()).value(), create->entityId()));
        QCOMPARE(model.index(0, EntityListModel::MentionsColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, EntityListModel::DocumentsColumn).data().toInt(), 2);
        // Renaming in the table is undoable, and the annotation list shows the new name.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(0, EntityListModel::NameColumn), u"Anselm Korvath"_s));
        QCOMPARE(model.index(0, EntityListModel::NameColumn).data().toString(), u"Anselm Korvath"_s);
        QVERIFY(model.setData(model.index(0, EntityListModel::AliasesColumn), u"Korvath, the President, Korvath"_s));
        QCOMPARE(store()->entity(create->entityId())->aliases, (QStringList{u"Korvath"_s, u"the President"_s}));
        AnnotationListModel annotations;
        annotations.setProject(m_project.get());
        annotations.setDocument(m_doc);
        QCOMPARE(annotations.index(0, AnnotationListModel::EntityColumn).data().toString(), u"Anselm Korvath"_s);
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        QCOMPARE(model.index(0, EntityListModel::NameColumn).data().toString(), u"Korvath"_s);
        QCOMPARE(reset.count(), 0);
        // Mentions in document order (by path, then position).
        const QList<Mention> mentions = store()->mentions(create->entityId());
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions.at(0).documentId, m_doc);
        QCOMPARE(mentions.at(1).documentId, m_other);
    }

    void relationTypesFitLabels()
    {
        const auto names = [this](const QString &from, const QString &to) {
            QStringList result;
            for (const RelationType &type : store()->fittingRelationTypes(labelId(from), labelId(to))) {
                result << type.name;
            }
            return result;
        };
        QCOMPARE(names(u"Quote"_s, u"Actor › Person"_s), QStringList{u"said_by"_s}); // sub-labels fit
        QCOMPARE(names(u"Actor › Person"_s, u"Quote"_s), QStringList{});
        QCOMPARE(names(u"Actor › State"_s, u"Actor"_s), QStringList{u"spoke_with"_s});
        QCOMPARE(names(u"Aid figure › Humanitarian"_s, u"Actor › State"_s), (QStringList{u"pledged_by"_s, u"pledged_to"_s}));
        QCOMPARE(names(u"Event › Call"_s, u"Date"_s), QStringList{u"on_date"_s});
    }

    void relationsUndoRedo()
    {
        QUndoStack *stack = m_project->undoStack();
        const qint64 quote = add(u"“We stand with Marrel,”"_s, u"Quote"_s);
        const qint64 speaker = add(u"Korvath"_s, u"Actor › Person"_s);
        const RelationType saidBy = store()->fittingRelationTypes(labelId(u"Quote"_s), labelId(u"Actor › Person"_s)).first();
        // The list reads every row's links at once and keeps them until something changes.
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());
        model.setDocument(m_doc);
        const auto links = [&model](qint64 id) {
            return model.index(model.rowOfAnnotation(id), AnnotationListModel::LinksColumn).data().toString();
        };
        QCOMPARE(links(speaker), QString());
        const QString before = snapshot(path());
        QSignalSpy changed(store(), &AnnotationStore::relationsChanged);
        auto *link = new AddRelationCommand(store(), Relation{0, saidBy.id, quote, speaker, {}, {}, {}});
        stack->push(link);
        QVERIFY(link->relationId() != 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_doc);
        const QString linked = snapshot(path());
        QVERIFY(linked.contains(u"relation "_s));
        QCOMPARE(store()->relationsOf(speaker).size(), 1);
        QCOMPARE(links(speaker), u"← said_by “We stand with Marrel,”"_s);
        stack->undo();
        QCOMPARE(snapshot(path()), before);
        QCOMPARE(links(speaker), QString());
        stack->redo();
        QCOMPARE(snapshot(path()), linked);
        QCOMPARE(links(quote), u"said_by → Korvath"_s);

        // Removing the quote takes its relation along; undo brings both back as they were.
        stack->push(new RemoveAnnotationCommand(store(), store()->annotation(quote).value()));
        QCOMPARE(store()->relationsOf(speaker).size(), 0);
        QCOMPARE(links(speaker), QString());
        stack->undo();
        QCOMPARE(snapshot(path()), linked);
        QCOMPARE(links(speaker), u"← said_by “We stand with Marrel,”"_s);

        stack->push(new RemoveRelationCommand(store(), store()->relation(link->relationId()).value()));
        QCOMPARE(snapshot(path()), before);
        QCOMPARE(links(quote), QString());
        stack->undo();
        QCOMPARE(snapshot(path()), linked);

        QCOMPARE(links(quote), u"said_by → Korvath"_s);
        QCOMPARE(links(speaker), u"← said_by “We stand with Marrel,”"_s);
        AnnotationListModel fresh;
        fresh.setProject(m_project.get());
        fresh.setDocument(m_doc);
        QCOMPARE(fresh.index(fresh.rowOfAnnotation(speaker), AnnotationListModel::LinksColumn).data().toString(), links(speaker));
    }

    void relationsInDocumentEitherWay()
    {
        // relationsInDocument() drives its query from the document's annotations when they are
        // fewer than the project's relations, from the relations otherwise: same answer.
        QCOMPARE(store()->relationsInDocument(m_doc).size(), 0); // no relation in the project yet
        const qint64 quote = add(u"“We stand with Marrel,”"_s, u"Quote"_s);
        const qint64 korvath = add(u"Korvath"_s, u"Actor › Person"_s);
        const qint64 marrel = add(u"Marrel"_s, u"Actor › Person"_s);
        const auto addOther = [this](qsizetype start, const QString &text, const QString &label) {
            Annotation a;
            a.documentId = m_other;
            a.labelId = labelId(label);
            a.start = start;
            a.end = start + text.size();
            a.quote = text;
            auto *command = new AddAnnotationCommand(store(), a);
            m_project->undoStack()->push(command);
            return command->annotationId();
        };
        const qint64 otherQuote = addOther(0, u"Another article"_s, u"Quote"_s);
        const qint64 otherPerson = addOther(22, u"Korvath"_s, u"Actor › Person"_s);
        QVERIFY(quote && korvath && marrel && otherQuote && otherPerson);
        QCOMPARE(store()->relationsInDocument(m_doc).size(), 0);
        const RelationType saidBy = store()->fittingRelationTypes(labelId(u"Quote"_s), labelId(u"Actor › Person"_s)).first();
        QList<qint64> relationIds;
        for (const auto &[from, to] : {std::pair{quote, korvath}, std::pair{quote, marrel}, std::pair{otherQuote, otherPerson}}) {
            auto *link = new AddRelationCommand(store(), Relation{0, saidBy.id, from, to, {}, {}, {}});
            m_project->undoStack()->push(link);
            QVERIFY(link->relationId() != 0);
            relationIds << link->relationId();
        }
        const auto ids = [](const QList<Relation> &relations) {
            QList<qint64> result;
            for (const Relation &r : relations) {
                result << r.id;
            }
            return result;
        };
        // Three relations: two annotations in the other document (from its annotations), three
        // in this one (from the relations).
        QCOMPARE(ids(store()->relationsInDocument(m_other)), QList<qint64>{relationIds.at(2)});
        QCOMPARE(ids(store()->relationsInDocument(m_doc)), (QList<qint64>{relationIds.at(0), relationIds.at(1)}));
        const Relation first = store()->relation(relationIds.at(0)).value();
        QCOMPARE(store()->relationsInDocument(m_doc).first().sourceId, first.sourceId);
        QCOMPARE(store()->relationsInDocument(m_doc).first().targetId, first.targetId);
    }

    void relationsThatDoNotFitAreRefused()
    {
        const qint64 quote = add(u"“We stand with Marrel,”"_s, u"Quote"_s);
        const qint64 date = add(u"ended"_s, u"Date"_s);
        const RelationType saidBy = store()->fittingRelationTypes(labelId(u"Quote"_s), labelId(u"Actor"_s)).first();
        QSignalSpy errors(store(), &AnnotationStore::errorOccurred);
        m_project->undoStack()->push(new AddRelationCommand(store(), Relation{0, saidBy.id, quote, date, {}, {}, {}}));
        m_project->undoStack()->push(new AddRelationCommand(store(), Relation{0, saidBy.id, quote, quote, {}, {}, {}}));
        QCOMPARE(errors.count(), 2);
        QVERIFY(errors.first().first().toString().contains(u"said_by"_s));
        QCOMPARE(store()->relationsOf(quote).size(), 0);
        QCOMPARE(m_project->undoStack()->count(), 2); // the two tags only
    }

    void labelCommandsUndoRedo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("add") << u"add"_s;
        QTest::newRow("rename and recolour") << u"update"_s;
        QTest::newRow("move under another parent") << u"move"_s;
        QTest::newRow("reorder") << u"reorder"_s;
        QTest::newRow("delete with annotations") << u"remove"_s;
        QTest::newRow("merge") << u"merge"_s;
    }

    // do → undo → redo for every label command, with annotations and relations that hang on them.
    void labelCommandsUndoRedo()
    {
        QFETCH(QString, kind);
        QUndoStack *stack = m_project->undoStack();
        const qint64 quote = add(u"“We stand with Marrel,”"_s, u"Quote"_s);
        const qint64 speaker = add(u"Korvath"_s, u"Actor › Person"_s);
        add(u"Marrel"_s, u"Actor › State"_s);
        const RelationType saidBy = store()->fittingRelationTypes(labelId(u"Quote"_s), labelId(u"Actor"_s)).first();
        stack->push(new AddRelationCommand(store(), Relation{0, saidBy.id, quote, speaker, {}, {}, {}}));
        const QString before = snapshot(path());

        QUndoCommand *command = nullptr;
        if (kind == u"add"_s) {
            command = new AddLabelCommand(store(), Label{0, labelId(u"Event"_s), u"Strike"_s, QColor(u"#aa3300"_s), u"K"_s, u"An attack"_s, 0});
        } else if (kind == u"update"_s) {
            const Label old = store()->labelByPath(u"Quote"_s).value();
            Label updated = old;
            updated.name = u"Statement"_s;
            updated.color = QColor(u"#123456"_s);
            updated.shortcut = u"T"_s;
            command = new UpdateLabelCommand(store(), old, updated);
        } else if (kind == u"move"_s) {
            command = new MoveLabelCommand(store(), store()->labelByPath(u"Actor › State"_s).value(), 0, 1);
        } else if (kind == u"reorder"_s) {
            command = new MoveLabelCommand(store(), store()->labelByPath(u"Date"_s).value(), 0, 0);
        } else if (kind == u"remove"_s) {
            QCOMPARE(store()->annotationCountForLabel(labelId(u"Actor"_s)), 2);
            command = new RemoveLabelCommand(store(), labelId(u"Actor"_s));
        } else {
            command = new MergeLabelsCommand(store(), labelId(u"Actor › Organisation"_s), labelId(u"Actor › Person"_s));
        }
        stack->push(command);
        const QString after = snapshot(path());
        QVERIFY(after != before);
        if (kind == u"remove"_s) {
            QCOMPARE(store()->labels().size(), 10); // Actor and its three sub-labels
            QCOMPARE(store()->annotations(m_doc).size(), 1);
            QCOMPARE(store()->relationsOf(quote).size(), 0);
        } else if (kind == u"merge"_s) {
            QCOMPARE(store()->labelPath(store()->annotation(speaker)->labelId), u"Actor › Organisation"_s);
        } else if (kind == u"reorder"_s) {
            QCOMPARE(store()->labels().first().name, u"Date"_s);
        } else if (kind == u"move"_s) {
            QCOMPARE(store()->labelPath(labelId(u"State"_s)), u"State"_s);
            QCOMPARE(store()->labels().at(3).name, u"State"_s); // after Actor and its two remaining children
        }
        stack->undo();
        QCOMPARE(snapshot(path()), before);
        stack->redo();
        QCOMPARE(snapshot(path()), after);
        stack->undo();
        QCOMPARE(snapshot(path()), before);
    }

    void labelRulesAreKept()
    {
        QSignalSpy errors(store(), &AnnotationStore::errorOccurred);
        QUndoStack *stack = m_project->undoStack();
        stack->push(new AddLabelCommand(store(), Label{0, labelId(u"Actor"_s), u"Person"_s, QColor(u"#000000"_s), {}, {}, 0})); // a sibling's name
        stack->push(new MoveLabelCommand(store(), store()->labelByPath(u"Actor"_s).value(), labelId(u"Actor › Person"_s), 0)); // below itself
        stack->push(new MergeLabelsCommand(store(), labelId(u"Actor › Person"_s), labelId(u"Actor"_s))); // into its own child
        QCOMPARE(errors.count(), 3);
        QCOMPARE(stack->count(), 0);
        QCOMPARE(store()->labels().size(), 14);
    }

    void schemaRoundTripsThroughJson()
    {
        const QByteArray exported = store()->exportSchema();
        QTemporaryDir dir;
        ProjectDatabase db;
        QVERIFY(db.open(dir.filePath(u"other.sqlite"_s)));
        AnnotationStore other(&db);
        QVERIFY(other.installSchema(exported));
        QCOMPARE(other.labels().size(), store()->labels().size());
        for (const Label &l : store()->labels()) {
            const std::optional<Label> copy = other.labelByPath(store()->labelPath(l.id));
            QVERIFY(copy);
            QCOMPARE(copy->color, l.color);
            QCOMPARE(copy->shortcut, l.shortcut);
            QCOMPARE(copy->description, l.description);
        }
        QCOMPARE(other.relationTypes().size(), store()->relationTypes().size());
        QCOMPARE(other.exportSchema(), exported);
        QVERIFY(!other.installSchema("{ not json"));
        QVERIFY(other.errorString().contains(u"not valid JSON"_s));
    }

    void inconsistentQuotesAreFound()
    {
        const qint64 id = add(u"Korvath"_s, u"Actor › Person"_s);
        QVERIFY(store()->inconsistentAnnotations().isEmpty());
        {
            ProjectDatabase db;
            QVERIFY(db.open(path()));
            QVERIFY(db.exec(u"UPDATE annotations SET quote = 'Ferrand' WHERE id = %1"_s.arg(id)));
        }
        QCOMPARE(store()->inconsistentAnnotations(), QList<qint64>{id});

        // Opening the project checks the same on a worker thread and reports it.
        m_project->close();
        QSignalSpy checked(m_project.get(), &Project::consistencyChecked);
        QVERIFY(m_project->open(m_dir->filePath(u"p.sqlite"_s)));
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().value<QList<qint64>>(), QList<qint64>{id});
    }

    void readOnlyProjectRefusesChanges()
    {
        m_project->close();
        QVERIFY(m_project->open(m_dir->filePath(u"p.sqlite"_s), /*readOnly=*/true));
        QSignalSpy errors(store(), &AnnotationStore::errorOccurred);
        m_project->undoStack()->push(new AddAnnotationCommand(store(), span(u"Korvath"_s, u"Quote"_s)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_project->counts().annotations, 0);
        QCOMPARE(m_project->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(AnnotationStoreTest)
#include "annotationstore_test.moc"
