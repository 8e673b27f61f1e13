// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scholion JSONL sets (SetReader::readJsonl): the input is the .jsonl file.

#include "fuzzutil.h"

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ScholionFuzz::workDir() + u"/set.jsonl"_s;
    ScholionFuzz::writeFile(path, QByteArrayView(data, qsizetype(size)));
    ImportedSet set;
    QString error;
    const bool ok = SetReader::readJsonl(path, &set, &error);
    ScholionFuzz::checkSetResult(ok, set, error, path);
    return 0;
}
