// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A helper of killannotate_test: opens a project like Scholion does and pushes a burst of
// annotation commands on its undo stack, the way an analyst's clicks do. Before each command it
// prints what it is about to do ("try …"); after the command returned, that is after the store
// committed it, it prints an acknowledgement ("ack …"). Every line is flushed at once, so the
// test knows which changes were acknowledged when it kills the process.
//
//   annotationburst PROJECT COUNT SEED
//
// Lines (ids and offsets in decimal, a note as the hex of its UTF-8, "-" for no note):
//   start DOCUMENT TEXT_LENGTH
//   try add LABEL START END     then  ack add ID LABEL START END
//   try label ID LABEL          then  ack label ID LABEL
//   try note ID HEX             then  ack note ID HEX
//   try remove ID               then  ack remove ID
//   try undo                    then  ack undo-KIND ID   (KIND: add, label, note or remove)
//   try redo                    then  ack redo-KIND ID
//   done                        after COUNT commands
// Exit codes: 0 all done, 1 bad arguments, 2 the project cannot be used, 3 a command failed.

#include "killharness.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/project.h>
#include <models/spansnapper.h>

#include <QCoreApplication>
#include <QList>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using Scholion::Tests::Kill::BurstArguments;
using Scholion::Tests::Kill::burstArguments;
using Scholion::Tests::Kill::printLine;
using Scholion::Tests::Kill::Random;

