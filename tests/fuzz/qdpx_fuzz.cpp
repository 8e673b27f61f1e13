// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// REFI-QDA archives (SetReader::readQdpx on a .qdpx): the input is the zip file, so the
// reader's own central-directory checks, KArchive's unpacking and the sources under
// sources/ are all reached.

#include "fuzzutil.h"

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ScholionFuzz::workDir() + u"/project.qdpx"_s;
    ScholionFuzz::writeFile(path, QByteArrayView(data, qsizetype(size)));
    ImportedSet set;
    QString error;
    const bool ok = SetReader::readQdpx(path, &set, &error);
    ScholionFuzz::checkSetResult(ok, set, error, path);
    return 0;
}
