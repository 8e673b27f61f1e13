// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CoNLL token files (SetReader::readConll): the input is read as a .conll file (any of IOB1,
// IOB2, BIOES), then as .iob2 and as .bioes (checked strictly).

#include "fuzzutil.h"

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString base = ScholionFuzz::workDir() + u"/tokens"_s;
    // The lenient reading last: it decides what the replay test expects of a seed.
    const QString strict[] = {base + u".iob2"_s, base + u".bioes"_s};
    const QString lenient = base + u".conll"_s;
    for (const QString &path : {strict[0], strict[1], lenient}) {
        ScholionFuzz::writeFile(path, QByteArrayView(data, qsizetype(size)));
        ImportedSet set;
        QString error;
        const bool ok = SetReader::readConll(path, &set, &error);
        ScholionFuzz::checkSetResult(ok, set, error, path);
    }
    return 0;
}
