// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Instruction-count regression gates (issue #7): three hot paths measured with QBENCHMARK.
// Run plainly, they report wall time; run with -callgrind (instructiongates.py does, under
// valgrind), they report instructions per iteration — the same count on a loaded machine as
// on an idle one — which instructiongates.py compares with the checked-in baseline.
//
//   documentSwitch   T4: show a 4 KB document with 50 annotations in the reading view and paint it
//   spanCreation     T6: tag a word (store transaction + highlighter + paint) and undo it, 50000
//                    spans present in a 1 MB article
//   search           T8: the first 50 hits with context for a common word over 2000 documents
//
// Setup is outside QBENCHMARK: only the measured blocks count.

#include "annotationgenerator.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/reanchor.h>
#include <models/search/searchengine.h>
#include <widgets/documentview.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Widgets;

namespace
{

// A small deterministic generator (an LCG): the same corpus on every run and machine.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }

private:
    quint64 m_state;
};

QString sentence(Random &random)
{
    static const char16_t *const parts[] = {
        u"President Korvath spoke with Prime Minister Ferrand on March 18.",
        u"“We will not stand aside,” the minister said on Tuesday.",
        u"The aid package is worth $ 500 million, officials said.",
        u"Donors pledged 800 million dollars for reconstruction in Serenne.",
        u"Ми відбудуємо, said the deputy mayor 🇺🇦.",
        u"The envoy 👩‍⚕️ met the delegation; talks went on until late.",
        u"特使は支援を続けると述べた。",
        u"A ceasefire was agreed after three days of negotiations.",
    };
    return QString::fromUtf16(parts[random.below(int(std::size(parts)))]);
}

QString article(Random &random, qsizetype approxChars)
{
    QString text;
    while (text.size() < approxChars) {
        for (int i = 0; i < 4; ++i) {
            text += sentence(random) + u' ';
        }
        text.chop(1);
        text += u"\n\n"_s;
    }
    return text;
}

// Word ranges of \a text: runs of letters and digits.
QList<std::pair<qsizetype, qsizetype>> words(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// Inserts one annotation per range in one transaction, labels in turn from \a labels.
bool insertSpans(const QString &projectPath,
    qint64 documentId,
    const QString &text,
    const QList<std::pair<qsizetype, qsizetype>> &ranges,
    const QList<qint64> &labels)
{
    return Scholion::Bench::insertAnchoredAnnotations(
        projectPath,
        documentId,
        text,
        ranges,
        [&labels](qsizetype i) {
            return labels.at(i % labels.size());
        },
        u"gates"_s);
}

QList<DocumentView::Span> spansOf(AnnotationStore *store, qint64 documentId)
{
    QList<DocumentView::Span> spans;
    for (const AnnotationSpan &a : store->spansOf(documentId)) {
        spans.append({a.id, a.start, a.end, store->label(a.labelId).value_or(Label{}).color});
    }
    return spans;
}

} // namespace

