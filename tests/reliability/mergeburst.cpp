// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A helper of killmerge_test: opens a project like Scholion does and pushes a burst of label
// and entity merges on its undo stack, the commands the Labels and Entities docks push, with
// undo and redo in between. Before each command it prints what it is about to do ("try …");
// after the command returned, that is after the store committed it, an acknowledgement
// ("ack …"). Every line is flushed at once, so the test knows what was acknowledged when it
// kills the process.
//
//   mergeburst PROJECT COUNT SEED
//
// Only labels whose names start with "K-" are merged (the test's own; their names are unique,
// so no merge can clash with a sibling's name). Lines:
//   start LABELS ENTITIES
//   try labels KEEP MERGED      then  ack labels KEEP MERGED
//   try entities KEEP MERGED    then  ack entities KEEP MERGED
//   try undo                    then  ack undo-KIND KEEP MERGED   (KIND: labels or entities)
//   try redo                    then  ack redo-KIND KEEP MERGED
//   done                        after COUNT commands
// Exit codes: 0 all done, 1 bad arguments, 2 the project cannot be used, 3 a command failed,
// 4 nothing is left to merge.

#include "killharness.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/project.h>

#include <QCoreApplication>
#include <QList>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using Scholion::Tests::Kill::BurstArguments;
using Scholion::Tests::Kill::burstArguments;
using Scholion::Tests::Kill::printLine;
using Scholion::Tests::Kill::Random;

namespace
{

[[noreturn]] void failAndExit(const QString &message, int code = 3)
{
    std::fprintf(stderr, "mergeburst: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(code);
}

// A command on the undo stack, mirrored to know what undo() and redo() will do.
struct Step {
    QByteArray kind; // labels or entities
    qint64 keep = 0;
    qint64 merged = 0;
};

QByteArray describe(const Step &step)
{
    return step.kind + ' ' + QByteArray::number(step.keep) + ' ' + QByteArray::number(step.merged);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<BurstArguments> arguments = burstArguments(QCoreApplication::arguments(), "mergeburst");
    if (!arguments) {
        return 1;
    }
    const qint64 count = arguments->count;
    const quint64 seed = arguments->seed;

    Project project;
    if (!project.open(arguments->project)) {
        std::fprintf(stderr, "mergeburst: %s\n", qPrintable(project.errorString()));
        return 2;
    }
    AnnotationStore *store = project.annotations();
    QUndoStack *stack = project.undoStack();
    QString error;
    QObject context;
    QObject::connect(store, &AnnotationStore::errorOccurred, &context, [&error](const QString &message) {
        error = message;
    });

    const auto mergeableLabels = [store] {
        QList<qint64> ids;
        for (const Label &label : store->labels()) {
            if (label.name.startsWith(u"K-"_s)) {
                ids << label.id;
            }
        }
        return ids;
    };
    const auto entities = [store] {
        QList<qint64> ids;
        for (const EntityRow &row : store->entityRows()) {
            ids << row.id;
        }
        return ids;
    };

    QList<Step> history;
    qsizetype done = 0; // the undo stack's index
    const auto checkCommand = [&](const QByteArray &what) {
        if (!error.isEmpty()) {
            failAndExit(QString::fromLatin1(what) + u" failed: "_s + error);
        }
        if (stack->index() != done || stack->count() != history.size()) {
            failAndExit(QString::fromLatin1(what) + u": the undo stack is not as expected"_s);
        }
    };

    Random random(seed);
    printLine("start " + QByteArray::number(mergeableLabels().size()) + ' ' + QByteArray::number(entities().size()));
    for (qint64 i = 0; i < count; ++i) {
        error.clear();
        const qsizetype roll = random.below(100);
        const bool canUndo = done > 0;
        const bool canRedo = done < history.size();
        if ((roll < 18 && canUndo) || (roll < 26 && canRedo)) {
            const bool undo = roll < 18 && canUndo;
            const Step step = history.at(undo ? done - 1 : done);
            printLine(undo ? "try undo" : "try redo");
            if (undo) {
                stack->undo();
                --done;
            } else {
                stack->redo();
                ++done;
            }
            checkCommand(undo ? "undo" : "redo");
            printLine(QByteArray(undo ? "ack undo-" : "ack redo-") + describe(step));
            continue;
        }
        // Labels or entities, whichever has two to merge; both about equally often.
        const QList<qint64> labels = mergeableLabels();
        const QList<qint64> known = entities();
        bool mergeLabels = roll % 2 == 0;
        if (mergeLabels && labels.size() < 2) {
            mergeLabels = false;
        } else if (!mergeLabels && known.size() < 2) {
            mergeLabels = true;
        }
        if ((mergeLabels && labels.size() < 2) || (!mergeLabels && known.size() < 2)) {
            failAndExit(u"nothing is left to merge"_s, 4);
        }
        Step step;
        step.kind = mergeLabels ? "labels" : "entities";
        const QList<qint64> &pool = mergeLabels ? labels : known;
        for (int attempt = 0; attempt < 100 && step.keep == 0; ++attempt) {
            const qint64 keep = pool.at(random.below(pool.size()));
            const qint64 merged = pool.at(random.below(pool.size()));
            // A label cannot be merged into one below it.
            if (keep != merged && (!mergeLabels || !store->labelWithDescendants(merged).contains(keep))) {
                step.keep = keep;
                step.merged = merged;
            }
        }
        if (step.keep == 0) {
            failAndExit(u"no two labels can be merged"_s, 4);
        }
        printLine("try " + describe(step));
        if (mergeLabels) {
            stack->push(new MergeLabelsCommand(store, step.keep, step.merged));
        } else {
            stack->push(new MergeEntitiesCommand(store, step.keep, step.merged));
        }
        history.resize(done);
        history.append(step);
        ++done;
        checkCommand(step.kind);
        printLine("ack " + describe(step));
    }
    printLine("done");
    return 0;
}
