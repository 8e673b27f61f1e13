// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Acknowledged label and entity merges survive `kill -9`: the helper mergeburst pushes merges
// (and undos and redos of them) on the undo stack of a real Project, the commands the Labels
// and Entities docks push, and acknowledges each after it returned. The test kills it at 50
// deterministic points and checks after each kill that the project is a sound SQLite database
// (integrity check, no row pointing nowhere) holding every acknowledged merge whole, and the
// one in flight whole or not at all. When the labels or entities to merge run low, the project
// goes back to its first state.

#include "../models/testcorpus.h"
#include "killharness.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/spansnapper.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using namespace Scholion::Tests::Kill;

namespace
{

constexpr int kKills = 50;
constexpr int kLabels = 40; // K-01 … K-40; K-31 … K-40 below K-01 … K-10
constexpr int kEntities = 40;
constexpr int kAnnotations = 480;
constexpr int kLinked = 360;
// When fewer remain, the project goes back to its first state.
constexpr int kLowWater = 14;

// How many acknowledgements to wait for before kill \a i, and how many microseconds more:
// deterministic, but varied, so that kills land anywhere in a command, its commit included.
constexpr int ackTarget(int i)
{
    return 1 + (i * 7) % 12;
}
constexpr int extraMicroseconds(int i)
{
    return (i * 397) % 4000;
}

struct EntityState {
    QString name;
    QStringList aliases; // sorted
    friend bool operator==(const EntityState &, const EntityState &) = default;
};

// What merges change: labels and their parents, the label and entity of each annotation, the
// labels of relation types, entities and their aliases.
struct State {
    QMap<qint64, qint64> labelParent;
    QMap<qint64, qint64> annotationLabel;
    QMap<qint64, qint64> annotationEntity; // linked annotations only
    QMap<qint64, std::pair<qint64, qint64>> relationTypeLabels;
    QMap<qint64, EntityState> entities;

    qsizetype mergeableLabels() const
    {
        return std::count_if(labelParent.keyBegin(), labelParent.keyEnd(), [this](qint64 id) {
            return names.value(id).startsWith(u"K-"_s);
        });
    }
    QHash<qint64, QString> names; // of every label ever seen: ids are never reused for another name
};

bool sameState(const State &a, const State &b)
{
    return a.labelParent == b.labelParent && a.annotationLabel == b.annotationLabel && a.annotationEntity == b.annotationEntity &&
        a.relationTypeLabels == b.relationTypeLabels && a.entities == b.entities;
}

// The differences between two states, at most \a limit lines.
QString differences(const State &actual, const State &expected, int limit = 8)
{
    QStringList lines;
    const auto compare = [&lines](const char *what, const auto &is, const auto &shouldBe, const auto &show) {
        auto keys = is.keys() + shouldBe.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const auto key : keys) {
            const bool here = is.contains(key);
            const bool there = shouldBe.contains(key);
            if (here != there || (here && !(is.value(key) == shouldBe.value(key)))) {
                lines << u"%1 %2: %3, expected %4"_s.arg(QString::fromLatin1(what))
                             .arg(key)
                             .arg(here ? show(is.value(key)) : u"absent"_s, there ? show(shouldBe.value(key)) : u"absent"_s);
            }
        }
    };
    const auto number = [](qint64 n) {
        return QString::number(n);
    };
    compare("label", actual.labelParent, expected.labelParent, [](qint64 parent) {
        return u"under %1"_s.arg(parent);
    });
    compare("annotation", actual.annotationLabel, expected.annotationLabel, [](qint64 label) {
        return u"label %1"_s.arg(label);
    });
    compare("mention", actual.annotationEntity, expected.annotationEntity, number);
    compare("relation type", actual.relationTypeLabels, expected.relationTypeLabels, [](const std::pair<qint64, qint64> &ends) {
        return u"%1 → %2"_s.arg(ends.first).arg(ends.second);
    });
    compare("entity", actual.entities, expected.entities, [](const EntityState &e) {
        return e.name + u" ("_s + e.aliases.join(u", "_s) + u')';
    });
    const qsizetype count = lines.size();
    if (count > limit) {
        lines.resize(limit);
        lines << u"… %1 differences in all"_s.arg(count);
    }
    return lines.join(u'\n');
}

