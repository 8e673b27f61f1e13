// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets (LLVMFuzzerTestOneInput) and their replay tests.
// A target aborts with a message on any broken invariant, so that libFuzzer keeps the input
// and the replay test fails on it.

#include <models/import/importedset.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace ScholionFuzz
{

[[noreturn]] inline void fail(const char *condition, const QString &detail)
{
    std::fprintf(stderr, "scholion-fuzz: invariant broken: %s\n  %s\n", condition, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

#define SCHOLION_FUZZ_CHECK(condition, detail)                                                                                                                 \
    do {                                                                                                                                                       \
        if (!(condition)) {                                                                                                                                    \
            ScholionFuzz::fail(#condition, detail);                                                                                                            \
        }                                                                                                                                                      \
    } while (false)

/*! What the last input did, for the replay test: "ok-" seeds must be accepted, "bad-" seeds refused. */
struct Outcome {
    bool accepted = false;
    QString error;
};

inline Outcome &lastOutcome()
{
    static Outcome outcome;
    return outcome;
}

inline void record(bool accepted, const QString &error = {})
{
    lastOutcome() = Outcome{accepted, error};
}

/*! A QCoreApplication for code that wants one (QtSql's driver lookup); a replay test brings its own. */
inline void ensureApplication()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "scholion-fuzz";
        static char *argv[] = {name, nullptr};
        // Never deleted: it must outlive every input, and libFuzzer ends the process with exit().
        new QCoreApplication(argc, argv);
    }
}

/*! A folder of this process, removed at exit; inputs of readers that take paths are written here. */
inline QString workDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/scholion-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        fail("a temporary folder", dir.errorString());
    }
    return dir.path();
}

inline void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes.data(), bytes.size()) != bytes.size()) {
        fail("writing the input", path + QStringLiteral(": ") + file.errorString());
    }
}

inline bool splitsSurrogatePair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() && text.at(offset - 1).isHighSurrogate();
}

/*!
 * The promises of SetReader: a refusal names the file; an accepted set holds canonical texts
 * (no '\r') and spans inside them on character boundaries.
 */
inline void checkSetResult(bool ok, const Scholion::Models::ImportedSet &set, const QString &error, const QString &path)
{
    if (!ok) {
        SCHOLION_FUZZ_CHECK(error.startsWith(path), QStringLiteral("the message does not name the file: ") + error);
        SCHOLION_FUZZ_CHECK(error.size() > path.size() + 2, QStringLiteral("the message is empty: ") + error);
        record(false, error);
        return;
    }
    for (const Scholion::Models::ImportedDocument &document : set.documents) {
        SCHOLION_FUZZ_CHECK(!document.name.isEmpty(), document.origin);
        SCHOLION_FUZZ_CHECK(!document.text.contains(u'\r'), QStringLiteral("a '\\r' in the canonical text of ") + document.name);
        for (const Scholion::Models::ImportedSpan &span : document.spans) {
            const QString where = span.origin + QStringLiteral(" %1–%2 of %3").arg(span.start).arg(span.end).arg(document.text.size());
            SCHOLION_FUZZ_CHECK(0 <= span.start && span.start <= span.end && span.end <= document.text.size(), where);
            SCHOLION_FUZZ_CHECK(!splitsSurrogatePair(document.text, span.start) && !splitsSurrogatePair(document.text, span.end), where);
            SCHOLION_FUZZ_CHECK(!span.labelPath.isEmpty(), where);
        }
    }
    record(true);
}

} // namespace ScholionFuzz