class InstructionGates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_projectPath;
    qint64 m_small[2] = {0, 0};
    qint64 m_big = 0;
    QImage m_image;

    void paint(QWidget *widget)
    {
        if (m_image.size() != widget->size()) {
            m_image = QImage(widget->size(), QImage::Format_ARGB32_Premultiplied);
        }
        widget->render(&m_image);
    }

    void buildFixture(const QString &folder)
    {
        const QString corpus = QDir(folder).filePath(u"corpus"_s);
        QDir(corpus).removeRecursively();
        Random random(20261205);
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(writeText(QDir(corpus).filePath(u"news/%1.txt"_s.arg(i, 4, 10, QChar(u'0'))), article(random, 4000)));
        }
        const QString bigText = article(random, 1000000);
        QVERIFY(writeText(QDir(corpus).filePath(u"big.txt"_s), bigText));
        ImportOptions options;
        options.corpusRoot = corpus;
        options.projectPath = m_projectPath;
        QCOMPARE(CorpusImporter(options).run().added, 2001);
        QList<qint64> labels;
        qint64 small[2] = {0, 0};
        qint64 big = 0;
        {
            Project project;
            QVERIFY(project.open(m_projectPath));
            for (const QString &path : {u"Actor › Person"_s, u"Quote"_s, u"Aid figure"_s, u"Date"_s, u"Event"_s}) {
                if (const std::optional<Label> label = project.annotations()->labelByPath(path)) {
                    labels << label->id;
                }
            }
            small[0] = project.documentIdForPath(u"news/0000.txt"_s).value();
            small[1] = project.documentIdForPath(u"news/0001.txt"_s).value();
            big = project.documentIdForPath(u"big.txt"_s).value();
            // 50 spans on each small document.
            for (const qint64 doc : small) {
                const QString text = project.documentText(doc);
                const auto all = words(text);
                QVERIFY(all.size() >= 100);
                QList<std::pair<qsizetype, qsizetype>> ranges;
                for (qsizetype i = 0; i < 50; ++i) {
                    ranges << all.at(i * 2);
                }
                QVERIFY(insertSpans(m_projectPath, doc, text, ranges, labels));
            }
            QCOMPARE(project.documentText(big), bigText); // no CR, no BOM: file offsets are canonical offsets
        }
        QVERIFY(!labels.isEmpty());
        // 50000 on every other word of the big article; the words between stay free to tag.
        const auto bigWords = words(bigText);
        QVERIFY(bigWords.size() >= 100002);
        QList<std::pair<qsizetype, qsizetype>> ranges;
        for (qsizetype i = 0; i < 50000; ++i) {
            ranges << bigWords.at(i * 2);
        }
        QVERIFY(insertSpans(m_projectPath, big, bigText, ranges, labels));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // instructiongates.py builds the fixture in a plain run and reuses it under valgrind,
        // where building it would take minutes; without the variable it lives in a temporary folder.
        const QString fixture = qEnvironmentVariable("SCHOLION_GATES_FIXTURE", m_dir.path());
        m_projectPath = QDir(fixture).filePath(u"p.sqlite"_s);
        const QString complete = QDir(fixture).filePath(u"complete"_s);
        if (!QFile::exists(complete)) {
            QFile::remove(m_projectPath);
            buildFixture(fixture);
            QFile marker(complete);
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        m_project = std::make_unique<Project>();
        QVERIFY(m_project->open(m_projectPath));
        // No other thread may run while instructions are counted.
        m_project->waitForConsistencyCheck();
        m_project->waitForBackup();
        m_small[0] = m_project->documentIdForPath(u"news/0000.txt"_s).value();
        m_small[1] = m_project->documentIdForPath(u"news/0001.txt"_s).value();
        m_big = m_project->documentIdForPath(u"big.txt"_s).value();
        QCOMPARE(m_project->annotations()->spansOf(m_big).size(), 50000);
    }

    void documentSwitch()
    {
        DocumentView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(1000, 700);
        view.show();
        AnnotationStore *store = m_project->annotations();
        int i = 0;
        QBENCHMARK {
            const qint64 doc = m_small[i++ % 2];
            view.showDocument(doc, m_project->documentText(doc), spansOf(store, doc));
            paint(view.viewport());
        }
        QCOMPARE(view.highlighter()->spans().size(), 50);
    }

    void spanCreation()
    {
        DocumentView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(1000, 700);
        view.show();
        AnnotationStore *store = m_project->annotations();
        const QString text = m_project->documentText(m_big);
        view.showDocument(m_big, text, spansOf(store, m_big));
        QObject::connect(store, &AnnotationStore::annotationAdded, &view, [&view, store](qint64 documentId, qint64 id) {
            const std::optional<Annotation> a = store->annotation(id);
            if (documentId == view.documentId() && a) {
                view.highlighter()->addSpan({a->id, a->start, a->end, store->label(a->labelId).value_or(Label{}).color});
                view.refreshCurrent();
            }
        });
        QObject::connect(store, &AnnotationStore::annotationRemoved, &view, [&view](qint64 documentId, qint64 id) {
            if (documentId == view.documentId()) {
                view.highlighter()->removeSpan(id);
                view.refreshCurrent();
            }
        });
        // A free word in the middle of the article (every other word carries a span).
        const auto all = words(text);
        const auto [start, end] = all.at(50001);
        Annotation a;
        a.documentId = m_big;
        a.labelId = store->labelByPath(u"Quote"_s)->id;
        a.start = start;
        a.end = end;
        a.quote = text.mid(start, end - start);
        view.revealRange(start, end);
        paint(view.viewport());
        QUndoStack *stack = m_project->undoStack();
        QBENCHMARK {
            stack->push(new AddAnnotationCommand(store, a));
            paint(view.viewport());
            stack->undo();
            paint(view.viewport());
        }
        QCOMPARE(view.highlighter()->spans().size(), 50000);
    }

    void search()
    {
        SearchRequest request;
        request.query = u"ceasefire"_s;
        request.limit = 50;
        QString error;
        QList<SearchHit> hits;
        QBENCHMARK {
            hits = SearchEngine::searchNow(m_projectPath, request, &error);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 50);
    }
};

QTEST_MAIN(InstructionGates)
#include "instructiongates.moc"