// What merging \a merged into \a keep does, as the spec says (README: Labels, Entities).
State mergedLabels(State state, qint64 keep, qint64 merged)
{
    for (auto it = state.annotationLabel.begin(); it != state.annotationLabel.end(); ++it) {
        if (*it == merged) {
            *it = keep;
        }
    }
    for (auto it = state.labelParent.begin(); it != state.labelParent.end(); ++it) {
        if (*it == merged) {
            *it = keep;
        }
    }
    for (auto it = state.relationTypeLabels.begin(); it != state.relationTypeLabels.end(); ++it) {
        it->first = it->first == merged ? keep : it->first;
        it->second = it->second == merged ? keep : it->second;
    }
    state.labelParent.remove(merged);
    return state;
}

State mergedEntities(State state, qint64 keep, qint64 merged)
{
    for (auto it = state.annotationEntity.begin(); it != state.annotationEntity.end(); ++it) {
        if (*it == merged) {
            *it = keep;
        }
    }
    const EntityState gone = state.entities.take(merged);
    EntityState &kept = state.entities[keep];
    for (const QString &alias : QStringList{gone.name} + gone.aliases) {
        if (alias != kept.name && !kept.aliases.contains(alias)) {
            kept.aliases << alias;
        }
    }
    kept.aliases.sort();
    return state;
}

// A command of the undo stack of a burst process: the states before and after it.
struct Step {
    QByteArray kind; // labels or entities
    qint64 keep = 0;
    qint64 merged = 0;
    State before;
    State after;
};

} // namespace

class KillMergeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_project;
    QString m_pristine;
    State m_expected;
    QList<Step> m_history;
    qsizetype m_done = 0;

    struct Replay {
        bool started = false;
        bool finished = false;
        int acknowledged = 0;
        std::optional<QList<QByteArray>> pending; // the words of a `try` not acknowledged (yet)
    };

    void readState(const QString &connection, State *state)
    {
        ProjectConnection db(m_project, connection);
        const QString problems = db.soundnessProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        for (const QVariantList &row : db.rows(u"SELECT id, coalesce(parent_id, 0), name FROM labels"_s)) {
            state->labelParent.insert(row.at(0).toLongLong(), row.at(1).toLongLong());
            state->names.insert(row.at(0).toLongLong(), row.at(2).toString());
        }
        for (const QVariantList &row : db.rows(u"SELECT id, label_id, entity_id FROM annotations"_s)) {
            state->annotationLabel.insert(row.at(0).toLongLong(), row.at(1).toLongLong());
            if (!row.at(2).isNull()) {
                state->annotationEntity.insert(row.at(0).toLongLong(), row.at(2).toLongLong());
            }
        }
        for (const QVariantList &row : db.rows(u"SELECT id, coalesce(source_label_id, 0), coalesce(target_label_id, 0) FROM relation_types"_s)) {
            state->relationTypeLabels.insert(row.at(0).toLongLong(), {row.at(1).toLongLong(), row.at(2).toLongLong()});
        }
        for (const QVariantList &row : db.rows(u"SELECT id, name FROM entities"_s)) {
            state->entities.insert(row.at(0).toLongLong(), EntityState{row.at(1).toString(), {}});
        }
        for (const QVariantList &row : db.rows(u"SELECT entity_id, alias FROM entity_aliases"_s)) {
            QVERIFY(state->entities.contains(row.at(0).toLongLong()));
            state->entities[row.at(0).toLongLong()].aliases << row.at(1).toString();
        }
        for (EntityState &entity : state->entities) {
            entity.aliases.sort();
        }
        // The counts the document list shows follow the annotations.
        QCOMPARE(db.number(u"SELECT count(*) FROM documents d WHERE annotation_count <> (SELECT count(*) FROM annotations a WHERE a.document_id = d.id)"_s), 0);
    }

    // What the `try` words of a command do to m_expected; \a step receives it.
    void parseCommand(const QList<QByteArray> &words, Step *step)
    {
        QVERIFY(!words.isEmpty());
        const QByteArray kind = words.first();
        if (kind == "labels" || kind == "entities") {
            QCOMPARE(words.size(), 3);
            step->kind = kind;
            step->keep = words.at(1).toLongLong();
            step->merged = words.at(2).toLongLong();
            if (kind == "labels") {
                QVERIFY2(m_expected.labelParent.contains(step->keep) && m_expected.labelParent.contains(step->merged),
                    qPrintable(u"label %1 or %2 is not there to merge"_s.arg(step->keep).arg(step->merged)));
            } else {
                QVERIFY2(m_expected.entities.contains(step->keep) && m_expected.entities.contains(step->merged),
                    qPrintable(u"entity %1 or %2 is not there to merge"_s.arg(step->keep).arg(step->merged)));
            }
            step->before = m_expected;
            step->after = kind == "labels" ? mergedLabels(m_expected, step->keep, step->merged) : mergedEntities(m_expected, step->keep, step->merged);
        } else if (kind == "undo" || kind == "redo") {
            QCOMPARE(words.size(), 1);
            const bool undo = kind == "undo";
            QVERIFY2(undo ? m_done > 0 : m_done < m_history.size(), "nothing to undo or redo");
            const Step &done = m_history.at(undo ? m_done - 1 : m_done);
            QVERIFY2(sameState(m_expected, undo ? done.after : done.before), "the undo history does not fit the project");
            *step = done;
            step->before = undo ? done.after : done.before;
            step->after = undo ? done.before : done.after;
        } else {
            QFAIL(qPrintable(u"unknown command "_s + QString::fromUtf8(kind)));
        }
    }

    void replayLine(const QByteArray &line, Replay *replay)
    {
        QList<QByteArray> words = line.split(' ');
        const QByteArray head = words.takeFirst();
        if (head == "start") {
            QVERIFY(!replay->started);
            QCOMPARE(words.size(), 2);
            replay->started = true;
            return;
        }
        QVERIFY2(replay->started && !replay->finished, line.constData());
        if (head == "try") {
            QVERIFY2(!replay->pending, "a command began before the last one was acknowledged");
            Step step;
            parseCommand(words, &step);
            replay->pending = words;
        } else if (head == "ack") {
            QVERIFY2(replay->pending, "an acknowledgement of a command that never began");
            Step step;
            parseCommand(*replay->pending, &step);
            if (QTest::currentTestFailed()) {
                return;
            }
            const QByteArray kind = replay->pending->first();
            if (kind == "undo" || kind == "redo") {
                QCOMPARE(words.value(0), kind + '-' + step.kind);
                QCOMPARE(words.value(1).toLongLong(), step.keep);
                QCOMPARE(words.value(2).toLongLong(), step.merged);
                m_done += kind == "undo" ? -1 : 1;
            } else {
                QCOMPARE(words, *replay->pending);
                m_history.resize(m_done);
                m_history.append(step);
                ++m_done;
            }
            m_expected = step.after;
            replay->pending.reset();
            ++replay->acknowledged;
        } else if (head == "done") {
            QVERIFY(!replay->pending);
            replay->finished = true;
        } else {
            QFAIL(line.constData());
        }
    }

    // Replays every complete line of \a output; a partial last line is what the kill cut off.
    void replayOutput(const QByteArray &output, Replay *replay)
    {
        m_history.clear();
        m_done = 0;
        qsizetype begin = 0;
        for (qsizetype end = output.indexOf('\n'); end >= 0; begin = end + 1, end = output.indexOf('\n', begin)) {
            replayLine(output.sliced(begin, end - begin), replay);
            if (QTest::currentTestFailed()) {
                qWarning("after line %s", output.sliced(begin, end - begin).constData());
                return;
            }
        }
    }

    // The project holds exactly what was acknowledged, or that and the whole command in flight.
    void compareWithExpected(const State &actual, const Replay &replay, bool *inFlightCommitted)
    {
        *inFlightCommitted = false;
        if (sameState(actual, m_expected)) {
            return;
        }
        QVERIFY2(replay.pending, qPrintable(u"acknowledged merges are missing:\n"_s + differences(actual, m_expected)));
        Step step;
        parseCommand(*replay.pending, &step);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(sameState(actual, step.after),
            qPrintable(
                u"the project is neither as acknowledged nor as the command in flight (“%1”) leaves it:\n"_s.arg(QString::fromUtf8(replay.pending->join(' '))) +
                differences(actual, step.after)));
        *inFlightCommitted = true;
    }

    void restorePristine()
    {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u""_s}) {
            QFile::remove(m_project + suffix);
        }
        QVERIFY(QFile::copy(m_pristine, m_project));
        QVERIFY(QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner));
        State state;
        readState(u"killmerge-pristine"_s, &state);
        QVERIFY(!QTest::currentTestFailed());
        m_expected = state;
    }

    QProcess *startBurst(qint64 count, quint64 seed)
    {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(MERGEBURST_BINARY), {m_project, QString::number(count), QString::number(seed)});
        if (!process->waitForStarted(10000)) {
            qWarning("cannot start %s: %s", MERGEBURST_BINARY, qPrintable(process->errorString()));
        }
        process->closeWriteChannel();
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(MERGEBURST_BINARY)).isExecutable(), MERGEBURST_BINARY);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"corpus"_s)));
        m_corpus = QFileInfo(m_dir.filePath(u"corpus"_s)).canonicalFilePath();
        m_project = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        m_pristine = m_dir.filePath(u"pristine.sqlite"_s);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(writeFile(m_corpus, u"article-%1.txt"_s.arg(i), generatedArticle(300 + i, 5000)));
        }
        ImportOptions options;
        options.corpusRoot = m_corpus;
        options.projectPath = m_project;
        CorpusImporter importer(options);
        QCOMPARE(importer.run().outcome, ImportReport::Outcome::Completed);

        // Labels, annotations and entities for the burst to merge, written with the store.
        {
            Project project;
            QVERIFY2(project.open(m_project), qPrintable(project.errorString()));
            AnnotationStore *store = project.annotations();
            QList<qint64> labels;
            for (int i = 1; i <= kLabels; ++i) {
                Label label;
                label.name = u"K-%1"_s.arg(i, 2, 10, QChar(u'0'));
                label.parentId = i > 30 ? labels.at(i - 31) : 0;
                label.color = QColor::fromHsv((i * 37) % 360, 160, 220);
                const std::optional<qint64> id = store->performAddLabel(label);
                QVERIFY2(id, qPrintable(store->errorString()));
                labels << *id;
            }
            const QList<DocumentRow> rows = project.documentRows();
            QCOMPARE(rows.size(), 4);
            Random random(77);
            QList<qint64> annotations;
            while (annotations.size() < kAnnotations) {
                const DocumentRow &row = rows.at(random.below(rows.size()));
                const QString text = project.documentText(row.id);
                const qsizetype from = random.below(text.size());
                const auto [start, end] = SpanSnapper::snap(text, from, std::min(text.size(), from + 1 + random.below(40)), true);
                if (start >= end) {
                    continue;
                }
                Annotation a;
                a.documentId = row.id;
                a.labelId = labels.at(random.below(labels.size()));
                a.start = start;
                a.end = end;
                a.quote = text.sliced(start, end - start);
                const std::optional<qint64> id = store->performAdd(a);
                QVERIFY2(id, qPrintable(store->errorString()));
                annotations << *id;
            }
            QList<qint64> entities;
            for (int i = 1; i <= kEntities; ++i) {
                Entity entity;
                entity.name = u"Entity %1"_s.arg(i);
                entity.type = u"Person"_s;
                entity.aliases = QStringList{u"E%1"_s.arg(i)} + (i % 3 == 0 ? QStringList{u"Alias %1 „ü“"_s.arg(i)} : QStringList{});
                const std::optional<qint64> id = store->performAddEntity(entity, annotations.at(i - 1));
                QVERIFY2(id, qPrintable(store->errorString()));
                entities << *id;
            }
            for (int i = kEntities; i < kLinked; ++i) {
                QVERIFY2(store->performLinkEntity(annotations.at(i), entities.at(random.below(entities.size()))), qPrintable(store->errorString()));
            }
        }
        QVERIFY(!QFileInfo::exists(m_project + u"-wal"_s) || QFileInfo(m_project + u"-wal"_s).size() == 0);
        QVERIFY(QFile::copy(m_project, m_pristine));
        State state;
        readState(u"killmerge-initial"_s, &state);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(state.mergeableLabels(), qsizetype(kLabels));
        QCOMPARE(state.entities.size(), qsizetype(kEntities));
        QCOMPARE(state.annotationEntity.size(), qsizetype(kLinked));
        m_expected = state;
    }

    void acknowledgedMergesSurviveKill()
    {
        QElapsedTimer clock;
        clock.start();
        int acknowledged = 0;
        int committedInFlight = 0;
        int lostInFlight = 0;
        int restored = 0;
        for (int iteration = 0; iteration < kKills; ++iteration) {
            if (m_expected.mergeableLabels() < kLowWater || m_expected.entities.size() < kLowWater) {
                restorePristine();
                if (QTest::currentTestFailed()) {
                    return;
                }
                ++restored;
            }
            const int target = ackTarget(iteration);
            QProcess *process = startBurst(100000, 5000 + 104729 * quint64(iteration));
            QCOMPARE(process->state(), QProcess::Running);
            QByteArray output;
            int acks = 0;
            qsizetype scanned = 0;
            QElapsedTimer wait;
            wait.start();
            while (acks < target && process->state() == QProcess::Running && wait.elapsed() < 60000) {
                if (!process->waitForReadyRead(1000)) {
                    continue;
                }
                output += process->readAllStandardOutput();
                for (qsizetype end = output.indexOf('\n', scanned); end >= 0; scanned = end + 1, end = output.indexOf('\n', scanned)) {
                    acks += output.sliced(scanned, end - scanned).startsWith("ack ") ? 1 : 0;
                }
            }
            QThread::usleep(extraMicroseconds(iteration));
            const bool running = process->state() == QProcess::Running;
            process->kill(); // SIGKILL
            QVERIFY(process->waitForFinished(10000));
            output += process->readAllStandardOutput();
            const QByteArray errors = process->readAllStandardError();
            const int code = process->exitCode();
            delete process;
            QVERIFY2(running, qPrintable(u"the burst ended by itself (exit code %1): %2"_s.arg(code).arg(QString::fromLocal8Bit(errors))));

            Replay replay;
            replayOutput(output, &replay);
            if (QTest::currentTestFailed()) {
                qWarning("the output of the burst (iteration %d) does not add up", iteration);
                return;
            }
            QVERIFY(replay.started && !replay.finished);
            State actual;
            readState(u"killmerge-%1"_s.arg(iteration), &actual);
            if (QTest::currentTestFailed()) {
                qWarning("the project is broken after a kill after %d acknowledgements (iteration %d)", replay.acknowledged, iteration);
                return;
            }
            bool inFlightCommitted = false;
            compareWithExpected(actual, replay, &inFlightCommitted);
            if (QTest::currentTestFailed()) {
                qWarning("merges are lost after a kill after %d acknowledgements (iteration %d)", replay.acknowledged, iteration);
                return;
            }
            acknowledged += replay.acknowledged;
            committedInFlight += replay.pending && inFlightCommitted ? 1 : 0;
            lostInFlight += replay.pending && !inFlightCommitted ? 1 : 0;
            actual.names.insert(m_expected.names); // names of labels gone stay known
            m_expected = actual;
        }
        qInfo("%d acknowledged commands in %d kills (in flight: %d committed, %d not; %d restores) in %lld ms",
            acknowledged,
            kKills,
            committedInFlight,
            lostInFlight,
            restored,
            clock.elapsed());
        QVERIFY2(committedInFlight + lostInFlight >= 5, "too few kills landed inside a command; the kill points need adjusting");

        // A burst on what the kills left runs to its end and leaves exactly what it acknowledged;
        // Scholion reads the project and finds every annotation consistent with its text.
        restorePristine();
        QProcess *process = startBurst(20, 4242);
        QVERIFY(process->waitForFinished(60000));
        const QByteArray output = process->readAllStandardOutput();
        const QByteArray errors = process->readAllStandardError();
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, errors.constData());
        delete process;
        Replay replay;
        replayOutput(output, &replay);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(replay.finished);
        QCOMPARE(replay.acknowledged, 20);
        State actual;
        readState(u"killmerge-final"_s, &actual);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(sameState(actual, m_expected), qPrintable(differences(actual, m_expected)));
        Project project;
        QVERIFY2(project.open(m_project, true), qPrintable(project.errorString()));
        QCOMPARE(project.annotations()->inconsistentAnnotations(), QList<qint64>());
        QCOMPARE(qsizetype(project.annotations()->entityRows().size()), actual.entities.size());
    }
};

QTEST_GUILESS_MAIN(KillMergeTest)
#include "killmerge_test.moc"
