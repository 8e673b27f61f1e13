// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Acknowledged annotation changes survive `kill -9`: the helper annotationburst pushes a burst
// of annotation commands (tag, retag, note, remove, undo, redo) on the undo stack of a real
// Project and prints an acknowledgement after each command returned. The test kills it with
// SIGKILL after a varying number of acknowledgements, reopens the project and checks that it is
// a sound SQLite database holding every acknowledged change, and at most the one command that
// was in flight besides, whole or not at all. The project carries over from kill to kill, so
// every run starts from what the earlier ones left.

#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{

constexpr int kKills = 24;
// How many acknowledgements to wait for before kill \a i, and how many microseconds more:
// deterministic, but varied, so that kills land anywhere in a command, its commit included.
constexpr int ackTarget(int i)
{
    return 50 + (i * 409) % 751;
}
constexpr int extraMicroseconds(int i)
{
    return (i * 131) % 1200;
}
// Commands of the last run, which is left to finish by itself.
constexpr int kFinalCount = 300;

// What the project must hold about one annotation of the document.
struct State {
    qint64 label = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString note;
    friend bool operator==(const State &, const State &) = default;
};
using Annotations = QMap<qint64, State>;

QString describe(const std::optional<State> &state)
{
    if (!state) {
        return u"absent"_s;
    }
    return u"label %1 [%2, %3) note “%4”"_s.arg(state->label).arg(state->start).arg(state->end).arg(state->note);
}

std::optional<State> stateOf(const Annotations &annotations, qint64 id)
{
    const auto it = annotations.constFind(id);
    return it == annotations.cend() ? std::nullopt : std::optional<State>(*it);
}

void apply(Annotations &annotations, qint64 id, const std::optional<State> &state)
{
    if (state) {
        annotations.insert(id, *state);
    } else {
        annotations.remove(id);
    }
}

// How the project differs from what it should hold, at most \a limit lines.
QString differences(const Annotations &actual, const Annotations &expected, int limit = 10)
{
    QStringList lines;
    QList<qint64> ids = actual.keys() + expected.keys();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<State> is = stateOf(actual, id);
        const std::optional<State> shouldBe = stateOf(expected, id);
        if (is != shouldBe) {
            lines << u"annotation %1 is %2, expected %3"_s.arg(id).arg(describe(is), describe(shouldBe));
        }
    }
    const qsizetype count = lines.size();
    if (count > limit) {
        lines.resize(limit);
        lines << u"… %1 differences in all"_s.arg(count);
    }
    return lines.join(u'\n');
}

// A command of the undo stack of a burst process, as its acknowledgement described it.
struct Step {
    QByteArray kind; // add, label, note, remove
    qint64 id = 0;
    std::optional<State> before;
    std::optional<State> after;
};

// What a `try` or `ack` line does to one annotation.
struct Change {
    QByteArray kind; // add, label, note, remove, undo, redo
    qint64 id = 0; // 0 for a `try add`: the project picks the id
    std::optional<State> from;
    std::optional<State> to;
};

} // namespace

class KillAnnotateTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_project;
    qint64 m_document = 0;
    QString m_text;

    // The annotations of m_document as every acknowledged change left them.
    Annotations m_expected;
    // The undo stack of the current burst process, mirrored from its acknowledgements.
    QList<Step> m_history;
    qsizetype m_done = 0;

    // Reading one burst process's output.
    struct Replay {
        bool started = false;
        bool finished = false;
        int acknowledged = 0;
        std::optional<QList<QByteArray>> pending; // the words of a `try` not acknowledged (yet)
    };

    // What the words of a `try` (acknowledged false) or an `ack` line after the first word do.
    void parseChange(const QList<QByteArray> &words, bool acknowledged, Change *change)
    {
        QVERIFY(!words.isEmpty());
        const auto number = [&words](qsizetype i) {
            bool ok = false;
            const qint64 n = words.value(i).toLongLong(&ok);
            return ok && n >= 0 ? n : -1;
        };
        const QByteArray kind = words.first();
        change->kind = kind;
        if (kind == "add") {
            const qsizetype first = acknowledged ? 2 : 1;
            QCOMPARE(words.size(), first + 3);
            change->id = acknowledged ? number(1) : 0;
            const State state{number(first), number(first + 1), number(first + 2), {}};
            QVERIFY(change->id >= 0 && state.label > 0 && state.start >= 0 && state.end > state.start && state.end <= m_text.size());
            QVERIFY2(!acknowledged || !m_expected.contains(change->id), qPrintable(u"annotation %1 added twice"_s.arg(change->id)));
            change->to = state;
        } else if (kind == "label" || kind == "note" || kind == "remove") {
            QCOMPARE(words.size(), qsizetype(kind == "remove" ? 2 : 3));
            change->id = number(1);
            change->from = stateOf(m_expected, change->id);
            QVERIFY2(change->from, qPrintable(u"annotation %1 is not there to change"_s.arg(change->id)));
            if (kind == "label") {
                change->to = *change->from;
                change->to->label = number(2);
                QVERIFY(change->to->label > 0);
            } else if (kind == "note") {
                change->to = *change->from;
                change->to->note = words.at(2) == "-" ? QString() : QString::fromUtf8(QByteArray::fromHex(words.at(2)));
            }
        } else if (kind == "undo" || kind.startsWith("undo-") || kind == "redo" || kind.startsWith("redo-")) {
            const bool undo = kind.startsWith("undo");
            QVERIFY2(undo ? m_done > 0 : m_done < m_history.size(), "nothing to undo or redo");
            const Step &step = m_history.at(undo ? m_done - 1 : m_done);
            if (acknowledged) {
                QCOMPARE(words.size(), 2);
                QCOMPARE(kind, QByteArray(kind.first(5) + step.kind));
                QCOMPARE(number(1), step.id);
            } else {
                QCOMPARE(words.size(), 1);
            }
            change->kind = kind.first(4);
            change->id = step.id;
            change->from = undo ? step.after : step.before;
            change->to = undo ? step.before : step.after;
            QVERIFY2(stateOf(m_expected, step.id) == change->from, qPrintable(u"the undo history does not fit annotation %1"_s.arg(step.id)));
        } else {
            QFAIL(qPrintable(u"unknown command "_s + QString::fromUtf8(kind)));
        }
    }

    // Applies one complete line of a burst's output to the expected state.
    void replayLine(const QByteArray &line, Replay *replay)
    {
        QList<QByteArray> words = line.split(' ');
        const QByteArray head = words.takeFirst();
        if (head == "start") {
            QVERIFY(!replay->started);
            QCOMPARE(words.size(), 2);
            QCOMPARE(words.at(0).toLongLong(), m_document); // the first document
            QCOMPARE(words.at(1).toLongLong(), qint64(m_text.size()));
            replay->started = true;
            return;
        }
        QVERIFY2(replay->started && !replay->finished, line.constData());
        if (head == "try") {
            QVERIFY2(!replay->pending, "a command began before the last one was acknowledged");
            Change change;
            parseChange(words, false, &change);
            replay->pending = words;
        } else if (head == "ack") {
            QVERIFY2(replay->pending, "an acknowledgement of a command that never began");
            Change change;
            parseChange(words, true, &change);
            if (QTest::currentTestFailed()) {
                return;
            }
            // The acknowledgement is of the command that began.
            QList<QByteArray> begun = words;
            if (change.kind == "add") {
                begun.removeAt(1);
            } else if (change.kind == "undo" || change.kind == "redo") {
                begun = {change.kind};
            }
            QCOMPARE(begun, *replay->pending);
            apply(m_expected, change.id, change.to);
            if (change.kind == "undo") {
                --m_done;
            } else if (change.kind == "redo") {
                ++m_done;
            } else {
                m_history.resize(m_done);
                m_history.append(Step{change.kind, change.id, change.from, change.to});
                ++m_done;
            }
            replay->pending.reset();
            ++replay->acknowledged;
        } else if (head == "done") {
            QVERIFY(words.isEmpty());
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

    // Opens the project with a connection of the test's own, checks the database and reads the
    // annotations of the document.
    void readProject(const QString &connection, Annotations *annotations)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_project);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.setForwardOnly(true);

        QVERIFY2(query.exec(u"PRAGMA integrity_check"_s), qPrintable(query.lastError().text()));
        QStringList integrity;
        while (query.next()) {
            integrity << query.value(0).toString();
        }
        QCOMPARE(integrity, QStringList{u"ok"_s});

        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!query.next(), "a foreign key points nowhere");
        query.finish();

        // The counts the document list shows are those of the annotations.
        QVERIFY(query.exec(u"SELECT id, annotation_count, (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) FROM documents d"_s));
        while (query.next()) {
            QVERIFY2(query.value(1).toLongLong() == query.value(2).toLongLong(),
                qPrintable(
                    u"document %1 counts %2 annotations, has %3"_s.arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString())));
        }
        query.finish();

        // The burst annotates its document only.
        QVERIFY(query.exec(u"SELECT count(*) FROM annotations WHERE document_id <> %1"_s.arg(m_document)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        query.finish();

        QVERIFY(query.exec(u"SELECT id, label_id, start_utf16, end_utf16, quote, note FROM annotations WHERE document_id = %1 ORDER BY id"_s.arg(m_document)));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const State state{query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong(), query.value(5).toString()};
            QVERIFY2(state.start >= 0 && state.start < state.end && state.end <= m_text.size(), qPrintable(describe(state)));
            QCOMPARE(query.value(4).toString(), m_text.sliced(state.start, state.end - state.start));
            QVERIFY2(!m_text.at(state.start).isLowSurrogate() && (state.end == m_text.size() || !m_text.at(state.end).isLowSurrogate()),
                qPrintable(u"annotation %1 splits a character"_s.arg(id)));
            // An empty note is stored as NULL, never as ''.
            QVERIFY2(query.isNull(5) || !state.note.isEmpty(), qPrintable(u"annotation %1 has an empty note"_s.arg(id)));
            annotations->insert(id, state);
        }
        QVERIFY2(query.lastError().type() == QSqlError::NoError, qPrintable(query.lastError().text()));
    }

    void readProjectAndClose(const QString &connection, Annotations *annotations)
    {
        readProject(connection, annotations);
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // The project must hold exactly what was acknowledged, or that and the command in flight.
    void compareWithExpected(const Annotations &actual, const Replay &replay, bool *inFlightCommitted)
    {
        *inFlightCommitted = false;
        if (actual == m_expected) {
            return;
        }
        QVERIFY2(replay.pending, qPrintable(u"acknowledged changes are missing:\n"_s + differences(actual, m_expected)));
        Change change;
        parseChange(*replay.pending, false, &change);
        if (QTest::currentTestFailed()) {
            return;
        }
        if (change.kind == "add") {
            // The annotation in flight has the id the project gave it.
            QList<qint64> added;
            for (const qint64 id : actual.keys()) {
                if (!m_expected.contains(id)) {
                    added << id;
                }
            }
            QVERIFY2(added.size() == 1, qPrintable(u"more than the command in flight changed:\n"_s + differences(actual, m_expected)));
            change.id = added.first();
        }
        Annotations after = m_expected;
        apply(after, change.id, change.to);
        QVERIFY2(actual == after,
            qPrintable(
                u"the project is neither as acknowledged nor as the command in flight (“%1”) leaves it:\n"_s.arg(QString::fromUtf8(replay.pending->join(' '))) +
                differences(actual, after)));
        *inFlightCommitted = true;
    }

    // Scholion itself reads the project: the same annotations, each matching its text.
    void reopenWithScholion(const Annotations &expected)
    {
        Project project;
        QVERIFY2(project.open(m_project, true), qPrintable(project.errorString()));
        Annotations seen;
        for (const Annotation &a : project.annotations()->annotations(m_document)) {
            seen.insert(a.id, State{a.labelId, a.start, a.end, a.note});
        }
        QVERIFY2(seen == expected, qPrintable(differences(seen, expected)));
        QCOMPARE(project.annotations()->inconsistentAnnotations(), QList<qint64>());
        QCOMPARE(qsizetype(project.documentRow(m_document).value_or(DocumentRow{}).annotationCount), expected.size());
    }

    QProcess *startBurst(qint64 count, quint64 seed)
    {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(ANNOTATIONBURST_BINARY), {m_project, QString::number(count), QString::number(seed)});
        if (!process->waitForStarted(10000)) {
            qWarning("cannot start %s: %s", ANNOTATIONBURST_BINARY, qPrintable(process->errorString()));
        }
        process->closeWriteChannel();
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(ANNOTATIONBURST_BINARY)).isExecutable(), ANNOTATIONBURST_BINARY);

        // Three small articles with emoji (surrogate pairs, a ZWJ sequence, flags) in every one.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"corpus"_s)));
        m_corpus = QFileInfo(m_dir.filePath(u"corpus"_s)).canonicalFilePath();
        m_project = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        const QByteArray emoji = u"Talks 🤝 ended; the nurse 👩‍⚕️ agreed 👍🏽 and the envoy 🇺🇦 left 😀.\n"_s.toUtf8();
        QVERIFY(writeFile(m_corpus, u"01-talks.txt"_s, emoji + generatedArticle(11, 3000) + emoji));
        QVERIFY(writeFile(m_corpus, u"02-pledges.md"_s, "# Pledges\n\n" + generatedArticle(12, 2000) + emoji));
        QVERIFY(writeFile(m_corpus, u"03-envoy.txt"_s, emoji + generatedArticle(13, 1500)));
        ImportOptions options;
        options.corpusRoot = m_corpus;
        options.projectPath = m_project;
        CorpusImporter importer(options);
        const ImportReport report = importer.run();
        QCOMPARE(report.outcome, ImportReport::Outcome::Completed);
        QCOMPARE(report.added, 3);

        // The burst annotates the first document.
        Project project;
        QVERIFY2(project.open(m_project, true), qPrintable(project.errorString()));
        const QList<DocumentRow> rows = project.documentRows();
        QCOMPARE(rows.size(), 3);
        m_document = rows.first().id;
        m_text = project.documentText(m_document);
        QVERIFY(m_text.contains(u"👩‍⚕️"_s));
    }

    void acknowledgedChangesSurviveKill()
    {
        QElapsedTimer clock;
        clock.start();
        qint64 acknowledged = 0;
        int committedInFlight = 0;
        int lostInFlight = 0;
        for (int iteration = 0; iteration < kKills; ++iteration) {
            const int target = ackTarget(iteration);
            QProcess *process = startBurst(100000, 1000 + 7919 * quint64(iteration));
            QCOMPARE(process->state(), QProcess::Running);

            // Wait for the acknowledgements, then kill: the burst goes on meanwhile, so the kill
            // lands anywhere in a command, the commit included.
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
            output += process->readAllStandardOutput(); // what it printed before it died counts too
            const QByteArray errors = process->readAllStandardError();
            const QProcess::ExitStatus status = process->exitStatus();
            const int code = process->exitCode();
            delete process;
            QVERIFY2(running, qPrintable(u"the burst ended by itself (exit code %1): %2"_s.arg(code).arg(QString::fromLocal8Bit(errors))));
            QCOMPARE(status, QProcess::CrashExit);
            QVERIFY2(acks >= target, qPrintable(u"only %1 acknowledgements in a minute"_s.arg(acks)));

            Replay replay;
            replayOutput(output, &replay);
            if (QTest::currentTestFailed()) {
                qWarning("the output of the burst (iteration %d) does not add up", iteration);
                return;
            }
            QVERIFY(replay.started);
            QVERIFY(!replay.finished);

            Annotations actual;
            readProjectAndClose(u"killannotate-%1"_s.arg(iteration), &actual);
            if (QTest::currentTestFailed()) {
                qWarning("the project is broken after a kill after %d acknowledgements (iteration %d)", replay.acknowledged, iteration);
                return;
            }
            bool inFlightCommitted = false;
            compareWithExpected(actual, replay, &inFlightCommitted);
            if (QTest::currentTestFailed()) {
                qWarning("changes are lost after a kill after %d acknowledgements (iteration %d)", replay.acknowledged, iteration);
                return;
            }
            reopenWithScholion(actual);
            if (QTest::currentTestFailed()) {
                return;
            }
            const QString inFlight =
                !replay.pending ? u"none"_s : QString::fromUtf8(replay.pending->join(' ')) + (inFlightCommitted ? u" (committed)"_s : u" (not committed)"_s);
            qInfo("kill %d after %d acknowledgements: %lld annotations, in flight: %s",
                iteration,
                replay.acknowledged,
                qint64(actual.size()),
                qPrintable(inFlight));
            acknowledged += replay.acknowledged;
            committedInFlight += replay.pending && inFlightCommitted ? 1 : 0;
            lostInFlight += replay.pending && !inFlightCommitted ? 1 : 0;
            // The next run starts from what is there, the command in flight included.
            m_expected = actual;
        }
        qInfo("%lld acknowledged commands in %d kills (in flight: %d committed, %d not) in %lld ms",
            acknowledged,
            kKills,
            committedInFlight,
            lostInFlight,
            clock.elapsed());
        QVERIFY(!m_expected.isEmpty());
        QVERIFY2(committedInFlight + lostInFlight >= 1, "no kill landed inside a command; the kill points need adjusting");

        // A burst on the project the kills left runs to its end and leaves exactly what it acknowledged.
        QProcess *process = startBurst(kFinalCount, 4242);
        QVERIFY(process->waitForFinished(120000));
        const QByteArray output = process->readAllStandardOutput();
        const QByteArray errors = process->readAllStandardError();
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, errors.constData());
        delete process;
        QVERIFY(output.endsWith("done\n"));
        Replay replay;
        replayOutput(output, &replay);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(replay.finished);
        QCOMPARE(replay.acknowledged, kFinalCount);
        Annotations actual;
        readProjectAndClose(u"killannotate-final"_s, &actual);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(actual == m_expected, qPrintable(differences(actual, m_expected)));
        reopenWithScholion(actual);
    }
};

QTEST_GUILESS_MAIN(KillAnnotateTest)
#include "killannotate_test.moc"
