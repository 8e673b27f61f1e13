// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/suggestionstore.h>
#include <widgets/suggestionpanel.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using namespace Scholion::Widgets;

class SuggestionPanelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LensDefinitions> m_lenses;
    qint64 m_doc = 0;
    const QString m_text = u"🇺🇦 Korvath said: “We will give €1.2bn, 👩‍⚕️ too,” on March 18.\nDonors pledged 800 million dollars.\n"_s;

    AnnotationStore *store() const { return m_project->annotations(); }

    // The document's annotations as "label «quote» entity [attributes]", from the database.
    QStringList annotations() const
    {
        QStringList out;
        for (const Annotation &a : store()->annotations(m_doc)) {
            QStringList values;
            for (const AttributeValue &value : store()->attributeValues(a.id)) {
                values << value.value;
            }
            values.sort();
            out << u"%1 «%2» %3 [%4]"_s.arg(store()->labelPath(a.labelId), a.quote).arg(a.entityId).arg(values.join(u','));
        }
        return out;
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
        QVERIFY(writeFile(m_dir->filePath(u"corpus"_s), u"a.txt"_s, m_text.toUtf8()));
        ImportOptions options;
        options.corpusRoot = m_dir->filePath(u"corpus"_s);
        options.projectPath = m_dir->filePath(u"p.sqlite"_s);
        QCOMPARE(CorpusImporter(options).run().added, 1);
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(options.projectPath));
        m_doc = m_project->documentIdForPath(u"a.txt"_s).value();
        QVERIFY(store()->performAddEntity(Entity{0, u"Anselm Korvath"_s, u"Person"_s, {u"Korvath"_s}, {}}));
        m_lenses = std::make_unique<LensDefinitions>();
        m_lenses->followEntities(store());
    }

    void cleanup()
    {
        m_lenses.reset();
        m_project.reset();
        m_dir.reset();
    }

    void stepAcceptRejectWithKeys()
    {
        SuggestionPanel panel(m_project.get(), m_lenses.get());
        panel.setDocument(m_doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QStringList texts;
        for (const Suggestion &s : panel.suggestions()) {
            texts << s.text;
        }
        QCOMPARE(texts, (QStringList{u"Korvath"_s, u"We will give €1.2bn, 👩‍⚕️ too"_s, u"€1.2bn"_s, u"March 18"_s, u"800 million dollars"_s}));
        QCOMPARE(panel.list()->topLevelItemCount(), 5);
        QCOMPARE(panel.currentIndex(), 0);

        QSignalSpy activated(&panel, &SuggestionPanel::suggestionActivated);
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_F8);
        QCOMPARE(panel.currentIndex(), 1);
        QCOMPARE(activated.count(), 1);
        const qsizetype quote = m_text.indexOf(u"We will"_s);
        QCOMPARE(activated.last().at(1).value<qsizetype>(), quote);
        QTest::keyClick(panel.list(), Qt::Key_F8, Qt::ShiftModifier);
        QTest::keyClick(panel.list(), Qt::Key_F8, Qt::ShiftModifier); // wraps
        QCOMPARE(panel.currentIndex(), 4);

        // Enter accepts the current one: an aid figure with its amount.
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QCOMPARE(annotations(), (QStringList{u"Aid figure «800 million dollars» 0 [800000000,USD]"_s}));
        QCOMPARE(panel.suggestions().size(), 4);
        QCOMPARE(m_project->undoStack()->undoText(), u"Accept “800 million dollars” as Aid figure"_s);
        m_project->undoStack()->undo();
        QVERIFY(annotations().isEmpty());
        QCOMPARE(panel.suggestions().size(), 5); // it is offered again
        m_project->undoStack()->redo();
        QCOMPARE(annotations().size(), 1);

        // Delete rejects: remembered in the project, not offered again.
        panel.setCurrentIndex(0);
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(panel.suggestions().size(), 3);
        QVERIFY(std::none_of(panel.suggestions().cbegin(), panel.suggestions().cend(), [](const Suggestion &s) {
            return s.text == u"Korvath"_s;
        }));
        QCOMPARE(SuggestionStore(m_project->path()).rejectedCount(), 1);
        QCOMPARE(annotations().size(), 1); // a rejection annotates nothing
    }

    void acceptAllIsOneUndoStep()
    {
        SuggestionPanel panel(m_project.get(), m_lenses.get());
        panel.setDocument(m_doc);
        const int before = m_project->undoStack()->count();
        QCOMPARE(panel.acceptAll(), 5);
        QVERIFY2(panel.errorString().isEmpty(), qPrintable(panel.errorString()));
        QCOMPARE(m_project->undoStack()->count(), before + 1);
        const QStringList accepted = annotations();
        const qint64 korvath = store()->matchingEntities(u"Korvath"_s).value(0).id;
        QCOMPARE(accepted,
            (QStringList{u"Actor › Person «Korvath» %1 []"_s.arg(korvath),
                u"Quote «We will give €1.2bn, 👩‍⚕️ too» 0 []"_s,
                u"Aid figure «€1.2bn» 0 [1200000000,EUR]"_s,
                u"Date «March 18» 0 []"_s,
                u"Aid figure «800 million dollars» 0 [800000000,USD]"_s}));
        QVERIFY(panel.suggestions().isEmpty());
        m_project->undoStack()->undo();
        QVERIFY(annotations().isEmpty());
        QCOMPARE(panel.suggestions().size(), 5);
        m_project->undoStack()->redo();
        QCOMPARE(annotations(), accepted);
        QVERIFY(panel.suggestions().isEmpty());

        // Only the lenses asked for.
        m_project->undoStack()->undo();
        panel.setLensIds({u"dates"_s});
        QCOMPARE(panel.suggestions().size(), 1);
        panel.setDocument(0);
        QVERIFY(panel.suggestions().isEmpty());
    }
};

QTEST_MAIN(SuggestionPanelTest)
#include "suggestionpanel_test.moc"
