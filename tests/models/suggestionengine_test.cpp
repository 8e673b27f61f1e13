// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/suggestionengine.h>
#include <models/suggestionstore.h>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{

QString escaped(QString text)
{
    return text.replace(u'\\', u"\\\\"_s).replace(u'\t', u"\\t"_s).replace(u'\n', u"\\n"_s);
}

// Code points before UTF-16 offset \a offset.
qsizetype codePoints(const QString &text, qsizetype offset)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            ++count;
        }
    }
    return count;
}

// The attributes and entity of an annotation, as text.
QString describeAnnotation(const AnnotationStore &store, const Annotation &a)
{
    QStringList values;
    for (const AttributeValue &value : store.attributeValues(a.id)) {
        values << value.value;
    }
    values.sort();
    return u"%1 %2-%3 «%4» entity=%5 [%6]"_s.arg(store.labelPath(a.labelId))
        .arg(a.start)
        .arg(a.end)
        .arg(a.quote)
        .arg(a.entityId)
        .arg(values.join(u',')); // NOLINT
}

} // namespace

class SuggestionEngineTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LensDefinitions> m_lenses;

    AnnotationStore *store() const { return m_project->annotations(); }

    void openCorpus(const QString &source)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(copyTree(source, m_dir->filePath(u"corpus"_s)));
        ImportOptions options;
        options.corpusRoot = m_dir->filePath(u"corpus"_s);
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QVERIFY(CorpusImporter(options).run().added > 0);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        store()->setAuthor(u"tester"_s);
        QVERIFY(store()->performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}));
        QVERIFY(store()->performAddEntity(Entity{0, u"Lucía Ferrand"_s, u"Person"_s, {u"Ferrand"_s}, {}}));
        QVERIFY(store()->performAddEntity(Entity{0, u"Valdoria"_s, u"State"_s, {}, {}}));
        QVERIFY(store()->performAddEntity(Entity{0, u"Terravel"_s, u"State"_s, {}, {}}));
        m_lenses = std::make_unique<LensDefinitions>();
        m_lenses->followEntities(store());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(LensDefinitions::userFolder()).removeRecursively();
    }

    void cleanup()
    {
        m_lenses.reset();
        m_project.reset();
        m_dir.reset();
    }

    void sampleCorpusGolden()
    {
        openCorpus(sampleCorpusSource());
        SuggestionEngine engine(*m_lenses, *store());
        QStringList lines{u"document\tstart_utf16\tend_utf16\tstart_code_point\tend_code_point\tlens\tlabel\ttext\tamount\tcurrency\tentity"_s};
        for (const DocumentRow &row : m_project->documentRows()) {
            const QString text = m_project->documentText(row.id);
            for (const Suggestion &s : engine.suggest(row.id, text, store()->annotations(row.id))) {
                QCOMPARE(s.text, text.mid(s.start, s.end - s.start));
                const std::optional<Entity> entity = s.entityId ? store()->entity(s.entityId) : std::nullopt;
                lines << QStringList{row.sourcePath,
                    QString::number(s.start),
                    QString::number(s.end),
                    QString::number(codePoints(text, s.start)),
                    QString::number(codePoints(text, s.end)),
                    s.lensId,
                    store()->labelPath(s.labelId),
                    escaped(s.text),
                    s.amount,
                    s.currency,
                    entity ? entity->name : QString()}
                             .join(u'\t');
            }
        }
        std::sort(lines.begin() + 1, lines.end());
        const QString golden = QStringLiteral(SCHOLION_TEST_DATA "/golden/suggestions/sample-corpus.tsv");
        const QString actual = lines.join(u'\n') + u'\n';
        if (qEnvironmentVariableIsSet("SCHOLION_UPDATE_GOLDEN")) {
            QVERIFY(writeFile(QFileInfo(golden).absolutePath(), QFileInfo(golden).fileName(), actual.toUtf8()));
        }
        const QStringList expected = QString::fromUtf8(readFile(golden)).split(u'\n');
        QCOMPARE(actual.split(u'\n'), expected);
        // Every lens with a label contributes on the sample corpus.
        for (const QString &lens : {u"\tquotes\t"_s, u"\tmoney\t"_s, u"\tdates\t"_s, u"\tactors\t"_s}) {
            QVERIFY2(actual.contains(lens), qPrintable(lens));
        }
        QVERIFY(!actual.contains(u"\thandles\t"_s));
    }

    void offsetsAndLabels()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString source = m_dir->filePath(u"src"_s);
        // CRLF on disk; the canonical text has \n, so offsets refer to that.
        QVERIFY(writeFile(source,
            u"a.txt"_s,
            u"🇺🇦 Korvath said: “We will give €1.2bn, 👩‍⚕️ too,” on March 18.\r\n"
            "Rene\u0301e: «Ось», сказав Ferrand; \"open quote\r\nand #tag @handle 18 March 2024.\r\n"_s.toUtf8()));
        ImportOptions options;
        options.corpusRoot = source;
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 1);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        const qint64 korvath = store()->performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}).value();
        m_lenses = std::make_unique<LensDefinitions>();
        m_lenses->followEntities(store());
        const qint64 doc = m_project->documentIdForPath(u"a.txt"_s).value();
        const QString text = m_project->documentText(doc);
        QVERIFY(!text.contains(u'\r'));

        SuggestionEngine engine(*m_lenses, *store());
        QStringList got;
        for (const Suggestion &s : engine.suggest(doc, text)) {
            QCOMPARE(s.text, text.mid(s.start, s.end - s.start));
            got << u"%1 %2 «%3» %4 %5 %6"_s.arg(s.lensId, store()->labelPath(s.labelId), s.text, s.amount, s.currency).arg(s.entityId);
        }
        QCOMPARE(got,
            (QStringList{u"actors Actor › Person «Korvath»   %1"_s.arg(korvath),
                u"quotes Quote «We will give €1.2bn, 👩‍⚕️ too»   0"_s,
                u"money Aid figure «€1.2bn» 1200000000 EUR 0"_s,
                u"dates Date «March 18»   0"_s,
                u"quotes Quote «Ось»   0"_s,
                u"dates Date «18 March 2024»   0"_s}));

        // Only the lenses asked for.
        engine.setLensIds({u"money"_s, u"dates"_s});
        QCOMPARE(engine.suggest(doc, text).size(), 3);
        engine.setLensIds({});

        // An annotation of the label (or below it) hides the suggestions it overlaps; another label does not.
        const auto annotation = [doc](qint64 labelId, qsizetype start, qsizetype end) {
            Annotation a;
            a.documentId = doc;
            a.labelId = labelId;
            a.start = start;
            a.end = end;
            return a;
        };
        const qint64 military = store()->labelByPath(u"Aid figure › Military"_s)->id;
        const qsizetype march = text.indexOf(u"March 18"_s);
        const Annotation date = annotation(store()->labelByPath(u"Date"_s)->id, march, march + 5);
        const qsizetype we = text.indexOf(u"We"_s);
        const Annotation aidOverQuote = annotation(military, we, we + 2);
        const qsizetype euro = text.indexOf(u"1.2"_s);
        const Annotation militaryOverMoney = annotation(military, euro, euro + 3);
        QCOMPARE(engine.suggest(doc, text, {date, aidOverQuote}).size(), 5);
        const QList<Suggestion> remaining = engine.suggest(doc, text, {date, aidOverQuote, militaryOverMoney});
        QCOMPARE(remaining.size(), 4);
        QVERIFY(std::none_of(remaining.cbegin(), remaining.cend(), [](const Suggestion &s) {
            return s.text == u"March 18"_s || s.text == u"€1.2bn"_s;
        }));
    }

    void userLensSuggestsItsLabel()
    {
        // A user lens suggests the label named like its format, when the project has one.
        QVERIFY(writeFile(LensDefinitions::userFolder(),
            u"events.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<language name=\"Ceasefires\" version=\"1\" kateversion=\"5.62\">"
            "<highlighting><contexts><context name=\"Text\" attribute=\"Normal\" lineEndContext=\"#stay\">"
            "<RegExpr attribute=\"Event\" String=\"\\bceasefire\\b\"/><RegExpr attribute=\"Truce\" String=\"\\btruce\\b\"/>"
            "</context></contexts><itemDatas><itemData name=\"Normal\" defStyleNum=\"dsNormal\"/>"
            "<itemData name=\"Event\" defStyleNum=\"dsKeyword\"/><itemData name=\"Truce\" "
            "defStyleNum=\"dsKeyword\"/></itemDatas></highlighting></language>\n"));
        openCorpus(sampleCorpusSource());
        QVERIFY(m_lenses->lens(u"user:Ceasefires"_s));
        SuggestionEngine engine(*m_lenses, *store());
        engine.setLensIds({u"user:Ceasefires"_s});
        const QString text = u"A ceasefire, not a truce.\nCeasefire talks."_s;
        const QList<Suggestion> got = engine.suggest(1, text);
        QCOMPARE(got.size(), 1); // "Truce" is no label of the project; "Ceasefire" is not the word
        QCOMPARE(got.first().text, u"ceasefire"_s);
        QCOMPARE(got.first().start, 2);
        QCOMPARE(store()->labelPath(got.first().labelId), u"Event"_s);
        QDir(LensDefinitions::userFolder()).removeRecursively();
    }

    void occurrencesAreWholeWords()
    {
        openCorpus(sampleCorpusSource());
        const qint64 person = store()->labelByPath(u"Actor › Person"_s)->id;
        const QString text = u"Korvath xKorvath Korvath\u0301 e\u0301Korvath 🙂Korvath 𝐀Korvath korvath (Korvath)."_s;
        Annotation annotation;
        annotation.documentId = 1;
        annotation.labelId = person;
        annotation.start = 0;
        annotation.end = 7;
        annotation.quote = u"Korvath"_s;
        annotation.entityId = 7;
        const auto starts = [&](bool caseSensitive, const QList<Annotation> &existing) {
            QList<qsizetype> out;
            for (const Suggestion &s : SuggestionEngine::occurrencesOf(*store(), annotation, text, existing, caseSensitive)) {
                out << (s.entityId == 7 && s.labelId == person && s.text == text.mid(s.start, s.end - s.start) ? s.start : -1);
            }
            return out;
        };
        // Not inside a word, not before a combining mark, not after a letter with one or after a
        // letter outside the BMP (𝐀); an emoji before is fine.
        const QList<qsizetype> whole{0, text.indexOf(u"🙂Korvath"_s) + 2, text.indexOf(u"(Korvath)"_s) + 1};
        QCOMPARE(starts(true, {}), whole);
        QCOMPARE(starts(false, {}), (QList<qsizetype>{0, whole.at(1), text.indexOf(u"korvath"_s), whole.at(2)}));
        QCOMPARE(starts(true, {annotation}), whole.mid(1));
    }

    void acceptRejectUndo()
    {
        openCorpus(sampleCorpusSource());
        const qint64 doc = m_project->documentIdForPath(u"02-aid-package.txt"_s).value();
        const QString text = m_project->documentText(doc);
        SuggestionEngine engine(*m_lenses, *store());
        const QList<Suggestion> all = engine.suggest(doc, text, store()->annotations(doc));
        QVERIFY(all.size() >= 4);
        QVERIFY(store()->annotations(doc).isEmpty());

        // Accept all in this document: one undo step.
        QUndoStack *stack = m_project->undoStack();
        const int before = stack->count();
        QString error;
        QCOMPARE(SuggestionStore::accept(store(), stack, all, u"Accept suggestions"_s, &error), all.size());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(stack->undoText(), u"Accept suggestions"_s);
        const auto snapshot = [&] {
            QStringList out;
            for (const Annotation &a : store()->annotations(doc)) {
                out << describeAnnotation(*store(), a);
            }
            return out;
        };
        const QStringList accepted = snapshot();
        QCOMPARE(accepted.size(), all.size());
        const Suggestion aid = *std::find_if(all.cbegin(), all.cend(), [](const Suggestion &s) {
            return s.lensId == u"money"_s && !s.amount.isEmpty();
        });
        QVERIFY2(accepted.contains(u"Aid figure %1-%2 «%3» entity=0 [%4,%5]"_s.arg(aid.start).arg(aid.end).arg(aid.text, aid.amount, aid.currency)),
            qPrintable(accepted.join(u'\n')));
        const Suggestion actor = *std::find_if(all.cbegin(), all.cend(), [](const Suggestion &s) {
            return s.entityId != 0;
        });
        QVERIFY(std::any_of(accepted.cbegin(), accepted.cend(), [&](const QString &line) {
            return line.contains(u"«%1» entity=%2"_s.arg(actor.text).arg(actor.entityId));
        }));
        // Accepted suggestions are not offered again.
        QVERIFY(engine.suggest(doc, text, store()->annotations(doc)).isEmpty());

        stack->undo();
        QVERIFY(store()->annotations(doc).isEmpty());
        QCOMPARE(engine.suggest(doc, text, store()->annotations(doc)), all);
        stack->redo();
        QCOMPARE(snapshot(), accepted);
        stack->undo();

        // Reject: remembered in the project, across connections and reopening.
        SuggestionStore suggestions(m_project->path());
        QVERIFY2(suggestions.isOpen(), qPrintable(suggestions.errorString()));
        QVERIFY(suggestions.reject(all.first(), u"tester"_s));
        QVERIFY(suggestions.reject(all.first(), u"tester"_s)); // twice is once
        QCOMPARE(suggestions.rejectedCount(), 1);
        QVERIFY(suggestions.isRejected(all.first()));
        QCOMPARE(suggestions.withoutRejected(all), all.mid(1));
        const QString path = m_project->path();
        m_project.reset();
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(path));
        SuggestionStore reopened(path);
        QCOMPARE(reopened.withoutRejected(all), all.mid(1));
        QVERIFY(reopened.unreject(all.first()));
        QCOMPARE(reopened.withoutRejected(all), all);
    }
};

QTEST_GUILESS_MAIN(SuggestionEngineTest)
#include "suggestionengine_test.moc"
