// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// doccano JSONL (SetReader::readDoccano): the input is the .jsonl file, read with UTF-16
// offsets (doccano's own) and again with code-point offsets (--doccano-code-points).

#include "fuzzutil.h"

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ScholionFuzz::workDir() + u"/doccano.jsonl"_s;
    ScholionFuzz::writeFile(path, QByteArrayView(data, qsizetype(size)));
    // Code points first, so that the outcome the replay test sees is the default's (UTF-16 units).
    for (const bool codePoints : {true, false}) {
        ImportedSet set;
        QString error;
        const bool ok = SetReader::readDoccano(path, &set, &error, codePoints);
        ScholionFuzz::checkSetResult(ok, set, error, path);
    }
    return 0;
}