namespace
{

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray noteHex(const QString &note)
{
    return note.isEmpty() ? QByteArrayLiteral("-") : note.toUtf8().toHex();
}

[[noreturn]] void failAndExit(const QString &message)
{
    std::fprintf(stderr, "annotationburst: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(3);
}

// A command on the undo stack, mirrored to know what undo() and redo() will do.
struct Step {
    QByteArray kind; // add, label, note, remove
    qint64 id = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<BurstArguments> arguments = burstArguments(QCoreApplication::arguments(), "annotationburst");
    if (!arguments) {
        return 1;
    }
    const qint64 count = arguments->count;
    const quint64 seed = arguments->seed;

    Project project;
    if (!project.open(arguments->project)) {
        std::fprintf(stderr, "annotationburst: %s\n", qPrintable(project.errorString()));
        return 2;
    }
    const QList<DocumentRow> rows = project.documentRows();
    AnnotationStore *store = project.annotations();
    QList<qint64> labels;
    for (const Label &label : store->labels()) {
        labels << label.id;
    }
    if (rows.isEmpty() || labels.size() < 2) {
        std::fprintf(stderr, "annotationburst: the project has no documents or too few labels\n");
        return 2;
    }
    const qint64 document = rows.first().id;
    const QString text = project.documentText(document);
    if (text.isEmpty()) {
        std::fprintf(stderr, "annotationburst: the first document has no text\n");
        return 2;
    }
    QUndoStack *stack = project.undoStack();

    // What the store reported during the last command: the store signals only after commit.
    qint64 addedId = 0;
    QString error;
    QObject context;
    QObject::connect(store, &AnnotationStore::annotationAdded, &context, [&addedId](qint64, qint64 id) {
        addedId = id;
    });
    QObject::connect(store, &AnnotationStore::errorOccurred, &context, [&error](const QString &message) {
        error = message;
    });

    // The annotations of the document: those earlier runs left, and those this one makes.
    QList<qint64> live;
    for (const Annotation &a : store->annotations(document)) {
        live << a.id;
    }
    QList<Step> history;
    qsizetype done = 0; // the undo stack's index

    Random random(seed);
    const auto pickSpan = [&]() -> std::pair<qsizetype, qsizetype> {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const qsizetype from = random.below(text.size());
            const qsizetype to = std::min(text.size(), from + 1 + random.below(60));
            const auto [start, end] = SpanSnapper::snap(text, from, to, random.below(2) == 0);
            if (start < end) {
                return {start, end};
            }
        }
        failAndExit(u"no span found"_s);
    };
    const auto existing = [&](qint64 id) {
        const std::optional<Annotation> a = store->annotation(id);
        if (!a) {
            failAndExit(u"annotation %1 is gone"_s.arg(id));
        }
        return *a;
    };
    const auto checkCommand = [&](const char *what) {
        if (!error.isEmpty()) {
            failAndExit(QString::fromLatin1(what) + u" failed: "_s + error);
        }
        if (stack->index() != done || stack->count() != history.size()) {
            failAndExit(QString::fromLatin1(what) + u": the undo stack is not as expected"_s);
        }
    };
    const auto pushed = [&](const QByteArray &kind, qint64 id) {
        history.resize(done);
        history.append(Step{kind, id});
        ++done;
    };

    printLine("start " + number(document) + ' ' + number(text.size()));
    for (qint64 i = 0; i < count; ++i) {
        error.clear();
        addedId = 0;
        const qsizetype roll = random.below(100);
        const bool canUndo = done > 0;
        const bool canRedo = done < history.size();
        if (live.isEmpty() || roll < 52 || (roll >= 86 && !canUndo && !canRedo)) {
            const auto [start, end] = pickSpan();
            Annotation a;
            a.documentId = document;
            a.labelId = labels.at(random.below(labels.size()));
            a.start = start;
            a.end = end;
            a.quote = text.sliced(start, end - start);
            const QByteArray what = number(a.labelId) + ' ' + number(start) + ' ' + number(end);
            printLine("try add " + what);
            stack->push(new AddAnnotationCommand(store, a));
            if (addedId == 0 && error.isEmpty()) {
                error = u"no annotation was added"_s;
            }
            pushed("add", addedId);
            checkCommand("add");
            live << addedId;
            printLine("ack add " + number(addedId) + ' ' + what);
        } else if (roll < 64) {
            const Annotation a = existing(live.at(random.below(live.size())));
            qint64 label = a.labelId;
            while (label == a.labelId) {
                label = labels.at(random.below(labels.size()));
            }
            const QByteArray what = number(a.id) + ' ' + number(label);
            printLine("try label " + what);
            stack->push(new SetAnnotationLabelCommand(store, a, label));
            pushed("label", a.id);
            checkCommand("label");
            printLine("ack label " + what);
        } else if (roll < 76) {
            const Annotation a = existing(live.at(random.below(live.size())));
            static const QString notes[] = {
                QString(),
                u"check the date"_s,
                u"Zitat „sinngemäß“ — überprüfen 🇺🇦 #%1"_s,
                u"two\nlines 👩‍⚕️ %1"_s,
                u"قال المندوب %1"_s,
            };
            QString note = notes[random.below(std::size(notes))];
            if (note.contains(u"%1"_s)) {
                note = note.arg(i);
            }
            const QByteArray what = number(a.id) + ' ' + noteHex(note);
            printLine("try note " + what);
            stack->push(new SetAnnotationNoteCommand(store, a, note));
            pushed("note", a.id);
            checkCommand("note");
            printLine("ack note " + what);
        } else if (roll < 86) {
            const qsizetype index = random.below(live.size());
            const Annotation a = existing(live.at(index));
            printLine("try remove " + number(a.id));
            stack->push(new RemoveAnnotationCommand(store, a));
            pushed("remove", a.id);
            checkCommand("remove");
            live.removeAt(index);
            printLine("ack remove " + number(a.id));
        } else if (canUndo && (roll < 94 || !canRedo)) {
            const Step step = history.at(done - 1);
            printLine("try undo");
            stack->undo();
            --done;
            checkCommand("undo");
            if (step.kind == "add") {
                live.removeOne(step.id);
            } else if (step.kind == "remove") {
                live << step.id;
            }
            printLine("ack undo-" + step.kind + ' ' + number(step.id));
        } else {
            const Step step = history.at(done);
            printLine("try redo");
            stack->redo();
            ++done;
            checkCommand("redo");
            if (step.kind == "add") {
                live << step.id;
            } else if (step.kind == "remove") {
                live.removeOne(step.id);
            }
            printLine("ack redo-" + step.kind + ' ' + number(step.id));
        }
    }
    printLine("done");
    return 0;
}
